using Ruta.Web.Kernel.Calendar;
using static Ruta.UnitTests.Kernel.Calendar.CalendarTestData;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>Worked examples of natural-day periods with the LFPA art. 29 roll-forward.</summary>
public sealed class NaturalDayTests
{
    private static DeadlineComputation Natural(DateOnly trigger, int days, string authority = Inm) =>
        Seeded.Compute(trigger, days, PeriodUnit.NaturalDays, authority);

    [Fact]
    public void Every_day_counts_when_the_last_day_is_working()
    {
        // Trigger Fri 6 Mar 2026 + 10 natural days = Mon 16 Mar, the LFT third Monday.
        // Official: Mon 16 is non-working → Tue 17. Conservative: Mon 16 is working → Mon 16.
        // The weekends inside the period (7–8, 14–15 Mar) count and are not listed.
        var result = Natural(D(2026, 3, 6), 10);

        Assert.Equal(D(2026, 3, 17), result.DueDate);
        Assert.Equal(D(2026, 3, 16), result.AdviseByDate);
        Assert.Equal(
            [new NonWorkingDay(D(2026, 3, 16), "LFT art. 74: tercer lunes de marzo (16 de marzo)", NonWorkingSources.Lft)],
            result.NonWorkingDays);
    }

    [Fact]
    public void Last_day_on_a_weekend_rolls_to_monday()
    {
        // Trigger Mon 5 Jan 2026 + 5 = Sat 10 Jan; Sat 10, Sun 11 roll → Mon 12 Jan (both readings).
        var result = Natural(D(2026, 1, 5), 5);

        Assert.Equal(D(2026, 1, 12), result.DueDate);
        Assert.Equal(D(2026, 1, 12), result.AdviseByDate);
        Assert.Equal(["Sábado", "Domingo"], result.NonWorkingDays.Select(d => d.Reason));
    }

    [Fact]
    public void Last_day_on_an_lft_monday_rolls_only_the_due_date()
    {
        // Trigger Fri 23 Jan 2026 + 10 = Mon 2 Feb (LFT first Monday of February).
        // Official → Tue 3 Feb. Conservative: 2 Feb is not in the LFPA list → Mon 2 Feb.
        var result = Natural(D(2026, 1, 23), 10);

        Assert.Equal(D(2026, 2, 3), result.DueDate);
        Assert.Equal(D(2026, 2, 2), result.AdviseByDate);
    }

    [Fact]
    public void Last_day_on_an_lfpa_fixed_date_rolls_only_the_due_date()
    {
        // Trigger Mon 26 Jan 2026 + 10 = Thu 5 Feb (LFPA 5 Feb). Official → Fri 6 Feb. Conservative → Thu 5 Feb.
        var result = Natural(D(2026, 1, 26), 10);

        Assert.Equal(D(2026, 2, 6), result.DueDate);
        Assert.Equal(D(2026, 2, 5), result.AdviseByDate);
    }

    [Fact]
    public void Last_day_on_christmas_rolls_over_the_weekend()
    {
        // Trigger Tue 15 Dec 2026 + 10 = Fri 25 Dec (both laws); Sat 26, Sun 27 → Mon 28 Dec (both readings).
        var result = Natural(D(2026, 12, 15), 10);

        Assert.Equal(D(2026, 12, 28), result.DueDate);
        Assert.Equal(D(2026, 12, 28), result.AdviseByDate);
        Assert.Equal([D(2026, 12, 25), D(2026, 12, 26), D(2026, 12, 27)], result.NonWorkingDays.Select(d => d.Date));
    }

    [Fact]
    public void Cross_year_roll_forward()
    {
        // Trigger Tue 22 Dec 2026 + 10 = Fri 1 Jan 2027 (both laws); Sat 2, Sun 3 → Mon 4 Jan 2027.
        var result = Natural(D(2026, 12, 22), 10);

        Assert.Equal(D(2027, 1, 4), result.DueDate);
        Assert.Equal(D(2027, 1, 4), result.AdviseByDate);
    }

    [Fact]
    public void Transition_2030_last_day_on_1_october_rolls_only_the_due_date()
    {
        // Trigger Fri 20 Sep 2030 + 11 = Tue 1 Oct 2030 (LFT transition day). Official → Wed 2 Oct;
        // conservative → Tue 1 Oct.
        var result = Natural(D(2030, 9, 20), 11);

        Assert.Equal(D(2030, 10, 2), result.DueDate);
        Assert.Equal(D(2030, 10, 1), result.AdviseByDate);
    }

    [Fact]
    public void Last_day_in_a_published_closure_rolls_for_that_authority_only()
    {
        // Trigger Fri 24 May 2024 + 5 = Wed 29 May 2024.
        // COMAR: 29, 30, 31 May closed (Acuerdo SEGOB, DOF 29/05/2024), Sat 1, Sun 2 Jun → Mon 3 Jun (both readings).
        // INM: Wed 29 May is working → 29 May.
        var comar = Natural(D(2024, 5, 24), 5, Comar);
        var inm = Natural(D(2024, 5, 24), 5, Inm);

        Assert.Equal(D(2024, 6, 3), comar.DueDate);
        Assert.Equal(D(2024, 6, 3), comar.AdviseByDate);
        Assert.Equal(D(2024, 5, 29), inm.DueDate);
        Assert.Equal(D(2024, 5, 29), inm.AdviseByDate);
        Assert.Empty(inm.NonWorkingDays);
    }

    [Fact]
    public void One_natural_day_from_a_friday_lands_on_saturday_and_rolls()
    {
        // Trigger Fri 16 Jan 2026 + 1 = Sat 17; Sat 17, Sun 18 → Mon 19 Jan.
        var result = Natural(D(2026, 1, 16), 1);

        Assert.Equal(D(2026, 1, 19), result.DueDate);
        Assert.Equal(D(2026, 1, 19), result.AdviseByDate);
    }
}
