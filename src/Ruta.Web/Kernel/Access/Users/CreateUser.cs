using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Access.Users;

/// <summary>
/// An administrator opens an account for someone of an agency they administer. There is no
/// self-registration: this is the only way (besides the create-admin command) an account comes to be.
/// </summary>
public static class CreateUser
{
    /// <param name="Password">Initial password; when empty one is generated and returned once.</param>
    public sealed record Request(string? UserName, string? DisplayName, string? AgencyCode, Guid? OfficeId,
        IReadOnlyList<string>? Roles, string? Password);

    public sealed record Created(ShowUser.Details User, string? GeneratedPassword);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.UserName).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("El nombre de usuario es obligatorio.")
                .Length(3, 64).WithMessage("El nombre de usuario debe tener entre 3 y 64 caracteres.")
                .Matches("^[a-z0-9][a-z0-9._@-]*$")
                .WithMessage("El nombre de usuario solo admite minúsculas sin acentos, dígitos y . _ - @, y empieza con letra o dígito.");
            RuleFor(r => r.DisplayName).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("El nombre completo es obligatorio.")
                .MaximumLength(200).WithMessage("El nombre completo admite hasta 200 caracteres.");
            RuleFor(r => r.AgencyCode).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("La agencia es obligatoria.")
                .Must(a => AgencyCodes.All.Contains(a!)).WithMessage("La agencia no existe.");
            RuleFor(r => r.Roles).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Elija al menos un rol.")
                .Must(r => r!.All(Access.Roles.All.Contains)).WithMessage("Rol desconocido; use officer, supervisor, administrator o auditor.");
        }
    }

    private static readonly Validator Rules = new();

    public static async Task<AdminResult<Created>> HandleAsync(Request request, ClaimsPrincipal actor, RutaDbContext db,
        UserManager<RutaUser> users, TimeProvider clock, CancellationToken ct)
    {
        request = request with
        {
            UserName = request.UserName?.Trim().ToLowerInvariant(),
            DisplayName = request.DisplayName?.Trim(),
            AgencyCode = request.AgencyCode?.Trim().ToUpperInvariant(),
            Roles = request.Roles?.Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList(),
        };
        var validation = await Rules.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return new AdminResult<Created>.Invalid(validation.ToFieldErrors());
        }

        if (!UserAdministration.MayManage(actor, request.AgencyCode!))
        {
            return new AdminResult<Created>.Forbidden(UserAdministration.ForeignAgencyDetail);
        }

        var errors = new Dictionary<string, string[]>();
        if (await UserAdministration.OfficeErrorAsync(db, request.OfficeId, request.AgencyCode!, ct) is { } officeError)
        {
            errors["officeId"] = [officeError];
        }

        var normalized = users.NormalizeName(request.UserName!);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
        {
            errors["userName"] = [$"El usuario «{request.UserName}» ya existe."];
        }

        var user = new RutaUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName,
            NormalizedUserName = normalized,
            DisplayName = request.DisplayName!,
            AgencyCode = request.AgencyCode!,
            OfficeId = request.OfficeId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
            IsActive = true,
            SecurityStamp = UserAdministration.NewStamp(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        var generated = string.IsNullOrEmpty(request.Password) ? UserAdministration.GeneratePassword() : null;
        var password = generated ?? request.Password!;
        if (await UserAdministration.PasswordErrorsAsync(users, user, password) is { Length: > 0 } passwordErrors)
        {
            errors["password"] = passwordErrors;
        }

        if (errors.Count > 0)
        {
            return new AdminResult<Created>.Invalid(errors);
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        db.Users.Add(user);
        var roleIds = await UserAdministration.RoleIdsAsync(db, request.Roles!, ct);
        foreach (var role in request.Roles!)
        {
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[role] });
        }

        // The role rows get their own audit lines; this one tells the story on the account's own record.
        db.Add(RoleAudit.Entry(actor, clock, user.Id, before: null, after: UserAdministration.Canonical(request.Roles!)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Users.AsNoTracking().AnyAsync(u => u.NormalizedUserName == normalized, ct))
            {
                // Someone created the same user name between the check and the insert.
                return AdminResult<Created>.Field("userName", $"El usuario «{request.UserName}» ya existe.");
            }

            throw;
        }

        var details = await ShowUser.LoadAsync(db, user.Id, clock, ct);
        return new AdminResult<Created>.Done(new Created(details!, generated));
    }
}

/// <summary>Audit lines for role changes, written on the account's record so its history reads in one place.</summary>
internal static class RoleAudit
{
    public const string Action = "roles";

    public static AuditEntry Entry(ClaimsPrincipal actor, TimeProvider clock, Guid userId,
        IReadOnlyList<string>? before, IReadOnlyList<string>? after) =>
        new(clock.GetUtcNow().UtcDateTime, actor.UserId(), actor.Identity?.Name, actor.AgencyCode(), Action,
            nameof(RutaUser), userId.ToString(),
            before is null ? null : System.Text.Json.JsonSerializer.Serialize(new { Roles = string.Join(", ", before) }),
            after is null ? null : System.Text.Json.JsonSerializer.Serialize(new { Roles = string.Join(", ", after) }));
}
