using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Pages.Account;

public sealed class LoginModel(SignInManager<RutaUser> signIn, UserManager<RutaUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Escriba su usuario.")]
        [StringLength(256)]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Escriba su contraseña.")]
        [StringLength(256)]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByNameAsync(Input.UserName.Trim().ToLowerInvariant());
        if (user is null || !user.IsActive)
        {
            ModelState.AddModelError("", l["Usuario o contraseña incorrectos."]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", l["Demasiados intentos fallidos. La cuenta está bloqueada 15 minutos."]);
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError("", l["Usuario o contraseña incorrectos."]);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
