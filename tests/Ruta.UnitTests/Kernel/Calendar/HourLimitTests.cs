using Ruta.Web.Kernel.Calendar;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>Hour-based limits (24 h, 36 h) are plain elapsed time on <see cref="DateTimeOffset"/>.</summary>
public sealed class HourLimitTests
{
    private static readonly TimeSpan CentralTime = TimeSpan.FromHours(-6);   // Ciudad de México, all year since 2022
    private static readonly TimeSpan QuintanaRoo = TimeSpan.FromHours(-5);   // Cancún, all year
    private static readonly TimeSpan PacificTime = TimeSpan.FromHours(-7);   // Sonora / Baja California Sur

    [Fact]
    public void Thirty_six_hours_across_a_weekend_and_the_us_dst_change()
    {
        // Sat 9 Mar 2024 20:00 (-06:00) + 36 h = Mon 11 Mar 2024 08:00 (-06:00). The US moved its clocks
        // on Sun 10 Mar; central Mexico did not, and elapsed hours ignore calendars anyway.
        var start = new DateTimeOffset(2024, 3, 9, 20, 0, 0, CentralTime);

        var end = LegalCalendar.AddHours(start, 36);

        Assert.Equal(new DateTimeOffset(2024, 3, 11, 8, 0, 0, CentralTime), end);
        Assert.Equal(CentralTime, end.Offset);
    }

    [Fact]
    public void Twenty_four_hours_across_the_former_mexican_dst_start()
    {
        // Until 2022 Mexico moved clocks on the first Sunday of April. Sat 1 Apr 2023 12:00 (-06:00)
        // + 24 h = Sun 2 Apr 2023 12:00 (-06:00): no 23-hour day.
        var start = new DateTimeOffset(2023, 4, 1, 12, 0, 0, CentralTime);

        Assert.Equal(new DateTimeOffset(2023, 4, 2, 12, 0, 0, CentralTime), LegalCalendar.AddHours(start, 24));
    }

    [Fact]
    public void Same_instant_in_different_mexican_offsets_ends_at_the_same_instant()
    {
        // 10:00 in Cancún (-05:00) = 09:00 in Mexico City (-06:00) = 08:00 in Hermosillo (-07:00).
        // + 36 h = 22:00 the next day in Cancún = 21:00 in Mexico City = 20:00 in Hermosillo.
        var cancun = new DateTimeOffset(2025, 12, 31, 10, 0, 0, QuintanaRoo);
        var cdmx = new DateTimeOffset(2025, 12, 31, 9, 0, 0, CentralTime);
        var hermosillo = new DateTimeOffset(2025, 12, 31, 8, 0, 0, PacificTime);

        var a = LegalCalendar.AddHours(cancun, 36);
        var b = LegalCalendar.AddHours(cdmx, 36);
        var c = LegalCalendar.AddHours(hermosillo, 36);

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 22, 0, 0, QuintanaRoo), a);
        Assert.Equal(a.UtcDateTime, b.UtcDateTime);
        Assert.Equal(a.UtcDateTime, c.UtcDateTime);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 21, 0, 0, CentralTime), b);
        Assert.Equal(QuintanaRoo, a.Offset);
        Assert.Equal(PacificTime, c.Offset);
    }

    [Fact]
    public void Hours_ignore_holidays()
    {
        // Thu 31 Dec 2026 18:00 + 24 h = Fri 1 Jan 2027 18:00, a holiday: hour limits have no calendar.
        var start = new DateTimeOffset(2026, 12, 31, 18, 0, 0, CentralTime);

        Assert.Equal(new DateTimeOffset(2027, 1, 1, 18, 0, 0, CentralTime), LegalCalendar.AddHours(start, 24));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(LegalCalendar.MaxHours + 1)]
    public void Out_of_range_hours_throw(int hours) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalCalendar.AddHours(DateTimeOffset.UnixEpoch, hours));
}
