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
    IAuthorizationService authorization, Kernel.Removal.RemovalGuard guard) : PageModel
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
            db.Set<ChildCase>().Where(c => c.Id == id).Select(c => (Guid?)c.PersonId), ct);
        if (child is not { } person)
        {
            return NotFound();
        }

        var on = On ?? ChildQueries.DefaultReturnOn(MexicoCity.Today(clock));
        var check = await guard.CheckAsync(person, Kernel.Removal.RemovalKind.AssistedReturn, on, ct);
        Message = check!.Allowed
            ? l["Verificación registrada: retorno asistido permitido para el {0}.", on.ToString("yyyy-MM-dd")].Value
            : l["Verificación registrada: retorno asistido bloqueado para el {0} ({1} motivos).", on.ToString("yyyy-MM-dd"), check.Blocks.Count].Value;
        return Redirect(ChildPageSupport.PurposeUrl($"/Children/Inm/{id}", Purpose ?? "migration-decision", PurposeDetail) + $"&on={on:yyyy-MM-dd}#return");
    }

    [BindProperty]
    public ChildActInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "purpose")]
    public string? Purpose { get; set; }

    [BindProperty(SupportsGet = true, Name = "purposeDetail")]
    public string? PurposeDetail { get; set; }

    public InmChildView? View { get; private set; }
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
                    return Redirect(ChildPageSupport.PurposeUrl($"/Children/Inm/{id}", Purpose ?? "migration-decision", PurposeDetail) + "#acts");
                case ChildResultStatus.Stale:
                    Error = l["Otra persona modificó este caso después de que usted lo abrió. Revise el caso y vuelva a registrar el acto."];
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

        var result = await get.HandleAsync(id, purpose.Value, PurposeDetail, ct, On);
        CanCheckRemoval = (await authorization.AuthorizeAsync(User, Kernel.Access.Policies.RemovalCheck)).Succeeded;
        switch (result.Status)
        {
            case ChildResultStatus.Forbidden:
                return Forbid();
            case ChildResultStatus.NotFound:
                return NotFound();
        }

        var v = View = result.Value!;
        Forms = new ActFormsModel(v.Id, v.Version, ChildPageSupport.PurposeUrl($"/Children/Inm/{id}", Purpose, PurposeDetail), v.AllowedActions,
            FailedAction, v.Accompaniment, v.PersonId, v.ChildName, [.. v.Adults.Select(a => (a.PersonId, a.Name, a.Relation, a.ContraryToInterest))], [], [],
            await ChildPageSupport.DifOfficesAsync(db, ct), [], v.Plan?.AllowedOutcomes ?? [],
            v.Plan is null ? [] : [.. v.Plan.FamilyUnity.Select(p => (p.Id, p.Name))], [], v.Status == ChildCaseStatus.PlanInForce, MexicoCity.Today(clock));
        return Page();
    }
}
