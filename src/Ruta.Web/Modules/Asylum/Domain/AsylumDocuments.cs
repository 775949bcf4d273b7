using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>A document a person of the claim is owed now, and who issues it.</summary>
/// <param name="Document">"constancia-de-tramite", "tvrh" or "trp".</param>
public sealed record DocumentDue(string Document, string Label, Guid PersonId, string IssuingAgency, string LegalBasis);

/// <summary>
/// Which documents the claim's state calls for, for the applicant and each dependent. Ruta's issued
/// documents module issues them; this module only says which are due (the filing and the claim's
/// view list them).
/// </summary>
public static class AsylumDocuments
{
    public const string ProofOfClaim = "constancia-de-tramite";
    public const string HumanitarianVisitorCard = "tvrh";
    public const string PermanentResidentCard = "trp";

    public static IReadOnlyList<DocumentDue> DueFor(AsylumClaimStatus status, Guid applicantId, IEnumerable<Guid> dependentIds)
    {
        Guid[] persons = [applicantId, .. dependentIds];
        return status switch
        {
            // The constancia goes "a cada solicitante y a sus dependientes"; a claim awaiting ratification is not yet held as filed.
            AsylumClaimStatus.LateFilingReview or AsylumClaimStatus.InProcedure or AsylumClaimStatus.Resolved
                or AsylumClaimStatus.AppealWindowOpen or AsylumClaimStatus.AppealPending =>
                [
                    .. persons.Select(p => new DocumentDue(ProofOfClaim, "Constancia de trámite", p, AgencyCodes.Comar, "LRPCAP art. 22")),
                    .. persons.Select(p => new DocumentDue(HumanitarianVisitorCard, "Tarjeta de Visitante por Razones Humanitarias", p,
                        AgencyCodes.Inm, "LM art. 52 fr. V inciso c")),
                ],
            AsylumClaimStatus.Recognized =>
                [.. persons.Select(p => new DocumentDue(PermanentResidentCard, "Tarjeta de Residente Permanente", p, AgencyCodes.Inm,
                    "LRPCAP art. 48; LM arts. 54 fr. I y 59"))],
            _ => [],
        };
    }
}
