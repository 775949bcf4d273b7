using System.Security.Claims;

namespace Ruta.Web.Kernel.Access;

/// <summary>Who is acting: the signed-in user of the request, or the system (jobs, seeding).</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    string? UserName { get; }
    string? AgencyCode { get; }
    ClaimsPrincipal Principal { get; }
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public ClaimsPrincipal Principal => accessor.HttpContext?.User ?? Anonymous;
    public Guid? UserId => Principal.UserId();
    public string? UserName => Principal.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;
    public string? AgencyCode => Principal.AgencyCode();
}
