using System.Security.Claims;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Kernel.Audit;

/// <summary>
/// How much of the trail a reader sees. Entries carry the personal data of the records they
/// describe (before/after values), so an agency's auditor reads only what users of their own agency
/// did; ADMIN (who runs the system) and CNDH (the oversight body) read the whole trail.
/// </summary>
public static class AuditScope
{
    public static bool SeesEverything(ClaimsPrincipal reader) =>
        reader.IsInAgency(AgencyCodes.Administration, AgencyCodes.Cndh);

    /// <summary>The query restricted to what <paramref name="reader"/> may see.</summary>
    public static BrowseAudit.Query Apply(ClaimsPrincipal reader, BrowseAudit.Query query) =>
        SeesEverything(reader) ? query : query with { Agency = reader.AgencyCode() ?? "" };
}
