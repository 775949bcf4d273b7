using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>The case number and the secret of the public status page, shown once (filing result, reissue).</summary>
/// <param name="Secret">Grouped ("7KQ2M-X9D4P"). Ruta keeps only its hash: it cannot be shown again.</param>
/// <param name="StatusPath">The public page where the applicant types them.</param>
public sealed record StatusAccessGranted(Guid ClaimId, string CaseNumber, string Secret, string StatusPath);

/// <summary>
/// A COMAR officer or supervisor gives the applicant a new secret for the public status page (lost
/// sheet, secret seen by someone else): the previous one stops working at once, and the lock of the
/// case number (too many wrong answers) is lifted. The change is audited (the hash never appears in
/// the trail); the new secret is shown once. A claim filed before Ruta numbered claims gets its case
/// number now.
/// </summary>
public static class ReissueStatusSecret
{
    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<AsylumResult<StatusAccessGranted>> HandleAsync(Guid claimId, CancellationToken ct)
        {
            if (!AsylumAccess.IsComarCaseWorker(user.Principal))
            {
                return AsylumResult<StatusAccessGranted>.Forbidden();
            }

            var claim = await db.Set<AsylumClaim>().FirstOrDefaultAsync(c => c.Id == claimId, ct);
            if (claim is null)
            {
                return AsylumResult<StatusAccessGranted>.NotFound();
            }

            var actor = new AsylumActor(clock.GetUtcNow().UtcDateTime, user.UserId, user.AgencyCode);
            claim.CaseNumber ??= await AsylumCaseNumbers.AllocateAsync(db, MexicoCity.Today(clock).Year, ct);
            var access = await db.Set<AsylumStatusAccess>().FirstOrDefaultAsync(a => a.ClaimId == claimId, ct);
            string secret;
            if (access is null)
            {
                (access, secret) = AsylumStatusAccess.Issue(claimId, actor);
                db.Add(access);
            }
            else
            {
                secret = access.Reissue(actor);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Two officers reissued at once: the other's secret stands; this one was never stored.
                return AsylumResult<StatusAccessGranted>.Stale();
            }

            AsylumStatusLog.Reissued(logger, claimId);
            return AsylumResult<StatusAccessGranted>.Ok(new StatusAccessGranted(claimId, claim.CaseNumber, secret, CheckAsylumStatus.PagePath));
        }
    }

    internal static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("/{id:guid}/status-secret", async (Guid id, Handler handler, HttpContext http, CancellationToken ct) =>
            {
                CheckAsylumStatus.NoStore(http);
                var result = await handler.HandleAsync(id, ct);
                return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
            })
            .RequireAuthorization(AsylumPolicies.Manage).WithName("ReissueAsylumStatusSecret")
            .WithSummary("Nueva clave de consulta del estado para la persona solicitante; la anterior deja de funcionar.")
            .Produces<StatusAccessGranted>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
