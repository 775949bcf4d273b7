using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Kernel.Documents;

/// <summary>What each type of document is: its name, number prefix, issuer, legal basis and printed layout.</summary>
public static class DocumentTypes
{
    /// <summary>Spanish name, as printed and shown on the verification page.</summary>
    public static string Label(DocumentType type) => type switch
    {
        DocumentType.AsylumApplicationCertificate => "Constancia de trámite de solicitud de la condición de refugiado",
        DocumentType.HumanitarianVisitorCard => "Tarjeta de Visitante por Razones Humanitarias",
        DocumentType.PermanentResidentCard => "Tarjeta de Residente Permanente",
        DocumentType.TemporaryResidentCard => "Tarjeta de Residente Temporal",
        DocumentType.StationExitPermit => "Oficio de salida de la estación migratoria con fines de regularización",
        DocumentType.DepartureOrder => "Oficio de salida del territorio nacional",
        _ => "Documento",
    };

    /// <summary>First part of the number: TVRH-INM-2026-000042.</summary>
    public static string Prefix(DocumentType type) => type switch
    {
        DocumentType.AsylumApplicationCertificate => "CONST",
        DocumentType.HumanitarianVisitorCard => "TVRH",
        DocumentType.PermanentResidentCard => "TRP",
        DocumentType.TemporaryResidentCard => "TRT",
        DocumentType.StationExitPermit => "OSE",
        DocumentType.DepartureOrder => "OST",
        _ => "DOC",
    };

    /// <summary>
    /// The only agency competent to issue the type, or null when any operational agency may
    /// (<see cref="DocumentType.Other"/>). COMAR "expedirá a cada solicitante … una constancia de
    /// trámite" (LRPCAP art. 22); INM issues the migratory documents: TVRH (LM art. 52 fr. V),
    /// TRT (LM art. 52 fr. VII), TRP (LM art. 52 fr. IX and art. 54; card "a la conclusión del
    /// procedimiento", art. 59 ¶2), the exit permit of a migration station (LM art. 136 ¶1) and the
    /// order to leave the country (LM art. 137).
    /// </summary>
    public static string? Issuer(DocumentType type) => type switch
    {
        DocumentType.AsylumApplicationCertificate => AgencyCodes.Comar,
        DocumentType.HumanitarianVisitorCard or DocumentType.PermanentResidentCard or DocumentType.TemporaryResidentCard
            or DocumentType.StationExitPermit or DocumentType.DepartureOrder => AgencyCodes.Inm,
        _ => null,
    };

    /// <summary>The legal basis printed on the document (see <see cref="Issuer"/>).</summary>
    public static string LegalBasis(DocumentType type) => type switch
    {
        DocumentType.AsylumApplicationCertificate => "Ley sobre Refugiados, Protección Complementaria y Asilo Político, art. 22",
        DocumentType.HumanitarianVisitorCard => "Ley de Migración, art. 52 fr. V",
        DocumentType.PermanentResidentCard => "Ley de Migración, arts. 52 fr. IX, 54 y 59",
        DocumentType.TemporaryResidentCard => "Ley de Migración, art. 52 fr. VII",
        DocumentType.StationExitPermit => "Ley de Migración, art. 136",
        DocumentType.DepartureOrder => "Ley de Migración, art. 137",
        _ => "",
    };

    /// <summary>Printed as a CR80 card (85.6 × 54 mm); the others print as a letter page.</summary>
    public static bool IsCard(DocumentType type) =>
        type is DocumentType.HumanitarianVisitorCard or DocumentType.PermanentResidentCard or DocumentType.TemporaryResidentCard;

    /// <summary>
    /// Types that may be issued without a last day: permanent residence has none, the constancia
    /// lasts while the claim is pending (the law sets no term), and "other" depends on what it is.
    /// Temporary documents (TVRH, TRT, exit permit and order) always state their end.
    /// </summary>
    public static bool MayBeOpenEnded(DocumentType type) =>
        type is DocumentType.PermanentResidentCard or DocumentType.AsylumApplicationCertificate or DocumentType.Other;
}
