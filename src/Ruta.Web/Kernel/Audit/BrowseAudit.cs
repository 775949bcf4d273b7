using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Audit;

/// <summary>
/// Browse the audit trail (administrators and auditors). Read-only by construction: no write path
/// exists. An agency's auditor sees what the users of their agency did; ADMIN and the oversight
/// body (CNDH) see everything (<see cref="AuditScope"/>).
/// </summary>
public static class BrowseAudit
{
    /// <param name="UserName">Exact user name (case-insensitive) of who acted.</param>
    /// <param name="Agency">Only entries of users of this agency (set from the reader by <see cref="AuditScope"/>).</param>
    public sealed record Query(string? RecordId, Guid? UserId, string? EntityType, DateTime? From, DateTime? To, int Page = 1,
        int PageSize = 50, string? UserName = null, string? Agency = null);

    public sealed record Row(Guid Id, DateTime OccurredAt, Guid? UserId, string? UserName, string? AgencyCode,
        string Action, string EntityType, string RecordId, string? Before, string? After, string? Purpose);

    public sealed record PageResult(IReadOnlyList<Row> Items, int Page, int PageSize, bool HasMore);

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async ([AsParameters] QueryParameters q, System.Security.Claims.ClaimsPrincipal reader, RutaDbContext db, CancellationToken ct) =>
            {
                if (q.PageSize is < 1 or > 200)
                {
                    return Problems.Validation("pageSize", "Debe estar entre 1 y 200.");
                }

                if (q.Page is < 1 or > 100_000)
                {
                    return Problems.Validation("page", "Debe ser 1 o mayor.");
                }

                var query = new Query(q.RecordId, q.UserId, q.EntityType, q.From, q.To, q.Page ?? 1, q.PageSize ?? 50, q.UserName);
                return Results.Ok(await HandleAsync(db, AuditScope.Apply(reader, query), ct));
            })
            .RequireAuthorization(Policies.AuditRead).WithTags("Audit").WithName("BrowseAudit");
        return api;
    }

    public sealed record QueryParameters(string? RecordId, Guid? UserId, string? UserName, string? EntityType, DateTime? From, DateTime? To,
        int? Page, int? PageSize);

    public static async Task<PageResult> HandleAsync(RutaDbContext db, Query query, CancellationToken ct)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.RecordId))
        {
            entries = entries.Where(e => e.RecordId == query.RecordId);
        }

        if (query.UserId is { } user)
        {
            entries = entries.Where(e => e.UserId == user);
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var name = query.UserName.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.UserName == name);
        }

        if (!string.IsNullOrWhiteSpace(query.Agency))
        {
            entries = entries.Where(e => e.AgencyCode == query.Agency);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (query.From is { } from)
        {
            var f = DateTime.SpecifyKind(from, DateTimeKind.Utc);
            entries = entries.Where(e => e.OccurredAt >= f);
        }

        if (query.To is { } to)
        {
            var t = DateTime.SpecifyKind(to, DateTimeKind.Utc);
            entries = entries.Where(e => e.OccurredAt <= t);
        }

        var rows = await entries
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize + 1)
            .Select(e => new Row(e.Id, e.OccurredAt, e.UserId, e.UserName, e.AgencyCode, e.Action, e.EntityType,
                e.RecordId, e.Before, e.After, e.Purpose))
            .ToListAsync(ct);
        var hasMore = rows.Count > query.PageSize;
        return new PageResult(hasMore ? rows[..query.PageSize] : rows, query.Page, query.PageSize, hasMore);
    }
}
