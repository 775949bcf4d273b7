namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// The statutory non-working days of the federal administration, per year: the dates of LFPA art. 28
/// and the mandatory rest days of LFT art. 74. Pure; each year is computed once and cached.
/// Weekends are not part of these lists (see <see cref="LegalCalendar"/>).
/// </summary>
public static class MexicanHolidays
{
    /// <summary>
    /// First supported year: LFT art. 74 has used "first/third Monday" rest days since its reform
    /// published in the DOF on 17-01-2006; earlier years followed other rules and are not modelled.
    /// </summary>
    public const int FirstSupportedYear = 2006;

    /// <summary>Last supported year.</summary>
    public const int LastSupportedYear = 2099;

    /// <summary>First year in which LFT art. 74-VII names 1 October as the transition day (DOF 30-09-2024).</summary>
    public const int LftOctoberTransitionFromYear = 2024;

    private const string LfpaPrefix = "LFPA art. 28: ";
    private const string LftPrefix = "LFT art. 74: ";
    private const string BothPrefix = "LFPA art. 28 y LFT art. 74: ";
    private const string TransitionSuffix = " (transmisión del Poder Ejecutivo Federal)";

    private static readonly string[] MonthNames =
    [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ];

    private static readonly YearTable?[] Cache = new YearTable?[LastSupportedYear - FirstSupportedYear + 1];

    /// <summary>The first date the calendar can answer for (1 January of <see cref="FirstSupportedYear"/>).</summary>
    public static DateOnly FirstSupportedDate { get; } = new(FirstSupportedYear, 1, 1);

    /// <summary>The last date the calendar can answer for (31 December of <see cref="LastSupportedYear"/>).</summary>
    public static DateOnly LastSupportedDate { get; } = new(LastSupportedYear, 12, 31);

    /// <summary>
    /// True in the years the federal executive changes hands: every six years (…, 2018, 2024, 2030, …),
    /// the years named by LFPA art. 28 and LFT art. 74-VII "cuando corresponda a la transmisión del
    /// Poder Ejecutivo Federal".
    /// </summary>
    public static bool IsPresidentialTransitionYear(int year) => ((year - 2000) % 6 + 6) % 6 == 0;

    /// <summary>
    /// The dates LFPA art. 28 declares non-working in <paramref name="year"/>, ordered by date, including
    /// those that fall on a weekend.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    public static IReadOnlyList<NonWorkingDay> LfpaHolidays(int year) => GetYear(year).LfpaHolidays;

    /// <summary>
    /// The mandatory rest days LFT art. 74 sets in <paramref name="year"/>, ordered by date, including
    /// those that fall on a weekend. Election days (art. 74-IX) are not included.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    public static IReadOnlyList<NonWorkingDay> LftRestDays(int year) => GetYear(year).LftRestDays;

    /// <summary>True if LFPA art. 28 lists <paramref name="date"/> (weekends aside).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static bool IsLfpaHoliday(DateOnly date) => (Flags(date) & NonWorkingSources.Lfpa) != 0;

    /// <summary>True if LFT art. 74 lists <paramref name="date"/> (weekends aside).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static bool IsLftRestDay(DateOnly date) => (Flags(date) & NonWorkingSources.Lft) != 0;

    private static NonWorkingSources Flags(DateOnly date)
    {
        var table = GetYear(date.Year);
        return table.Flags[date.DayNumber - table.FirstDayNumber];
    }

