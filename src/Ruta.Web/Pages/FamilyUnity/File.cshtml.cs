using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Regularization;
using Ruta.Web.Modules.Regularization.Domain;
using Ruta.Web.Modules.Regularization.Features;

namespace Ruta.Web.Pages.FamilyUnity;

/// <summary>Files a visa por unidad familiar or a change of condition (same handler as the API's POST).</summary>
[Authorize(Policy = RegularizationPolicies.Manage)]
public sealed class FileModel(FileFamilyUnity.Handler file, RutaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string Kind { get; set; } = "visa";

    [BindProperty(SupportsGet = true, Name = "principal")]
    public Guid? Principal { get; set; }

    [BindProperty(SupportsGet = true, Name = "relative")]
    public Guid? Relative { get; set; }

    [BindProperty(SupportsGet = true, Name = "target")]
    public string? Target { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? TargetCondition { get; set; }
        public DateOnly? FiledOn { get; set; }
        public Guid? OfficeId { get; set; }
        public List<string> Presented { get; set; } = [];
    }

    public PersonRef? PrincipalRef { get; private set; }
    public PersonRef? RelativeRef { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Offices { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.FiledOn ??= MexicoCity.Today(clock);
        Input.TargetCondition ??= Target;
        Input.OfficeId ??= User.OfficeId();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var kind = Kind == "visa" ? FamilyUnityKind.Visa : FamilyUnityKind.ChangeOfCondition;
                var result = await file.HandleAsync(kind, new FileFamilyUnity.Request(Principal, Relative,
                    string.IsNullOrWhiteSpace(Input.TargetCondition) ? null : Input.TargetCondition, Input.OfficeId, Input.FiledOn, Input.Presented), ct);
                switch (result.Status)
                {
                    case ProcedureResultStatus.Ok:
                        TempData["Message"] = l["Solicitud registrada: {0}.", l[result.Value!.StatusLabel]].Value;
                        return Redirect($"/FamilyUnity/{result.Value.Id}");
                    case ProcedureResultStatus.Forbidden:
                        return Forbid();
                    default:
                        foreach (var (field, messages) in result.Errors)
                        {
                            foreach (var message in messages)
                            {
                                ModelState.AddModelError(field.EndsWith("PersonId", StringComparison.Ordinal) ? ""
                                    : "Input." + char.ToUpperInvariant(field[0]) + field[1..], l[message]);
                            }
                        }

                        break;
                }
            }
            catch (DomainRuleException e)
            {
                db.ChangeTracker.Clear();
                Error = $"{l[e.Message]} ({e.LegalBasis})";
                Response.StatusCode = e.Status;
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        List<Guid> ids = [.. new[] { Principal, Relative }.OfType<Guid>()];
        var names = await ProcedureReads.PersonsAsync(db, ids, ct);
        PrincipalRef = Principal is { } p ? names.GetValueOrDefault(p) : null;
        RelativeRef = Relative is { } r ? names.GetValueOrDefault(r) : null;
        Offices = (await db.Set<Office>().AsNoTracking().Where(o => o.AgencyCode == AgencyCodes.Inm && o.IsActive).OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
    }
}
