using Ruta.Web.Kernel.Calendar;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>Shared fixtures for the legal-calendar tests.</summary>
internal static class CalendarTestData
{
    public const string Comar = "COMAR";
    public const string Inm = "INM";

    /// <summary>The calendar Ruta ships with: the seed closures only (COMAR 29–31 May 2024).</summary>
    public static LegalCalendar Seeded { get; } = new(KnownClosures.Seed);

    /// <summary>A calendar with no published closures at all.</summary>
    public static LegalCalendar Bare { get; } = new([]);

    /// <summary>Shorthand for a date.</summary>
    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
