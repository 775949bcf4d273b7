using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Asylum.Features;

namespace Ruta.Web.Pages.EstadoSolicitud;

/// <summary>
/// The applicant's public page: case number and secret in, the stage, the next date and what to
/// bring out, in Spanish, English, French or Haitian Creole (?culture=). Same handler as
/// POST /api/v1/public/asylum-status (<see cref="CheckAsylumStatus"/>); no JavaScript.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(CheckAsylumStatus.RateLimitPolicy)]
public sealed class IndexModel(CheckAsylumStatus.Handler handler) : PageModel
{
    [BindProperty]
    public string? CaseNumber { get; set; }

    [BindProperty]
    public string? Secret { get; set; }

    public CheckAsylumStatus.Answer? Answer { get; private set; }

    /// <summary>The refusal (title, text), localized; the same for an unknown case and a wrong secret.</summary>
    public (string Title, string Text)? Refusal { get; private set; }

    /// <summary>The ?culture= value that keeps the page's language across the post.</summary>
    public string Culture => PublicLanguages.Find(CultureInfo.CurrentUICulture.Name)?.Name ?? "es-MX";

    public void OnGet() => CheckAsylumStatus.NoStore(HttpContext);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CheckAsylumStatus.NoStore(HttpContext);
        var culture = CultureInfo.CurrentUICulture;
        var result = await handler.HandleAsync(new CheckAsylumStatus.Request(CaseNumber, Secret), culture, ct);
        // The secret is never written back into the page.
        Secret = null;
        ModelState.Remove(nameof(Secret));
        switch (result.Outcome)
        {
            case CheckAsylumStatus.Outcome.Shown:
                Answer = result.Answer;
                CaseNumber = result.Answer!.CaseNumber;
                ModelState.Remove(nameof(CaseNumber));
                break;
            case CheckAsylumStatus.Outcome.Invalid:
                foreach (var (field, messages) in result.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(field == "secret" ? nameof(Secret) : nameof(CaseNumber), message);
                    }
                }

                break;
            case CheckAsylumStatus.Outcome.Locked:
                Refusal = (PublicLanguages.Text(CheckAsylumStatus.LockedTitle, culture),
                    PublicLanguages.Text(CheckAsylumStatus.LockedText, culture, result.RetryAfterMinutes));
                Response.Headers.RetryAfter = (result.RetryAfterMinutes * 60).ToString(CultureInfo.InvariantCulture);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                break;
            default:
                Refusal = (PublicLanguages.Text(CheckAsylumStatus.RefusedTitle, culture), PublicLanguages.Text(CheckAsylumStatus.RefusedText, culture));
                Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }

        return Page();
    }
}
