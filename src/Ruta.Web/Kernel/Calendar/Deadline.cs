using System.Collections.Frozen;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// A legal time limit attached to a case: what it is, its legal basis, when it started, when it is
/// due (official, outer date) and the date to advise people (conservative date), which agency must
/// act, and whether it was met. Computed only by <see cref="LegalCalendar"/> through <see cref="IDeadlines"/>.
/// </summary>
/// <remarks>
/// Status changes follow one table (<see cref="Can"/>); anything else throws
/// <see cref="IllegalTransitionException"/>. Open → Met, Missed, Suspended, Extended or Cancelled;
/// a Missed deadline may still record a late act (it stays Missed), or be corrected to Met when an act
/// done within the limit is recorded after it; Suspended → Cancelled.
/// </remarks>
public sealed class Deadline : IVersioned
{
    private static readonly FrozenDictionary<(DeadlineStatus From, DeadlineTrigger Trigger), DeadlineStatus> Transitions =
        new Dictionary<(DeadlineStatus, DeadlineTrigger), DeadlineStatus>
        {
            [(DeadlineStatus.Open, DeadlineTrigger.Meet)] = DeadlineStatus.Met,
            [(DeadlineStatus.Open, DeadlineTrigger.Miss)] = DeadlineStatus.Missed,
            [(DeadlineStatus.Open, DeadlineTrigger.Suspend)] = DeadlineStatus.Suspended,
            [(DeadlineStatus.Open, DeadlineTrigger.Extend)] = DeadlineStatus.Extended,
            [(DeadlineStatus.Open, DeadlineTrigger.Cancel)] = DeadlineStatus.Cancelled,
            [(DeadlineStatus.Missed, DeadlineTrigger.Meet)] = DeadlineStatus.Missed,
            [(DeadlineStatus.Open, DeadlineTrigger.MeetRecordedLate)] = DeadlineStatus.Met,
            [(DeadlineStatus.Missed, DeadlineTrigger.MeetRecordedLate)] = DeadlineStatus.Met,
            [(DeadlineStatus.Suspended, DeadlineTrigger.Cancel)] = DeadlineStatus.Cancelled,
        }.ToFrozenDictionary();

    public Guid Id { get; set; }

    /// <summary>Kind of case the deadline belongs to, e.g. "AsylumClaim", "OfficialNotice".</summary>
    public string CaseType { get; set; } = "";
    public Guid CaseId { get; set; }
    public Guid? PersonId { get; set; }

    /// <summary>Stable code of the rule, e.g. "asylum.resolution", "notice.acknowledgement".</summary>
    public string Kind { get; set; } = "";

    /// <summary>Spanish description shown to officers.</summary>
    public string Description { get; set; } = "";

    /// <summary>Law and article, e.g. "LRPCAP art. 24".</summary>
    public string LegalBasis { get; set; } = "";
    public string ResponsibleAgency { get; set; } = "";
    public DeadlineUnit Unit { get; set; }
    public int Amount { get; set; }
    public DateOnly TriggerDate { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly AdviseByDate { get; set; }

    /// <summary>For hour-based limits: the exact instant (UTC) the limit expires.</summary>
    public DateTime? DueAt { get; set; }
    public DeadlineStatus Status { get; set; } = DeadlineStatus.Open;
    public DateTime CreatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>Why the status last changed when a person gave a reason (suspension, extension, cancellation, late act).</summary>
    public string? StatusReason { get; set; }

    /// <summary>The deadline this one extends (its status is <see cref="DeadlineStatus.Extended"/>).</summary>
    public Guid? ExtendsDeadlineId { get; set; }

    /// <summary>
    /// The pass of the missed-deadline job that marked this deadline Missed. Each pass stamps the rows
    /// its one conditional UPDATE won, so it can audit exactly those rows even when several app
    /// instances run the job at the same time.
    /// </summary>
    public Guid? MissedInPass { get; set; }
    public int Version { get; set; }

    /// <summary>
    /// True once the limit has passed at <paramref name="now"/>: for hours, after <see cref="DueAt"/>;
    /// for days, from the Mexico City day after <see cref="DueDate"/> (the whole due date is usable).
    /// </summary>
    public bool IsPastDue(DateTimeOffset now) =>
        Unit == DeadlineUnit.Hours
            ? DueAt is { } dueAt && dueAt < now.UtcDateTime
            : DueDate < MexicoCity.DateOf(now);

    /// <summary>Whether <paramref name="trigger"/> is allowed in the current status.</summary>
    public bool Can(DeadlineTrigger trigger) => Transitions.ContainsKey((Status, trigger));

    /// <summary>Moves to the status the transition table gives for <paramref name="trigger"/>; throws if there is none.</summary>
    /// <exception cref="IllegalTransitionException">The table has no such move from the current status.</exception>
    internal void Apply(DeadlineTrigger trigger, DateTime at, string? reason)
    {
        if (!Transitions.TryGetValue((Status, trigger), out var next))
        {
            throw new IllegalTransitionException("Plazo", Status.ToString(), trigger.ToString());
        }

        Status = next;
        if (next is DeadlineStatus.Met or DeadlineStatus.Missed or DeadlineStatus.Extended or DeadlineStatus.Cancelled)
        {
            ClosedAt ??= at;
        }

        if (reason is not null)
        {
            StatusReason = reason;
        }
    }
}

public enum DeadlineUnit { BusinessDays, NaturalDays, Hours }

public enum DeadlineStatus { Open, Met, Missed, Suspended, Extended, Cancelled }

/// <summary>What may happen to a deadline; see <see cref="Deadline.Can"/>.</summary>
public enum DeadlineTrigger
{
    Meet,
    Miss,
    Suspend,
    Extend,
    Cancel,

