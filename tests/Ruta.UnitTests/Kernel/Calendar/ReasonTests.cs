using Ruta.Web.Kernel.Calendar;
using static Ruta.UnitTests.Kernel.Calendar.CalendarTestData;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>The Spanish reasons shown to users, each citing its source.</summary>
public sealed class ReasonTests
{
    [Fact]
    public void Working_day_has_no_reasons()
    {
        Assert.Empty(Seeded.ReasonsNotWorking(D(2026, 2, 3), Inm));
    }

    [Fact]
    public void Same_date_and_wording_in_both_laws_is_one_combined_reason()
    {
        // 1 May 2024 (Wednesday): LFPA art. 28 and LFT art. 74 both say "1o. de mayo".
        Assert.Equal(
            [new NonWorkingDay(D(2024, 5, 1), "LFPA art. 28 y LFT art. 74: 1 de mayo", NonWorkingSources.Lfpa | NonWorkingSources.Lft)],
            Seeded.ReasonsNotWorking(D(2024, 5, 1), Inm));
    }

    [Fact]
    public void Fixed_date_falling_on_the_lft_monday_lists_both_rules()
    {
        // 5 Feb 2024 is the first Monday of February: both laws, with different wording.
        Assert.Equal(
            [new NonWorkingDay(D(2024, 2, 5), "LFPA art. 28: 5 de febrero", NonWorkingSources.Lfpa),
             new NonWorkingDay(D(2024, 2, 5), "LFT art. 74: primer lunes de febrero (5 de febrero)", NonWorkingSources.Lft)],
            Seeded.ReasonsNotWorking(D(2024, 2, 5), Inm));
        Assert.False(Seeded.IsWorkingDay(D(2024, 2, 5), Inm, CalendarReading.Conservative));
    }

    [Fact]
    public void Lft_only_monday_is_non_working_officially_and_working_conservatively()
    {
        Assert.Equal(
            [new NonWorkingDay(D(2026, 2, 2), "LFT art. 74: primer lunes de febrero (2 de febrero)", NonWorkingSources.Lft)],
            Seeded.ReasonsNotWorking(D(2026, 2, 2), Inm));
        Assert.False(Seeded.IsWorkingDay(D(2026, 2, 2), Inm));
        Assert.True(Seeded.IsWorkingDay(D(2026, 2, 2), Inm, CalendarReading.Conservative));
    }

    [Fact]
    public void Lfpa_only_date_is_non_working_officially_and_working_conservatively()
    {
        Assert.Equal(
            [new NonWorkingDay(D(2026, 11, 20), "LFPA art. 28: 20 de noviembre", NonWorkingSources.Lfpa)],
            Seeded.ReasonsNotWorking(D(2026, 11, 20), Inm));
        Assert.False(Seeded.IsWorkingDay(D(2026, 11, 20), Inm));
        Assert.True(Seeded.IsWorkingDay(D(2026, 11, 20), Inm, CalendarReading.Conservative));
    }

    [Fact]
    public void Holiday_on_a_saturday_lists_the_weekend_first()
    {
        // 21 Mar 2026 is a Saturday.
        Assert.Equal(
            [new NonWorkingDay(D(2026, 3, 21), "Sábado", NonWorkingSources.Weekend),
             new NonWorkingDay(D(2026, 3, 21), "LFPA art. 28: 21 de marzo", NonWorkingSources.Lfpa)],
            Seeded.ReasonsNotWorking(D(2026, 3, 21), Inm));
    }

