using Ruta.Web.Kernel.Calendar;
using static Ruta.UnitTests.Kernel.Calendar.CalendarTestData;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>Closures published in the DOF (LFPA art. 28, last part) apply only to their authority.</summary>
public sealed class PublishedClosureTests
{
    /// <summary>
    /// Test data only (not a verified acuerdo): a Holy Week closure for COMAR on Thu 28 and Fri 29 Mar 2024.
    /// </summary>
    private static readonly PublishedClosure HolyWeek2024 = new(
        "COMAR", D(2024, 3, 28), D(2024, 3, 29), "DOF de prueba", "Semana Santa 2024 (dato de prueba)");

    [Fact]
    public void Seed_contains_the_comar_closure_of_29_to_31_may_2024()
    {
        var closure = Assert.Single(KnownClosures.Seed);

        Assert.Equal("COMAR", closure.AuthorityCode);
        Assert.Equal(D(2024, 5, 29), closure.FirstDay);
        Assert.Equal(D(2024, 5, 31), closure.LastDay);
        Assert.Equal("Acuerdo SEGOB, DOF 29/05/2024", closure.DofReference);
    }

    [Fact]
    public void Comar_closure_delays_comar_deadlines_but_not_inm_deadlines()
    {
        // Trigger Tue 28 May 2024, 3 business days.
        // COMAR: Wed 29, Thu 30, Fri 31 closed; Sat 1, Sun 2 Jun; Mon 3 (1), Tue 4 (2), Wed 5 Jun (3).
        //   A closure binds both readings, so advise-by = due.
        // INM: Wed 29 (1), Thu 30 (2), Fri 31 May (3).
        var comar = Seeded.Compute(D(2024, 5, 28), 3, PeriodUnit.BusinessDays, Comar);
        var inm = Seeded.Compute(D(2024, 5, 28), 3, PeriodUnit.BusinessDays, Inm);

        Assert.Equal(D(2024, 6, 5), comar.DueDate);
        Assert.Equal(D(2024, 6, 5), comar.AdviseByDate);
        Assert.Equal(D(2024, 5, 31), inm.DueDate);
        Assert.Equal(D(2024, 5, 31), inm.AdviseByDate);
    }

    [Theory]
    [InlineData(29)]
    [InlineData(30)]
    [InlineData(31)]
    public void Closed_days_are_non_working_for_comar_in_both_readings_and_working_for_inm(int day)
    {
        var date = D(2024, 5, day);

        Assert.False(Seeded.IsWorkingDay(date, Comar));
        Assert.False(Seeded.IsWorkingDay(date, Comar, CalendarReading.Conservative));
        Assert.True(Seeded.IsWorkingDay(date, Inm));
        Assert.True(Seeded.IsWorkingDay(date, Inm, CalendarReading.Conservative));
        Assert.True(Bare.IsWorkingDay(date, Comar));
    }

    [Fact]
    public void Days_around_the_closure_are_working()
    {
        Assert.True(Seeded.IsWorkingDay(D(2024, 5, 28), Comar));
        Assert.True(Seeded.IsWorkingDay(D(2024, 6, 3), Comar));
    }

    [Fact]
    public void Authority_codes_are_matched_ignoring_case()
    {
        Assert.False(Seeded.IsWorkingDay(D(2024, 5, 30), "comar"));
    }

