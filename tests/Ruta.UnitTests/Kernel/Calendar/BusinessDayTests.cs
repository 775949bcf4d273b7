using Ruta.Web.Kernel.Calendar;
using static Ruta.UnitTests.Kernel.Calendar.CalendarTestData;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>Worked examples of business-day periods (LFPA arts. 28 and 38). Each comment is the count by hand.</summary>
public sealed class BusinessDayTests
{
    private static DeadlineComputation Business(DateOnly trigger, int days, string authority = Inm) =>
        Seeded.Compute(trigger, days, PeriodUnit.BusinessDays, authority);

    [Fact]
    public void Weekend_is_skipped()
    {
        // Trigger Mon 12 Jan 2026. Tue 13 (1), Wed 14 (2), Thu 15 (3), Fri 16 (4), Sat 17 and Sun 18
        // skipped, Mon 19 (5). No holiday, so both readings agree.
        var result = Business(D(2026, 1, 12), 5);

        Assert.Equal(D(2026, 1, 19), result.DueDate);
        Assert.Equal(D(2026, 1, 19), result.AdviseByDate);
        Assert.False(result.LawsDisagree);
        Assert.Equal(
            [new NonWorkingDay(D(2026, 1, 17), "Sábado", NonWorkingSources.Weekend),
             new NonWorkingDay(D(2026, 1, 18), "Domingo", NonWorkingSources.Weekend)],
            result.NonWorkingDays);
    }

    [Fact]
    public void February_2026_lft_monday_and_lfpa_fixed_date_split_due_and_advise_by()
    {
        // Trigger Fri 30 Jan 2026, 5 business days.
        // Official (union): Sat 31, Sun 1 skipped; Mon 2 Feb skipped (LFT: first Monday of February);
        //   Tue 3 (1), Wed 4 (2), Thu 5 skipped (LFPA: 5 Feb), Fri 6 (3), Sat 7, Sun 8 skipped,
        //   Mon 9 (4), Tue 10 (5) → due Tue 10 Feb.
        // Conservative (intersection): neither 2 Feb nor 5 Feb is in both lists.
        //   Mon 2 (1), Tue 3 (2), Wed 4 (3), Thu 5 (4), Fri 6 (5) → advise by Fri 6 Feb.
        var result = Business(D(2026, 1, 30), 5);

        Assert.Equal(D(2026, 2, 10), result.DueDate);
        Assert.Equal(D(2026, 2, 6), result.AdviseByDate);
        Assert.True(result.LawsDisagree);
    }

    [Fact]
    public void March_2026_third_monday_counts_only_in_the_conservative_reading()
    {
        // Trigger Fri 13 Mar 2026, 3 business days. 21 Mar (LFPA) is a Saturday and changes nothing.
        // Official: Sat 14, Sun 15, Mon 16 (LFT: third Monday of March) skipped; Tue 17 (1), Wed 18 (2),
        //   Thu 19 (3) → due Thu 19 Mar.
        // Conservative: Mon 16 (1), Tue 17 (2), Wed 18 (3) → advise by Wed 18 Mar.
        var result = Business(D(2026, 3, 13), 3);

        Assert.Equal(D(2026, 3, 19), result.DueDate);
        Assert.Equal(D(2026, 3, 18), result.AdviseByDate);
    }

    [Fact]
    public void November_2026_third_monday_and_20_november_both_count_in_the_union()
    {
        // Trigger Fri 13 Nov 2026, 5 business days.
        // Official: Sat 14, Sun 15, Mon 16 (LFT: third Monday of November) skipped; Tue 17 (1), Wed 18 (2),
        //   Thu 19 (3), Fri 20 skipped (LFPA: 20 Nov), Sat 21, Sun 22 skipped, Mon 23 (4), Tue 24 (5).
        // Conservative: Mon 16 (1), Tue 17 (2), Wed 18 (3), Thu 19 (4), Fri 20 (5).
        var result = Business(D(2026, 11, 13), 5);

        Assert.Equal(D(2026, 11, 24), result.DueDate);
        Assert.Equal(D(2026, 11, 20), result.AdviseByDate);
    }

    [Fact]
    public void Transition_2030_1_october_tuesday_is_non_working_only_in_the_union()
    {
        // Trigger Mon 30 Sep 2030, 1 business day.
        // Official: Tue 1 Oct skipped (LFT art. 74-VII: transition), Wed 2 Oct (1).
        // Conservative: LFPA does not list 1 Oct → Tue 1 Oct (1).
        var result = Business(D(2030, 9, 30), 1);

        Assert.Equal(D(2030, 10, 2), result.DueDate);
        Assert.Equal(D(2030, 10, 1), result.AdviseByDate);
    }

