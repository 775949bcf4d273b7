using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Access.Users;

/// <summary>
/// The administrator's one-click acts on an account: deactivate, reactivate, unlock, reset the
/// password, reset two-factor authentication. Each checks the per-record rule and saves once.
/// </summary>
public static class AccountActions
{
    public sealed record PasswordReset(ShowUser.Details User, string? GeneratedPassword);

    /// <summary>Deactivating ends every session and token of the account (new security stamp); the account is kept for the trail.</summary>
    public static async Task<AdminResult<ShowUser.Details>> SetActiveAsync(Guid id, bool active, ClaimsPrincipal actor,
        RutaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (user, refusal) = await LoadAsync(db, id, actor, ct);
        if (user is null)
        {
            return refusal!;
        }

        if (!active && actor.UserId() == user.Id)
        {
            return new AdminResult<ShowUser.Details>.Refused("own-deactivation",
                "No puede desactivar su propia cuenta; pídalo a otro administrador.");
        }

        user.IsActive = active;
        return await AccountWrites.SaveAsync(db, user, user.ConcurrencyStamp ?? "", renewSecurityStamp: true, clock, ct);
    }

    /// <summary>Lifts a lockout left by failed sign-ins before it expires by itself.</summary>
    public static async Task<AdminResult<ShowUser.Details>> UnlockAsync(Guid id, ClaimsPrincipal actor,
        RutaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (user, refusal) = await LoadAsync(db, id, actor, ct);
        if (user is null)
        {
            return refusal!;
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        return await AccountWrites.SaveAsync(db, user, user.ConcurrencyStamp ?? "", renewSecurityStamp: false, clock, ct);
    }

    /// <param name="newPassword">The password to set; when empty one is generated and returned once.</param>
    public static async Task<AdminResult<PasswordReset>> ResetPasswordAsync(Guid id, string? newPassword, ClaimsPrincipal actor,
        RutaDbContext db, UserManager<RutaUser> users, TimeProvider clock, CancellationToken ct)
    {
        var (user, refusal) = await LoadAsync(db, id, actor, ct);
        if (user is null)
        {
            return Convert<PasswordReset>(refusal!);
        }

        var generated = string.IsNullOrEmpty(newPassword) ? UserAdministration.GeneratePassword() : null;
        var password = generated ?? newPassword!;
        if (await UserAdministration.PasswordErrorsAsync(users, user, password) is { Length: > 0 } errors)
        {
            return new AdminResult<PasswordReset>.Invalid(new Dictionary<string, string[]> { ["newPassword"] = errors });
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        var saved = await AccountWrites.SaveAsync(db, user, user.ConcurrencyStamp ?? "", renewSecurityStamp: true, clock, ct);
        return saved is AdminResult<ShowUser.Details>.Done done
            ? new AdminResult<PasswordReset>.Done(new PasswordReset(done.Value, generated))
            : Convert<PasswordReset>(saved);
    }

    /// <summary>
    /// For someone who lost their authenticator: turns two-factor off and forgets the shared key and the
    /// recovery codes, so the next setup starts from a new key.
    /// </summary>
    public static async Task<AdminResult<ShowUser.Details>> ResetTwoFactorAsync(Guid id, ClaimsPrincipal actor,
        RutaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (user, refusal) = await LoadAsync(db, id, actor, ct);
        if (user is null)
        {
            return refusal!;
        }

        user.TwoFactorEnabled = false;
        var secrets = await db.UserTokens
            .Where(t => t.UserId == user.Id && t.LoginProvider == TwoFactor.StoreProvider)
            .ToListAsync(ct);
        db.UserTokens.RemoveRange(secrets);
        return await AccountWrites.SaveAsync(db, user, user.ConcurrencyStamp ?? "", renewSecurityStamp: true, clock, ct);
    }

    private static async Task<(RutaUser? User, AdminResult<ShowUser.Details>? Refusal)> LoadAsync(RutaDbContext db, Guid id,
        ClaimsPrincipal actor, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return (null, new AdminResult<ShowUser.Details>.NotFound());
        }

        return UserAdministration.MayManage(actor, user.AgencyCode)
            ? (user, null)
            : (null, new AdminResult<ShowUser.Details>.Forbidden(UserAdministration.ForeignAgencyDetail));
    }

    private static AdminResult<T> Convert<T>(AdminResult<ShowUser.Details> result) => result switch
    {
        AdminResult<ShowUser.Details>.NotFound => new AdminResult<T>.NotFound(),
        AdminResult<ShowUser.Details>.Forbidden f => new AdminResult<T>.Forbidden(f.Detail),
        AdminResult<ShowUser.Details>.Invalid i => new AdminResult<T>.Invalid(i.Errors),
        AdminResult<ShowUser.Details>.Stale => new AdminResult<T>.Stale(),
        AdminResult<ShowUser.Details>.Refused r => new AdminResult<T>.Refused(r.Code, r.Detail),
        _ => throw new InvalidOperationException("A successful result cannot be converted."),
    };
}
