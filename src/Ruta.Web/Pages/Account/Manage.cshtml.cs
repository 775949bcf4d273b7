using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Account;

/// <summary>
/// The signed-in user's own account: change the password, set up or turn off an authenticator app
/// (TOTP), get recovery codes. Every change renews the security stamp (Identity does it), which
/// ends the user's API tokens; the browser session is refreshed so it survives.
/// </summary>
public sealed class ManageModel(UserManager<RutaUser> users, SignInManager<RutaUser> signIn, RutaDbContext db,
    IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? CurrentPasswordToDisable { get; set; }

    public sealed class PasswordInput
    {
        public string? Current { get; set; }
        public string? New { get; set; }
        public string? Confirm { get; set; }
    }

    public bool TwoFactorEnabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>The shared key in groups of four, while 2FA is being set up.</summary>
    public string? SharedKey { get; private set; }

    /// <summary>The unformatted key (also in a data attribute, for people who copy it whole).</summary>
    public string? RawKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }
    public string? QrCode { get; private set; }

    /// <summary>Shown once, right after 2FA is turned on or the codes are renewed.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostChangePasswordAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(Password.Current))
        {
            ModelState.AddModelError("Password.Current", l["Escriba su contraseña actual."]);
        }

        if (string.IsNullOrEmpty(Password.New))
        {
            ModelState.AddModelError("Password.New", l["Escriba la contraseña nueva."]);
        }
        else if (Password.New != Password.Confirm)
        {
            ModelState.AddModelError("Password.Confirm", l["La confirmación no coincide con la contraseña nueva."]);
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await users.ChangePasswordAsync(user, Password.Current!, Password.New!);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                Message = l["Contraseña cambiada."];
                return RedirectToPage();
            }

            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Password.Current" : "Password.New";
                ModelState.AddModelError(field, l[error.Description]);
            }
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAuthenticatorAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = TwoFactor.CleanCode(Code);
        var valid = code.Length > 0
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), l["El código no es válido. Revise que la hora de su teléfono sea correcta."]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactor.RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        await LoadAsync(user);
        RecoveryCodes = codes?.ToList() ?? [];
        Message = l["Verificación en dos pasos activada."];
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostNewRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactor.RecoveryCodeCount);
        await LoadAsync(user);
        RecoveryCodes = codes?.ToList() ?? [];
        Message = l["Se generaron códigos de recuperación nuevos; los anteriores ya no sirven."];
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAuthenticatorAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(CurrentPasswordToDisable) || !await users.CheckPasswordAsync(user, CurrentPasswordToDisable))
        {
            ModelState.AddModelError(nameof(CurrentPasswordToDisable), l["La contraseña actual no es correcta."]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key: codes from the old phone entry must not work if 2FA is turned on again later.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        Message = l["Verificación en dos pasos desactivada."];
        return RedirectToPage();
    }

    private async Task LoadAsync(RutaUser user)
    {
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (TwoFactorEnabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Stored directly rather than by ResetAuthenticatorKeyAsync, which would renew the security
            // stamp and end the user's API tokens merely because they opened this page.
            key = users.GenerateNewAuthenticatorKey();
            db.UserTokens.Add(new IdentityUserToken<Guid>
            {
                UserId = user.Id, LoginProvider = TwoFactor.StoreProvider, Name = TwoFactor.AuthenticatorKeyName, Value = key,
            });
            await db.SaveChangesAsync();
        }

        RawKey = key!;
        SharedKey = TwoFactor.FormatKey(RawKey);
        AuthenticatorUri = TwoFactor.AuthenticatorUri(user.UserName!, RawKey);
        QrCode = TwoFactor.QrCodeDataUrl(AuthenticatorUri);
        // The page shows a secret while setting up: never cache it.
        Response.Headers.CacheControl = "no-store";
    }
}
