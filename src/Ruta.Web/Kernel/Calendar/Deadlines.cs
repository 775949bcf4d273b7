using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>The one place deadlines are computed and their status changed (see <see cref="IDeadlines"/>).</summary>
internal sealed class Deadlines(RutaDbContext db, LegalCalendarProvider calendars, TimeProvider clock) : IDeadlines
{
    public async Task<Deadline> ScheduleAsync(DeadlineRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var calendar = request.Unit == DeadlineUnit.Hours ? null : await calendars.GetAsync(db, cancellationToken);
        var deadline = Create(request, calendar, clock.GetUtcNow().UtcDateTime);
        db.Add(deadline);
        return deadline;
    }

    /// <summary>
    /// The Open deadline <see cref="ScheduleAsync"/> adds, built outside a unit of work (the synthetic
    /// data generator makes its deadlines here too, so their dates are the calendar's).
    /// </summary>
    /// <param name="calendar">Required for day units; unused for hours.</param>
    internal static Deadline Create(DeadlineRequest request, LegalCalendar? calendar, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CaseType);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Description);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.LegalBasis);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Amount, 1);
        if (!AgencyCodes.All.Contains(request.ResponsibleAgency, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown agency code '{request.ResponsibleAgency}'.", nameof(request));
        }

        var deadline = new Deadline
        {
            Id = Guid.CreateVersion7(),
            CaseType = request.CaseType,
            CaseId = request.CaseId,
            PersonId = request.PersonId,
            Kind = request.Kind,
            Description = request.Description,
            LegalBasis = request.LegalBasis,
            ResponsibleAgency = request.ResponsibleAgency,
            Unit = request.Unit,
            Amount = request.Amount,
            TriggerDate = request.TriggerDate,
            Status = DeadlineStatus.Open,
            CreatedAt = createdAt,
        };

        if (request.Unit == DeadlineUnit.Hours)
        {
            var start = request.TriggerTime
                ?? throw new ArgumentException("An hour-based deadline needs TriggerTime.", nameof(request));
            SetHourLimit(deadline, LegalCalendar.AddHours(start, request.Amount));
        }
        else
        {
            ArgumentNullException.ThrowIfNull(calendar);
            SetDayLimit(deadline, calendar.Compute(request.TriggerDate, request.Amount, ToPeriodUnit(request.Unit), request.ResponsibleAgency));
        }

        return deadline;
    }

    public DeadlineStatus MarkMet(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var now = clock.GetUtcNow();
        if (deadline.Status == DeadlineStatus.Open && deadline.IsPastDue(now))
        {
            deadline.Apply(DeadlineTrigger.Miss, now.UtcDateTime, LateActNote(now));
        }
        else
        {
            deadline.Apply(DeadlineTrigger.Meet, now.UtcDateTime, deadline.Status == DeadlineStatus.Missed ? LateActNote(now) : null);
        }

        return deadline.Status;
    }

    public DeadlineStatus MarkMetAt(Deadline deadline, DateTimeOffset actAt)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var now = clock.GetUtcNow();
        if (actAt > now)
        {
            throw new ArgumentException($"The act of deadline {deadline.Id} cannot be recorded as done in the future.", nameof(actAt));
        }

        var inTime = deadline.Unit == DeadlineUnit.Hours
            ? deadline.DueAt is { } dueAt && actAt.UtcDateTime <= dueAt
            : MexicoCity.DateOf(actAt) <= deadline.DueDate;
        return Record(deadline, inTime, MexicoCity.DateOf(actAt), now);
    }

    public DeadlineStatus MarkMetOn(Deadline deadline, DateOnly actDate)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (deadline.Unit == DeadlineUnit.Hours)
        {
            throw new ArgumentException($"Deadline {deadline.Id} counts hours: record the act's instant with MarkMetAt.", nameof(deadline));
        }

        var now = clock.GetUtcNow();
        if (actDate > MexicoCity.DateOf(now))
        {
            throw new ArgumentException($"The act of deadline {deadline.Id} cannot be recorded as done in the future.", nameof(actDate));
        }

        return Record(deadline, actDate <= deadline.DueDate, actDate, now);
    }

    private static DeadlineStatus Record(Deadline deadline, bool inTime, DateOnly actDate, DateTimeOffset now)
    {
        if (!inTime)
        {
            var trigger = deadline.Status == DeadlineStatus.Open ? DeadlineTrigger.Miss : DeadlineTrigger.Meet;
            deadline.Apply(trigger, now.UtcDateTime, $"Acto realizado fuera de plazo el {actDate:yyyy-MM-dd}.");
        }
        else if (deadline.Status == DeadlineStatus.Open && !deadline.IsPastDue(now))
        {
            deadline.Apply(DeadlineTrigger.Meet, now.UtcDateTime, null);
        }
        else
        {
            // Done in time, typed in after the limit: met. ClosedAt keeps the first closing instant
            // (the job's) only if there was one; the note says why the status changed.
            deadline.Apply(DeadlineTrigger.MeetRecordedLate, now.UtcDateTime,
                $"Acto realizado en plazo el {actDate:yyyy-MM-dd}; registrado después del vencimiento.");
        }

        return deadline.Status;
    }

    public async Task<Deadline> ExtendAsync(Deadline deadline, int additionalAmount, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentOutOfRangeException.ThrowIfLessThan(additionalAmount, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!deadline.Can(DeadlineTrigger.Extend))
        {
            deadline.Apply(DeadlineTrigger.Extend, default, reason); // throws: names the current state
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var extension = new Deadline
        {
            Id = Guid.CreateVersion7(),
            CaseType = deadline.CaseType,
            CaseId = deadline.CaseId,
            PersonId = deadline.PersonId,
            Kind = deadline.Kind,
            Description = deadline.Description,
            LegalBasis = deadline.LegalBasis,
            ResponsibleAgency = deadline.ResponsibleAgency,
            Unit = deadline.Unit,
            Amount = additionalAmount,
            // The extension runs on from where the extended period ended.
            TriggerDate = deadline.DueDate,
            Status = DeadlineStatus.Open,
            CreatedAt = now,
            StatusReason = reason,
            ExtendsDeadlineId = deadline.Id,
        };

        if (deadline.Unit == DeadlineUnit.Hours)
        {
            var dueAt = deadline.DueAt ?? throw new InvalidOperationException($"Hour-based deadline {deadline.Id} has no DueAt.");
            SetHourLimit(extension, LegalCalendar.AddHours(new DateTimeOffset(dueAt, TimeSpan.Zero), additionalAmount));
        }
        else
        {
            var calendar = await calendars.GetAsync(db, cancellationToken);
            SetDayLimit(extension, calendar.Compute(deadline.DueDate, additionalAmount, ToPeriodUnit(deadline.Unit), deadline.ResponsibleAgency));
        }

        // Computed first: if the calendar refuses the period, the extended deadline is left untouched.
        deadline.Apply(DeadlineTrigger.Extend, now, reason);
        db.Add(extension);
        return extension;
    }

    public void Suspend(Deadline deadline, string reason)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        deadline.Apply(DeadlineTrigger.Suspend, clock.GetUtcNow().UtcDateTime, reason);
    }

    public void Cancel(Deadline deadline, string reason)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        deadline.Apply(DeadlineTrigger.Cancel, clock.GetUtcNow().UtcDateTime, reason);
    }

    internal static PeriodUnit ToPeriodUnit(DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.BusinessDays => PeriodUnit.BusinessDays,
        DeadlineUnit.NaturalDays => PeriodUnit.NaturalDays,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Only day units are counted with the calendar."),
    };

    private static void SetDayLimit(Deadline deadline, DeadlineComputation computation)
    {
        deadline.DueDate = computation.DueDate;
        deadline.AdviseByDate = computation.AdviseByDate;
        deadline.DueAt = null;
    }

    /// <summary>
    /// Hour limits are elapsed time (no calendar). Their due date is the Mexico City date of the
    /// instant they expire, which is also the advise-by date: there is no second reading of hours.
    /// </summary>
    private static void SetHourLimit(Deadline deadline, DateTimeOffset dueAt)
    {
        deadline.DueAt = dueAt.UtcDateTime;
        deadline.DueDate = MexicoCity.DateOf(dueAt);
        deadline.AdviseByDate = deadline.DueDate;
    }

    private static string LateActNote(DateTimeOffset now) =>
        $"Acto realizado fuera de plazo el {MexicoCity.DateOf(now):yyyy-MM-dd}.";
}