    [Fact]
    public void Transition_2030_1_december_sunday_changes_nothing()
    {
        // Trigger Fri 29 Nov 2030, 1 business day. Sat 30 Nov, Sun 1 Dec (weekend and LFPA transition
        // date) skipped; Mon 2 Dec (1) in both readings.
        var result = Business(D(2030, 11, 29), 1);

        Assert.Equal(D(2030, 12, 2), result.DueDate);
        Assert.Equal(D(2030, 12, 2), result.AdviseByDate);
        Assert.Equal(
            ["Sábado", "Domingo", "LFPA art. 28: 1 de diciembre (transmisión del Poder Ejecutivo Federal)"],
            result.NonWorkingDays.Select(d => d.Reason));
    }

    [Fact]
    public void Transition_2024_1_october_tuesday_is_non_working_only_in_the_union()
    {
        // Trigger Mon 30 Sep 2024, 1 business day.
        // Official: Tue 1 Oct skipped (LFT art. 74-VII as amended DOF 30-09-2024), Wed 2 Oct (1).
        // Conservative: Tue 1 Oct (1).
        var result = Business(D(2024, 9, 30), 1);

        Assert.Equal(D(2024, 10, 2), result.DueDate);
        Assert.Equal(D(2024, 10, 1), result.AdviseByDate);
        Assert.Equal(
            [new NonWorkingDay(D(2024, 10, 1), "LFT art. 74: 1 de octubre (transmisión del Poder Ejecutivo Federal)", NonWorkingSources.Lft)],
            result.NonWorkingDays);
    }

    [Fact]
    public void Transition_2024_1_december_sunday_changes_nothing()
    {
        // Trigger Fri 29 Nov 2024, 1 business day. Sat 30 Nov, Sun 1 Dec skipped; Mon 2 Dec (1).
        var result = Business(D(2024, 11, 29), 1);

        Assert.Equal(D(2024, 12, 2), result.DueDate);
        Assert.Equal(D(2024, 12, 2), result.AdviseByDate);
        Assert.Contains(
            new NonWorkingDay(D(2024, 12, 1), "LFPA art. 28: 1 de diciembre (transmisión del Poder Ejecutivo Federal)", NonWorkingSources.Lfpa),
            result.NonWorkingDays);
    }

    [Fact]
    public void Transition_2018_1_october_was_a_working_day()
    {
        // Before the 2024 reform the LFT transition day was 1 Dec. Trigger Fri 28 Sep 2018, 1 business
        // day: Sat 29, Sun 30 skipped; Mon 1 Oct 2018 (1) in both readings.
        var result = Business(D(2018, 9, 28), 1);

        Assert.Equal(D(2018, 10, 1), result.DueDate);
        Assert.Equal(D(2018, 10, 1), result.AdviseByDate);
    }

    [Fact]
    public void Transition_2006_1_december_friday_is_non_working_in_both_readings()
    {
        // 2006: LFPA art. 28 and the pre-2024 LFT art. 74-VII both list 1 Dec (a Friday).
        // Trigger Thu 30 Nov 2006, 1 business day: Fri 1 Dec, Sat 2, Sun 3 skipped; Mon 4 Dec (1).
        var result = Business(D(2006, 11, 30), 1);

        Assert.Equal(D(2006, 12, 4), result.DueDate);
        Assert.Equal(D(2006, 12, 4), result.AdviseByDate);
    }

    [Theory]
    [InlineData(2026, 1, 10)] // Saturday
    [InlineData(2026, 1, 11)] // Sunday
    public void Trigger_on_a_weekend_starts_counting_on_the_next_working_day(int year, int month, int day)
    {
        // LFPA art. 38: the period runs from the day after the trigger. Sat 10 / Sun 11 Jan 2026 →
        // next days: (Sun 11 skipped) Mon 12 (1).
        var result = Business(D(year, month, day), 1);

        Assert.Equal(D(2026, 1, 12), result.DueDate);
        Assert.Equal(D(2026, 1, 12), result.AdviseByDate);
    }

    [Fact]
    public void Trigger_on_a_holiday_starts_counting_the_next_day()
    {
        // Trigger Thu 1 Jan 2026 (both laws); Fri 2 Jan (1). The trigger day itself is never listed.
        var result = Business(D(2026, 1, 1), 1);

        Assert.Equal(D(2026, 1, 2), result.DueDate);
        Assert.Equal(D(2026, 1, 2), result.AdviseByDate);
        Assert.Empty(result.NonWorkingDays);
    }

    [Fact]
    public void Trigger_on_an_lft_only_monday_starts_counting_the_next_day_in_both_readings()
    {
        // Trigger Mon 2 Feb 2026 (LFT only). Tue 3 Feb (1) in both readings.
        var result = Business(D(2026, 2, 2), 1);

        Assert.Equal(D(2026, 2, 3), result.DueDate);
        Assert.Equal(D(2026, 2, 3), result.AdviseByDate);
    }

