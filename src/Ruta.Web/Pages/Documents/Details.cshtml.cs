using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Pages.Documents;

/// <summary>One issued document: its data, status, verification code and QR, and the supervisor's "Revocar".</summary>
public sealed class DetailsModel(RutaDbContext db, TimeProvider clock, DocumentIssuer issuer, DocumentLinks links,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public IssuedDocumentView Document { get; private set; } = null!;
    public string HolderName { get; private set; } = "";
    public string VerificationUrl { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var outcome = await RevokeDocument.HandleAsync(id, new RevokeDocument.Request(Reason), Version, User, db, issuer, clock, ct);
            switch (outcome.Status)
            {
                case RevokeDocument.Status.Revoked:
                    Message = l["Documento revocado."];
                    return RedirectToPage(new { id });
                case RevokeDocument.Status.NotFound:
                    return NotFound();
                case RevokeDocument.Status.Forbidden:
                    return Forbid();
                case RevokeDocument.Status.Stale:
                    Error = l["Otra persona modificó el documento mientras usted lo veía. Revise su estado actual."];
                    break;
                default:
                    ModelState.AddModelError(nameof(Reason), l[outcome.Errors!.Values.SelectMany(m => m).First()]);
                    break;
            }
        }
        catch (IllegalTransitionException e)
        {
            db.ChangeTracker.Clear();
            Error = l["No se revocó: el documento ya está «{0}».", l[e.CurrentState]];
        }

        var page = await ShowAsync(id, ct);
        Response.StatusCode = Error is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return page;
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await ReadDocuments.GetAsync(id, User, db, clock, ct) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        Version = document.Version;
        var holder = await db.Set<Person>().AsNoTracking().Where(p => p.Id == document.HolderPersonId)
            .Select(p => new { p.GivenNames, p.FirstSurname, p.SecondSurname }).FirstAsync(ct);
        HolderName = PersonLabels.FullName(holder.GivenNames, holder.FirstSurname, holder.SecondSurname);
        VerificationUrl = links.VerificationUrl(Request, document.VerificationCode);
        return Page();
    }
}
