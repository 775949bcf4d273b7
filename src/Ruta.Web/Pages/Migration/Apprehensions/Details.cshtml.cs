using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Migration;
using Ruta.Web.Modules.Migration.Features;
using Ruta.Web.Pages.Shared;

namespace Ruta.Web.Pages.Migration.Apprehensions;

/// <summary>
/// An apprehension: its legal basis and place, and every person with what the law says happens to
/// them: a child is never presented (oficio to the Procuraduría, then the canalization form); an
/// adult gets the acuerdo de presentación form with the rights checklist, which waits while children
/// in their care are not canalized. Forms post to the same handlers as the API.
/// </summary>
[Authorize(Policy = MigrationPolicies.Work)]
public sealed class DetailsModel(GetApprehension.Handler get, AdmitToStation.Handler admit, RecordCanalization.Handler canalize, RutaDbContext db,
    TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public ApprehensionView View { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    /// <summary>The person whose form failed: shown open, with its field errors.</summary>
    public Guid? FailedPerson { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> DifOffices { get; private set; } = [];

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public AdmissionInput Admission { get; set; } = new();

    [BindProperty]
    public CanalizationInput Canalization { get; set; } = new();

    public sealed class AdmissionInput
    {
        public Guid? PersonId { get; set; }
        public DateTime? AgreedAt { get; set; }
        public string? AgreementReference { get; set; }
        public bool Informed { get; set; }
        public bool RightsInWriting { get; set; }
        public string? Consular { get; set; }
        public bool LegalAdvice { get; set; }
        public string? Interpreter { get; set; }
        public string? InterpreterLanguage { get; set; }
        public bool PhoneCall { get; set; }
        public bool Visits { get; set; }
    }

    public sealed class CanalizationInput
    {
        public Guid? ChildId { get; set; }
        public string? ProcuraduriaOfficial { get; set; }
        public DateTime? ProcuraduriaAppearedAt { get; set; }
        public string? CareCentre { get; set; }
        public Guid? DifOfficeId { get; set; }
        public DateTime? CanalizedAt { get; set; }
        public string? ActaReference { get; set; }
    }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAdmitAsync(Guid id, CancellationToken ct)
    {
        var a = Admission;
        FailedPerson = a.PersonId;
        try
        {
            var result = await admit.HandleAsync(id, null, new AdmitToStation.Request(a.PersonId, MigrationPageFormat.FromInput(a.AgreedAt),
                a.AgreementReference, a.Informed, a.RightsInWriting, a.Consular, a.LegalAdvice, a.Interpreter, a.InterpreterLanguage, a.PhoneCall,
                a.Visits), ct);
            switch (result.Status)
            {
                case MigrationResultStatus.Ok:
                    TempData["Message"] = l["Acuerdo de presentación registrado."].Value;
                    return Redirect($"/Migration/Stays/{result.Value!.Id}");
                case MigrationResultStatus.NotFound:
                    return NotFound();
                case MigrationResultStatus.Forbidden:
                    return Forbid();
                case MigrationResultStatus.Stale:
                    Error = l["Otra persona modificó este registro. Vuelva a intentarlo."];
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    AddErrors("Admission", result.Errors);
                    break;
            }
        }
        catch (Exception e) when (ActRefusal.TryDescribe(e, l, ActRefusal.ActionNotAllowed, out var refusal, out var refusalStatus))
        {
            Error = refusal;
            Response.StatusCode = refusalStatus;
        }

        db.ChangeTracker.Clear();
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostCanalizeAsync(Guid id, CancellationToken ct)
    {
        var c = Canalization;
        FailedPerson = c.ChildId;
        try
        {
            var result = await canalize.HandleAsync(id, new RecordCanalization.Request(c.ChildId, c.ProcuraduriaOfficial,
                MigrationPageFormat.FromInput(c.ProcuraduriaAppearedAt), c.CareCentre, c.DifOfficeId, MigrationPageFormat.FromInput(c.CanalizedAt),
                c.ActaReference), ct);
            switch (result.Status)
            {
                case MigrationResultStatus.Ok:
                    Message = l["Canalización registrada."].Value;
                    return Redirect($"/Migration/Apprehensions/{id}");
                case MigrationResultStatus.NotFound:
                    return NotFound();
                case MigrationResultStatus.Forbidden:
                    return Forbid();
                default:
                    AddErrors("Canalization", result.Errors);
                    break;
            }
        }
        catch (DomainRuleException e)
        {
            Error = $"{l[e.Message]} ({e.LegalBasis})";
            Response.StatusCode = e.Status;
        }

        db.ChangeTracker.Clear();
        return await ShowAsync(id, ct);
    }

    /// <summary>The field's error, only in the form of the person that failed.</summary>
    public string? ErrorFor(Guid person, string prefix, string field) =>
        person == FailedPerson && ModelState.TryGetValue($"{prefix}.{field}", out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : null;

    private void AddErrors(string prefix, IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}", l[message]);
            }
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        var result = await get.HandleAsync(id, ct);
        switch (result.Status)
        {
            case MigrationResultStatus.Forbidden:
                return Forbid();
            case MigrationResultStatus.NotFound:
                return NotFound();
        }

        View = result.Value!;
        DifOffices = (await db.Set<Office>().AsNoTracking().Where(o => o.AgencyCode == Kernel.Access.AgencyCodes.Dif && o.IsActive)
                .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
        return Page();
    }
}
