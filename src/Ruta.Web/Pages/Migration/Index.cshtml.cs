using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Modules.Migration;
using Ruta.Web.Modules.Migration.Domain;
using Ruta.Web.Modules.Migration.Features;

namespace Ruta.Web.Pages.Migration;

/// <summary>
/// The station roster: everyone in INM custody now, with hours left on the 24 h and 36 h limits and
/// the days of LM art. 111, overdue in red. INM officers act from it; CNDH auditors only read it.
/// Same handler as GET /api/v1/migration/station-stays.
/// </summary>
[Authorize(Policy = MigrationPolicies.Roster)]
public sealed class IndexModel(BrowseStationRoster.Handler roster) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "station")]
    public Guid? StationId { get; set; }

    public BrowseStationRoster.Roster Roster { get; private set; } = null!;

    public bool CanAct => MigrationAccess.IsInmCaseWorker(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await roster.HandleAsync(StationId, ct);
        if (result.Status == MigrationResultStatus.Invalid)
        {
            StationId = null;
            result = await roster.HandleAsync(null, ct);
        }

        if (result.Status == MigrationResultStatus.Forbidden)
        {
            return Forbid();
        }

        Roster = result.Value!;
        return Page();
    }
}
