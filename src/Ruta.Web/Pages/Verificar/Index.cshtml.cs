using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Documents;

namespace Ruta.Web.Pages.Verificar;

/// <summary>Where a person types the code printed under a document's QR; leads to its verification page.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public IActionResult OnGet()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return Page();
        }

        var normalized = DocumentVerificationCodes.Normalize(Code);
        return normalized.Length == 0 ? Page() : Redirect("/verificar/" + Uri.EscapeDataString(normalized));
    }
}