    [Fact]
    public void Transition_days_name_the_transfer_of_the_executive()
    {
        Assert.Equal(
            ["LFT art. 74: 1 de octubre (transmisión del Poder Ejecutivo Federal)"],
            Seeded.ReasonsNotWorking(D(2030, 10, 1), Inm).Select(r => r.Reason));
        Assert.Equal(
            ["Domingo", "LFPA art. 28: 1 de diciembre (transmisión del Poder Ejecutivo Federal)"],
            Seeded.ReasonsNotWorking(D(2030, 12, 1), Inm).Select(r => r.Reason));
        Assert.Equal(
            ["Sábado", "LFPA art. 28 y LFT art. 74: 1 de diciembre (transmisión del Poder Ejecutivo Federal)"],
            Seeded.ReasonsNotWorking(D(2018, 12, 1), Inm).Select(r => r.Reason));
    }

    [Fact]
    public void Published_closure_reason_cites_the_dof_for_its_authority_only()
    {
        Assert.Equal(
            [new NonWorkingDay(
                D(2024, 5, 30),
                "Cierre publicado en el DOF (Acuerdo SEGOB, DOF 29/05/2024): COMAR, días inhábiles del 29 al 31 de mayo de 2024",
                NonWorkingSources.PublishedClosure)],
            Seeded.ReasonsNotWorking(D(2024, 5, 30), Comar));
        Assert.Empty(Seeded.ReasonsNotWorking(D(2024, 5, 30), Inm));
    }

    [Fact]
    public void Deadline_lists_every_skipped_day_with_its_reasons_in_order()
    {
        // Trigger Fri 30 Jan 2026, 5 business days (see BusinessDayTests): skipped Sat 31 Jan, Sun 1 Feb,
        // Mon 2 Feb (LFT), Thu 5 Feb (LFPA), Sat 7, Sun 8; due Tue 10 Feb.
        var result = Seeded.Compute(D(2026, 1, 30), 5, PeriodUnit.BusinessDays, Inm);

        Assert.Equal(
            [new NonWorkingDay(D(2026, 1, 31), "Sábado", NonWorkingSources.Weekend),
             new NonWorkingDay(D(2026, 2, 1), "Domingo", NonWorkingSources.Weekend),
             new NonWorkingDay(D(2026, 2, 2), "LFT art. 74: primer lunes de febrero (2 de febrero)", NonWorkingSources.Lft),
             new NonWorkingDay(D(2026, 2, 5), "LFPA art. 28: 5 de febrero", NonWorkingSources.Lfpa),
             new NonWorkingDay(D(2026, 2, 7), "Sábado", NonWorkingSources.Weekend),
             new NonWorkingDay(D(2026, 2, 8), "Domingo", NonWorkingSources.Weekend)],
            result.NonWorkingDays);
    }

    [Fact]
    public void Deadline_lists_closure_and_weekend_reasons_for_comar()
    {
        // Trigger Tue 28 May 2024, 3 business days for COMAR: 29, 30, 31 May closed, Sat 1, Sun 2 Jun.
        var result = Seeded.Compute(D(2024, 5, 28), 3, PeriodUnit.BusinessDays, Comar);

        Assert.Equal(
            [NonWorkingSources.PublishedClosure, NonWorkingSources.PublishedClosure, NonWorkingSources.PublishedClosure,
             NonWorkingSources.Weekend, NonWorkingSources.Weekend],
            result.NonWorkingDays.Select(d => d.Sources));
        Assert.Equal(
            [D(2024, 5, 29), D(2024, 5, 30), D(2024, 5, 31), D(2024, 6, 1), D(2024, 6, 2)],
            result.NonWorkingDays.Select(d => d.Date));
    }

    [Fact]
    public void Reasons_agree_with_is_working_day_for_every_day_of_2024_to_2031()
    {
        for (var day = D(2024, 1, 1); day <= D(2031, 12, 31); day = day.AddDays(1))
        {
            foreach (var authority in new[] { Comar, Inm })
            {
                var reasons = Seeded.ReasonsNotWorking(day, authority);
                Assert.Equal(reasons.Count == 0, Seeded.IsWorkingDay(day, authority));
                Assert.All(reasons, r => Assert.Equal(day, r.Date));
                Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
            }
        }
    }
}
