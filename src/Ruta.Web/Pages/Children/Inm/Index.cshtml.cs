using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Modules.Children;
using Ruta.Web.Modules.Children.Features;

namespace Ruta.Web.Pages.Children.Inm;

/// <summary>INM's view of pending plans (presented by the Procuraduría, awaiting its decision) and of the children's cases it follows.</summary>
[Authorize(Policy = ChildrenPolicies.InmView)]
public sealed class IndexModel(Worklists.Handler worklists) : PageModel
{
    public InmWorklist List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await worklists.InmAsync(ct);
        if (!result.IsOk)
        {
            return Forbid();
        }

        List = result.Value!;
        return Page();
    }
}
