using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Notices;

/// <summary>
/// The recipient agency acknowledges an oficio ("acuse de recibo"): once, by one of its officers or
/// supervisors. Closes the acknowledgement deadline in the same transaction: met if on time,
/// missed if late.
/// </summary>
public static class AcknowledgeNotice
{
    public enum Outcome { Acknowledged, NotFound, Forbidden }

    private const int Attempts = 3;

    internal static void Map(RouteGroupBuilder notices)
    {
        notices.MapPost("/{id:guid}/acknowledge", async (Guid id, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, CancellationToken ct) =>
                await HandleAsync(id, user, db, clock, ct) switch
                {
                    Outcome.Acknowledged => Results.Ok(await ReadNotice.LoadAsync(id, user, db, clock, ct)),
                    Outcome.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Acceso denegado",
                        detail: "Solo la dependencia destinataria acusa de recibo un oficio."),
                    _ => ReadNotice.NotFound(),
                })
            .RequireAuthorization(Policies.CaseWork).WithName("AcknowledgeNotice")
            .Produces<ReadNotice.Detail>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <exception cref="Domain.IllegalTransitionException">Already acknowledged (409, naming the state).</exception>
    public static async Task<Outcome> HandleAsync(Guid id, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var notice = await db.Set<OfficialNotice>().VisibleTo(user).FirstOrDefaultAsync(n => n.Id == id, ct);
            if (notice is null)
            {
                return Outcome.NotFound;
            }

            if (!NoticeAccess.IsRecipient(user, notice.RecipientAgency))
            {
                return Outcome.Forbidden;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var userId = user.UserId();
            var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
            notice.Acknowledge(now, userId, string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "" : name, user.AgencyCode()!);

            var open = await db.Set<Deadline>()
                .Where(d => d.CaseType == OfficialNotice.CaseTypeName && d.CaseId == id
                    && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Extended || d.Status == DeadlineStatus.Suspended))
                .ToListAsync(ct);
            foreach (var deadline in open)
            {
                deadline.Status = AcknowledgementDue.IsPast(deadline.DueDate, deadline.DueAt, now) ? DeadlineStatus.Missed : DeadlineStatus.Met;
                deadline.ClosedAt = now;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return Outcome.Acknowledged;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone opened or acknowledged it meanwhile: read it again; a second
                // acknowledgement then fails as an illegal transition.
                db.ChangeTracker.Clear();
            }
        }
    }
}