    /// <summary>An act done within the limit is recorded after it (even after the job marked it Missed).</summary>
    MeetRecordedLate,
}

/// <summary>A deadline to schedule; <see cref="TriggerDate"/> is the day of the triggering event (notification, filing, entry).</summary>
/// <remarks>
/// For <see cref="DeadlineUnit.Hours"/>, <see cref="TriggerTime"/> is required: the limit runs from that
/// instant. <see cref="ResponsibleAgency"/> is also the authority whose published closures apply.
/// </remarks>
public sealed record DeadlineRequest(
    string CaseType, Guid CaseId, Guid? PersonId, string Kind, string Description, string LegalBasis,
    string ResponsibleAgency, DeadlineUnit Unit, int Amount, DateOnly TriggerDate, DateTimeOffset? TriggerTime = null);

/// <summary>
/// Schedules deadlines with the legal calendar and records what happened to them. Every method works on
/// the current unit of work (the request's <c>RutaDbContext</c>): the caller saves, in the same
/// transaction as the act that triggered it, and the audit interceptor records the change.
/// </summary>
public interface IDeadlines
{
    /// <summary>Computes the due and advise-by dates and adds the new Open deadline to the context.</summary>
    /// <exception cref="ArgumentException">The request is incomplete (a programming error, not user input).</exception>
    Task<Deadline> ScheduleAsync(DeadlineRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the act the deadline asks for happened now. On time → <see cref="DeadlineStatus.Met"/>;
    /// after the limit → <see cref="DeadlineStatus.Missed"/> with a note of the late act (a late act does
    /// not meet a legal period). Returns the resulting status.
    /// </summary>
    /// <exception cref="IllegalTransitionException">The deadline is suspended, extended or cancelled.</exception>
    DeadlineStatus MarkMet(Deadline deadline);

    /// <summary>
    /// Records that the act the deadline asks for happened at <paramref name="actAt"/>, which may be
    /// earlier than now: officers often record an act days after it happened. What counts is when the
    /// act was done, not when it was typed in. Within the limit → <see cref="DeadlineStatus.Met"/>, also
    /// when the missed-deadline job had already marked it Missed (a correction, with a note); after the
    /// limit → <see cref="DeadlineStatus.Missed"/> with a note of the late act.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="actAt"/> is in the future.</exception>
    /// <exception cref="IllegalTransitionException">The deadline is suspended, extended or cancelled.</exception>
    DeadlineStatus MarkMetAt(Deadline deadline, DateTimeOffset actAt);

    /// <summary>
    /// <see cref="MarkMetAt"/> for an act known by its date only: any time on <paramref name="actDate"/>
    /// (Mexico City) is within a day-based limit due that day. Hour-based limits need the instant.
    /// </summary>
    /// <exception cref="ArgumentException">The deadline counts hours, or the date is in the future.</exception>
    DeadlineStatus MarkMetOn(Deadline deadline, DateOnly actDate);

    /// <summary>
    /// Extends an open deadline: it becomes <see cref="DeadlineStatus.Extended"/> and a new Open deadline
    /// runs <paramref name="additionalAmount"/> more units (same unit) from its due date (for hours, from
    /// its due instant). The caller enforces the procedure's cap (e.g. LFPA art. 31, LM art. 111).
    /// </summary>
    /// <exception cref="IllegalTransitionException">The deadline is not open.</exception>
    Task<Deadline> ExtendAsync(Deadline deadline, int additionalAmount, string reason, CancellationToken cancellationToken);

    /// <summary>Suspends an open deadline (e.g. a prevención, LFPA art. 17-A), keeping its dates.</summary>
    /// <exception cref="IllegalTransitionException">The deadline is not open.</exception>
    void Suspend(Deadline deadline, string reason);

    /// <summary>Cancels an open or suspended deadline (e.g. the case ended before the act was due).</summary>
    /// <exception cref="IllegalTransitionException">The deadline is already closed.</exception>
    void Cancel(Deadline deadline, string reason);
}
