using Microsoft.Extensions.Time.Testing;
using Ruta.Web.Kernel.Calendar;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>Day limits end with the Mexico City day (UTC−6, no daylight saving time); hour limits at their instant.</summary>
public sealed class DeadlineMexicoCityDateTests
{
    private static readonly TimeSpan Mexico = TimeSpan.FromHours(-6);

    [Theory]
    [InlineData("2025-06-07T05:59:00Z", "2025-06-06")]
    [InlineData("2025-06-07T06:00:00Z", "2025-06-07")]
    [InlineData("2025-01-15T03:00:00Z", "2025-01-14")]
    [InlineData("2025-07-15T03:00:00Z", "2025-07-14")] // July: no summer time since 2022
    public void The_legal_date_of_an_instant_is_its_Mexico_City_date(string instant, string date)
    {
        var utc = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), MexicoCity.DateOf(utc));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), MexicoCity.DateOf(utc.UtcDateTime));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), MexicoCity.Today(new FakeTimeProvider(utc)));
    }

    [Fact]
    public void A_day_limit_is_past_due_only_from_the_next_Mexico_City_day()
    {
        var deadline = new Deadline { Unit = DeadlineUnit.BusinessDays, DueDate = new DateOnly(2025, 6, 6) };

        Assert.False(deadline.IsPastDue(new DateTimeOffset(2025, 6, 6, 23, 59, 59, Mexico)));
        Assert.True(deadline.IsPastDue(new DateTimeOffset(2025, 6, 7, 0, 0, 0, Mexico)));
    }

    [Fact]
    public void An_hour_limit_is_past_due_only_after_its_instant()
    {
        var dueAt = new DateTime(2025, 6, 8, 2, 30, 0, DateTimeKind.Utc);
        var deadline = new Deadline { Unit = DeadlineUnit.Hours, DueAt = dueAt, DueDate = new DateOnly(2025, 6, 7) };

        Assert.False(deadline.IsPastDue(new DateTimeOffset(dueAt)));
        Assert.True(deadline.IsPastDue(new DateTimeOffset(dueAt).AddSeconds(1)));
    }
}