    /// <summary>The cached table of <paramref name="year"/>; built once, thread-safe without locks.</summary>
    internal static YearTable GetYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstSupportedYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastSupportedYear);
        ref var slot = ref Cache[year - FirstSupportedYear];
        var table = Volatile.Read(ref slot);
        if (table is not null)
        {
            return table;
        }

        // Two threads may build the same year; both tables are equal and the first one stored wins.
        var built = BuildYear(year);
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }

    private static YearTable BuildYear(int year)
    {
        bool transition = IsPresidentialTransitionYear(year);

        // LFPA art. 28: "el 1o. de enero; 5 de febrero; 21 de marzo; 1o. de mayo; 5 de mayo; 1o. y 16 de
        // septiembre; 20 de noviembre; 1o. de diciembre de cada seis años, cuando corresponda a la
        // transmisión del Poder Ejecutivo Federal, y el 25 de diciembre". The LFPA was not updated when the
        // transition moved to 1 October (Constitution art. 83, in effect since 2024), so its literal
        // 1 December is kept; it only matters when 1 December falls on a weekday (e.g. 2036).
        var lfpa = new List<Entry>
        {
            Fixed(year, 1, 1),
            Fixed(year, 2, 5),
            Fixed(year, 3, 21),
            Fixed(year, 5, 1),
            Fixed(year, 5, 5),
            Fixed(year, 9, 1),
            Fixed(year, 9, 16),
            Fixed(year, 11, 20),
        };
        if (transition)
        {
            lfpa.Add(Fixed(year, 12, 1, TransitionSuffix));
        }

        lfpa.Add(Fixed(year, 12, 25));

        // LFT art. 74: I. 1o. de enero; II. primer lunes de febrero (en conmemoración del 5 de febrero);
        // III. tercer lunes de marzo (21 de marzo); IV. 1o. de mayo; V. 16 de septiembre; VI. tercer lunes
        // de noviembre (20 de noviembre); VII. transition day every six years; VIII. 25 de diciembre.
        // Art. 74-IX (election days) is not modelled: federal ordinary elections fall on Sundays.
        var lft = new List<Entry>
        {
            Fixed(year, 1, 1),
            NthMonday(year, 2, 1, "primer lunes de febrero"),
            NthMonday(year, 3, 3, "tercer lunes de marzo"),
            Fixed(year, 5, 1),
            Fixed(year, 9, 16),
        };
        if (transition)
        {
            // LFT art. 74-VII as amended in the DOF of 30-09-2024: "El 1o. de octubre de cada seis años".
            // Before that amendment it read "El 1o. de diciembre de cada seis años", so 2018 and earlier
            // transition years use 1 December.
            lft.Add(year >= LftOctoberTransitionFromYear
                ? Fixed(year, 10, 1, TransitionSuffix)
                : Fixed(year, 12, 1, TransitionSuffix));
        }

        lft.Add(NthMonday(year, 11, 3, "tercer lunes de noviembre"));
        lft.Add(Fixed(year, 12, 25));
        lft.Sort((a, b) => a.Date.CompareTo(b.Date));

        return new YearTable(year, lfpa, lft);
    }

    private static Entry Fixed(int year, int month, int day, string suffix = "") =>
        new(new DateOnly(year, month, day), DayAndMonth(day, month) + suffix);

    private static Entry NthMonday(int year, int month, int n, string rule)
    {
        var first = new DateOnly(year, month, 1);
        int offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        var date = first.AddDays(offset + (7 * (n - 1)));
        return new Entry(date, rule + " (" + DayAndMonth(date.Day, month) + ")");
    }

    private static string DayAndMonth(int day, int month) =>
        day.ToString(System.Globalization.CultureInfo.InvariantCulture) + " de " + MonthNames[month - 1];

    /// <summary>A statutory date and its Spanish label, e.g. "5 de febrero".</summary>
    internal readonly record struct Entry(DateOnly Date, string Label);

    /// <summary>
    /// One year of statutory data laid out for fast lookup by day number: a flag byte per day (weekend,
    /// LFPA, LFT) and the precomputed reasons of every non-working day.
    /// </summary>
    internal sealed class YearTable
    {
        private static readonly NonWorkingDay[] NoReasons = [];

        internal YearTable(int year, List<Entry> lfpa, List<Entry> lft)
        {
            Year = year;
            FirstDayNumber = new DateOnly(year, 1, 1).DayNumber;
            LastDayNumber = new DateOnly(year, 12, 31).DayNumber;
            int length = LastDayNumber - FirstDayNumber + 1;
            Flags = new NonWorkingSources[length];
            Reasons = new NonWorkingDay[length][];

            LfpaHolidays = lfpa.ConvertAll(e => new NonWorkingDay(e.Date, LfpaPrefix + e.Label, NonWorkingSources.Lfpa)).AsReadOnly();
            LftRestDays = lft.ConvertAll(e => new NonWorkingDay(e.Date, LftPrefix + e.Label, NonWorkingSources.Lft)).AsReadOnly();

            var lfpaLabels = lfpa.ToDictionary(e => e.Date, e => e.Label);
            var lftLabels = lft.ToDictionary(e => e.Date, e => e.Label);
            var reasons = new List<NonWorkingDay>(4);
            for (int i = 0; i < length; i++)
            {
                var date = DateOnly.FromDayNumber(FirstDayNumber + i);
                reasons.Clear();
                var flags = NonWorkingSources.None;

                // LFPA art. 28: "No se considerarán días hábiles: los sábados, los domingos, …".
                if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    flags |= NonWorkingSources.Weekend;
                    reasons.Add(new NonWorkingDay(date, date.DayOfWeek == DayOfWeek.Saturday ? "Sábado" : "Domingo", NonWorkingSources.Weekend));
                }

                bool inLfpa = lfpaLabels.TryGetValue(date, out var lfpaLabel);
                bool inLft = lftLabels.TryGetValue(date, out var lftLabel);
                if (inLfpa)
                {
                    flags |= NonWorkingSources.Lfpa;
                }

                if (inLft)
                {
                    flags |= NonWorkingSources.Lft;
                }

                if (inLfpa && inLft && lfpaLabel == lftLabel)
                {
                    reasons.Add(new NonWorkingDay(date, BothPrefix + lfpaLabel, NonWorkingSources.Lfpa | NonWorkingSources.Lft));
                }
                else
                {
                    if (inLfpa)
                    {
                        reasons.Add(new NonWorkingDay(date, LfpaPrefix + lfpaLabel, NonWorkingSources.Lfpa));
                    }

                    if (inLft)
                    {
                        reasons.Add(new NonWorkingDay(date, LftPrefix + lftLabel, NonWorkingSources.Lft));
                    }
                }

                Flags[i] = flags;
                Reasons[i] = reasons.Count == 0 ? NoReasons : [.. reasons];
            }
        }

        /// <summary>The calendar year.</summary>
        internal int Year { get; }

        /// <summary><see cref="DateOnly.DayNumber"/> of 1 January.</summary>
        internal int FirstDayNumber { get; }

        /// <summary><see cref="DateOnly.DayNumber"/> of 31 December.</summary>
        internal int LastDayNumber { get; }

        /// <summary>Statutory flags (weekend, LFPA, LFT) per day, indexed by day number minus <see cref="FirstDayNumber"/>.</summary>
        internal NonWorkingSources[] Flags { get; }

        /// <summary>Statutory reasons per day (empty for statutory working days), same index as <see cref="Flags"/>.</summary>
        internal NonWorkingDay[][] Reasons { get; }

        internal IReadOnlyList<NonWorkingDay> LfpaHolidays { get; }

        internal IReadOnlyList<NonWorkingDay> LftRestDays { get; }
    }
}
