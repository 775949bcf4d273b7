using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Notices;

/// <summary>One oficio, with the recipient's "Acusar de recibo" button.</summary>
public sealed class DetailsModel(RutaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public ReadNotice.Detail Notice { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await ReadNotice.HandleAsync(id, User, db, clock, ct) is not { } notice)
        {
            return NotFound();
        }

        Notice = notice;
        return Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken ct)
    {
        try
        {
            switch (await AcknowledgeNotice.HandleAsync(id, User, db, clock, ct))
            {
                case AcknowledgeNotice.Outcome.NotFound:
                    return NotFound();
                case AcknowledgeNotice.Outcome.Forbidden:
                    return Forbid();
            }

            Message = l["Acuse de recibo registrado."];
            return RedirectToPage(new { id });
        }
        catch (IllegalTransitionException e)
        {
            db.ChangeTracker.Clear();
            Error = l["No se registró el acuse: el oficio ya está «{0}».", l[e.CurrentState]];
            Notice = (await ReadNotice.LoadAsync(id, User, db, clock, ct))!;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
