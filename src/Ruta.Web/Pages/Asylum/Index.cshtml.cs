using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Modules.Asylum;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Asylum.Features;

namespace Ruta.Web.Pages.Asylum;

/// <summary>COMAR's worklist: claims by status with their next deadline (same handler as GET /api/v1/asylum-claims).</summary>
[Authorize(Policy = AsylumPolicies.Read)]
public sealed class IndexModel(BrowseAsylumClaims.Handler browse) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>Page number ("p": "page" is reserved by Razor Pages).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public BrowseAsylumClaims.PageResult? Result { get; private set; }
    public AsylumClaimStatus? Filter { get; private set; }
    public bool CanFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanFile = AsylumAccess.CanFile(User);
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (!AsylumApi.TryParseStatus(Status, out var status))
            {
                return NotFound();
            }

            Filter = status;
        }

        var result = await browse.HandleAsync(Filter, PageNumber, ct);
        if (result.Status == AsylumResultStatus.Forbidden)
        {
            return Forbid();
        }

        Result = result.Value;
        return Page();
    }

    public string FilterUrl(AsylumClaimStatus? status, int page = 1) =>
        "/Asylum" + (status is { } s ? $"?status={AsylumProcedure.StatusCode(s)}" + (page > 1 ? $"&p={page}" : "") : page > 1 ? $"?p={page}" : "");
}
