using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ruta.Web.Pages.Regularization;

/// <summary>The case link of the procedure's deadlines ("Mis plazos", /{caseType}/{caseId}); access is checked on the procedure page.</summary>
public sealed class CaseLinkModel : PageModel
{
    public IActionResult OnGet(Guid id) => LocalRedirect($"/Regularization/{id:D}");
}
