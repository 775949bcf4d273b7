using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Regularization;
using Ruta.Web.Modules.Regularization.Features;
using Ruta.Web.Pages.Shared;

namespace Ruta.Web.Pages.FamilyUnity;

/// <summary>A visa request or change of condition: facts, requirements (edit with version), documents, deadlines and its acts.</summary>
[Authorize(Policy = RegularizationPolicies.Read)]
public sealed class DetailsModel(GetFamilyUnity.Handler get, RutaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ActInput Input { get; set; } = new();

    public FamilyUnityView Procedure { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }
    public string? FailedAction { get; private set; }
    public DateOnly Today => Kernel.Calendar.MexicoCity.Today(clock);

    public sealed class ActInput
    {
        public int? Version { get; set; }
        public List<string> Presented { get; set; } = [];
        public DateOnly? NotifiedOn { get; set; }
        public List<string> Missing { get; set; } = [];
        public DateOnly? AnsweredOn { get; set; }
        public DateOnly? DismissedOn { get; set; }
        public string? Outcome { get; set; }
        public DateOnly? ResolvedOn { get; set; }
        public string? Reasons { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public DateOnly? WithdrawnOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, string act, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            FailedAction = act;
            return await ShowAsync(id, ct);
        }

        var services = HttpContext.RequestServices;
        var i = Input;
        var v = i.Version;
        try
        {
            ProcedureResult<FamilyUnityView>? result = act switch
            {
                RegularizationActions.Requirements when v is null => ProcedureResult<FamilyUnityView>.Stale(),
                RegularizationActions.Requirements => await services.GetRequiredService<UpdateFamilyUnityRequirements.Handler>()
                    .HandleAsync(id, v, new UpdateFamilyUnityRequirements.Request(i.Presented), ct),
                RegularizationActions.Prevention => await services.GetRequiredService<IssueFamilyUnityPrevention.Handler>()
                    .HandleAsync(id, v, new IssueFamilyUnityPrevention.Request(i.NotifiedOn, i.Missing), ct),
                RegularizationActions.PreventionAnswer => await services.GetRequiredService<AnswerFamilyUnityPrevention.Handler>()
                    .HandleAsync(id, v, new AnswerFamilyUnityPrevention.Request(i.AnsweredOn), ct),
                RegularizationActions.Dismissal => await services.GetRequiredService<DismissFamilyUnity.Handler>()
                    .HandleAsync(id, v, new DismissFamilyUnity.Request(i.DismissedOn), ct),
                RegularizationActions.Resolution => await services.GetRequiredService<ResolveFamilyUnity.Handler>()
                    .HandleAsync(id, v, new ResolveFamilyUnity.Request(i.Outcome, i.ResolvedOn, i.Reasons, i.ValidUntil), ct),
                RegularizationActions.Withdrawal => await services.GetRequiredService<WithdrawFamilyUnity.Handler>()
                    .HandleAsync(id, v, new WithdrawFamilyUnity.Request(i.WithdrawnOn, i.Reasons), ct),
                _ => null,
            };
            switch (result?.Status)
            {
                case null:
                case ProcedureResultStatus.NotFound:
                    return NotFound();
                case ProcedureResultStatus.Ok:
                    Message = l["Registrado: {0}.", l[RegularizationActions.Label(act)]].Value;
                    return Redirect($"/FamilyUnity/{id}");
                case ProcedureResultStatus.Forbidden:
                    return Forbid();
                case ProcedureResultStatus.Stale:
                    Error = l["Otra persona modificó este trámite después de que usted lo abrió. Revise el expediente y vuelva a registrar el acto."];
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    foreach (var (field, messages) in result.Errors)
                    {
                        foreach (var message in messages)
                        {
                            ModelState.AddModelError("Input." + char.ToUpperInvariant(field[0]) + field[1..], l[message]);
                        }
                    }

                    break;
            }
        }
        catch (Exception e) when (ActRefusal.TryDescribe(e, l, ActRefusal.ActionNotAllowed, out var refusal, out var refusalStatus))
        {
            Error = refusal;
            Response.StatusCode = refusalStatus;
        }

        db.ChangeTracker.Clear();
        FailedAction = act;
        return await ShowAsync(id, ct);
    }

    public string? ErrorFor(string action, string field) =>
        action == FailedAction && ModelState.TryGetValue("Input." + field, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : null;

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        var result = await get.HandleAsync(id, ct);
        switch (result.Status)
        {
            case ProcedureResultStatus.Forbidden:
                return Forbid();
            case ProcedureResultStatus.NotFound:
                return NotFound();
        }

        Procedure = result.Value!;
        return Page();
    }
}
