namespace Ruta.Web.Kernel.Calendar;

/// <summary>Verified closures published in the DOF, used as seed data for the legal calendar.</summary>
public static class KnownClosures
{
    /// <summary>
    /// The closures Ruta ships with. COMAR 29–31 May 2024: the days were declared inhábiles for COMAR
    /// (reported by La Jornada, 29-05-2024; SEGOB acuerdo in the DOF of the same day).
    /// </summary>
    public static IReadOnlyList<PublishedClosure> Seed { get; } =
    [
        new PublishedClosure(
            AuthorityCode: "COMAR",
            FirstDay: new DateOnly(2024, 5, 29),
            LastDay: new DateOnly(2024, 5, 31),
            DofReference: "Acuerdo SEGOB, DOF 29/05/2024",
            Description: "días inhábiles del 29 al 31 de mayo de 2024"),
    ];
}
