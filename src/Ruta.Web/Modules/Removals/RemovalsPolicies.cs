using Microsoft.AspNetCore.Authorization;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals;

/// <summary>
/// The module's authorization policies; each is the same rule as <see cref="RemovalAccess"/>, which the
/// handlers ask again per record and per kind (pages and API call the same handlers).
/// </summary>
public static class RemovalsPolicies
{
    /// <summary>INM officers and supervisors, CNDH auditors: the list, the file and the amparos.</summary>
    public const string Read = "removals.read";

    /// <summary>INM officers and supervisors: every act (a deportation order and its revocation: supervisors, per record).</summary>
    public const string Work = "removals.work";

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p => p.RequireAuthenticatedUser().RequireAssertion(c => RemovalAccess.CanRead(c.User)));
        options.AddPolicy(Work, p => p.RequireAuthenticatedUser().RequireAssertion(c => RemovalAccess.IsInmCaseWorker(c.User)));
    }
}
