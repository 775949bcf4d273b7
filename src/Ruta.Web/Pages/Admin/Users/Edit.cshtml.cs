using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Access.Users;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Admin.Users;

/// <summary>One account: change display name, office and roles (concurrency-checked), and the administrator's one-click acts.</summary>
public sealed class EditModel(RutaDbContext db, UserManager<RutaUser> users, SignInManager<RutaUser> signIn,
    TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public sealed class InputModel
    {
        public string? DisplayName { get; set; }
        public Guid? OfficeId { get; set; }
        public List<string> Roles { get; set; } = [];
        public string ConcurrencyStamp { get; set; } = "";
    }

    public ShowUser.Details Account { get; private set; } = null!;
    public List<SelectListItem> Offices { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>Set by a password reset that generated the password: shown on this response only.</summary>
    public string? GeneratedPassword { get; private set; }

    public bool IsSelf => User.UserId() == Id;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var shown = await LoadAsync(ct);
        if (shown is not null)
        {
            return shown;
        }

        Input = new InputModel
        {
            DisplayName = Account.DisplayName,
            OfficeId = Account.OfficeId,
            Roles = [.. Account.Roles],
            ConcurrencyStamp = Account.ConcurrencyStamp,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new ChangeUser.Request(Input.DisplayName, Input.OfficeId, Input.Roles, Account.IsActive);
        var result = await ChangeUser.HandleAsync(Id, request, Input.ConcurrencyStamp, User, db, clock, ct);
        return await AfterAsync(result, l["Cambios guardados."]);
    }

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken ct) =>
        await AfterAsync(await AccountActions.SetActiveAsync(Id, active: false, User, db, clock, ct),
            l["Cuenta desactivada: sus sesiones y tokens dejaron de valer."]);

    public async Task<IActionResult> OnPostReactivateAsync(CancellationToken ct) =>
        await AfterAsync(await AccountActions.SetActiveAsync(Id, active: true, User, db, clock, ct), l["Cuenta reactivada."]);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) =>
        await AfterAsync(await AccountActions.UnlockAsync(Id, User, db, clock, ct), l["Cuenta desbloqueada."]);

    public async Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken ct) =>
        await AfterAsync(await AccountActions.ResetTwoFactorAsync(Id, User, db, clock, ct),
            l["Verificación en dos pasos restablecida: la persona deberá configurarla de nuevo."]);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct)
    {
        var result = await AccountActions.ResetPasswordAsync(Id, NewPassword, User, db, users, clock, ct);
        if (result is AdminResult<AccountActions.PasswordReset>.Invalid invalid)
        {
            if (await LoadAsync(ct) is { } refused)
            {
                return refused;
            }

            FillInput();
            foreach (var message in invalid.Errors.Values.SelectMany(m => m))
            {
                ModelState.AddModelError(nameof(NewPassword), l[message]);
            }

            return Page();
        }

        if (result is not AdminResult<AccountActions.PasswordReset>.Done done)
        {
            return await AfterAsync(result switch
            {
                AdminResult<AccountActions.PasswordReset>.NotFound => new AdminResult<ShowUser.Details>.NotFound(),
                AdminResult<AccountActions.PasswordReset>.Forbidden f => new AdminResult<ShowUser.Details>.Forbidden(f.Detail),
                _ => new AdminResult<ShowUser.Details>.Stale(),
            }, "");
        }

        await RefreshOwnSessionAsync();
        if (done.Value.GeneratedPassword is null)
        {
            Message = l["Contraseña restablecida."];
            return RedirectToPage(new { id = Id });
        }

        // The generated password is on this page only: keep it out of every cache.
        Response.Headers.CacheControl = "no-store";
        GeneratedPassword = done.Value.GeneratedPassword;
        NewPassword = null;
        await LoadAsync(ct);
        FillInput();
        return Page();
    }

    private async Task<IActionResult> AfterAsync(AdminResult<ShowUser.Details> result, string success)
    {
        switch (result)
        {
            case AdminResult<ShowUser.Details>.Done:
                await RefreshOwnSessionAsync();
                Message = success;
                return RedirectToPage(new { id = Id });
            case AdminResult<ShowUser.Details>.NotFound:
                return NotFound();
            case AdminResult<ShowUser.Details>.Forbidden:
                return Forbid();
        }

        // A form error: show the page again with the account as it is now.
        if (await LoadAsync(CancellationToken.None) is { } refused)
        {
            return refused;
        }

        switch (result)
        {
            case AdminResult<ShowUser.Details>.Invalid invalid:
                UserPages.AddErrors(ModelState, invalid.Errors, "Input.", l);
                break;
            case AdminResult<ShowUser.Details>.Stale:
                ModelState.AddModelError("", l["Otra persona modificó esta cuenta después de que usted la abrió. Revise los datos actuales y vuelva a aplicar su cambio."]);
                Input.ConcurrencyStamp = Account.ConcurrencyStamp;
                ModelState.Remove("Input.ConcurrencyStamp");
                break;
            case AdminResult<ShowUser.Details>.Refused refusal:
                ModelState.AddModelError("", l[refusal.Detail]);
                break;
        }

        if (string.IsNullOrEmpty(Input.ConcurrencyStamp))
        {
            FillInput();
        }

        return Page();
    }

    /// <summary>An administrator who changed their own account renewed its security stamp; keep their session alive.</summary>
    private async Task RefreshOwnSessionAsync()
    {
        if (IsSelf && await users.FindByIdAsync(Id.ToString()) is { } self)
        {
            await signIn.RefreshSignInAsync(self);
        }
    }

    /// <summary>Loads the account and the office list; returns the response to give instead when the actor may not see it.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        switch (await ShowUser.HandleAsync(Id, User, db, clock, ct))
        {
            case AdminResult<ShowUser.Details>.Done done:
                Account = done.Value;
                Offices = await UserPages.OfficeOptionsAsync(db, [Account.AgencyCode], ct);
                return null;
            case AdminResult<ShowUser.Details>.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private void FillInput()
    {
        Input = new InputModel
        {
            DisplayName = Account.DisplayName,
            OfficeId = Account.OfficeId,
            Roles = [.. Account.Roles],
            ConcurrencyStamp = Account.ConcurrencyStamp,
        };
        ModelState.Remove("Input.DisplayName");
        ModelState.Remove("Input.OfficeId");
        ModelState.Remove("Input.Roles");
        ModelState.Remove("Input.ConcurrencyStamp");
    }
}
