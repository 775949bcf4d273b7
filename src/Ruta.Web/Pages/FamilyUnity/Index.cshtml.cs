using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Modules.Regularization;
using Ruta.Web.Modules.Regularization.Features;

namespace Ruta.Web.Pages.FamilyUnity;

/// <summary>INM's family-unity worklist (visa requests and changes of condition), open ones first with their deadline alerts.</summary>
[Authorize(Policy = RegularizationPolicies.Read)]
public sealed class IndexModel(BrowseFamilyUnity.Handler browse) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public BrowseFamilyUnity.PageResult? Result { get; private set; }
    public bool CanFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanFile = RegularizationAccess.CanAct(User);
        var result = await browse.HandleAsync(null, PageNumber, ct);
        if (result.Status == ProcedureResultStatus.Forbidden)
        {
            return Forbid();
        }

        Result = result.Value;
        return Page();
    }
}
