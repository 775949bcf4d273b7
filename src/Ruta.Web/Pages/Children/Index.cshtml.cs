using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Modules.Children;
using Ruta.Web.Modules.Children.Features;

namespace Ruta.Web.Pages.Children;

/// <summary>The Procuraduría's worklist: notices to receive (overdue after 24 hours), children awaiting diagnosis, cases in the procedure, follow-ups due, plans in force.</summary>
[Authorize(Policy = ChildrenPolicies.ReadFile)]
public sealed class IndexModel(Worklists.Handler worklists, TimeProvider clock) : PageModel
{
    public DateOnly Today => Kernel.Calendar.MexicoCity.Today(clock);

    public ProcuraduriaWorklist List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await worklists.ProcuraduriaAsync(ct);
        if (!result.IsOk)
        {
            return Forbid();
        }

        List = result.Value!;
        return Page();
    }
}
