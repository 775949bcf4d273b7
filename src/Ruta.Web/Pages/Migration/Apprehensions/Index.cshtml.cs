using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Modules.Migration;
using Ruta.Web.Modules.Migration.Features;

namespace Ruta.Web.Pages.Migration.Apprehensions;

/// <summary>The latest puestas a disposición (INM). Same handler as GET /api/v1/migration/apprehensions.</summary>
[Authorize(Policy = MigrationPolicies.Work)]
public sealed class IndexModel(BrowseApprehensions.Handler browse) : PageModel
{
    public IReadOnlyList<BrowseApprehensions.Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await browse.HandleAsync(ct);
        if (!result.IsOk)
        {
            return Forbid();
        }

        Rows = result.Value!;
        return Page();
    }
}
