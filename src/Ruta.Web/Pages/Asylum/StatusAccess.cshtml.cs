using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Asylum;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Asylum.Features;

namespace Ruta.Web.Pages.Asylum;

/// <summary>
/// The applicant's access to the public status page, from the file: case number, when the secret was
/// issued, and the button that reissues it (the old one stops working; the new one is shown once,
/// with its access sheet). Posts to the same handler as POST /api/v1/asylum-claims/{id}/status-secret.
/// </summary>
[Authorize(Policy = AsylumPolicies.Manage)]
public sealed class StatusAccessModel(RutaDbContext db, ReissueStatusSecret.Handler reissue, IStringLocalizer<SharedResource> l) : PageModel
{
    public Guid ClaimId { get; private set; }
    public string? CaseNumber { get; private set; }
    public DateTime? IssuedAt { get; private set; }
    public int IssueCount { get; private set; }
    public StatusAccessGranted? Granted { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Modules.Asylum.Features.CheckAsylumStatus.NoStore(HttpContext);
        var result = await reissue.HandleAsync(id, ct);
        switch (result.Status)
        {
            case AsylumResultStatus.Ok:
                Granted = result.Value;
                break;
            case AsylumResultStatus.Forbidden:
                return Forbid();
            case AsylumResultStatus.NotFound:
                return NotFound();
            default:
                db.ChangeTracker.Clear();
                Error = l["Otra persona reexpidió la clave al mismo tiempo. Vuelva a intentarlo si necesita una nueva."];
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var claim = await db.Set<AsylumClaim>().AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.CaseNumber }).FirstOrDefaultAsync(ct);
        if (claim is null)
        {
            return false;
        }

        ClaimId = claim.Id;
        CaseNumber = claim.CaseNumber;
        var access = await db.Set<AsylumStatusAccess>().AsNoTracking().Where(a => a.ClaimId == id)
            .Select(a => new { a.IssuedAt, a.IssueCount }).FirstOrDefaultAsync(ct);
        IssuedAt = access?.IssuedAt;
        IssueCount = access?.IssueCount ?? 0;
        return true;
    }
}
