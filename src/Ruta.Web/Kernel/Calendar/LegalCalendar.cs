using System.Collections.Frozen;
using System.Diagnostics;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// The federal legal calendar: decides which days are working for an authority and counts legal
/// periods. Pure and immutable; safe to share as a singleton.
/// </summary>
/// <remarks>
/// A day is non-working (LFPA art. 28) if it is a Saturday or Sunday, a date of LFPA art. 28, a
/// mandatory rest day of LFT art. 74, or a closure the authority published in the DOF. The two laws
/// disagree on several dates, so each deadline is computed twice: with the UNION of both lists (the
/// official due date) and with their INTERSECTION (the earlier advise-by date); see <see cref="CalendarReading"/>.
/// </remarks>
public sealed class LegalCalendar
{
    /// <summary>The longest period <see cref="Compute"/> accepts, in days.</summary>
    public const int MaxDays = 3650;

    /// <summary>The longest limit <see cref="AddHours"/> accepts, in hours.</summary>
    public const int MaxHours = MaxDays * 24;

    private const NonWorkingSources BothLaws = NonWorkingSources.Lfpa | NonWorkingSources.Lft;

    private readonly FrozenDictionary<string, AuthorityClosures> closuresByAuthority;

    /// <summary>Creates a calendar that applies the given published closures to their authorities.</summary>
    /// <param name="closures">Closures published in the DOF; see <see cref="KnownClosures.Seed"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="closures"/> is null.</exception>
    /// <exception cref="ArgumentException">A closure is null, has a blank field, or ends before it starts.</exception>
    public LegalCalendar(IEnumerable<PublishedClosure> closures)
    {
        ArgumentNullException.ThrowIfNull(closures);
        var list = new List<PublishedClosure>();
        foreach (var closure in closures)
        {
            if (closure is null)
            {
                throw new ArgumentException("A published closure is null.", nameof(closures));
            }

            if (string.IsNullOrWhiteSpace(closure.AuthorityCode)
                || string.IsNullOrWhiteSpace(closure.DofReference)
                || string.IsNullOrWhiteSpace(closure.Description))
            {
                throw new ArgumentException(
                    $"Published closure {closure} needs an authority code, a DOF reference and a description.",
                    nameof(closures));
            }

            if (closure.LastDay < closure.FirstDay)
            {
                throw new ArgumentException($"Published closure {closure} ends before it starts.", nameof(closures));
            }

            list.Add(closure);
        }

        Closures = list.AsReadOnly();
        closuresByAuthority = list
            .Distinct()
            .GroupBy(c => c.AuthorityCode, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => new AuthorityClosures(g), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The published closures this calendar applies, as given.</summary>
    public IReadOnlyList<PublishedClosure> Closures { get; }

    /// <summary>
    /// Counts <paramref name="days"/> from <paramref name="trigger"/> for <paramref name="authorityCode"/>
    /// and returns the due date (UNION of LFPA art. 28 and LFT art. 74) and the advise-by date (INTERSECTION).
    /// </summary>
    /// <param name="trigger">The day the triggering event took effect (e.g. the notification); it is never counted.</param>
    /// <param name="days">Length of the period, 1 to <see cref="MaxDays"/>.</param>
    /// <param name="unit">Business days (LFPA arts. 28 and 38) or natural days (LFPA art. 29).</param>
    /// <param name="authorityCode">The authority whose published closures apply, e.g. "COMAR".</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="days"/> or <paramref name="unit"/> is invalid, or the period starts or ends outside
    /// the supported years (<see cref="MexicanHolidays.FirstSupportedYear"/>–<see cref="MexicanHolidays.LastSupportedYear"/>).
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="authorityCode"/> is null or blank.</exception>
    public DeadlineComputation Compute(DateOnly trigger, int days, PeriodUnit unit, string authorityCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorityCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        if (unit is not (PeriodUnit.BusinessDays or PeriodUnit.NaturalDays))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period unit.");
        }

        EnsureSupported(trigger, nameof(trigger));
        var closures = ClosuresOf(authorityCode);

        // Sized for the usual case (about two weekend days per five business days) to avoid regrowth.
        var skipped = new List<NonWorkingDay>(unit == PeriodUnit.BusinessDays ? (days / 2) + 4 : 4);
        int due;
        int adviseBy;

        if (unit == PeriodUnit.BusinessDays)
        {
            // LFPA art. 28: "En los plazos fijados en días no se contarán los inhábiles". LFPA art. 38: the
            // period runs "a partir del día siguiente" to the one the notification took effect, so day 1 is
            // the first working day after the trigger date.
            var scanner = new DayScanner(trigger.DayNumber + 1, closures);
            int officialCount = 0;
            int conservativeCount = 0;
            adviseBy = -1;
            int day = trigger.DayNumber;
            while (true)
            {
                day++;
                var flags = scanner.Classify(day);
                if (adviseBy < 0 && !IsNonWorking(flags, CalendarReading.Conservative) && ++conservativeCount == days)
                {
                    adviseBy = day;
                }

                if (flags == NonWorkingSources.None)
                {
                    if (++officialCount == days)
                    {
                        due = day;
                        break;
                    }
                }
                else
                {
                    scanner.AppendReasons(skipped, day, flags);
                }
            }

            // Every conservative non-working day is also officially non-working, so the conservative
            // count is never behind the official one and the advise-by date is found first.
            Debug.Assert(adviseBy >= 0 && adviseBy <= due, "advise-by must not be after the due date");
        }
        else
        {
            // LFPA art. 29: natural-day periods count every day, but "si el último día del plazo … [es]
            // inhábil …, se prorrogará el plazo hasta el siguiente día hábil". The due date rolls with the
            // official calendar, the advise-by date with the conservative one.
            int last = trigger.DayNumber + days;
            if (last > MexicanHolidays.LastSupportedDate.DayNumber)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(trigger),
                    $"The period ends after {MexicanHolidays.LastSupportedDate:yyyy-MM-dd}, the last date the legal calendar covers.");
            }

            var official = new DayScanner(last, closures);
            due = last;
            for (var flags = official.Classify(due); flags != NonWorkingSources.None; flags = official.Classify(++due))
            {
                official.AppendReasons(skipped, due, flags);
            }

            var conservative = new DayScanner(last, closures);
            adviseBy = last;
            while (IsNonWorking(conservative.Classify(adviseBy), CalendarReading.Conservative))
            {
                adviseBy++;
            }
        }

