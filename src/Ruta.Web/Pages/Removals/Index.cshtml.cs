using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Modules.Removals;
using Ruta.Web.Modules.Removals.Domain;
using Ruta.Web.Modules.Removals.Features;

namespace Ruta.Web.Pages.Removals;

/// <summary>INM's removals list by status (same handler as GET /api/v1/migration/removals).</summary>
[Authorize(Policy = RemovalsPolicies.Read)]
public sealed class IndexModel(BrowseRemovals.Handler browse) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>Page number ("p": "page" is reserved by Razor Pages).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public BrowseRemovals.PageResult? Result { get; private set; }
    public RemovalStatus? Filter { get; private set; }
    public bool CanStart { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanStart = RemovalAccess.IsInmCaseWorker(User);
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (!BrowseRemovals.TryParseStatus(Status, out var status))
            {
                return NotFound();
            }

            Filter = status;
        }

        var result = await browse.HandleAsync(Filter, PageNumber, ct);
        if (result.Status == RemovalsResultStatus.Forbidden)
        {
            return Forbid();
        }

        Result = result.Value;
        return Page();
    }

    public string FilterUrl(RemovalStatus? status, int page = 1) =>
        "/Removals" + (status is { } s ? $"?status={RemovalProcedure.StatusCode(s)}" + (page > 1 ? $"&p={page}" : "") : page > 1 ? $"?p={page}" : "");
}
