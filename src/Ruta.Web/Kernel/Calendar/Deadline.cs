using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// A legal time limit attached to a case: what it is, its legal basis, when it started, when it is
/// due (official, outer date) and the date to advise people (conservative date), which agency must
/// act, and whether it was met. Computed only by <see cref="LegalCalendar"/> through <see cref="IDeadlines"/>.
/// </summary>
public sealed class Deadline : IVersioned
{
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
    public int Version { get; set; }
}

public enum DeadlineUnit { BusinessDays, NaturalDays, Hours }

public enum DeadlineStatus { Open, Met, Missed, Suspended, Extended, Cancelled }

/// <summary>A deadline to schedule; <see cref="TriggerDate"/> is the day of the triggering event (notification, filing, entry).</summary>
public sealed record DeadlineRequest(
    string CaseType, Guid CaseId, Guid? PersonId, string Kind, string Description, string LegalBasis,
    string ResponsibleAgency, DeadlineUnit Unit, int Amount, DateOnly TriggerDate, DateTimeOffset? TriggerTime = null);

/// <summary>Schedules deadlines with the legal calendar. Adds to the current unit of work; the caller saves.</summary>
public interface IDeadlines
{
    Task<Deadline> ScheduleAsync(DeadlineRequest request, CancellationToken cancellationToken);
}