    [Fact]
    public void Thirty_business_days_across_a_holy_week_closure()
    {
        // Trigger Fri 1 Mar 2024, 30 business days, COMAR with a Holy Week closure on 28–29 Mar.
        // Official: Mon 4–Fri 8 (1–5), 11–15 (6–10), Mon 18 skipped (LFT third Monday), Tue 19 (11),
        //   Wed 20 (12), Thu 21 skipped (LFPA 21 Mar), Fri 22 (13), Mon 25–Wed 27 (14–16), Thu 28–Fri 29
        //   closed, Mon 1–Fri 5 Apr (17–21), 8–12 (22–26), Mon 15 (27), Tue 16 (28), Wed 17 (29), Thu 18 Apr (30).
        // Conservative: 18 and 21 Mar count (+2), so the count reaches 28 on Fri 12 Apr; Mon 15 (29),
        //   Tue 16 Apr (30).
        // INM (no closure): 28–29 Mar count (+2) → official Tue 16 Apr, conservative Fri 12 Apr.
        var calendar = new LegalCalendar([.. KnownClosures.Seed, HolyWeek2024]);

        var comar = calendar.Compute(D(2024, 3, 1), 30, PeriodUnit.BusinessDays, Comar);
        var inm = calendar.Compute(D(2024, 3, 1), 30, PeriodUnit.BusinessDays, Inm);

        Assert.Equal(D(2024, 4, 18), comar.DueDate);
        Assert.Equal(D(2024, 4, 16), comar.AdviseByDate);
        Assert.Equal(D(2024, 4, 16), inm.DueDate);
        Assert.Equal(D(2024, 4, 12), inm.AdviseByDate);
        Assert.Contains(
            new NonWorkingDay(D(2024, 3, 28), "Cierre publicado en el DOF (DOF de prueba): COMAR, Semana Santa 2024 (dato de prueba)", NonWorkingSources.PublishedClosure),
            comar.NonWorkingDays);
        Assert.DoesNotContain(inm.NonWorkingDays, d => d.Sources == NonWorkingSources.PublishedClosure);
    }

    [Fact]
    public void Overlapping_closures_are_each_listed_and_counted_once()
    {
        // Two overlapping acuerdos for COMAR: 29–31 May (seed) and 31 May–4 Jun 2024 (test data).
        // Trigger Tue 28 May, 1 business day: 29, 30, 31 May, Sat 1, Sun 2, Mon 3, Tue 4 Jun closed → Wed 5 Jun.
        var extra = new PublishedClosure("COMAR", D(2024, 5, 31), D(2024, 6, 4), "DOF de prueba 2", "prórroga de prueba");
        var calendar = new LegalCalendar([.. KnownClosures.Seed, extra]);

        var result = calendar.Compute(D(2024, 5, 28), 1, PeriodUnit.BusinessDays, Comar);

        Assert.Equal(D(2024, 6, 5), result.DueDate);
        Assert.Equal(2, result.NonWorkingDays.Count(d => d.Date == D(2024, 5, 31)));
        Assert.Equal(
            [D(2024, 5, 29), D(2024, 5, 30), D(2024, 5, 31), D(2024, 5, 31), D(2024, 6, 1), D(2024, 6, 1),
             D(2024, 6, 2), D(2024, 6, 2), D(2024, 6, 3), D(2024, 6, 4)],
            result.NonWorkingDays.Select(d => d.Date));
    }

    [Fact]
    public void Duplicate_closures_are_listed_once()
    {
        var calendar = new LegalCalendar([.. KnownClosures.Seed, .. KnownClosures.Seed]);

        Assert.Single(calendar.ReasonsNotWorking(D(2024, 5, 30), Comar));
    }

    [Fact]
    public void Invalid_closures_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new LegalCalendar(null!));
        Assert.Throws<ArgumentException>(() => new LegalCalendar([null!]));
        Assert.Throws<ArgumentException>(() => new LegalCalendar([new PublishedClosure("COMAR", D(2024, 5, 31), D(2024, 5, 29), "DOF", "x")]));
        Assert.Throws<ArgumentException>(() => new LegalCalendar([new PublishedClosure(" ", D(2024, 5, 29), D(2024, 5, 31), "DOF", "x")]));
        Assert.Throws<ArgumentException>(() => new LegalCalendar([new PublishedClosure("COMAR", D(2024, 5, 29), D(2024, 5, 31), "", "x")]));
        Assert.Throws<ArgumentException>(() => new LegalCalendar([new PublishedClosure("COMAR", D(2024, 5, 29), D(2024, 5, 31), "DOF", "")]));
    }

    [Fact]
    public void Calendar_exposes_the_closures_it_was_given()
    {
        Assert.Equal(KnownClosures.Seed, Seeded.Closures);
    }
}
