using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Documents;

/// <summary>An issued document as the API and the pages show it to a user allowed to see it.</summary>
/// <param name="TypeName">Spanish name of the type.</param>
/// <param name="Status">The stored status (valid, revoked, replaced).</param>
/// <param name="Validity">What it is worth today in Mexico City: the stored status plus expiry.</param>
/// <param name="VerificationPath">The public verification page, relative to the site ("/verificar/{code}").</param>
/// <param name="Version">The record's version (ETag).</param>
/// <param name="CanRevoke">The user may revoke it now (supervisor of the issuing agency, document valid).</param>
/// <param name="CanPrint">The user may print it (issuing agency, oversight).</param>
public sealed record IssuedDocumentView(
    Guid Id, DocumentType Type, string TypeName, string Number, Guid HolderPersonId,
    string IssuingAgency, string IssuingAgencyName, Guid? IssuingOfficeId, string? IssuingOfficeName,
    string? CaseType, Guid? CaseId, DateOnly ValidFrom, DateOnly? ValidUntil, string? Description,
    DocumentStatus Status, DocumentValidity Validity, DateTime? RevokedAt, DateTime? ReplacedAt, string? StatusReason,
    Guid? ReplacedById, Guid? ReplacesId, DateTime IssuedAt, string IssuedByName, string VerificationCode, string VerificationPath,
    int Version, bool CanRevoke, bool CanPrint);

/// <summary>Reads issued documents through <see cref="DocumentAccess"/>: one document, or all of a person's.</summary>
public static class ReadDocuments
{
    /// <summary>Same answer for a document that does not exist and one the user may not see.</summary>
    public static IResult NotFound() => Problems.NotFound("El documento no existe o su dependencia no puede consultarlo.");

    public static string VerificationPath(string code) => "/verificar/" + code;

    /// <returns>The document, or null when it does not exist or the user may not see it.</returns>
    public static async Task<IssuedDocumentView?> GetAsync(Guid id, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await QueryAsync(db.Set<IssuedDocument>().Where(d => d.Id == id), user, db, clock, ct)).FirstOrDefault();

    /// <summary>The person's documents the user may see, newest first.</summary>
    public static Task<IReadOnlyList<IssuedDocumentView>> ForPersonAsync(Guid personId, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock,
        CancellationToken ct) =>
        QueryAsync(db.Set<IssuedDocument>().Where(d => d.HolderPersonId == personId), user, db, clock, ct);

    internal static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/persons/{id:guid}/documents", async (Guid id, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, CancellationToken ct) =>
                await db.Set<Person>().AnyAsync(p => p.Id == id, ct)
                    ? Results.Ok(await ForPersonAsync(id, user, db, clock, ct))
                    : Problems.NotFound("No existe una persona con ese identificador."))
            .RequireAuthorization(Policies.PersonsRead).WithTags("Documents").WithName("ListPersonDocuments")
            .Produces<IReadOnlyList<IssuedDocumentView>>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/documents/{id:guid}", async (Guid id, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, HttpContext http,
                CancellationToken ct) =>
            {
                if (await GetAsync(id, user, db, clock, ct) is not { } document)
                {
                    return NotFound();
                }

                ETags.Set(http, document.Version);
                return Results.Ok(document);
            })
            .RequireAuthorization(Policies.PersonsRead).WithTags("Documents").WithName("GetDocument")
            .Produces<IssuedDocumentView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IReadOnlyList<IssuedDocumentView>> QueryAsync(IQueryable<IssuedDocument> documents, ClaimsPrincipal user,
        RutaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var agencies = db.Set<Agency>();
        var offices = db.Set<Office>();
        var rows = await documents.AsNoTracking().VisibleTo(user)
            .OrderByDescending(d => d.IssuedAt).ThenByDescending(d => d.Id)
            .Select(d => new
            {
                Document = d,
                AgencyName = agencies.Where(a => a.Code == d.IssuingAgency).Select(a => a.Name).FirstOrDefault(),
                OfficeName = offices.Where(o => o.Id == d.IssuingOfficeId).Select(o => o.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var today = MexicoCity.Today(clock);
        return rows.Select(r =>
        {
            var d = r.Document;
            return new IssuedDocumentView(d.Id, d.Type, DocumentTypes.Label(d.Type), d.Number, d.HolderPersonId,
                d.IssuingAgency, r.AgencyName ?? d.IssuingAgency, d.IssuingOfficeId, r.OfficeName,
                d.CaseType, d.CaseId, d.ValidFrom, d.ValidUntil, d.Description,
                d.Status, d.ValidityOn(today), d.RevokedAt, d.ReplacedAt, d.StatusReason, d.ReplacedById, d.ReplacesId,
                d.IssuedAt, d.IssuedByName, d.VerificationCode, VerificationPath(d.VerificationCode), d.Version,
                DocumentAccess.CanRevoke(user, d.IssuingAgency) && DocumentTransitions.Can(d.Status, DocumentTrigger.Revoke),
                DocumentAccess.CanPrint(user, d.IssuingAgency, d.CaseType));
        }).ToList();
    }
}
