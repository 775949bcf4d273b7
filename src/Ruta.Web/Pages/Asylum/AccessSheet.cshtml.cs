using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Asylum;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Asylum.Features;

namespace Ruta.Web.Pages.Asylum;

/// <summary>
/// The applicant's printed access sheet ("hoja de acceso"): case number, secret, the public page's
/// address and QR, instructions in Spanish, English, French and Haitian Creole. Ruta does not keep the
/// secret, so the page that showed it once posts it here; it prints only if it is the claim's current
/// secret (no sheet with a wrong or old secret). No name or other personal data on it.
/// </summary>
[Authorize(Policy = AsylumPolicies.File)]
public sealed class AccessSheetModel(RutaDbContext db, DocumentLinks links) : PageModel
{
    public string CaseNumber { get; private set; } = "";
    public string Secret { get; private set; } = "";
    public string StatusUrl { get; private set; } = "";
    public string QrDataUri { get; private set; } = "";
    public Guid ClaimId { get; private set; }

    public IActionResult OnGet(Guid id) => Redirect($"/Asylum/{id}/StatusAccess");

    public async Task<IActionResult> OnPostAsync(Guid id, string? secret, CancellationToken ct)
    {
        CheckAsylumStatus.NoStore(HttpContext);
        var claim = await db.Set<AsylumClaim>().AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.CaseNumber }).FirstOrDefaultAsync(ct);
        var hash = await db.Set<AsylumStatusAccess>().AsNoTracking().Where(a => a.ClaimId == id).Select(a => a.SecretHash).FirstOrDefaultAsync(ct);
        var normalized = AsylumStatusSecrets.Normalize(secret);
        if (claim?.CaseNumber is null || hash is null || normalized is null || !AsylumStatusSecrets.Verify(hash, normalized))
        {
            // A secret replaced meanwhile, or a forged post: the sheet would not open the page.
            return NotFound();
        }

        ClaimId = claim.Id;
        CaseNumber = claim.CaseNumber;
        Secret = AsylumStatusSecrets.Grouped(normalized);
        StatusUrl = links.PublicUrl(Request, CheckAsylumStatus.PagePath);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(DocumentLinks.QrPng(StatusUrl, 6));
        return Page();
    }
}
