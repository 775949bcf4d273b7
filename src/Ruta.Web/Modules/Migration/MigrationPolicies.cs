using Microsoft.AspNetCore.Authorization;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration;

/// <summary>The module's authorization policies; each is the same rule as <see cref="MigrationAccess"/>, which the handlers ask again.</summary>
public static class MigrationPolicies
{
    /// <summary>INM officers and supervisors: border records, apprehensions, admissions and every act on a stay.</summary>
    public const string Work = "migration.work";

    /// <summary>INM officers and supervisors, and CNDH auditors read-only: the station roster and the stays.</summary>
    public const string Roster = "migration.roster";

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Work, p => p.RequireAuthenticatedUser().RequireAssertion(c => MigrationAccess.IsInmCaseWorker(c.User)));
        options.AddPolicy(Roster, p => p.RequireAuthenticatedUser().RequireAssertion(c => MigrationAccess.CanReadStays(c.User)));
    }
}
