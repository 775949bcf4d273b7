using Microsoft.AspNetCore.Authorization;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children;

/// <summary>
/// The module's authorization policies; each is the same rule as <see cref="ChildAccess"/>, which
/// the handlers ask again per act (pages and API call the same handlers).
/// </summary>
public static class ChildrenPolicies
{
    /// <summary>Identifying a child: any operational authority's officers and supervisors.</summary>
    public const string Identify = "children.identify";

    /// <summary>The whole file and the Procuraduría's worklist: Procuraduría and DIF case workers, CNDH auditors.</summary>
    public const string ReadFile = "children.file";

    /// <summary>INM's view of its cases and the plans presented to it: INM case workers, CNDH auditors.</summary>
    public const string InmView = "children.inm";

    /// <summary>Care centres and placements: DIF and the Procuraduría; CNDH auditors read.</summary>
    public const string Care = "children.care";

    /// <summary>Any act on a case (each act then checks its own agency and role).</summary>
    public const string Act = "children.act";

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Identify, p => p.RequireAuthenticatedUser().RequireAssertion(c => ChildAccess.CanIdentify(c.User)));
        options.AddPolicy(ReadFile, p => p.RequireAuthenticatedUser().RequireAssertion(c => ChildAccess.CanReadFile(c.User)));
        options.AddPolicy(InmView, p => p.RequireAuthenticatedUser().RequireAssertion(c => ChildAccess.CanReadInmView(c.User)));
        options.AddPolicy(Care, p => p.RequireAuthenticatedUser().RequireAssertion(c => ChildAccess.CanReadCare(c.User)));
        options.AddPolicy(Act, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            ChildAccess.IsProcuraduria(c.User) || ChildAccess.IsDif(c.User) || ChildAccess.IsInm(c.User) || ChildAccess.CanIdentify(c.User)));
    }
}
