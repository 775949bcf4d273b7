using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Pages.Persons;

/// <summary>A person's record: data, documents, family links (add, remove), archive, and the way to its audit trail.</summary>
[Authorize(Policy = Policies.PersonsRead)]
public sealed class DetailsModel(GetPerson.Handler getPerson, SearchPersons.Handler search, LinkRelatives.Handler link,
    UnlinkRelatives.Handler unlink, ArchivePerson.Handler archive, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Words to find the relative to link (first step of adding a family link).</summary>
    [BindProperty(SupportsGet = true, Name = "relative")]
    public string? RelativeQuery { get; set; }

    public PersonView? Person { get; private set; }
    public IReadOnlyList<SearchPersons.Row> Candidates { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public bool CanArchive { get; private set; }
    public bool CanAudit { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostLinkAsync(Guid relativeId, FamilyRelation kind, CancellationToken ct)
    {
        if (!await AllowedAsync(Policies.PersonsWrite))
        {
            return Forbid();
        }

        var outcome = await link.HandleAsync(new LinkRelatives.Command(Id, relativeId, kind), ct);
        return await AfterAsync(outcome.Status, outcome.Detail, outcome.Errors, "Vínculo familiar registrado.", ct);
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid relativeId, FamilyRelation kind, CancellationToken ct)
    {
        if (!await AllowedAsync(Policies.PersonsWrite))
        {
            return Forbid();
        }

        var outcome = await unlink.HandleAsync(new UnlinkRelatives.Command(Id, relativeId, kind), ct);
        return await AfterAsync(outcome.Status, outcome.Detail, outcome.Errors, "Vínculo familiar eliminado.", ct);
    }

    public async Task<IActionResult> OnPostArchiveAsync(int version, bool confirm, CancellationToken ct)
    {
        if (!await AllowedAsync(Policies.PersonsDelete))
        {
            return Forbid();
        }

        if (!confirm)
        {
            Error = "Marque la casilla de confirmación para archivar el registro.";
            return await ShowAsync(ct);
        }

        var outcome = await archive.HandleAsync(new ArchivePerson.Command(Id, version), ct);
        return await AfterAsync(outcome.Status, outcome.Detail, outcome.Errors, "Registro archivado.", ct);
    }

    private async Task<IActionResult> AfterAsync(OutcomeStatus status, string? detail, IReadOnlyDictionary<string, string[]> errors,
        string done, CancellationToken ct)
    {
        if (status == OutcomeStatus.Ok)
        {
            TempData["Notice"] = done;
            return RedirectToPage("/Persons/Details", new { id = Id });
        }

        if (status == OutcomeStatus.NotFound && Person is null && await getPerson.HandleAsync(Id, ct) is null)
        {
            return NotFound();
        }

        Error = errors.Count > 0 ? string.Join(" ", errors.Values.SelectMany(m => m)) : detail;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Person = await getPerson.HandleAsync(Id, ct);
        if (Person is null)
        {
            return NotFound();
        }

        CanWrite = !Person.IsArchived && await AllowedAsync(Policies.PersonsWrite);
        CanArchive = !Person.IsArchived && await AllowedAsync(Policies.PersonsDelete);
        CanAudit = await AllowedAsync(Policies.AuditRead);
        if (CanWrite && !string.IsNullOrWhiteSpace(RelativeQuery))
        {
            var found = await search.HandleAsync(new SearchPersons.Query(Q: RelativeQuery, PageSize: 10), ct);
            Candidates = found.IsOk ? [.. found.Value!.Items.Where(r => r.Id != Id)] : [];
        }

        return Page();
    }

    private async Task<bool> AllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}
