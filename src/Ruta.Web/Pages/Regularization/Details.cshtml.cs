using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Regularization;
using Ruta.Web.Modules.Regularization.Domain;
using Ruta.Web.Modules.Regularization.Features;
using Ruta.Web.Pages.Shared;

namespace Ruta.Web.Pages.Regularization;

/// <summary>
/// A regularization: facts, deadlines with alerts, the family-unity eligibility explained (family link),
/// the requirements checklist (an edit carrying the version), documents with their print and
/// verification links, the timeline, and one form per act the table and the user's role allow now.
/// Each form posts to the same handler as the API.
/// </summary>
[Authorize(Policy = RegularizationPolicies.Read)]
public sealed class DetailsModel(GetRegularization.Handler get, FamilyFacts family, RutaDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ActInput Input { get; set; } = new();

    public RegularizationView Procedure { get; private set; } = null!;
    public CheckFamilyEligibility.Explanation? Eligibility { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }
    public string? FailedAction { get; private set; }
    public DateOnly Today => Kernel.Calendar.MexicoCity.Today(clock);

    /// <summary>Every field of every act's form; each form posts only its own. Names match the API's JSON fields.</summary>
    public sealed class ActInput
    {
        public int? Version { get; set; }
        public List<string> Presented { get; set; } = [];
        public DateOnly? NotifiedOn { get; set; }
        public List<string> Missing { get; set; } = [];
        public string? Notes { get; set; }
        public DateOnly? AnsweredOn { get; set; }
        public DateOnly? DismissedOn { get; set; }
        public int? ExitPeriodDays { get; set; }
        public string? Reasons { get; set; }
        public string? Outcome { get; set; }
        public DateOnly? ResolvedOn { get; set; }
        public string? Condition { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public DateOnly? WithdrawnOn { get; set; }
        public DateOnly? DepartedOn { get; set; }
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
            ProcedureResult<RegularizationView>? result = act switch
            {
                RegularizationActions.Requirements when v is null => ProcedureResult<RegularizationView>.Stale(),
                RegularizationActions.Requirements => await services.GetRequiredService<UpdateRegularizationRequirements.Handler>()
                    .HandleAsync(id, v, new UpdateRegularizationRequirements.Request(i.Presented), ct),
                RegularizationActions.ExitPermit => await services.GetRequiredService<IssueExitPermit.Handler>().HandleAsync(id, v, ct),
                RegularizationActions.Prevention => await services.GetRequiredService<IssueRegularizationPrevention.Handler>()
                    .HandleAsync(id, v, new IssueRegularizationPrevention.Request(i.NotifiedOn, i.Missing, i.Notes), ct),
                RegularizationActions.PreventionAnswer => await services.GetRequiredService<AnswerRegularizationPrevention.Handler>()
                    .HandleAsync(id, v, new AnswerRegularizationPrevention.Request(i.AnsweredOn), ct),
                RegularizationActions.Dismissal => await services.GetRequiredService<DismissRegularization.Handler>()
                    .HandleAsync(id, v, new DismissRegularization.Request(i.DismissedOn, i.ExitPeriodDays, i.Reasons), ct),
                RegularizationActions.Resolution => await services.GetRequiredService<ResolveRegularization.Handler>()
                    .HandleAsync(id, v, new ResolveRegularization.Request(i.Outcome, i.ResolvedOn, i.Reasons,
                        i.Outcome == "granted" ? i.Condition : null, i.Outcome == "granted" ? i.ValidUntil : null,
                        i.Outcome == "refused" ? i.ExitPeriodDays : null), ct),
                RegularizationActions.Withdrawal => await services.GetRequiredService<WithdrawRegularization.Handler>()
                    .HandleAsync(id, v, new WithdrawRegularization.Request(i.WithdrawnOn, i.ExitPeriodDays, i.Reasons), ct),
                RegularizationActions.Departure => await services.GetRequiredService<RecordDeparture.Handler>()
                    .HandleAsync(id, v, new RecordDeparture.Request(i.DepartedOn), ct),
                RegularizationActions.DepartureOrderLapse => await services.GetRequiredService<LapseDepartureOrder.Handler>().HandleAsync(id, v, ct),
                _ => null,
            };
            switch (result?.Status)
            {
                case null:
                case ProcedureResultStatus.NotFound:
                    return NotFound();
                case ProcedureResultStatus.Ok:
                    Message = l["Registrado: {0}.", l[RegularizationActions.Label(act)]].Value;
                    return Redirect($"/Regularization/{id}");
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

    /// <summary>The field's error, only in the form that failed (every form shares the field names).</summary>
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
        if (Procedure.Principal is { } principal && RegularizationTransitions.IsOpen(Procedure.Status))
        {
            var result2 = await family.EvaluateAsync(FamilyProcedure.Regularization, principal.Id, Procedure.Person.Id, null, id, ct);
            Eligibility = CheckFamilyEligibility.Explain(result2, new(principal.Id, principal.FullName), new(Procedure.Person.Id, Procedure.Person.FullName));
        }

        return Page();
    }
}
