using System.Security.Claims;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>
/// Who may do what with border records, apprehensions and stays: INM officers and supervisors act
/// and read; CNDH auditors read the station roster and the stays (oversight of detention), change
/// nothing; every other agency is refused. The same rules back the policies, the handlers and the pages.
/// </summary>
public static class MigrationAccess
{
    public static bool IsInmCaseWorker(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Inm) && user.HasAnyRole(Roles.Officer, Roles.Supervisor);

    public static bool IsOversight(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Cndh) && user.HasAnyRole(Roles.Auditor);

    /// <summary>The station roster and a stay's file (read-only for oversight).</summary>
    public static bool CanReadStays(ClaimsPrincipal user) => IsInmCaseWorker(user) || IsOversight(user);
}
