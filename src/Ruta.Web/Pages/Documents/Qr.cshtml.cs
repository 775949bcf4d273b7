using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Documents;

/// <summary>The PNG QR code of a document's public verification address, for users who may see the document.</summary>
public sealed class QrModel(RutaDbContext db, TimeProvider clock, DocumentLinks links) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await ReadDocuments.GetAsync(id, User, db, clock, ct) is not { } document)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=3600";
        return File(DocumentLinks.QrPng(links.VerificationUrl(Request, document.VerificationCode)), "image/png");
    }
}
