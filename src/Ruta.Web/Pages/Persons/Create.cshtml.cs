using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Pages.Persons;

[Authorize(Policy = Policies.PersonsWrite)]
public sealed class CreateModel(RegisterPerson.Handler register, ParseMrz.Handler mrz) : PageModel
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public ParseMrz.Response? Mrz { get; private set; }

    /// <summary>The person who already holds the CURP typed, to open instead of registering a duplicate.</summary>
    public Guid? ExistingPersonId { get; private set; }

    public void OnGet() => Form.PadForDisplay();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Form.PadForDisplay();
            return Page();
        }

        Form.Compact();
        ModelState.Clear();
        var outcome = await register.HandleAsync(Form.ToData(), ct);
        if (outcome.IsOk)
        {
            TempData["Notice"] = "Persona registrada.";
            return RedirectToPage("/Persons/Details", new { id = outcome.Value!.Id });
        }

        PersonForm.AddErrors(ModelState, outcome.Errors);
        ExistingPersonId = outcome.OtherPersonId;
        Form.PadForDisplay();
        return Page();
    }

    public IActionResult OnPostMrz()
    {
        Mrz = PersonFormPages.ReadMrz(Form, ModelState, mrz);
        return Page();
    }

    public IActionResult OnPostMoreRows()
    {
        PersonFormPages.AddRows(Form, ModelState);
        return Page();
    }
}
