using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Pages.Documents;

/// <summary>
/// The document as it is handed to the holder: a CR80 card (TVRH, TRP, TRT) or a letter page
/// (constancia, permits, orders), always in Spanish, with the QR of its verification page. Printing
/// copies the holder's data, so only the issuing agency and oversight may, and each print is audited.
/// </summary>
public sealed class PrintModel(RutaDbContext db, TimeProvider clock, DocumentLinks links) : PageModel
{
    /// <summary>What the printout shows of the holder.</summary>
    public sealed record Holder(string FullName, Sex Sex, DateOnly? BirthDate, string Nationality, string? Curp);

    public IssuedDocumentView Document { get; private set; } = null!;
    public Holder Person { get; private set; } = null!;
    public string VerificationUrl { get; private set; } = "";

    /// <summary>The QR as a data: URI, so the printout needs no further request.</summary>
    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await ReadDocuments.GetAsync(id, User, db, clock, ct) is not { } document)
        {
            return NotFound();
        }

        if (!document.CanPrint)
        {
            return Forbid();
        }

        var p = await db.Set<Person>().AsNoTracking().Where(x => x.Id == document.HolderPersonId)
            .Select(x => new
            {
                x.GivenNames, x.FirstSurname, x.SecondSurname, x.Sex, x.BirthDate, x.IsStateless, x.Curp,
                Nationalities = x.Nationalities.Select(n => n.CountryCode).ToList(),
            })
            .FirstAsync(ct);
        var nationality = p.IsStateless ? "Apátrida"
            : p.Nationalities.Count == 0 ? "Sin dato"
            : string.Join(", ", p.Nationalities.Order(StringComparer.Ordinal).Select(PersonLabels.Country));
        Person = new Holder(PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.Sex, p.BirthDate, nationality, p.Curp);
        Document = document;
        VerificationUrl = links.VerificationUrl(Request, document.VerificationCode);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(DocumentLinks.QrPng(VerificationUrl));

        db.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, User.UserId(), User.Identity?.Name, User.AgencyCode(), "document-print",
            nameof(IssuedDocument), id.ToString(), null, null, correlationId: Activity.Current?.TraceId.ToString()));
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
