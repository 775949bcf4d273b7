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
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Regularization;
using Ruta.Web.Modules.Regularization.Features;

namespace Ruta.Web.Pages.Regularization;

/// <summary>
/// Filing form (keyboard first, no JavaScript): find the person in the registry, then ground, date,
/// office, origin, the Mexican or resident relative for a family link (their registered relatives),
/// and the requirements presented. Posts to the same handler as POST /api/v1/migration/regularizations.
/// </summary>
[Authorize(Policy = RegularizationPolicies.Manage)]
public sealed class FileModel(SearchPersons.Handler search, FileRegularization.Handler file, RutaDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "person")]
    public Guid? Person { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Ground { get; set; }
        public DateOnly? FiledOn { get; set; }
        public Guid? OfficeId { get; set; }
        public string Origin { get; set; } = "walk-in";
        public Guid? PrincipalPersonId { get; set; }
        public string? RequestedCondition { get; set; }
        public DateOnly? AuthorizedStayExpiredOn { get; set; }
        public string? GroundDetail { get; set; }
        public List<string> Presented { get; set; } = [];
    }

    public IReadOnlyList<SearchPersons.Row> Results { get; private set; } = [];
    public PersonRef? PersonRef { get; private set; }
    public IReadOnlyList<FamilyLinkView> Relatives { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Offices { get; private set; } = [];
    public string? Error { get; private set; }
    public DateOnly Today => MexicoCity.Today(clock);

    [BindProperty(SupportsGet = true, Name = "ground")]
    public string? PresetGround { get; set; }

    [BindProperty(SupportsGet = true, Name = "principal")]
    public Guid? PresetPrincipal { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.FiledOn ??= Today;
        Input.Ground ??= PresetGround;
        Input.PrincipalPersonId ??= PresetPrincipal;
        Input.OfficeId ??= User.OfficeId();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var i = Input;
                var result = await file.HandleAsync(new FileRegularization.Request(Person, i.Origin, i.Ground, i.GroundDetail, i.OfficeId, i.FiledOn, null,
                    i.PrincipalPersonId, string.IsNullOrWhiteSpace(i.RequestedCondition) ? null : i.RequestedCondition, i.AuthorizedStayExpiredOn,
                    i.Presented), ct);
                switch (result.Status)
                {
                    case ProcedureResultStatus.Ok:
                        TempData["Message"] = l["Solicitud registrada: {0}.", l[result.Value!.StatusLabel]].Value;
                        return Redirect($"/Regularization/{result.Value.Id}");
                    case ProcedureResultStatus.Forbidden:
                        return Forbid();
                    default:
                        foreach (var (field, messages) in result.Errors)
                        {
                            foreach (var message in messages)
                            {
                                ModelState.AddModelError(field == "personId" ? "" : "Input." + char.ToUpperInvariant(field[0]) + field[1..], l[message]);
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
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var found = await search.HandleAsync(new SearchPersons.Query(Q, PageSize: 20), ct);
            Results = found.IsOk ? found.Value!.Items : [];
        }

        if (Person is { } id)
        {
            PersonRef = (await ProcedureReads.PersonsAsync(db, [id], ct)).GetValueOrDefault(id);
            Relatives = PersonRef is null ? [] : [.. (await GetPerson.FamilyLinksAsync(db, id, ct)).Where(r => !r.RelativeIsArchived)];
        }

        Offices = (await db.Set<Office>().AsNoTracking().Where(o => o.AgencyCode == AgencyCodes.Inm && o.IsActive).OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
    }
}
