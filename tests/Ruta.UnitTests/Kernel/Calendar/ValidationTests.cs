using Ruta.Web.Kernel.Calendar;
using static Ruta.UnitTests.Kernel.Calendar.CalendarTestData;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>Argument validation; the API layer validates user input separately.</summary>
public sealed class ValidationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(LegalCalendar.MaxDays + 1)]
    public void Days_outside_1_to_3650_throw(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.Compute(D(2026, 1, 5), days, PeriodUnit.BusinessDays, Inm));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.Compute(D(2026, 1, 5), days, PeriodUnit.NaturalDays, Inm));
    }

    [Fact]
    public void Unknown_unit_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.Compute(D(2026, 1, 5), 5, (PeriodUnit)99, Inm));

    [Fact]
    public void Unknown_reading_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.IsWorkingDay(D(2026, 1, 5), Inm, (CalendarReading)99));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_authority_throws(string? authority)
    {
        Assert.ThrowsAny<ArgumentException>(() => Seeded.Compute(D(2026, 1, 5), 5, PeriodUnit.BusinessDays, authority!));
        Assert.ThrowsAny<ArgumentException>(() => Seeded.IsWorkingDay(D(2026, 1, 5), authority!));
        Assert.ThrowsAny<ArgumentException>(() => Seeded.ReasonsNotWorking(D(2026, 1, 5), authority!));
    }

    [Fact]
    public void Dates_outside_the_supported_years_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.Compute(D(2005, 12, 30), 5, PeriodUnit.BusinessDays, Inm));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.IsWorkingDay(D(2100, 1, 4), Inm));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.ReasonsNotWorking(D(2005, 12, 30), Inm));
    }

    [Fact]
    public void Periods_running_past_the_last_supported_date_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.Compute(D(2099, 12, 20), 30, PeriodUnit.BusinessDays, Inm));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.Compute(D(2099, 12, 20), 30, PeriodUnit.NaturalDays, Inm));
        Assert.Throws<ArgumentOutOfRangeException>("trigger", () => Seeded.Compute(D(2099, 12, 31), 1, PeriodUnit.BusinessDays, Inm));
        // 31 Dec 2099 is a Thursday: 1 natural day from Wed 30 Dec lands on it and needs no roll.
        Assert.Equal(D(2099, 12, 31), Seeded.Compute(D(2099, 12, 30), 1, PeriodUnit.NaturalDays, Inm).DueDate);
    }

    [Fact]
    public void Unknown_authority_has_no_closures()
    {
        var result = Seeded.Compute(D(2024, 5, 28), 3, PeriodUnit.BusinessDays, "TFJA");

        Assert.Equal(D(2024, 5, 31), result.DueDate);
    }
}
