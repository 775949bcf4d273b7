namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// The result of counting a legal period from a triggering event, under both readings of the federal
/// holiday lists.
/// </summary>
/// <param name="TriggerDate">The day the triggering event (e.g. a notification) took effect; it is never counted.</param>
/// <param name="Days">The length of the period.</param>
/// <param name="Unit">Whether <paramref name="Days"/> are business or natural days.</param>
/// <param name="AuthorityCode">The authority whose published closures were applied.</param>
/// <param name="DueDate">
/// The official (outer) last day of the period: every day in either holiday list is non-working
/// (<see cref="CalendarReading.Official"/>).
/// </param>
/// <param name="AdviseByDate">
/// The date to tell the person "file no later than": only the days both lists share are non-working
/// (<see cref="CalendarReading.Conservative"/>). Never later than <paramref name="DueDate"/>.
/// </param>
/// <param name="NonWorkingDays">
/// The official non-working days, one entry per reason, that pushed the due date out: for business
/// days, every non-working day after the trigger date and before the due date; for natural days, the
/// non-working days the last day rolled over (LFPA art. 29). Ordered by date.
/// </param>
public sealed record DeadlineComputation(
    DateOnly TriggerDate,
    int Days,
    PeriodUnit Unit,
    string AuthorityCode,
    DateOnly DueDate,
    DateOnly AdviseByDate,
    IReadOnlyList<NonWorkingDay> NonWorkingDays)
{
    /// <summary>
    /// True when LFPA art. 28 and LFT art. 74 disagree inside this period, so the advise-by date is
    /// earlier than the due date; the UI should flag it.
    /// </summary>
    public bool LawsDisagree => AdviseByDate != DueDate;
}
