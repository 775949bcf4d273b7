using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Modules.Regularization;
using Ruta.Web.Modules.Regularization.Domain;
using Ruta.Web.Modules.Regularization.Features;

namespace Ruta.Web.Pages.Regularization;

/// <summary>INM's worklist of regularizations, most urgent first, with deadline alerts (same handler as GET /api/v1/migration/regularizations).</summary>
[Authorize(Policy = RegularizationPolicies.Read)]
public sealed class IndexModel(BrowseRegularizations.Handler browse) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public BrowseRegularizations.PageResult? Result { get; private set; }
    public RegularizationStatus? Filter { get; private set; }
    public bool CanFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanFile = RegularizationAccess.CanAct(User);
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (!RegularizationTransitions.TryParseStatus(Status, out var status))
            {
                return NotFound();
            }

            Filter = status;
        }

        var result = await browse.HandleAsync(Filter, PageNumber, ct);
        if (result.Status == ProcedureResultStatus.Forbidden)
        {
            return Forbid();
        }

        Result = result.Value;
        return Page();
    }

    public string FilterUrl(RegularizationStatus? status, int page = 1) =>
        "/Regularization" + (status is { } s ? $"?status={RegularizationTransitions.StatusCode(s)}" + (page > 1 ? $"&p={page}" : "") : page > 1 ? $"?p={page}" : "");
}
