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

namespace Ruta.Web.Pages.Children.Inm;

/// <summary>
/// INM's view of one child (purpose asked and logged): notices, canalization, TVRHs, the outcomes
/// the plan allows, its decision, the return arrangements and what the removal guard says today;
/// with INM's act forms. Never the diagnosis or the child's statements.
/// </summary>
[Authorize(Policy = ChildrenPolicies.InmView)]
public sealed class CaseModel(GetInmView.Handler get, RutaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l,
    IAuthorizationService authorization, Kernel.Removal.RemovalGuard guard) : ChildActPageModel(db, l)
{
    [BindProperty(SupportsGet = true, Name = "on")]
    public DateOnly? On { get; set; }

    public bool CanCheckRemoval { get; private set; }

    /// <summary>The removal guard's recorded check (kernel: a removal-check audit entry), for the date shown.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Kernel.Access.Policies.RemovalCheck)).Succeeded || !ChildAccess.CanReadInmView(User))
        {
            return Forbid();
        }

        var child = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            Db.Set<ChildCase>().Where(c => c.Id == id).Select(c => (Guid?)c.PersonId), ct);
        if (child is not { } person)
        {
            return NotFound();
        }

        var on = On ?? ChildQueries.DefaultReturnOn(MexicoCity.Today(clock));
        var check = await guard.CheckAsync(person, Kernel.Removal.RemovalKind.AssistedReturn, on, ct);
        Message = check!.Allowed
            ? Localizer["Verificación registrada: retorno asistido permitido para el {0}.", on.ToString("yyyy-MM-dd")].Value
            : Localizer["Verificación registrada: retorno asistido bloqueado para el {0} ({1} motivos).", on.ToString("yyyy-MM-dd"), check.Blocks.Count].Value;
        return Redirect(ChildPageSupport.PurposeUrl($"/Children/Inm/{id}", Purpose ?? "migration-decision", PurposeDetail) + $"&on={on:yyyy-MM-dd}#return");
    }

    public InmChildView? View { get; private set; }

    protected override string PagePath(Guid id) => $"/Children/Inm/{id}";

    protected override string DefaultPurpose => "migration-decision";

    protected override async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (ParsePurpose() is not { } purpose)
        {
            return Page();
        }

        var result = await get.HandleAsync(id, purpose, PurposeDetail, ct, On);
        CanCheckRemoval = (await authorization.AuthorizeAsync(User, Kernel.Access.Policies.RemovalCheck)).Succeeded;
        switch (result.Status)
        {
            case ChildResultStatus.Forbidden:
                return Forbid();
            case ChildResultStatus.NotFound:
                return NotFound();
        }

        var v = View = result.Value!;
        Forms = new ActFormsModel(v.Id, v.Version, ChildPageSupport.PurposeUrl(PagePath(id), Purpose ?? DefaultPurpose, PurposeDetail), v.AllowedActions,
            FailedAction, v.Accompaniment, v.PersonId, v.ChildName, [.. v.Adults.Select(a => (a.PersonId, a.Name, a.Relation, a.ContraryToInterest))], [], [],
            await ChildPageSupport.DifOfficesAsync(Db, ct), [], v.Plan?.AllowedOutcomes ?? [],
            v.Plan is null ? [] : [.. v.Plan.FamilyUnity.Select(p => (p.Id, p.Name))], [], v.Status == ChildCaseStatus.PlanInForce, MexicoCity.Today(clock));
        return Page();
    }
}
