using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Notices;

/// <summary>The formal oficio as a printable letter (always in Spanish: it is an official document).</summary>
public sealed class PrintModel(RutaDbContext db, TimeProvider clock) : PageModel
{
    public ReadNotice.Detail Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await ReadNotice.HandleAsync(id, User, db, clock, ct) is not { } notice)
        {
            return NotFound();
        }

        Notice = notice;
        return Page();
    }
}
