using System.Security.Claims;

namespace Ruta.Web.Kernel.Access;

public static class ClaimsPrincipalExtensions
{
    public static string? AgencyCode(this ClaimsPrincipal user) => user.FindFirstValue(RutaClaims.Agency);

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? OfficeId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(RutaClaims.Office), out var id) ? id : null;

    public static bool IsInAgency(this ClaimsPrincipal user, params IReadOnlyList<string> agencies)
    {
        var agency = user.AgencyCode();
        return agency is not null && agencies.Contains(agency, StringComparer.Ordinal);
    }

    public static bool HasAnyRole(this ClaimsPrincipal user, params IReadOnlyList<string> roles) =>
        roles.Any(user.IsInRole);
}
