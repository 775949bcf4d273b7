using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Documents;

/// <summary>
/// A supervisor of the issuing agency revokes a document, stating why. The verification page says
/// "revocado" from then on. Revoking twice, or revoking a replaced document, is refused (409).
/// </summary>
public static class RevokeDocument
{
    /// <param name="Reason">Why the document is withdrawn (kept on the record, never shown by the public verification).</param>
    public sealed record Request(string? Reason);

    public enum Status { Revoked, Invalid, NotFound, Forbidden, Stale }

    public sealed record Outcome(Status Status, IssuedDocumentView? Document = null, Dictionary<string, string[]>? Errors = null);

    public sealed class Validator : AbstractValidator<Request>
    {
        public static readonly Validator Instance = new();

        public Validator() =>
            RuleFor(r => r.Reason).NotEmpty().WithMessage("Escriba el motivo de la revocación.")
                .MaximumLength(DocumentLimits.Reason).WithMessage($"Máximo {DocumentLimits.Reason} caracteres.");
    }

    internal static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/documents/{id:guid}/revoke", async (Guid id, Request request, ClaimsPrincipal user, RutaDbContext db,
                DocumentIssuer issuer, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await HandleAsync(id, request, ETags.ReadIfMatch(http.Request), user, db, issuer, clock, ct);
                switch (outcome.Status)
                {
                    case Status.Revoked:
                        ETags.Set(http, outcome.Document!.Version);
                        return Results.Ok(outcome.Document);
                    case Status.Invalid:
                        return Results.ValidationProblem(outcome.Errors!, title: "La solicitud tiene datos inválidos");
                    case Status.Forbidden:
                        return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Acceso denegado",
                            detail: "Solo una persona supervisora de la dependencia que expidió el documento puede revocarlo.");
                    case Status.Stale:
                        return Problems.PreconditionFailed();
                    default:
                        return ReadDocuments.NotFound();
                }
            })
            .RequireAuthorization(Policies.DocumentsRevoke).WithTags("Documents").WithName("RevokeDocument")
            .Produces<IssuedDocumentView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    /// <param name="expectedVersion">The version the caller read (If-Match / hidden field); null to skip the check.</param>
    /// <exception cref="Domain.IllegalTransitionException">Already revoked or replaced (409, naming the state).</exception>
    public static async Task<Outcome> HandleAsync(Guid id, Request request, int? expectedVersion, ClaimsPrincipal user, RutaDbContext db,
        DocumentIssuer issuer, TimeProvider clock, CancellationToken ct)
    {
        var validation = await Validator.Instance.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return new Outcome(Status.Invalid, Errors: validation.ToFieldErrors());
        }

        var current = await db.Set<IssuedDocument>().AsNoTracking().VisibleTo(user).Where(d => d.Id == id)
            .Select(d => new { d.IssuingAgency, d.Version }).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return new Outcome(Status.NotFound);
        }

        if (!DocumentAccess.CanRevoke(user, current.IssuingAgency))
        {
            return new Outcome(Status.Forbidden);
        }

        if (expectedVersion is { } expected && expected != current.Version)
        {
            return new Outcome(Status.Stale);
        }

        if (await issuer.RevokeAsync(id, request.Reason!, ct) is null)
        {
            return new Outcome(Status.NotFound);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone revoked or replaced it since it was read.
            db.ChangeTracker.Clear();
            return new Outcome(Status.Stale);
        }

        return new Outcome(Status.Revoked, await ReadDocuments.GetAsync(id, user, db, clock, ct));
    }
}
