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
public sealed class CaseModel(GetChildFile.Handler get, RutaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : ChildActPageModel(db, l)
{
    public ChildFileView? Child { get; private set; }

    protected override string PagePath(Guid id) => $"/Children/Case/{id}";

    protected override string DefaultPurpose => "case-follow-up";

    protected override async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (ParsePurpose() is not { } purpose)
        {
            return Page();
        }

        var result = await get.HandleAsync(id, purpose, PurposeDetail, ct);
        switch (result.Status)
        {
            case ChildResultStatus.Forbidden:
                return Forbid();
            case ChildResultStatus.NotFound:
                return NotFound();
        }

        var f = Child = result.Value!;
        var plan = f.Plans.FirstOrDefault(p => !p.Superseded);
        Forms = new ActFormsModel(f.Id, f.Version, ChildPageSupport.PurposeUrl(PagePath(id), Purpose ?? DefaultPurpose, PurposeDetail), f.AllowedActions,
            FailedAction, f.Accompaniment, f.PersonId, f.ChildName,
            [.. f.Adults.Select(a => (a.PersonId, a.Name, a.Relation, a.ContraryToInterest))],
            plan is null ? [] : [.. plan.Measures.Where(m => m.Status != MeasureStatus.Fulfilled).Select(m => (m.Id, $"{m.Description} ({m.ResponsibleInstitution})"))],
            [.. f.UrgentMeasures.Select(u => (u.Id, $"{ChildLabels.UrgentKind(u.Kind)}: {u.Description}", u.Route == UrgentMeasureRoute.ProsecutorRequest && u.ImposedAt is null,
                u.ImposedAt is not null && u.Ruling is null))],
            await ChildPageSupport.DifOfficesAsync(Db, ct), await ChildPageSupport.CentersAsync(Db, ct), plan?.Outcomes ?? [],
            plan is null ? [] : [.. plan.FamilyUnity.Select(p => (p.Id, p.Name))], await ChildPageSupport.RelativesAsync(Db, f.PersonId, ct),
            f.Status == ChildCaseStatus.PlanInForce, MexicoCity.Today(clock));
        return Page();
    }
}
