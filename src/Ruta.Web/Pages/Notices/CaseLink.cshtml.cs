using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Notices;

namespace Ruta.Web.Pages.Notices;

/// <summary>
/// The case link of an oficio's deadlines (/{caseType}/{caseId}, see MyDeadlines.CaseLink): "Mis plazos"
/// links acknowledgement deadlines here, and the oficio itself lives at /Notices/{id}. Access is checked there.
/// </summary>
public sealed class CaseLinkModel : PageModel
{
    public const string CaseType = OfficialNotice.CaseTypeName;

    public IActionResult OnGet(Guid id) => LocalRedirect($"/Notices/{id:D}");
}
