using Ruta.Web.Kernel.Calendar;
using static Ruta.UnitTests.Kernel.Calendar.CalendarTestData;

namespace Ruta.UnitTests.Kernel.Calendar;

public sealed class MexicanHolidaysTests
{
    [Fact]
    public void Lfpa_2026_lists_the_fixed_dates_of_art_28_even_on_weekends()
    {
        // LFPA art. 28: 1 Jan, 5 Feb, 21 Mar, 1 May, 5 May, 1 Sep, 16 Sep, 20 Nov, 25 Dec. 2026 is not a
        // transition year, so no 1 Dec. 21 Mar 2026 is a Saturday and is still listed.
        var dates = MexicanHolidays.LfpaHolidays(2026).Select(h => h.Date);

        Assert.Equal(
            [D(2026, 1, 1), D(2026, 2, 5), D(2026, 3, 21), D(2026, 5, 1), D(2026, 5, 5),
             D(2026, 9, 1), D(2026, 9, 16), D(2026, 11, 20), D(2026, 12, 25)],
            dates);
    }

    [Fact]
    public void Lft_2026_moves_three_holidays_to_mondays()
    {
        // LFT art. 74 in 2026: first Monday of February = 2 Feb (1 Feb is a Sunday); third Monday of
        // March = 2, 9, 16 → 16 Mar; third Monday of November = 2, 9, 16 → 16 Nov.
        var dates = MexicanHolidays.LftRestDays(2026).Select(h => h.Date);

        Assert.Equal(
            [D(2026, 1, 1), D(2026, 2, 2), D(2026, 3, 16), D(2026, 5, 1), D(2026, 9, 16), D(2026, 11, 16), D(2026, 12, 25)],
            dates);
    }

    [Fact]
    public void Lft_2025_matches_the_table_of_the_legal_notes()
    {
        // Section 8.4: 1 Jan, 3 Feb, 17 Mar, 1 May, 16 Sep, 17 Nov, 25 Dec.
        var dates = MexicanHolidays.LftRestDays(2025).Select(h => h.Date);

        Assert.Equal(
            [D(2025, 1, 1), D(2025, 2, 3), D(2025, 3, 17), D(2025, 5, 1), D(2025, 9, 16), D(2025, 11, 17), D(2025, 12, 25)],
            dates);
    }

    [Fact]
    public void Transition_2024_lft_uses_1_october_and_lfpa_keeps_1_december()
    {
        // 2024 is a transition year. LFT art. 74-VII (amended DOF 30-09-2024) names 1 Oct; the LFPA text
        // still names 1 Dec (a Sunday in 2024). Mondays: 5 Feb, 18 Mar, 18 Nov.
        Assert.Equal(
            [D(2024, 1, 1), D(2024, 2, 5), D(2024, 3, 18), D(2024, 5, 1), D(2024, 9, 16), D(2024, 10, 1), D(2024, 11, 18), D(2024, 12, 25)],
            MexicanHolidays.LftRestDays(2024).Select(h => h.Date));
        Assert.Contains(D(2024, 12, 1), MexicanHolidays.LfpaHolidays(2024).Select(h => h.Date));
        Assert.DoesNotContain(D(2024, 12, 1), MexicanHolidays.LftRestDays(2024).Select(h => h.Date));
        Assert.DoesNotContain(D(2024, 10, 1), MexicanHolidays.LfpaHolidays(2024).Select(h => h.Date));
    }

    [Fact]
    public void Transition_2030_lft_uses_1_october_and_monday_holidays_match_the_notes()
    {
        // Section 8.4 for 2030: 1 Oct (Tue), 4 Feb, 18 Mar, 18 Nov. LFPA 1 Dec 2030 is a Sunday.
        var lft = MexicanHolidays.LftRestDays(2030).Select(h => h.Date).ToList();
        Assert.Contains(D(2030, 10, 1), lft);
        Assert.Contains(D(2030, 2, 4), lft);
        Assert.Contains(D(2030, 3, 18), lft);
        Assert.Contains(D(2030, 11, 18), lft);
        Assert.DoesNotContain(D(2030, 12, 1), lft);
        Assert.Contains(D(2030, 12, 1), MexicanHolidays.LfpaHolidays(2030).Select(h => h.Date));
        Assert.Equal(DayOfWeek.Sunday, D(2030, 12, 1).DayOfWeek);
    }

    [Theory]
    [InlineData(2006)]
    [InlineData(2012)]
    [InlineData(2018)]
    public void Transitions_before_the_2024_reform_use_1_december_in_both_laws(int year)
    {
        // Before DOF 30-09-2024 LFT art. 74-VII read "El 1o. de diciembre de cada seis años".
        Assert.True(MexicanHolidays.IsLftRestDay(D(year, 12, 1)));
        Assert.True(MexicanHolidays.IsLfpaHoliday(D(year, 12, 1)));
        Assert.False(MexicanHolidays.IsLftRestDay(D(year, 10, 1)));
    }

    [Theory]
    [InlineData(2000, true)]
    [InlineData(2006, true)]
    [InlineData(2012, true)]
    [InlineData(2018, true)]
    [InlineData(2024, true)]
    [InlineData(2030, true)]
    [InlineData(2036, true)]
    [InlineData(1994, true)]
    [InlineData(2025, false)]
    [InlineData(2026, false)]
    [InlineData(2029, false)]
    [InlineData(2031, false)]
    public void Transition_years_come_every_six_years(int year, bool expected) =>
        Assert.Equal(expected, MexicanHolidays.IsPresidentialTransitionYear(year));

