namespace Ruta.Web.Kernel.Notices;

/// <summary>
/// Dates as they read on an oficio: the civil date in central Mexico (folio years, the date line,
/// day-based deadlines), written in Spanish long form.
/// </summary>
public static class MexicoTime
{
    private static readonly string[] Months =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    /// <summary>The Mexico City wall-clock time of a UTC timestamp (see <see cref="Calendar.MexicoCity"/>).</summary>
    public static DateTime ToLocal(DateTime utc) =>
        Calendar.MexicoCity.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).DateTime;

    public static DateOnly DateOf(DateTime utc) => Calendar.MexicoCity.DateOf(utc);

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
}
