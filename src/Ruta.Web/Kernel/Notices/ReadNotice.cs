using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Notices;

/// <summary>
/// Opens one oficio. The first time a user of the recipient agency opens it, it is recorded as
/// received. Notices that concern a person leave a read line in the audit trail.
/// </summary>
public static class ReadNotice
{
    public sealed record Detail(
        Guid Id, string Folio, string Type, string TypeLabel,
        string SenderAgency, string SenderAgencyName, string? SenderOfficeName,
        string RecipientAgency, string RecipientAgencyName, string? RecipientOfficeName,
        string Subject, string Body, string LegalBasis, Guid? PersonId, string? PersonName, string? CaseType, Guid? CaseId,
        DateTime SentAt, Guid? SentByUserId, string SignerName, string SignerPosition,
        NoticeStatus Status, DateTime? ReceivedAt, DateTime? AcknowledgedAt, string? AcknowledgedByName,
        string? AcknowledgedByAgency, AcknowledgementDue? AcknowledgementDue, bool CanAcknowledge, NoticeLink? Link);

    internal static void Map(RouteGroupBuilder notices)
    {
        notices.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, CancellationToken ct) =>
                await HandleAsync(id, user, db, clock, ct) is { } detail ? Results.Ok(detail) : NotFound())
            .RequireAuthorization(Policies.NoticesRead).WithName("ReadNotice")
            .Produces<Detail>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Same answer for a notice that does not exist and one the user may not see.</summary>
    public static IResult NotFound() => Problems.NotFound("El oficio no existe o no está dirigido a su dependencia.");

    /// <returns>The notice, or null when it does not exist or the user may not see it.</returns>
    public static async Task<Detail?> HandleAsync(Guid id, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var detail = await LoadAsync(id, user, db, clock, ct);
        if (detail is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var audit = new List<AuditEntry>();
        var receiving = detail.ReceivedAt is null && NoticeAccess.IsRecipient(user, detail.RecipientAgency);
        await using var transaction = receiving ? await db.Database.BeginTransactionAsync(ct) : null;
        if (receiving)
        {
            // A conditional update, so two officers opening it at once record one reception; the
            // version moves so that an acknowledgement based on the older row retries.
            var received = await db.Set<OfficialNotice>()
                .Where(n => n.Id == id && n.ReceivedAt == null && n.Status == NoticeStatus.Sent)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(n => n.ReceivedAt, now)
                    .SetProperty(n => n.ReceivedByUserId, user.UserId())
                    .SetProperty(n => n.Status, NoticeTransitions.Next(NoticeStatus.Sent, NoticeTrigger.Open))
                    .SetProperty(n => n.Version, n => n.Version + 1), ct);
            if (received == 1)
            {
                audit.Add(Entry(now, user, "notice-received", id, JsonSerializer.Serialize(new { receivedAt = now })));
            }
        }

        if (detail.PersonId is not null)
        {
            audit.Add(Entry(now, user, AuditActions.Read, id, null));
        }

        if (audit.Count > 0)
        {
            db.AddRange(audit);
            await db.SaveChangesAsync(ct);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
            // Read back what was stored (PostgreSQL keeps microseconds, not .NET ticks).
            detail = await LoadAsync(id, user, db, clock, ct) ?? detail;
        }

        return detail;
    }

    private static AuditEntry Entry(DateTime now, ClaimsPrincipal user, string action, Guid id, string? after) =>
        new(now, user.UserId(), user.Identity?.Name, user.AgencyCode(), action, nameof(OfficialNotice), id.ToString(), null, after,
            correlationId: Activity.Current?.TraceId.ToString());

    /// <summary>The notice as the user may see it, without side effects.</summary>
    public static async Task<Detail?> LoadAsync(Guid id, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var agencies = db.Set<Agency>();
        var offices = db.Set<Office>();
        var deadlines = db.Set<Deadline>().Where(d => d.CaseType == OfficialNotice.CaseTypeName && d.Kind == NoticeSender.AcknowledgementKind && d.CaseId == id);
        var row = await db.Set<OfficialNotice>().AsNoTracking().VisibleTo(user)
            .Where(n => n.Id == id)
            .Select(n => new
            {
                Notice = n,
                SenderAgencyName = agencies.Where(a => a.Code == n.SenderAgency).Select(a => a.Name).FirstOrDefault(),
                SenderOfficeName = offices.Where(o => o.Id == n.SenderOfficeId).Select(o => o.Name).FirstOrDefault(),
                RecipientAgencyName = agencies.Where(a => a.Code == n.RecipientAgency).Select(a => a.Name).FirstOrDefault(),
                RecipientOfficeName = offices.Where(o => o.Id == n.RecipientOfficeId).Select(o => o.Name).FirstOrDefault(),
                DueDate = deadlines.OrderByDescending(d => d.CreatedAt).Select(d => (DateOnly?)d.DueDate).FirstOrDefault(),
                DueAt = deadlines.OrderByDescending(d => d.CreatedAt).Select(d => d.DueAt).FirstOrDefault(),
                DeadlineStatus = deadlines.OrderByDescending(d => d.CreatedAt).Select(d => (DeadlineStatus?)d.Status).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var n = row.Notice;
        var now = clock.GetUtcNow().UtcDateTime;
        return new Detail(n.Id, n.Folio, n.Type, NoticeTypes.Label(n.Type),
            n.SenderAgency, row.SenderAgencyName ?? n.SenderAgency, row.SenderOfficeName,
            n.RecipientAgency, row.RecipientAgencyName ?? n.RecipientAgency, row.RecipientOfficeName,
            n.Subject, n.Body, n.LegalBasis, n.PersonId, n.PersonName, n.CaseType, n.CaseId,
            n.SentAt, n.SentByUserId, n.SignerName, n.SignerPosition,
            n.Status, n.ReceivedAt, n.AcknowledgedAt, n.AcknowledgedByName, n.AcknowledgedByAgency,
            AcknowledgementDue.Of(row.DueDate, row.DueAt, row.DeadlineStatus, n.IsPending, now),
            n.IsPending && NoticeAccess.IsRecipient(user, n.RecipientAgency),
            // Only the recipient acts on the notice: others would find the page closed to them.
            n.LinkPath is not null && NoticeAccess.IsRecipient(user, n.RecipientAgency) ? new NoticeLink(n.LinkPath, n.LinkLabel ?? n.LinkPath) : null);
    }
}
