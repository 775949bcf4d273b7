using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Access.Users;

/// <summary>
/// Who may administer whose account. An administrator of ADMIN (the system's own agency) manages the
/// users of every agency; an administrator of any other agency only the users of their own agency.
/// Checked per record by every handler, page and API alike, and applied as a filter to lists.
/// </summary>
public static class UserAdministration
{
    public static bool IsAdministrator(ClaimsPrincipal actor) => actor.IsInRole(Roles.Administrator);

    /// <summary>True when <paramref name="actor"/> may see and change accounts of <paramref name="agencyCode"/>.</summary>
    public static bool MayManage(ClaimsPrincipal actor, string agencyCode) =>
        IsAdministrator(actor)
        && actor.AgencyCode() is { } own
        && (own == AgencyCodes.Administration || string.Equals(own, agencyCode, StringComparison.Ordinal));

    /// <summary>The one agency a non-ADMIN administrator is confined to; null when the actor sees every agency.</summary>
    public static string? ConfinedTo(ClaimsPrincipal actor) =>
        actor.AgencyCode() == AgencyCodes.Administration ? null : actor.AgencyCode() ?? "";

    /// <summary>Agencies the actor may create users in, in catalog order.</summary>
    public static IReadOnlyList<string> ManageableAgencies(ClaimsPrincipal actor) =>
        AgencyCodes.All.Where(a => MayManage(actor, a)).ToList();

    public const string ForeignAgencyDetail = "Solo puede administrar usuarios de su propia agencia.";

    /// <summary>
    /// A password that meets the policy (length 16, upper, lower and digit), for an account created or
    /// reset without one. Shown once to the administrator, never stored in clear.
    /// </summary>
    public static string GeneratePassword()
    {
        // No 0/O, 1/l/I: the password is read from the screen and typed by someone else.
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        while (true)
        {
            var candidate = RandomNumberGenerator.GetString(alphabet, 16);
            if (candidate.Any(char.IsUpper) && candidate.Any(char.IsLower) && candidate.Any(char.IsDigit))
            {
                return candidate;
            }
        }
    }

    /// <summary>Runs Identity's password validators (Spanish messages) without touching the database.</summary>
    public static async Task<string[]> PasswordErrorsAsync(UserManager<RutaUser> users, RutaUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        return [.. errors.Distinct()];
    }

    /// <summary>Role names of a user, in the canonical order of <see cref="Roles.All"/>.</summary>
    public static async Task<IReadOnlyList<string>> RolesOfAsync(RutaDbContext db, Guid userId, CancellationToken ct)
    {
        var names = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select r.Name).ToListAsync(ct);
        return Canonical(names!);
    }

    public static IReadOnlyList<string> Canonical(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        return [.. Roles.All.Where(set.Contains), .. set.Where(r => !Roles.All.Contains(r)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Ids of the given roles, creating any role the database does not have yet (a fresh production database).</summary>
    public static async Task<Dictionary<string, Guid>> RoleIdsAsync(RutaDbContext db, IEnumerable<string> names, CancellationToken ct)
    {
        var wanted = names.Distinct(StringComparer.Ordinal).ToList();
        var ids = await db.Roles.Where(r => wanted.Contains(r.Name!)).ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        foreach (var missing in wanted.Where(n => !ids.ContainsKey(n)))
        {
            var role = new IdentityRole<Guid>(missing)
            {
                Id = Guid.CreateVersion7(),
                NormalizedName = missing.ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Roles.Add(role);
            ids[missing] = role.Id;
        }

        return ids;
    }

    /// <summary>Checks that the office exists, is active and belongs to the agency; returns an error message otherwise.</summary>
    public static async Task<string?> OfficeErrorAsync(RutaDbContext db, Guid? officeId, string agencyCode, CancellationToken ct)
    {
        if (officeId is not { } id)
        {
            return null;
        }

        var office = await db.Set<Office>().AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.AgencyCode, o.IsActive }).FirstOrDefaultAsync(ct);
        if (office is null || !office.IsActive)
        {
            return "La oficina no existe.";
        }

        return office.AgencyCode == agencyCode ? null : "La oficina no pertenece a la agencia del usuario.";
    }

    public static string NewStamp() => Guid.NewGuid().ToString("N").ToUpperInvariant();
}

/// <summary>What a user-administration handler decided; pages and the API each render it their way.</summary>
public abstract record AdminResult<T>
{
    private AdminResult() { }

    public sealed record Done(T Value) : AdminResult<T>;

    public sealed record NotFound : AdminResult<T>;

    /// <summary>The record belongs to an agency the actor does not administer.</summary>
    public sealed record Forbidden(string Detail) : AdminResult<T>;

    /// <summary>Field errors, keys in camelCase as in the API's JSON.</summary>
    public sealed record Invalid(Dictionary<string, string[]> Errors) : AdminResult<T>;

    /// <summary>Someone else changed the account since the actor read it.</summary>
    public sealed record Stale : AdminResult<T>;

    /// <summary>A rule refuses the change (e.g. an administrator demoting themselves).</summary>
    public sealed record Refused(string Code, string Detail) : AdminResult<T>;

    public static AdminResult<T> Field(string field, string message) =>
        new Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public IResult ToHttp(Func<T, IResult> done) => this switch
    {
        Done d => done(d.Value),
        NotFound => Problems.NotFound("No existe un usuario con ese identificador."),
        Forbidden f => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Acceso denegado", detail: f.Detail),
        Invalid i => Results.ValidationProblem(i.Errors, title: "La solicitud tiene datos inválidos"),
        Stale => Problems.PreconditionFailed(),
        Refused r => Problems.Conflict(r.Detail, r.Code),
        _ => throw new InvalidOperationException("Unknown result."),
    };
}

/// <summary>
/// An account's ETag is its Identity concurrency stamp (changed by every write to the account),
/// so a client that read the account can be told when it changed since.
/// </summary>
public static class StampETags
{
    public static string For(string? stamp) => $"\"{stamp}\"";

    public static void Set(HttpContext http, string? stamp) => http.Response.Headers.ETag = For(stamp);

    /// <summary>The stamp the client read (If-Match), null when absent, "" when unparseable (never matches).</summary>
    public static string? ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        return EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag) && !tag.IsWeak
            ? tag.Tag.ToString().Trim('"')
            : "";
    }
}