    [Fact]
    public void Non_transition_years_have_neither_1_october_nor_1_december()
    {
        for (int year = MexicanHolidays.FirstSupportedYear; year <= MexicanHolidays.LastSupportedYear; year++)
        {
            if (MexicanHolidays.IsPresidentialTransitionYear(year))
            {
                continue;
            }

            Assert.False(MexicanHolidays.IsLfpaHoliday(D(year, 12, 1)), year.ToString());
            Assert.False(MexicanHolidays.IsLftRestDay(D(year, 12, 1)), year.ToString());
            Assert.False(MexicanHolidays.IsLftRestDay(D(year, 10, 1)), year.ToString());
        }
    }

    [Fact]
    public void Every_supported_year_matches_an_independent_reading_of_both_articles()
    {
        // Reference implementation written straight from the article texts, day by day.
        for (int year = MexicanHolidays.FirstSupportedYear; year <= MexicanHolidays.LastSupportedYear; year++)
        {
            bool transition = (year - 2000) % 6 == 0;
            var expectedLfpa = new SortedSet<DateOnly>
            {
                D(year, 1, 1), D(year, 2, 5), D(year, 3, 21), D(year, 5, 1), D(year, 5, 5),
                D(year, 9, 1), D(year, 9, 16), D(year, 11, 20), D(year, 12, 25),
            };
            if (transition)
            {
                expectedLfpa.Add(D(year, 12, 1));
            }

            var expectedLft = new SortedSet<DateOnly>
            {
                D(year, 1, 1), NthMonday(year, 2, 1), NthMonday(year, 3, 3), D(year, 5, 1),
                D(year, 9, 16), NthMonday(year, 11, 3), D(year, 12, 25),
            };
            if (transition)
            {
                expectedLft.Add(year >= 2024 ? D(year, 10, 1) : D(year, 12, 1));
            }

            Assert.Equal(expectedLfpa, MexicanHolidays.LfpaHolidays(year).Select(h => h.Date));
            Assert.Equal(expectedLft, MexicanHolidays.LftRestDays(year).Select(h => h.Date));

            for (var day = D(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                Assert.Equal(expectedLfpa.Contains(day), MexicanHolidays.IsLfpaHoliday(day));
                Assert.Equal(expectedLft.Contains(day), MexicanHolidays.IsLftRestDay(day));
            }
        }

        static DateOnly NthMonday(int year, int month, int n)
        {
            int found = 0;
            for (var day = D(year, month, 1); ; day = day.AddDays(1))
            {
                if (day.DayOfWeek == DayOfWeek.Monday && ++found == n)
                {
                    return day;
                }
            }
        }
    }

    [Fact]
    public void Per_law_lists_carry_their_source_in_the_reason()
    {
        var lfpa = MexicanHolidays.LfpaHolidays(2026);
        var lft = MexicanHolidays.LftRestDays(2026);

        Assert.All(lfpa, h => Assert.StartsWith("LFPA art. 28: ", h.Reason, StringComparison.Ordinal));
        Assert.All(lfpa, h => Assert.Equal(NonWorkingSources.Lfpa, h.Sources));
        Assert.All(lft, h => Assert.StartsWith("LFT art. 74: ", h.Reason, StringComparison.Ordinal));
        Assert.All(lft, h => Assert.Equal(NonWorkingSources.Lft, h.Sources));
        Assert.Contains(new NonWorkingDay(D(2026, 2, 2), "LFT art. 74: primer lunes de febrero (2 de febrero)", NonWorkingSources.Lft), lft);
        Assert.Contains(new NonWorkingDay(D(2026, 3, 16), "LFT art. 74: tercer lunes de marzo (16 de marzo)", NonWorkingSources.Lft), lft);
        Assert.Contains(new NonWorkingDay(D(2026, 11, 16), "LFT art. 74: tercer lunes de noviembre (16 de noviembre)", NonWorkingSources.Lft), lft);
        Assert.Contains(new NonWorkingDay(D(2026, 2, 5), "LFPA art. 28: 5 de febrero", NonWorkingSources.Lfpa), lfpa);
    }

    [Theory]
    [InlineData(2005)]
    [InlineData(2100)]
    public void Unsupported_years_throw(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MexicanHolidays.LfpaHolidays(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => MexicanHolidays.LftRestDays(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => MexicanHolidays.IsLfpaHoliday(D(year, 6, 1)));
    }

    [Fact]
    public void Concurrent_first_use_of_every_year_gives_the_same_tables()
    {
        // The per-year cache is filled lazily; hammer it from many threads and compare with a
        // sequential read.
        var years = Enumerable.Range(MexicanHolidays.FirstSupportedYear, MexicanHolidays.LastSupportedYear - MexicanHolidays.FirstSupportedYear + 1).ToArray();
        var parallel = new System.Collections.Concurrent.ConcurrentBag<(int Year, string Dates)>();
        Parallel.For(0, years.Length * 8, i =>
        {
            int year = years[i % years.Length];
            parallel.Add((year, string.Join(',', MexicanHolidays.LftRestDays(year).Select(h => h.Date))));
        });

        foreach (var (year, dates) in parallel)
        {
            Assert.Equal(string.Join(',', MexicanHolidays.LftRestDays(year).Select(h => h.Date)), dates);
        }
    }
}
