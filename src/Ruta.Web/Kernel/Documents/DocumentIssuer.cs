using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Kernel.Documents;

/// <summary>A document to issue. The issuer is the signed-in user's agency (or <see cref="IssuingAgency"/> for system acts).</summary>
/// <param name="Type">What is issued; decides the competent agency (<see cref="DocumentTypes.Issuer"/>).</param>
/// <param name="HolderPersonId">The person it is issued to.</param>
/// <param name="ValidFrom">First day of validity (Mexico City date).</param>
/// <param name="ValidUntil">Last day, inclusive; may be null only for <see cref="DocumentTypes.MayBeOpenEnded"/> types.</param>
/// <param name="CaseType">The case that causes it, e.g. "AsylumClaim"; restricted case types limit who sees it (<see cref="DocumentAccess"/>).</param>
/// <param name="CaseId">Id of that case (both or neither).</param>
/// <param name="Description">Printed on the document (e.g. the humanitarian ground); required for <see cref="DocumentType.Other"/>.</param>
/// <param name="IssuingOfficeId">The office issuing it; defaults to the user's office.</param>
/// <param name="IssuingAgency">Only for acts without a signed-in user (jobs); must match the user's agency otherwise.</param>
public sealed record IssueDocumentRequest(
    DocumentType Type,
    Guid HolderPersonId,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    string? CaseType = null,
    Guid? CaseId = null,
    string? Description = null,
    Guid? IssuingOfficeId = null,
    string? IssuingAgency = null);

/// <summary>
/// Issues, revokes and replaces documents as part of the act that causes them: every method adds or
/// changes entities in the current unit of work WITHOUT saving, so granting a TVRH and issuing its
/// card commit together or not at all. Only the document number is taken at once (see
/// <see cref="DocumentNumbers"/>): a failed act leaves a gap, never a repeated number.
/// </summary>
public sealed class DocumentIssuer(RutaDbContext db, ICurrentUser currentUser, TimeProvider clock, DocumentVerificationCodes codes)
{
    /// <summary>
    /// Checks a request before issuing: field errors keyed like a JSON request (camelCase). Empty
    /// when it can be issued. Does not check competence (see <see cref="IssueAsync"/>).
    /// </summary>
    public async Task<Dictionary<string, string[]>> CheckAsync(IssueDocumentRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (!Enum.IsDefined(request.Type))
        {
            Add("type", "El tipo de documento no es válido.");
        }
        else if (request.ValidUntil is null && !DocumentTypes.MayBeOpenEnded(request.Type))
        {
            Add("validUntil", "Indique el último día de vigencia: este documento es temporal.");
        }

        if (request.ValidUntil is { } until && until < request.ValidFrom)
        {
            Add("validUntil", "El último día de vigencia no puede ser anterior al primero.");
        }

        if ((request.CaseType is null) != (request.CaseId is null))
        {
            Add("caseId", "La referencia al expediente necesita tipo e identificador.");
        }
        else if (request.CaseType is { } caseType && (string.IsNullOrWhiteSpace(caseType) || caseType.Length > DocumentLimits.CaseType))
        {
            Add("caseType", "El tipo de expediente no es válido.");
        }

        if (request.Description is { } description && description.Trim().Length > DocumentLimits.Description)
        {
            Add("description", $"Máximo {DocumentLimits.Description} caracteres.");
        }
        else if (request.Type == DocumentType.Other && string.IsNullOrWhiteSpace(request.Description))
        {
            Add("description", "Describa qué documento es.");
        }

        var holder = await db.Set<Person>().AsNoTracking().Where(p => p.Id == request.HolderPersonId)
            .Select(p => new { p.IsArchived }).FirstOrDefaultAsync(ct);
        if (holder is null)
        {
            Add("holderPersonId", "La persona no existe.");
        }
        else if (holder.IsArchived)
        {
            Add("holderPersonId", "El registro de la persona está archivado.");
        }

        var issuer = IssuerOf(request);
        if (issuer is null)
        {
            Add("issuingAgency", "No se sabe qué dependencia expide el documento.");
        }
        else if (OfficeOf(request) is { } office
                 && !await db.Set<Office>().AnyAsync(o => o.Id == office && o.AgencyCode == issuer && o.IsActive, ct))
        {
            Add("issuingOfficeId", "La oficina no pertenece a la dependencia que expide el documento.");
        }

        return errors;
    }

    /// <summary>
    /// Adds a new document, with its number and verification code, to the current DbContext
    /// without saving: the caller's SaveChanges commits it with the act that caused it.
    /// </summary>
    /// <exception cref="ArgumentException">The request is incomplete or names an unknown person or office (see <see cref="CheckAsync"/>).</exception>
    /// <exception cref="DomainRuleException">The agency is not competent to issue this type (422, code "document-issuer-not-competent").</exception>
    public async Task<IssuedDocument> IssueAsync(IssueDocumentRequest request, CancellationToken ct) =>
        await IssueAsync(request, replaces: null, ct);

