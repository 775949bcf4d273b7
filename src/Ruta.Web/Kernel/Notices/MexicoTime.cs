namespace Ruta.Web.Kernel.Notices;

/// <summary>
/// Dates as they read on an oficio: the civil date in central Mexico (folio years, the date line,
/// day-based deadlines), written in Spanish long form.
/// </summary>
public static class MexicoTime
{
    private static readonly string[] Months =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    /// <summary>America/Mexico_City; UTC−6 if the host lacks time-zone data (no daylight saving time since 2022).</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>"25 de noviembre de 2026" (no ICU needed; the oficio is always Spanish).</summary>
    public static string LongDate(DateOnly date) => $"{date.Day} de {Months[date.Month - 1]} de {date.Year}";

    public static string LongDate(DateTime utc) => LongDate(DateOf(utc));

    /// <summary>"25 de noviembre de 2026, 14:05 h".</summary>
    public static string LongDateTime(DateTime utc)
    {
        var local = ToLocal(utc);
        return $"{LongDate(DateOnly.FromDateTime(local))}, {local:HH:mm} h";
    }

    /// <summary>"25/11/2026 14:05" for tables.</summary>
    public static string Short(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Mexico/Central", TimeSpan.FromHours(-6), "Ciudad de México", "Ciudad de México");
        }
    }
}
