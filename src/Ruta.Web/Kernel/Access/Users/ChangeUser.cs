using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Access.Users;

/// <summary>
/// An administrator changes an account's display name, office, roles and whether it is active.
/// The agency never changes: someone who moves to another agency gets a new account. Any change of
/// what the account may do (roles, office, active) renews its security stamp, which kills its
/// bearer tokens at once and its browser sessions at the next check.
/// </summary>
public static class ChangeUser
{
    public sealed record Request(string? DisplayName, Guid? OfficeId, IReadOnlyList<string>? Roles, bool? IsActive);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.DisplayName).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("El nombre completo es obligatorio.")
                .MaximumLength(200).WithMessage("El nombre completo admite hasta 200 caracteres.");
            RuleFor(r => r.Roles).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Elija al menos un rol.")
                .Must(r => r!.All(Access.Roles.All.Contains)).WithMessage("Rol desconocido; use officer, supervisor, administrator o auditor.");
            RuleFor(r => r.IsActive).NotNull().WithMessage("Indique si la cuenta está activa.");
        }
    }

    private static readonly Validator Rules = new();

    /// <param name="expectedStamp">The concurrency stamp the actor read (ETag / hidden field).</param>
    public static async Task<AdminResult<ShowUser.Details>> HandleAsync(Guid id, Request request, string expectedStamp,
        ClaimsPrincipal actor, RutaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        request = request with
        {
            DisplayName = request.DisplayName?.Trim(),
            Roles = request.Roles?.Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList(),
        };
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return new AdminResult<ShowUser.Details>.NotFound();
        }

        if (!UserAdministration.MayManage(actor, user.AgencyCode))
        {
            return new AdminResult<ShowUser.Details>.Forbidden(UserAdministration.ForeignAgencyDetail);
        }

        if (!string.Equals(user.ConcurrencyStamp, expectedStamp, StringComparison.Ordinal))
        {
            return new AdminResult<ShowUser.Details>.Stale();
        }

        var validation = await Rules.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return new AdminResult<ShowUser.Details>.Invalid(validation.ToFieldErrors());
        }

        if (await UserAdministration.OfficeErrorAsync(db, request.OfficeId, user.AgencyCode, ct) is { } officeError)
        {
            return AdminResult<ShowUser.Details>.Field("officeId", officeError);
        }

        var self = actor.UserId() == user.Id;
        if (self && !request.Roles!.Contains(Roles.Administrator))
        {
            return new AdminResult<ShowUser.Details>.Refused("own-administrator-role",
                "No puede quitarse a sí mismo el rol de administrador; pídalo a otro administrador.");
        }

        if (self && request.IsActive == false)
        {
            return new AdminResult<ShowUser.Details>.Refused("own-deactivation",
                "No puede desactivar su propia cuenta; pídalo a otro administrador.");
        }

        var current = await UserAdministration.RolesOfAsync(db, user.Id, ct);
        var wanted = UserAdministration.Canonical(request.Roles!);
        var rolesChanged = !current.SequenceEqual(wanted, StringComparer.Ordinal);
        var powersChanged = rolesChanged || user.OfficeId != request.OfficeId || user.IsActive != request.IsActive;
        user.DisplayName = request.DisplayName!;
        user.OfficeId = request.OfficeId;
        user.IsActive = request.IsActive!.Value;
        if (rolesChanged)
        {
            var ids = await UserAdministration.RoleIdsAsync(db, current.Union(wanted), ct);
            foreach (var removed in current.Except(wanted))
            {
                db.UserRoles.Remove(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = ids[removed] });
            }

            foreach (var added in wanted.Except(current))
            {
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = ids[added] });
            }

            db.Add(RoleAudit.Entry(actor, clock, user.Id, current, wanted));
        }

        return await AccountWrites.SaveAsync(db, user, expectedStamp, renewSecurityStamp: powersChanged, clock, ct);
    }
}

/// <summary>The one way account changes reach the database: concurrency-checked, stamps renewed.</summary>
internal static class AccountWrites
{
    public static async Task<AdminResult<ShowUser.Details>> SaveAsync(RutaDbContext db, RutaUser user, string expectedStamp,
        bool renewSecurityStamp, TimeProvider clock, CancellationToken ct)
    {
        if (renewSecurityStamp)
        {
            user.SecurityStamp = UserAdministration.NewStamp();
        }

        // The stamp the actor read is what the UPDATE must find, so a concurrent change makes it fail.
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = expectedStamp;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new AdminResult<ShowUser.Details>.Stale();
        }

        var details = await ShowUser.LoadAsync(db, user.Id, clock, ct);
        return new AdminResult<ShowUser.Details>.Done(details!);
    }
}
