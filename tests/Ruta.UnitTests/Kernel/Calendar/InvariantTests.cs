using Ruta.Web.Kernel.Calendar;
using static Ruta.UnitTests.Kernel.Calendar.CalendarTestData;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>Property-style checks over every trigger date of 2024–2031 and every period of 1–60 days.</summary>
public sealed class InvariantTests
{
    private static readonly DateOnly First = D(2024, 1, 1);
    private static readonly DateOnly Last = D(2031, 12, 31);

    [Theory]
    [InlineData(PeriodUnit.BusinessDays, Comar)]
    [InlineData(PeriodUnit.BusinessDays, Inm)]
    [InlineData(PeriodUnit.NaturalDays, Comar)]
    [InlineData(PeriodUnit.NaturalDays, Inm)]
    public void Advise_by_is_never_after_due_and_both_are_working_days(PeriodUnit unit, string authority)
    {
        for (var trigger = First; trigger <= Last; trigger = trigger.AddDays(1))
        {
            for (int days = 1; days <= 60; days++)
            {
                var result = Seeded.Compute(trigger, days, unit, authority);

                if (result.AdviseByDate > result.DueDate
                    || result.AdviseByDate <= trigger
                    || !Seeded.IsWorkingDay(result.DueDate, authority, CalendarReading.Official)
                    || !Seeded.IsWorkingDay(result.AdviseByDate, authority, CalendarReading.Conservative))
                {
                    Assert.Fail($"{unit} {days} from {trigger:yyyy-MM-dd} for {authority}: due {result.DueDate:yyyy-MM-dd}, advise by {result.AdviseByDate:yyyy-MM-dd}");
                }
            }
        }
    }

    [Theory]
    [InlineData(Comar)]
    [InlineData(Inm)]
    public void Business_day_results_match_a_day_by_day_count(string authority)
    {
        // Naive reference: walk day by day asking IsWorkingDay under each reading (LFPA art. 38: start the
        // day after the trigger) and compare with Compute, including the skipped-day list.
        for (var trigger = First; trigger <= Last; trigger = trigger.AddDays(1))
        {
            for (int days = 1; days <= 60; days += 7)
            {
                var result = Seeded.Compute(trigger, days, PeriodUnit.BusinessDays, authority);

                Assert.Equal(NthWorkingDay(trigger, days, authority, CalendarReading.Official), result.DueDate);
                Assert.Equal(NthWorkingDay(trigger, days, authority, CalendarReading.Conservative), result.AdviseByDate);

                var expectedSkipped = new List<NonWorkingDay>();
                for (var day = trigger.AddDays(1); day < result.DueDate; day = day.AddDays(1))
                {
                    expectedSkipped.AddRange(Seeded.ReasonsNotWorking(day, authority));
                }

                Assert.Equal(expectedSkipped, result.NonWorkingDays);
            }
        }
    }

    [Theory]
    [InlineData(Comar)]
    [InlineData(Inm)]
    public void Natural_day_results_match_a_plain_roll_forward(string authority)
    {
        // LFPA art. 29: trigger + n, then roll forward to the next working day under each reading.
        for (var trigger = First; trigger <= Last; trigger = trigger.AddDays(1))
        {
            for (int days = 1; days <= 60; days += 7)
            {
                var result = Seeded.Compute(trigger, days, PeriodUnit.NaturalDays, authority);
                var raw = trigger.AddDays(days);

                Assert.Equal(RollForward(raw, authority, CalendarReading.Official), result.DueDate);
                Assert.Equal(RollForward(raw, authority, CalendarReading.Conservative), result.AdviseByDate);
                Assert.All(result.NonWorkingDays, d => Assert.InRange(d.Date, raw, result.DueDate.AddDays(-1)));
            }
        }
    }

    [Fact]
    public void Readings_differ_only_when_a_day_is_in_exactly_one_law()
    {
        // Across 2024–2031, a day that is working conservatively but not officially must be in exactly
        // one of the two lists, never a weekend or a closure.
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            bool official = Seeded.IsWorkingDay(day, Comar);
            bool conservative = Seeded.IsWorkingDay(day, Comar, CalendarReading.Conservative);
            Assert.True(conservative || !official, day.ToString("yyyy-MM-dd"));
            if (conservative != official)
            {
                Assert.NotEqual(MexicanHolidays.IsLfpaHoliday(day), MexicanHolidays.IsLftRestDay(day));
                Assert.DoesNotContain(day.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
            }
        }
    }

    private static DateOnly NthWorkingDay(DateOnly trigger, int n, string authority, CalendarReading reading)
    {
        var day = trigger;
        int count = 0;
        while (count < n)
        {
            day = day.AddDays(1);
            if (Seeded.IsWorkingDay(day, authority, reading))
            {
                count++;
            }
        }

        return day;
    }

    private static DateOnly RollForward(DateOnly day, string authority, CalendarReading reading)
    {
        while (!Seeded.IsWorkingDay(day, authority, reading))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
