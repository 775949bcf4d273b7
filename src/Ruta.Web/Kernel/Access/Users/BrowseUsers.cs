using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Access.Users;

/// <summary>Lists accounts an administrator may manage: every agency's for ADMIN, only their own agency's otherwise.</summary>
public static class BrowseUsers
{
    public sealed record Query(string? Agency, string? Search, int Page = 1, int PageSize = 50);

    public sealed record Row(Guid Id, string UserName, string DisplayName, string AgencyCode, string? OfficeName,
        IReadOnlyList<string> Roles, bool IsActive, DateTimeOffset? LockedOutUntil, bool TwoFactorEnabled);

    public sealed record PageResult(IReadOnlyList<Row> Items, int Page, int PageSize, bool HasMore);

    public static async Task<AdminResult<PageResult>> HandleAsync(Query query, ClaimsPrincipal actor, RutaDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        if (query.Page is < 1 or > 100_000)
        {
            return AdminResult<PageResult>.Field("page", "Debe ser 1 o mayor.");
        }

        if (query.PageSize is < 1 or > 200)
        {
            return AdminResult<PageResult>.Field("pageSize", "Debe estar entre 1 y 200.");
        }

        var agency = string.IsNullOrWhiteSpace(query.Agency) ? null : query.Agency.Trim().ToUpperInvariant();
        if (agency is not null && !UserAdministration.MayManage(actor, agency))
        {
            return new AdminResult<PageResult>.Forbidden(UserAdministration.ForeignAgencyDetail);
        }

        // The per-record rule as a list filter: an agency's administrator never sees other agencies' accounts.
        agency ??= UserAdministration.ConfinedTo(actor);
        var users = db.Users.AsNoTracking();
        if (agency is not null)
        {
            users = users.Where(u => u.AgencyCode == agency);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            users = users.Where(u => u.UserName!.Contains(term));
        }

        var rows = await (from u in users
                          join o in db.Set<Office>() on u.OfficeId equals o.Id into offices
                          from o in offices.DefaultIfEmpty()
                          orderby u.AgencyCode, u.UserName
                          select new
                          {
                              u.Id, u.UserName, u.DisplayName, u.AgencyCode, OfficeName = o == null ? null : o.Name,
                              u.IsActive, u.LockoutEnd, u.TwoFactorEnabled,
                          })
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize + 1)
            .ToListAsync(ct);
        var hasMore = rows.Count > query.PageSize;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = clock.GetUtcNow();
        var items = rows.Select(r => new Row(r.Id, r.UserName!, r.DisplayName, r.AgencyCode, r.OfficeName,
                UserAdministration.Canonical(roles[r.Id]), r.IsActive, r.LockoutEnd > now ? r.LockoutEnd : null, r.TwoFactorEnabled))
            .ToList();
        return new AdminResult<PageResult>.Done(new PageResult(items, query.Page, query.PageSize, hasMore));
    }
}
