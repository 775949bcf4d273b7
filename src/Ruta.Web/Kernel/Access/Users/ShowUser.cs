using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Access.Users;

/// <summary>One account as its administrator sees it. Never exposes hashes, stamps other than the ETag, or 2FA secrets.</summary>
public static class ShowUser
{
    public sealed record Details(Guid Id, string UserName, string DisplayName, string AgencyCode, Guid? OfficeId,
        string? OfficeName, IReadOnlyList<string> Roles, bool IsActive, DateTimeOffset? LockedOutUntil,
        int FailedAttempts, bool TwoFactorEnabled, DateTime CreatedAt, string ConcurrencyStamp);

    public static async Task<AdminResult<Details>> HandleAsync(Guid id, ClaimsPrincipal actor, RutaDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var details = await LoadAsync(db, id, clock, ct);
        if (details is null)
        {
            return new AdminResult<Details>.NotFound();
        }

        return UserAdministration.MayManage(actor, details.AgencyCode)
            ? new AdminResult<Details>.Done(details)
            : new AdminResult<Details>.Forbidden(UserAdministration.ForeignAgencyDetail);
    }

    /// <summary>Reads the account without an authorization check: callers check <see cref="UserAdministration.MayManage"/>.</summary>
    internal static async Task<Details?> LoadAsync(RutaDbContext db, Guid id, TimeProvider clock, CancellationToken ct)
    {
        var row = await (from u in db.Users.AsNoTracking()
                         where u.Id == id
                         join o in db.Set<Office>() on u.OfficeId equals o.Id into offices
                         from o in offices.DefaultIfEmpty()
                         select new
                         {
                             u.Id, u.UserName, u.DisplayName, u.AgencyCode, u.OfficeId, OfficeName = o == null ? null : o.Name,
                             u.IsActive, u.LockoutEnd, u.AccessFailedCount, u.TwoFactorEnabled, u.CreatedAt, u.ConcurrencyStamp,
                         }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var roles = await UserAdministration.RolesOfAsync(db, id, ct);
        var now = clock.GetUtcNow();
        return new Details(row.Id, row.UserName!, row.DisplayName, row.AgencyCode, row.OfficeId, row.OfficeName, roles,
            row.IsActive, row.LockoutEnd > now ? row.LockoutEnd : null, row.AccessFailedCount, row.TwoFactorEnabled,
            row.CreatedAt, row.ConcurrencyStamp ?? "");
    }
}
