using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Access;

/// <summary>Issues short-lived bearer tokens for the API.</summary>
public sealed class TokenService(SigningKeys keys, TimeProvider clock)
{
    public const string Issuer = "ruta";
    public const string Audience = "ruta-api";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public (string Token, int ExpiresIn) Issue(RutaUser user, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName ?? ""),
            new(RutaClaims.Agency, user.AgencyCode),
            new(RutaClaims.SecurityStamp, user.SecurityStamp ?? ""),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (user.OfficeId is { } office)
        {
            claims.Add(new Claim(RutaClaims.Office, office.ToString()));
        }

        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new JwtSecurityToken(Issuer, Audience, claims, now, now.Add(Lifetime),
            new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), (int)Lifetime.TotalSeconds);
    }

    /// <summary>
    /// A token dies with its user: deactivation, lockout or a new security stamp (password change,
    /// role change) invalidate tokens already issued.
    /// </summary>
    internal static async Task RejectRevokedAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (principal?.UserId() is not { } userId)
        {
            context.Fail("invalid subject");
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<RutaDbContext>();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsActive, u.SecurityStamp, u.LockoutEnd })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var stamp = principal.FindFirstValue(RutaClaims.SecurityStamp);
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (user is null || !user.IsActive || user.SecurityStamp != stamp
            || (user.LockoutEnd is { } end && end > clock.GetUtcNow()))
        {
            context.Fail("revoked");
        }
    }
}
