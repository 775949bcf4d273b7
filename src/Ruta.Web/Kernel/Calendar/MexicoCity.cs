namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// The legal day of federal agencies: Mexico City's calendar date. Central Mexico has been on UTC−6
/// all year since daylight saving time was abolished (Ley del Sistema de Horario en los Estados Unidos Mexicanos, DOF 28-10-2022), so a
/// fixed offset is exact and does not depend on the server's time-zone database.
/// </summary>
public static class MexicoCity
{
    /// <summary>UTC−6, no daylight saving time.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-6);

    /// <summary>The instant expressed in Mexico City time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The Mexico City calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The Mexico City calendar date of a UTC timestamp.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>Today in Mexico City by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());
}