    [Fact]
    public void Fifteen_business_days_from_a_friday_notification_without_holidays()
    {
        // Notified Fri 10 Jul 2026. Mon 13–Fri 17 (1–5), Mon 20–Fri 24 (6–10), Mon 27–Fri 31 (11–15).
        var result = Business(D(2026, 7, 10), 15);

        Assert.Equal(D(2026, 7, 31), result.DueDate);
        Assert.Equal(D(2026, 7, 31), result.AdviseByDate);
        // Skipped: Sat 11, Sun 12, Sat 18, Sun 19, Sat 25, Sun 26 → 6 weekend days.
        Assert.Equal(6, result.NonWorkingDays.Count);
        Assert.All(result.NonWorkingDays, d => Assert.Equal(NonWorkingSources.Weekend, d.Sources));
    }

    [Fact]
    public void Fifteen_business_days_from_a_friday_notification_across_the_third_monday_of_march()
    {
        // Notified Fri 6 Mar 2026.
        // Official: Mon 9–Fri 13 (1–5); Mon 16 skipped (LFT); Tue 17 (6), Wed 18 (7), Thu 19 (8), Fri 20 (9);
        //   Sat 21 (weekend and LFPA 21 Mar), Sun 22 skipped; Mon 23 (10) … Fri 27 (14); Mon 30 (15).
        // Conservative: Mon 16 counts → Mon 9–Fri 13 (1–5), Mon 16–Fri 20 (6–10), Mon 23–Fri 27 (11–15).
        var result = Business(D(2026, 3, 6), 15);

        Assert.Equal(D(2026, 3, 30), result.DueDate);
        Assert.Equal(D(2026, 3, 27), result.AdviseByDate);
    }

    [Fact]
    public void Forty_five_business_days_across_christmas_and_new_year()
    {
        // Trigger Tue 1 Dec 2026 (not a transition year).
        // Official: Wed 2–Fri 4 (1–3), 7–11 (4–8), 14–18 (9–13), Mon 21–Thu 24 (14–17), Fri 25 skipped
        //   (both laws), Mon 28–Thu 31 (18–21), Fri 1 Jan 2027 skipped (both), 4–8 Jan (22–26),
        //   11–15 (27–31), 18–22 (32–36), 25–29 (37–41), Mon 1 Feb 2027 skipped (LFT first Monday),
        //   Tue 2 (42), Wed 3 (43), Thu 4 (44), Fri 5 skipped (LFPA 5 Feb), Mon 8 Feb (45).
        // Conservative: Mon 1 Feb (42), Tue 2 (43), Wed 3 (44), Thu 4 Feb (45).
        var result = Business(D(2026, 12, 1), 45);

        Assert.Equal(D(2027, 2, 8), result.DueDate);
        Assert.Equal(D(2027, 2, 4), result.AdviseByDate);
        Assert.Contains(result.NonWorkingDays, d => d.Date == D(2026, 12, 25) && d.Reason == "LFPA art. 28 y LFT art. 74: 25 de diciembre");
        Assert.Contains(result.NonWorkingDays, d => d.Date == D(2027, 1, 1) && d.Reason == "LFPA art. 28 y LFT art. 74: 1 de enero");
    }

    [Fact]
    public void Cross_year_period_counts_into_january()
    {
        // Trigger Tue 22 Dec 2026, 10 business days. Wed 23 (1), Thu 24 (2), Fri 25 skipped, Sat 26,
        // Sun 27 skipped, Mon 28 (3), Tue 29 (4), Wed 30 (5), Thu 31 (6), Fri 1 Jan 2027 skipped, Sat 2,
        // Sun 3 skipped, Mon 4 (7), Tue 5 (8), Wed 6 (9), Thu 7 Jan 2027 (10).
        var result = Business(D(2026, 12, 22), 10);

        Assert.Equal(D(2027, 1, 7), result.DueDate);
        Assert.Equal(D(2027, 1, 7), result.AdviseByDate);
        Assert.Equal(
            [D(2026, 12, 25), D(2026, 12, 26), D(2026, 12, 27), D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3)],
            result.NonWorkingDays.Select(d => d.Date));
    }

    [Fact]
    public void Result_echoes_its_inputs()
    {
        var result = Business(D(2026, 1, 12), 5, Comar);

        Assert.Equal(D(2026, 1, 12), result.TriggerDate);
        Assert.Equal(5, result.Days);
        Assert.Equal(PeriodUnit.BusinessDays, result.Unit);
        Assert.Equal(Comar, result.AuthorityCode);
    }

    [Fact]
    public void Longest_allowed_period_is_computed()
    {
        // 3650 business days from 2 Jan 2026 is about 14.5 years later; just check it ends in range
        // and the readings keep their order.
        var result = Business(D(2026, 1, 2), LegalCalendar.MaxDays);

        Assert.InRange(result.DueDate, D(2040, 1, 1), D(2041, 12, 31));
        Assert.True(result.AdviseByDate <= result.DueDate);
    }
}
