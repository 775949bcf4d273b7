using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Verificar;

/// <summary>
/// The public page a document's QR leads to: genuine or not, valid or not, type, number and dates.
/// Nothing else (see <see cref="VerifyDocument"/>).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(VerifyDocument.RateLimitPolicy)]
public sealed class CodeModel(DocumentVerificationCodes codes, RutaDbContext db, TimeProvider clock, ILogger<CodeModel> logger) : PageModel
{
    public VerifyDocument.Result Result { get; private set; } = VerifyDocument.Result.NotGenuine;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        VerifyDocument.NoStore(HttpContext);
        Result = await VerifyDocument.HandleAsync(code, codes, db, clock, logger, ct);
        return Page();
    }
}
