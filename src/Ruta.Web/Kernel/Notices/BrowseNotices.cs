using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Notices;

/// <summary>An agency's inbox or outbox of oficios (oversight: all of them), pending first.</summary>
public static class BrowseNotices
{
    public const int PageSize = 25;

    public enum Box { Inbox, Outbox, All }

    public enum StatusFilter { Pending, Acknowledged }

    public sealed record Query(Box Box, StatusFilter? Status, int Page = 1);

    public sealed record Row(Guid Id, string Folio, string Type, string TypeLabel, string SenderAgency, string RecipientAgency,
        string Subject, Guid? PersonId, string? PersonName, DateTime SentAt, NoticeStatus Status, DateTime? ReceivedAt,
        DateTime? AcknowledgedAt, AcknowledgementDue? Due);

    public sealed record PageResult(IReadOnlyList<Row> Items, Box Box, StatusFilter? Status, int Page, int PageSize, bool HasMore);

    /// <summary>The raw query string, checked by <see cref="Parse"/>.</summary>
    public sealed record QueryParameters(string? Box, string? Status, int? Page);

    internal static void Map(RouteGroupBuilder notices)
    {
        notices.MapGet("/", async ([AsParameters] QueryParameters q, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var (query, errors) = Parse(q, user);
                return query is null ? Results.ValidationProblem(errors, title: "La solicitud tiene datos inválidos")
                    : Results.Ok(await HandleAsync(query, user, db, clock, ct));
            })
            .RequireAuthorization(Policies.NoticesRead).WithName("BrowseNotices")
            .Produces<PageResult>().ProducesValidationProblem();
    }

    /// <summary>Reads box (required: inbox, outbox; all for oversight), status (pending, acknowledged) and page.</summary>
    public static (Query? Query, Dictionary<string, string[]> Errors) Parse(QueryParameters q, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string[]>();
        Box? box = q.Box?.Trim().ToLowerInvariant() switch
        {
            "inbox" => Box.Inbox,
            "outbox" => Box.Outbox,
            "all" when NoticeAccess.IsOversight(user) => Box.All,
            _ => null,
        };
        if (box is null)
        {
            errors["box"] = [NoticeAccess.IsOversight(user)
                ? "Indique box=inbox, box=outbox o box=all."
                : "Indique box=inbox (recibidos) o box=outbox (enviados)."];
        }

        StatusFilter? status = null;
        if (!string.IsNullOrWhiteSpace(q.Status))
        {
            status = q.Status.Trim().ToLowerInvariant() switch
            {
                "pending" => StatusFilter.Pending,
                "acknowledged" => StatusFilter.Acknowledged,
                _ => null,
            };
            if (status is null)
            {
                errors["status"] = ["Indique status=pending o status=acknowledged."];
            }
        }

        if (q.Page is < 1 or > 100_000)
        {
            errors["page"] = ["Debe ser 1 o mayor."];
        }

        return errors.Count > 0 ? (null, errors) : (new Query(box!.Value, status, q.Page ?? 1), errors);
    }

