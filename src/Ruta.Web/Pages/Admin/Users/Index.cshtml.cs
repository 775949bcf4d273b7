using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Access.Users;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Admin.Users;

public sealed class IndexModel(RutaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public BrowseUsers.PageResult Result { get; private set; } = new([], 1, 50, false);

    public List<SelectListItem> Agencies { get; private set; } = [];

    /// <summary>True for ADMIN administrators, who choose among every agency.</summary>
    public bool ChoosesAgency { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ChoosesAgency = UserAdministration.ConfinedTo(User) is null;
        Agencies = await UserPages.AgencyOptionsAsync(db, UserAdministration.ManageableAgencies(User), ct);
        var agency = ChoosesAgency ? Agency : null;
        var result = await BrowseUsers.HandleAsync(new BrowseUsers.Query(agency, Search, Math.Max(1, PageNumber), 50), User, db, clock, ct);
        switch (result)
        {
            case AdminResult<BrowseUsers.PageResult>.Done done:
                Result = done.Value;
                return Page();
            case AdminResult<BrowseUsers.PageResult>.Forbidden:
                return Forbid();
            default:
                Result = new([], 1, 50, false);
                return Page();
        }
    }

    public string PageLink(int page) =>
        Url.Page("/Admin/Users/Index", new { agency = Agency, search = Search, p = page })!;
}
