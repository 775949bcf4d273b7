using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>A document issued in the asylum procedure, as the filer or INM learns of it (no file content).</summary>
public sealed record AsylumIssuedDocument(Guid Id, string Number, DocumentType Type, Guid HolderPersonId, DateOnly ValidFrom, DateOnly? ValidUntil,
    string VerificationCode, Guid? ReplacesId);

/// <summary>
/// INM documents the persons of a claim: the TVRH while the claim protects them, the permanent
/// residence card once protection is recognised. INM reads only the claim's status, never its file.
/// Also COMAR's constancia de trámite, issued with the filing (or the ratification).
/// </summary>
public static class IssueAsylumDocument
{
    /// <param name="Type">"humanitarian-visitor-card" (TVRH) or "permanent-resident-card" (TRP).</param>
    /// <param name="ValidUntil">Last day of validity: required for the TVRH, none for the TRP.</param>
    public sealed record Request(Guid? PersonId, string? Type, DateOnly? ValidUntil);

    public const string NotCovered = "ASYLUM_DOCUMENT_PERSON_NOT_COVERED";
    public const string TvrhNotProtected = "ASYLUM_TVRH_CLAIM_NOT_PROTECTING";
    public const string TrpNotRecognized = "ASYLUM_TRP_NOT_RECOGNIZED";
    public const string TrpAlreadyIssued = "ASYLUM_TRP_ALREADY_ISSUED";

    /// <summary>LM art. 52 fr. V inciso c: the TVRH for whoever has applied for refugee status, while the claim is pending.</summary>
    public const string TvrhBasis = "LM art. 52 fr. V inciso c";

    /// <summary>Refugees and complementary-protection holders are permanent residents (LRPCAP art. 48; LM art. 54 fr. I).</summary>
    public const string TrpBasis = "LRPCAP art. 48; LM art. 54 fr. I";

    /// <summary>Dependents follow the applicant's claim (LRPCAP art. 12).</summary>
    public const string CoveredBasis = "LRPCAP art. 12";

    public static readonly IReadOnlyDictionary<string, DocumentType> Types = new Dictionary<string, DocumentType>(StringComparer.OrdinalIgnoreCase)
    {
        ["humanitarian-visitor-card"] = DocumentType.HumanitarianVisitorCard,
        ["permanent-resident-card"] = DocumentType.PermanentResidentCard,
    };

    public static AsylumIssuedDocument Row(IssuedDocument d) =>
        new(d.Id, d.Number, d.Type, d.HolderPersonId, d.ValidFrom, d.ValidUntil, d.VerificationCode, d.ReplacesId);