    public static async Task<PageResult> HandleAsync(Query query, ClaimsPrincipal user, RutaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var agency = user.AgencyCode();
        // A case worker's inbox or outbox is within what the agency may see: the box's own condition is the
        // whole filter, so the pending count is an index-only scan of (recipient, status, sent) instead of
        // a heap read of every pending oficio for "sender = agency OR recipient = agency".
        var all = db.Set<OfficialNotice>().AsNoTracking();
        var notices = query.Box is Box.Inbox or Box.Outbox && NoticeAccess.IsCaseWorker(user) ? all : all.VisibleTo(user);
        notices = query.Box switch
        {
            Box.Inbox => notices.Where(n => n.RecipientAgency == agency),
            Box.Outbox => notices.Where(n => n.SenderAgency == agency),
            _ => notices,
        };
        notices = query.Status switch
        {
            StatusFilter.Pending => notices.Where(n => n.Status == NoticeStatus.Sent || n.Status == NoticeStatus.Received),
            StatusFilter.Acknowledged => notices.Where(n => n.Status == NoticeStatus.Acknowledged),
            _ => notices,
        };

        // Pending first, newest first within each part. Read as two index-ordered queries (pending, then
        // acknowledged) rather than one ORDER BY on "is acknowledged", which would sort a whole inbox per page.
        var skip = (query.Page - 1) * PageSize;
        var take = PageSize + 1;
        List<Raw> rows;
        if (query.Status is null)
        {
            // Named statuses, not "<> Acknowledged": an inequality cannot use the (recipient, status, sent) index.
            var pending = notices.Where(n => n.Status == NoticeStatus.Sent || n.Status == NoticeStatus.Received);
            var pendingCount = await pending.CountAsync(ct);
            rows = skip < pendingCount ? await PageAsync(db, pending, skip, take, ct) : [];
            if (rows.Count < take)
            {
                rows.AddRange(await PageAsync(db, notices.Where(n => n.Status == NoticeStatus.Acknowledged), Math.Max(0, skip - pendingCount),
                    take - rows.Count, ct));
            }
        }
        else
        {
            rows = await PageAsync(db, notices, skip, take, ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var items = rows.Take(PageSize).Select(n => new Row(n.Id, n.Folio, n.Type, NoticeTypes.Label(n.Type), n.SenderAgency, n.RecipientAgency,
                n.Subject, n.PersonId, n.PersonName, n.SentAt, n.Status, n.ReceivedAt, n.AcknowledgedAt,
                AcknowledgementDue.Of(n.DueDate, n.DueAt, n.DeadlineStatus, n.Status != NoticeStatus.Acknowledged, now)))
            .ToList();
        return new PageResult(items, query.Box, query.Status, query.Page, PageSize, rows.Count > PageSize);
    }

    private sealed record Raw(Guid Id, string Folio, string Type, string SenderAgency, string RecipientAgency, string Subject, Guid? PersonId,
        string? PersonName, DateTime SentAt, NoticeStatus Status, DateTime? ReceivedAt, DateTime? AcknowledgedAt, DateOnly? DueDate, DateTime? DueAt,
        DeadlineStatus? DeadlineStatus);

    /// <summary>One slice, newest first, with each notice's latest acknowledgement deadline read in the same statement.</summary>
    private static Task<List<Raw>> PageAsync(RutaDbContext db, IQueryable<OfficialNotice> notices, int skip, int take, CancellationToken ct)
    {
        var deadlines = db.Set<Deadline>().Where(d => d.CaseType == OfficialNotice.CaseTypeName && d.Kind == NoticeSender.AcknowledgementKind);
        return notices
            .OrderByDescending(n => n.SentAt).ThenByDescending(n => n.Id)
            .Skip(skip).Take(take)
            .Select(n => new Raw(n.Id, n.Folio, n.Type, n.SenderAgency, n.RecipientAgency, n.Subject, n.PersonId, n.PersonName, n.SentAt,
                n.Status, n.ReceivedAt, n.AcknowledgedAt,
                deadlines.Where(d => d.CaseId == n.Id).OrderByDescending(d => d.CreatedAt).Select(d => (DateOnly?)d.DueDate).FirstOrDefault(),
                deadlines.Where(d => d.CaseId == n.Id).OrderByDescending(d => d.CreatedAt).Select(d => d.DueAt).FirstOrDefault(),
                deadlines.Where(d => d.CaseId == n.Id).OrderByDescending(d => d.CreatedAt).Select(d => (DeadlineStatus?)d.Status).FirstOrDefault()))
            .ToListAsync(ct);
    }
}

/// <summary>When the recipient must acknowledge by, and whether that time has passed while still pending.</summary>
/// <param name="DueDate">The last day (Mexico) for day-based limits; the day of <paramref name="DueAt"/> for hour-based ones.</param>
/// <param name="DueAt">The instant (UTC) an hour-based limit expires.</param>
/// <param name="Status">The deadline's own status (open, met, missed…).</param>
/// <param name="Overdue">Still not acknowledged after the limit.</param>
public sealed record AcknowledgementDue(DateOnly DueDate, DateTime? DueAt, DeadlineStatus Status, bool Overdue)
{
    public static AcknowledgementDue? Of(DateOnly? dueDate, DateTime? dueAt, DeadlineStatus? status, bool pending, DateTime now)
    {
        if (dueDate is not { } date || status is not { } s)
        {
            return null;
        }

        var overdue = pending && (s == DeadlineStatus.Missed || IsPast(date, dueAt, now));
        return new AcknowledgementDue(date, dueAt, s, overdue);
    }

    /// <summary>Past an hour limit's instant, or past the whole last day of a day limit (Mexico time).</summary>
    public static bool IsPast(DateOnly dueDate, DateTime? dueAt, DateTime now) =>
        dueAt is { } at ? now > at : MexicoTime.DateOf(now) > dueDate;
}