    /// <summary>
    /// The issuing agency revokes a valid document (marks it, without saving).
    /// </summary>
    /// <returns>The revoked document, or null when no document has that id.</returns>
    /// <exception cref="ArgumentException">No reason given.</exception>
    /// <exception cref="DomainRuleException">The user's agency did not issue it (403, code "document-not-issuer").</exception>
    /// <exception cref="IllegalTransitionException">The document is already revoked or replaced (409).</exception>
    public async Task<IssuedDocument?> RevokeAsync(Guid documentId, string reason, CancellationToken ct)
    {
        var trimmed = RequireReason(reason);
        var document = await db.Set<IssuedDocument>().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return null;
        }

        EnsureIssuer(document);
        document.Revoke(clock.GetUtcNow().UtcDateTime, currentUser.UserId, trimmed);
        return document;
    }

    /// <summary>
    /// Issues <paramref name="replacement"/> and marks the old document Replaced, pointing to it, in
    /// the same unit of work (without saving). Renewals are replacements. The replacement is issued
    /// to the same holder by the same agency; its type may differ (a TVRH replaced by a TRP).
    /// </summary>
    /// <returns>The new document, or null when no document has <paramref name="documentId"/>.</returns>
    /// <exception cref="ArgumentException">No reason, another holder, or an invalid replacement (see <see cref="CheckAsync"/>).</exception>
    /// <exception cref="DomainRuleException">The user's agency did not issue the old one, or may not issue the new type.</exception>
    /// <exception cref="IllegalTransitionException">The old document is already revoked or replaced (409).</exception>
    public async Task<IssuedDocument?> ReplaceAsync(Guid documentId, IssueDocumentRequest replacement, string reason, CancellationToken ct)
    {
        var trimmed = RequireReason(reason);
        var old = await db.Set<IssuedDocument>().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (old is null)
        {
            return null;
        }

        EnsureIssuer(old);
        if (replacement.HolderPersonId != old.HolderPersonId)
        {
            throw new ArgumentException("A replacement is issued to the holder of the document it replaces.", nameof(replacement));
        }

        // Checked before a number is taken, so an illegal replacement wastes none.
        DocumentTransitions.Next(old.Status, DocumentTrigger.Replace);
        var issued = await IssueAsync(replacement with { IssuingAgency = replacement.IssuingAgency ?? old.IssuingAgency }, old.Id, ct);
        old.ReplaceWith(issued, issued.IssuedAt, currentUser.UserId, trimmed);
        return issued;
    }

    private async Task<IssuedDocument> IssueAsync(IssueDocumentRequest request, Guid? replaces, CancellationToken ct)
    {
        var errors = await CheckAsync(request, ct);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid document: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")),
                nameof(request));
        }

        var issuer = IssuerOf(request)!;
        if (DocumentTypes.Issuer(request.Type) is { } competent ? competent != issuer : !AgencyCodes.Operational.Contains(issuer, StringComparer.Ordinal))
        {
            throw new DomainRuleException("document-issuer-not-competent",
                $"{issuer} no es la autoridad que expide «{DocumentTypes.Label(request.Type)}».",
                DocumentTypes.LegalBasis(request.Type) is { Length: > 0 } basis ? basis : "Competencia de la autoridad emisora",
                StatusCodes.Status422UnprocessableEntity);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var number = await DocumentNumbers.AllocateAsync(db, request.Type, issuer, MexicoCity.DateOf(now).Year, ct);
        var id = Guid.CreateVersion7();
        var document = new IssuedDocument(id, request.Type, number, request.HolderPersonId, issuer, OfficeOf(request),
            request.CaseType?.Trim(), request.CaseId, request.ValidFrom, request.ValidUntil,
            string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            now, currentUser.UserId, await IssuerNameAsync(ct), codes.Create(id), replaces);
        db.Add(document);
        return document;
    }

    private string? IssuerOf(IssueDocumentRequest request)
    {
        var userAgency = currentUser.AgencyCode;
        if (userAgency is not null && request.IssuingAgency is not null && request.IssuingAgency != userAgency)
        {
            // A programming error, not a user's: nobody issues for another agency.
            throw new InvalidOperationException("A document is issued by the signed-in user's agency.");
        }

        return userAgency ?? request.IssuingAgency?.Trim();
    }

    private Guid? OfficeOf(IssueDocumentRequest request) => request.IssuingOfficeId ?? currentUser.Principal.OfficeId();

    private void EnsureIssuer(IssuedDocument document)
    {
        if (currentUser.AgencyCode is { } agency && agency != document.IssuingAgency)
        {
            throw new DomainRuleException("document-not-issuer",
                "Solo la dependencia que expidió el documento puede revocarlo o reemplazarlo.",
                DocumentTypes.LegalBasis(document.Type) is { Length: > 0 } basis ? basis : "Competencia de la autoridad emisora",
                StatusCodes.Status403Forbidden);
        }
    }

    private static string RequireReason(string reason)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > DocumentLimits.Reason)
        {
            throw new ArgumentException($"A reason of 1 to {DocumentLimits.Reason} characters is required.", nameof(reason));
        }

        return trimmed;
    }

    private async Task<string> IssuerNameAsync(CancellationToken ct)
    {
        if (currentUser.UserId is not { } userId)
        {
            return "Ruta (expedición automática)";
        }

        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        return string.IsNullOrWhiteSpace(name) ? currentUser.UserName ?? "" : name;
    }
}