    /// <summary>
    /// COMAR's constancia de trámite for the applicant and each dependent (LRPCAP art. 22), open-ended
    /// from the filing day, added to the current unit of work without saving.
    /// </summary>
    /// <param name="officeId">The COMAR office issuing it; null for the signed-in user's office.</param>
    public static async Task<IReadOnlyList<IssuedDocument>> IssueCertificatesAsync(DocumentIssuer issuer, AsylumClaim claim,
        IEnumerable<Guid> personIds, Guid? officeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(claim);
        var issued = new List<IssuedDocument>();
        foreach (var personId in personIds)
        {
            issued.Add(await issuer.IssueAsync(new IssueDocumentRequest(DocumentType.AsylumApplicationCertificate, personId, claim.FiledOn, null,
                DocumentAccess.AsylumClaimCaseType, claim.Id, IssuingOfficeId: officeId), ct));
        }

        return issued;
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, DocumentIssuer issuer)
    {
        /// <exception cref="DomainRuleException">The claim's state does not call for the document, or the person is not covered.</exception>
        public async Task<AsylumResult<AsylumIssuedDocument>> HandleAsync(Guid claimId, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!AsylumAccess.IsInmCaseWorker(user.Principal))
            {
                return AsylumResult<AsylumIssuedDocument>.Forbidden();
            }

            var claim = await db.Set<AsylumClaim>().AsNoTracking().Include(c => c.Dependents).FirstOrDefaultAsync(c => c.Id == claimId, ct);
            if (claim is null)
            {
                return AsylumResult<AsylumIssuedDocument>.NotFound();
            }

            var errors = new Dictionary<string, string[]>();
            if (request.PersonId is not { } personId || personId == Guid.Empty)
            {
                errors["personId"] = ["Elija a la persona a quien se expide el documento."];
                personId = Guid.Empty;
            }

            if (request.Type is null || !Types.TryGetValue(request.Type.Trim(), out var type))
            {
                errors["type"] = ["Indique el documento: humanitarian-visitor-card (TVRH) o permanent-resident-card (TRP)."];
                type = default;
            }

            if (errors.Count > 0)
            {
                return AsylumResult<AsylumIssuedDocument>.Invalid(errors);
            }

            if (!claim.Covers(personId))
            {
                throw new DomainRuleException(NotCovered,
                    "La persona no es la solicitante ni dependiente en esta solicitud de refugio.", CoveredBasis,
                    StatusCodes.Status422UnprocessableEntity);
            }

            var today = MexicoCity.Today(clock);
            if (type == DocumentType.HumanitarianVisitorCard)
            {
                await EnsureProtectedAsync(claim, personId, today, ct);
            }
            else if (claim.Status != AsylumClaimStatus.Recognized)
            {
                throw new DomainRuleException(TrpNotRecognized,
                    $"La solicitud está en estado «{AsylumProcedure.StatusLabel(claim.Status)}»: la residencia permanente se expide " +
                    "solo a quien se reconoció la condición de refugiado o se otorgó protección complementaria.", TrpBasis);
            }

            var document = new IssueDocumentRequest(type, personId, today, type == DocumentType.PermanentResidentCard ? null : request.ValidUntil,
                DocumentAccess.AsylumClaimCaseType, claim.Id);
            if (await issuer.CheckAsync(document, ct) is { Count: > 0 } documentErrors)
            {
                return AsylumResult<AsylumIssuedDocument>.Invalid(documentErrors);
            }

            var held = await db.Set<IssuedDocument>().AsNoTracking()
                .Where(d => d.HolderPersonId == personId && d.Status == DocumentStatus.Valid
                    && (d.Type == DocumentType.HumanitarianVisitorCard || d.Type == DocumentType.PermanentResidentCard)
                    && (d.ValidUntil == null || d.ValidUntil >= today))
                .Select(d => new { d.Id, d.Type }).ToListAsync(ct);
            if (type == DocumentType.PermanentResidentCard && held.Any(d => d.Type == DocumentType.PermanentResidentCard))
            {
                throw new DomainRuleException(TrpAlreadyIssued,
                    "La persona ya tiene una Tarjeta de Residente Permanente vigente; para reponerla, reemplácela desde el documento.", TrpBasis);
            }

            // A second TVRH is a renewal, and the TRP takes the TVRH's place: both replace the valid TVRH.
            var tvrh = held.FirstOrDefault(d => d.Type == DocumentType.HumanitarianVisitorCard);
            var issued = tvrh is null
                ? await issuer.IssueAsync(document, ct)
                : await issuer.ReplaceAsync(tvrh.Id, document,
                    type == DocumentType.HumanitarianVisitorCard ? "Renovación de la TVRH durante el procedimiento de refugio"
                        : "Sustituida por la Tarjeta de Residente Permanente al reconocerse la protección", ct);
            await db.SaveChangesAsync(ct);
            return AsylumResult<AsylumIssuedDocument>.Ok(Row(issued!));
        }

        /// <summary>The TVRH lasts while the claim protects the person: pending, appeal window, appeal pending.</summary>
        private async Task EnsureProtectedAsync(AsylumClaim claim, Guid personId, DateOnly today, CancellationToken ct)
        {
            var due = AsylumDocuments.DueFor(claim.Status, claim.ApplicantId, claim.Dependents.Select(d => d.PersonId))
                .Any(d => d.Document == AsylumDocuments.HumanitarianVisitorCard && d.PersonId == personId);
            var facts = new ProtectionFacts(claim.Id, claim.ApplicantId, claim.Status, claim.Outcome, claim.FiledOn, claim.NotifiedOn,
                claim.AppealDueDate, claim.AppealFiledOn, claim.RecognizedOn,
                await db.Set<Article52Determination>().AsNoTracking().Where(a => a.ClaimId == claim.Id && a.PersonId == personId)
                    .Select(a => (DateOnly?)a.DeterminedOn).FirstOrDefaultAsync(ct));
            var block = AsylumProtection.BlockOn(facts, personId, today);
            if (!due || block?.Code is not (AsylumProtection.ClaimPending or AsylumProtection.AppealWindowOpen or AsylumProtection.AppealPending))
            {
                throw new DomainRuleException(TvrhNotProtected,
                    $"La solicitud está en estado «{AsylumProcedure.StatusLabel(claim.Status)}»: la TVRH se expide solo mientras la solicitud " +
                    "está en trámite (admitida), corre el plazo del recurso de revisión o este se tramita.", TvrhBasis);
            }
        }
    }
}
