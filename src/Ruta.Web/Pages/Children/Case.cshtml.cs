using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Children;
using Ruta.Web.Modules.Children.Domain;
using Ruta.Web.Modules.Children.Features;

namespace Ruta.Web.Pages.Children;

/// <summary>
/// A child's whole file (Procuraduría, DIF, CNDH): asks first for the purpose of the read (logged),
/// then shows the chain, the six stages, the plan and its follow-up, and one form per act the table
/// and the user's role allow now. Each form posts to the same handler as the API.
/// </summary>
[Authorize(Policy = ChildrenPolicies.ReadFile)]
public sealed class CaseModel(GetChildFile.Handler get, RutaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ChildActInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "purpose")]
    public string? Purpose { get; set; }

    [BindProperty(SupportsGet = true, Name = "purposeDetail")]
    public string? PurposeDetail { get; set; }

    public ChildFileView? Child { get; private set; }
    public ActFormsModel? Forms { get; private set; }
    public string? PurposeError { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }
    public string? FailedAction { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, string act, CancellationToken ct)
    {
        try
        {
            var result = await ChildPageActs.RunAsync(HttpContext.RequestServices, id, act, Input, ct);
            switch (result?.Status)
            {
                case null or ChildResultStatus.NotFound:
                    return NotFound();
                case ChildResultStatus.Forbidden:
                    return Forbid();
                case ChildResultStatus.Ok:
                    Message = l["Registrado: {0}.", l[ChildPageActs.Label(act)]].Value;
                    return Redirect(ChildPageSupport.PurposeUrl($"/Children/Case/{id}", Purpose ?? "case-follow-up", PurposeDetail) + "#acts");
                case ChildResultStatus.Stale:
                    Error = l["Otra persona modificó este caso después de que usted lo abrió. Revise el expediente y vuelva a registrar el acto."];
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    ChildPageSupport.AddErrors(ModelState, result.Value.Errors, l);
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                    break;
            }
        }
        catch (DomainRuleException e)
        {
            Error = $"{l[e.Message]} ({e.LegalBasis})";
            Response.StatusCode = e.Status;
        }
        catch (IllegalTransitionException e)
        {
            Error = l["No se registró: el acto no está permitido en el estado «{0}».", l[e.CurrentState]];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        db.ChangeTracker.Clear();
        FailedAction = act;
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Purpose))
        {
            return Page();
        }

        var (purpose, error) = ReadPurposes.Parse(Purpose, PurposeDetail);
        if (purpose is null)
        {
            PurposeError = error;
            return Page();
        }

        var result = await get.HandleAsync(id, purpose.Value, PurposeDetail, ct);
        switch (result.Status)
        {
            case ChildResultStatus.Forbidden:
                return Forbid();
            case ChildResultStatus.NotFound:
                return NotFound();
        }

        var f = Child = result.Value!;
        var plan = f.Plans.FirstOrDefault(p => !p.Superseded);
        Forms = new ActFormsModel(f.Id, f.Version, ChildPageSupport.PurposeUrl($"/Children/Case/{id}", Purpose, PurposeDetail), f.AllowedActions,
            FailedAction, f.Accompaniment, f.PersonId, f.ChildName,
            [.. f.Adults.Select(a => (a.PersonId, a.Name, a.Relation, a.ContraryToInterest))],
            plan is null ? [] : [.. plan.Measures.Where(m => m.Status != MeasureStatus.Fulfilled).Select(m => (m.Id, $"{m.Description} ({m.ResponsibleInstitution})"))],
            [.. f.UrgentMeasures.Select(u => (u.Id, $"{ChildLabels.UrgentKind(u.Kind)}: {u.Description}", u.Route == UrgentMeasureRoute.ProsecutorRequest && u.ImposedAt is null,
                u.ImposedAt is not null && u.Ruling is null))],
            await ChildPageSupport.DifOfficesAsync(db, ct), await ChildPageSupport.CentersAsync(db, ct), plan?.Outcomes ?? [],
            plan is null ? [] : [.. plan.FamilyUnity.Select(p => (p.Id, p.Name))], await ChildPageSupport.RelativesAsync(db, f.PersonId, ct),
            f.Status == ChildCaseStatus.PlanInForce, MexicoCity.Today(clock));
        return Page();
    }
}
