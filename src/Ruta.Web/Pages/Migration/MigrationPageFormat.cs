using System.Globalization;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Migration.Features;

namespace Ruta.Web.Pages.Migration;

/// <summary>How the migration pages write times and alerts (Mexico City time; hours left or passed).</summary>
public static class MigrationPageFormat
{
    /// <summary>"2026-11-25 08:30" in Mexico City time.</summary>
    public static string Time(DateTime utc) =>
        MexicoCity.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string? Time(DateTime? utc) => utc is { } t ? Time(t) : null;

    /// <summary>The value of a datetime-local input (Mexico City time).</summary>
    public static string Input(DateTime utc) =>
        MexicoCity.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>A datetime-local value read as Mexico City time.</summary>
    public static DateTimeOffset? FromInput(DateTime? local) =>
        local is { } l ? new DateTimeOffset(DateTime.SpecifyKind(l, DateTimeKind.Unspecified), MexicoCity.Offset) : null;

    /// <summary>"quedan 4.5 h", "vencido hace 2 h", "vence el 2026-12-01 (3 días)", "suspendido".</summary>
    public static string Remaining(StayAlert alert, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(l);
        if (alert.Suspended)
        {
            return l["suspendido (sin límite legal mientras dure el recurso o amparo)"];
        }

        if (alert.HoursRemaining is { } hours)
        {
            var h = Math.Abs(hours).ToString("0.#", CultureInfo.InvariantCulture);
            return alert.Overdue ? l["vencido hace {0} h", h] : l["quedan {0} h", h];
        }

        var due = alert.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return alert.Overdue ? l["vencido el {0}", due] : l["vence el {0} ({1} días naturales)", due, alert.DaysRemaining ?? 0];
    }
}
