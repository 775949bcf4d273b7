using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Pages.Persons;

[Authorize(Policy = Policies.PersonsWrite)]
public sealed class EditModel(GetPerson.Handler getPerson, ChangePersonDetails.Handler change, ParseMrz.Handler mrz) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public string PersonName { get; private set; } = "";
    public ParseMrz.Response? Mrz { get; private set; }
    public Guid? ExistingPersonId { get; private set; }

    /// <summary>Someone saved this record after the form was opened; nothing was saved.</summary>
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var person = await getPerson.HandleAsync(Id, ct);
        if (person is null)
        {
            return NotFound();
        }

        if (person.IsArchived)
        {
            return RedirectToPage("/Persons/Details", new { id = Id });
        }

        PersonName = person.FullName;
        Form = PersonForm.From(person.ToData(), person.Version);
        Form.PadForDisplay();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PersonName = (await getPerson.HandleAsync(Id, ct))?.FullName ?? "";
        if (!ModelState.IsValid)
        {
            Form.PadForDisplay();
            return Page();
        }

        Form.Compact();
        ModelState.Clear();
        var outcome = await change.HandleAsync(new ChangePersonDetails.Command(Id, Form.Version, Form.ToData()), ct);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                TempData["Notice"] = "Cambios guardados.";
                return RedirectToPage("/Persons/Details", new { id = Id });
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Stale:
                Conflict = true;
                ModelState.AddModelError("", "Otra persona modificó este registro mientras usted lo editaba. Sus cambios no se guardaron: abra de nuevo el registro y vuelva a aplicarlos.");
                break;
            case OutcomeStatus.Conflict when outcome.Errors.Count == 0:
                ModelState.AddModelError("", outcome.Detail ?? "");
                break;
            default:
                PersonForm.AddErrors(ModelState, outcome.Errors);
                ExistingPersonId = outcome.OtherPersonId;
                break;
        }

        Form.PadForDisplay();
        return Page();
    }

    public async Task<IActionResult> OnPostMrzAsync(CancellationToken ct)
    {
        PersonName = (await getPerson.HandleAsync(Id, ct))?.FullName ?? "";
        Mrz = PersonFormPages.ReadMrz(Form, ModelState, mrz);
        return Page();
    }

    public async Task<IActionResult> OnPostMoreRowsAsync(CancellationToken ct)
    {
        PersonName = (await getPerson.HandleAsync(Id, ct))?.FullName ?? "";
        PersonFormPages.AddRows(Form, ModelState);
        return Page();
    }
}
