using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Access.Users;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Admin.Users;

/// <summary>Opens an account. The office list holds every office of the agencies the administrator manages, grouped by agency; the handler checks the pair.</summary>
public sealed class CreateModel(RutaDbContext db, UserManager<RutaUser> users, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? UserName { get; set; }
        public string? DisplayName { get; set; }
        public string? AgencyCode { get; set; }
        public Guid? OfficeId { get; set; }
        public List<string> Roles { get; set; } = [];
        public string? Password { get; set; }
    }

    public List<SelectListItem> Agencies { get; private set; } = [];
    public List<SelectListItem> Offices { get; private set; } = [];

    /// <summary>Set once the account exists: shown on this response only.</summary>
    public CreateUser.Created? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        var own = User.AgencyCode();
        Input.AgencyCode = Agencies.Count == 1 ? Agencies[0].Value : own;
        Input.Roles = [Roles.Officer];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new CreateUser.Request(Input.UserName, Input.DisplayName, Input.AgencyCode, Input.OfficeId, Input.Roles, Input.Password);
        var result = await CreateUser.HandleAsync(request, User, db, users, clock, ct);
        switch (result)
        {
            case AdminResult<CreateUser.Created>.Done done:
                Created = done.Value;
                Input.Password = null;
                // The generated password is on this page only: keep it out of every cache.
                Response.Headers.CacheControl = "no-store";
                return Page();
            case AdminResult<CreateUser.Created>.Forbidden:
                return Forbid();
            case AdminResult<CreateUser.Created>.Invalid invalid:
                UserPages.AddErrors(ModelState, invalid.Errors, "Input.", l);
                return Page();
            default:
                ModelState.AddModelError("", l["No se pudo crear el usuario."]);
                return Page();
        }
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var agencies = UserAdministration.ManageableAgencies(User);
        Agencies = await UserPages.AgencyOptionsAsync(db, agencies, ct);
        Offices = await UserPages.OfficeOptionsAsync(db, agencies, ct);
    }
}