        return new DeadlineComputation(
            trigger,
            days,
            unit,
            authorityCode,
            DateOnly.FromDayNumber(due),
            DateOnly.FromDayNumber(adviseBy),
            skipped.AsReadOnly());
    }

    /// <summary>
    /// True if <paramref name="date"/> is a working day for <paramref name="authorityCode"/> under
    /// <paramref name="reading"/>.
    /// </summary>
    /// <param name="date">The date to check.</param>
    /// <param name="authorityCode">The authority whose published closures apply.</param>
    /// <param name="reading">
    /// <see cref="CalendarReading.Official"/> (UNION of LFPA art. 28 and LFT art. 74) or
    /// <see cref="CalendarReading.Conservative"/> (their INTERSECTION).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">The date or the reading is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="authorityCode"/> is null or blank.</exception>
    public bool IsWorkingDay(DateOnly date, string authorityCode, CalendarReading reading = CalendarReading.Official)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorityCode);
        if (reading is not (CalendarReading.Official or CalendarReading.Conservative))
        {
            throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown calendar reading.");
        }

        EnsureSupported(date, nameof(date));
        var table = MexicanHolidays.GetYear(date.Year);
        var flags = table.Flags[date.DayNumber - table.FirstDayNumber];
        if (ClosuresOf(authorityCode).Contains(date.DayNumber))
        {
            flags |= NonWorkingSources.PublishedClosure;
        }

        return !IsNonWorking(flags, reading);
    }

    /// <summary>
    /// Every reason why <paramref name="date"/> is officially non-working for <paramref name="authorityCode"/>:
    /// weekend, LFPA art. 28, LFT art. 74 and published closures, in that order. Empty when the day is working.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="authorityCode"/> is null or blank.</exception>
    public IReadOnlyList<NonWorkingDay> ReasonsNotWorking(DateOnly date, string authorityCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorityCode);
        EnsureSupported(date, nameof(date));
        var scanner = new DayScanner(date.DayNumber, ClosuresOf(authorityCode));
        var flags = scanner.Classify(date.DayNumber);
        if (flags == NonWorkingSources.None)
        {
            return [];
        }

        var reasons = new List<NonWorkingDay>(4);
        scanner.AppendReasons(reasons, date.DayNumber, flags);
        return reasons.AsReadOnly();
    }

    /// <summary>
    /// The end of an hour-based limit (e.g. 24 or 36 hours): plain elapsed time, with no calendar. The
    /// result keeps the offset of <paramref name="start"/>; Mexico has no daylight saving time since 2022,
    /// and elapsed-time arithmetic on <see cref="DateTimeOffset"/> is exact in any case.
    /// </summary>
    /// <param name="start">When the limit started, with its UTC offset.</param>
    /// <param name="hours">Length of the limit, 1 to <see cref="MaxHours"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is out of range.</exception>
    public static DateTimeOffset AddHours(DateTimeOffset start, int hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hours, MaxHours);
        return start.AddTicks(hours * TimeSpan.TicksPerHour);
    }

    /// <summary>
    /// Whether a day with these sources is non-working under <paramref name="reading"/>: any source for
    /// the official reading; a weekend, a closure, or a date in both laws for the conservative one.
    /// </summary>
    private static bool IsNonWorking(NonWorkingSources flags, CalendarReading reading) =>
        reading == CalendarReading.Official
            ? flags != NonWorkingSources.None
            : (flags & (NonWorkingSources.Weekend | NonWorkingSources.PublishedClosure)) != 0
              || (flags & BothLaws) == BothLaws;

    private static void EnsureSupported(DateOnly date, string paramName)
    {
        if (date < MexicanHolidays.FirstSupportedDate || date > MexicanHolidays.LastSupportedDate)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                date,
                $"The legal calendar covers {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd} to {MexicanHolidays.LastSupportedDate:yyyy-MM-dd}.");
        }
    }

    private AuthorityClosures ClosuresOf(string authorityCode) =>
        closuresByAuthority.TryGetValue(authorityCode, out var closures) ? closures : AuthorityClosures.Empty;

    /// <summary>
    /// The closures of one authority: merged, sorted day-number intervals for fast membership tests,
    /// plus the original closures (sorted by first day) with their precomputed reason texts.
    /// </summary>
    private sealed class AuthorityClosures
    {
        public static readonly AuthorityClosures Empty = new([]);

        public AuthorityClosures(IEnumerable<PublishedClosure> closures)
        {
            var sorted = closures
                .OrderBy(c => c.FirstDay)
                .ThenBy(c => c.LastDay)
                .ThenBy(c => c.DofReference, StringComparer.Ordinal)
                .ToArray();
            Sorted = sorted;
            Reasons = Array.ConvertAll(
                sorted,
                c => $"Cierre publicado en el DOF ({c.DofReference}): {c.AuthorityCode}, {c.Description}");

            var starts = new List<int>(sorted.Length);
            var ends = new List<int>(sorted.Length);
            foreach (var closure in sorted)
            {
                int first = closure.FirstDay.DayNumber;
                int last = closure.LastDay.DayNumber;
                if (ends.Count > 0 && first <= ends[^1] + 1)
                {
                    ends[^1] = Math.Max(ends[^1], last);
                }
                else
                {
                    starts.Add(first);
                    ends.Add(last);
                }
            }

            Starts = [.. starts];
            Ends = [.. ends];
        }

        /// <summary>The closures ordered by first day.</summary>
        public PublishedClosure[] Sorted { get; }

        /// <summary>The Spanish reason text of each entry of <see cref="Sorted"/>.</summary>
        public string[] Reasons { get; }

        /// <summary>First day numbers of the merged, disjoint closed intervals, ascending.</summary>
        public int[] Starts { get; }

        /// <summary>Last day numbers of the merged intervals, same index as <see cref="Starts"/>.</summary>
        public int[] Ends { get; }

        /// <summary>Index of the first merged interval that ends on or after <paramref name="dayNumber"/>.</summary>
        public int FirstIntervalEndingOnOrAfter(int dayNumber)
        {
            int lo = 0;
            int hi = Ends.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Ends[mid] < dayNumber)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        public bool Contains(int dayNumber)
        {
            int i = FirstIntervalEndingOnOrAfter(dayNumber);
            return i < Starts.Length && Starts[i] <= dayNumber;
        }
    }

    /// <summary>
    /// Classifies consecutive days without allocating: keeps the current year table and a cursor into
    /// the authority's closure intervals. Days passed to <see cref="Classify"/> must not decrease.
    /// </summary>
    private struct DayScanner
    {
        private readonly AuthorityClosures closures;
        private MexicanHolidays.YearTable table;
        private int interval;

        public DayScanner(int firstDayNumber, AuthorityClosures closures)
        {
            this.closures = closures;
            // Clamped so that a first day past the supported range fails in Classify with a clear message.
            int start = Math.Min(firstDayNumber, MexicanHolidays.LastSupportedDate.DayNumber);
            table = MexicanHolidays.GetYear(DateOnly.FromDayNumber(start).Year);
            interval = closures.FirstIntervalEndingOnOrAfter(firstDayNumber);
        }

        /// <summary>The statutory sources of <paramref name="dayNumber"/>, plus <see cref="NonWorkingSources.PublishedClosure"/> if the authority closed it.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The day is after <see cref="MexicanHolidays.LastSupportedDate"/>.</exception>
        public NonWorkingSources Classify(int dayNumber)
        {
            if (dayNumber > table.LastDayNumber)
            {
                if (table.Year == MexicanHolidays.LastSupportedYear)
                {
                    throw new ArgumentOutOfRangeException(
                        "trigger",
                        $"The period ends after {MexicanHolidays.LastSupportedDate:yyyy-MM-dd}, the last date the legal calendar covers.");
                }

                table = MexicanHolidays.GetYear(table.Year + 1);
            }

            var flags = table.Flags[dayNumber - table.FirstDayNumber];
            var ends = closures.Ends;
            while (interval < ends.Length && ends[interval] < dayNumber)
            {
                interval++;
            }

            if (interval < ends.Length && closures.Starts[interval] <= dayNumber)
            {
                flags |= NonWorkingSources.PublishedClosure;
            }

            return flags;
        }

        /// <summary>Appends every reason of a non-working day classified with <paramref name="flags"/>.</summary>
        public readonly void AppendReasons(List<NonWorkingDay> target, int dayNumber, NonWorkingSources flags)
        {
            foreach (var reason in table.Reasons[dayNumber - table.FirstDayNumber])
            {
                target.Add(reason);
            }
            if ((flags & NonWorkingSources.PublishedClosure) == 0)
            {
                return;
            }

            var date = DateOnly.FromDayNumber(dayNumber);
            var sorted = closures.Sorted;
            for (int i = 0; i < sorted.Length && sorted[i].FirstDay <= date; i++)
            {
                if (sorted[i].LastDay >= date)
                {
                    target.Add(new NonWorkingDay(date, closures.Reasons[i], NonWorkingSources.PublishedClosure));
                }
            }
        }
    }
}
