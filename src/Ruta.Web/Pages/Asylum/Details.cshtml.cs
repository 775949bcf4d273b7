using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Asylum;
using Ruta.Web.Modules.Asylum.Features;
using Ruta.Web.Pages.Shared;

namespace Ruta.Web.Pages.Asylum;

/// <summary>
/// A claim's file: facts, persons, deadlines, oficios, timeline, documents due, and one form per act
/// the transition table and the user's role allow now (<see cref="AsylumClaimView.AllowedActions"/>).
/// Each form posts to the same handler as POST /api/v1/asylum-claims/{id}/{action}.
/// </summary>
[Authorize(Policy = AsylumPolicies.Read)]
public sealed class DetailsModel(GetAsylumClaim.Handler get, RutaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty]
    public ActInput Input { get; set; } = new();

    public AsylumClaimView Claim { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    /// <summary>Today in Mexico City: the latest date the forms' date fields accept.</summary>
    public DateOnly Today => Kernel.Calendar.MexicoCity.Today(clock);

    /// <summary>The act whose form failed: it is shown open, with its field errors.</summary>
    public string? FailedAction { get; private set; }

    /// <summary>Every field of every act's form; each form posts only its own. Names match the API's JSON fields.</summary>
    public sealed class ActInput
    {
        public int? Version { get; set; }
        public Guid? PersonId { get; set; }
        public DateOnly? RatifiedOn { get; set; }
        public bool? Admitted { get; set; }
        public DateOnly? DecidedOn { get; set; }
        public DateOnly? AnsweredOn { get; set; }
        public string? Reasons { get; set; }
        public DateOnly? HeldOn { get; set; }
        public string? InterpreterLanguage { get; set; }
        public string? Notes { get; set; }
        public DateOnly? ScheduledOn { get; set; }
        public bool? Attended { get; set; }
        public string? Agency { get; set; }
        public DateOnly? RequestedOn { get; set; }
        public string? Subject { get; set; }
        public Guid? RequestId { get; set; }
        public DateOnly? ReceivedOn { get; set; }
        public string? Summary { get; set; }
        public string? Description { get; set; }
        public string? Ground { get; set; }
        public string? Reason { get; set; }
        public DateOnly? AgreedOn { get; set; }
        public int? BusinessDays { get; set; }
        public string? Outcome { get; set; }
        public DateOnly? ResolvedOn { get; set; }
        public bool ComplementaryProtectionAssessed { get; set; }
        public DateOnly? NotifiedOn { get; set; }
        public DateOnly? FiledOn { get; set; }
        public string? Decision { get; set; }
        public DateOnly? DeclaredOn { get; set; }
        public DateOnly? WithdrawnOn { get; set; }
        public DateOnly? DeterminedOn { get; set; }
        public bool ExpressConsent { get; set; }
        public DateOnly? ConsentGivenOn { get; set; }
        public string? ConsentEvidence { get; set; }
        public string? Purpose { get; set; }
        public string? Kind { get; set; }
        public DateOnly? On { get; set; }
        public string? At { get; set; }
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
            var result = act switch
            {
                AsylumActions.Ratification => Of(await services.GetRequiredService<RatifyClaim.Handler>()
                    .HandleAsync(id, v, new RatifyClaim.Request(i.RatifiedOn), ct)),
                AsylumActions.RatificationLapse => Of(await services.GetRequiredService<MarkRatificationLapsed.Handler>().HandleAsync(id, v, ct)),
                AsylumActions.LateFilingDecision => Of(await services.GetRequiredService<DecideLateFiling.Handler>()
                    .HandleAsync(id, v, new DecideLateFiling.Request(i.Admitted, i.DecidedOn, i.AnsweredOn, i.Reasons), ct)),
                AsylumActions.Interview => Of(await services.GetRequiredService<RecordInterview.Handler>()
                    .HandleAsync(id, v, new RecordInterview.Request(i.PersonId, i.HeldOn, i.InterpreterLanguage, i.Notes), ct)),
                AsylumActions.Signing => Of(await services.GetRequiredService<RecordSigning.Handler>()
                    .HandleAsync(id, v, new RecordSigning.Request(i.PersonId, i.ScheduledOn, i.Attended), ct)),
                AsylumActions.OpinionRequest => Of(await services.GetRequiredService<RequestOpinion.Handler>()
                    .HandleAsync(id, v, new RequestOpinion.Request(i.Agency, i.RequestedOn, i.Subject), ct)),
                AsylumActions.OpinionResponse => Of(await services.GetRequiredService<RecordOpinionResponse.Handler>()
                    .HandleAsync(id, v, new RecordOpinionResponse.Request(i.RequestId, i.ReceivedOn, i.Summary), ct)),
                AsylumActions.Evidence => Of(await services.GetRequiredService<ReceiveEvidence.Handler>()
                    .HandleAsync(id, v, new ReceiveEvidence.Request(i.PersonId, i.ReceivedOn, i.Description), ct)),
                AsylumActions.Extension => Of(await services.GetRequiredService<ExtendResolutionPeriod.Handler>()
                    .HandleAsync(id, v, new ExtendResolutionPeriod.Request(i.Ground, i.Reason, i.AgreedOn, i.BusinessDays), ct)),
                AsylumActions.Resolution => Of(await services.GetRequiredService<RecordResolution.Handler>()
                    .HandleAsync(id, v, new RecordResolution.Request(i.Outcome, i.ResolvedOn, i.Reasons, i.ComplementaryProtectionAssessed), ct)),
                AsylumActions.Notification => Of(await services.GetRequiredService<RecordNotification.Handler>()
                    .HandleAsync(id, v, new RecordNotification.Request(i.NotifiedOn), ct)),
                AsylumActions.Appeal => Of(await services.GetRequiredService<FileAppeal.Handler>()
                    .HandleAsync(id, v, new FileAppeal.Request(i.FiledOn), ct)),
                AsylumActions.AppealWindowLapse => Of(await services.GetRequiredService<MarkAppealWindowLapsed.Handler>().HandleAsync(id, v, ct)),
                AsylumActions.AppealDecision => Of(await services.GetRequiredService<DecideAppeal.Handler>()
                    .HandleAsync(id, v, new DecideAppeal.Request(i.Decision, i.Outcome, i.DecidedOn, i.Reasons), ct)),
                AsylumActions.Abandonment => Of(await services.GetRequiredService<RecordAbandonment.Handler>()
                    .HandleAsync(id, v, new RecordAbandonment.Request(i.Ground, i.DeclaredOn, i.Reasons), ct)),
                AsylumActions.Withdrawal => Of(await services.GetRequiredService<RecordWithdrawal.Handler>()
                    .HandleAsync(id, v, new RecordWithdrawal.Request(i.WithdrawnOn, i.Reasons), ct)),
                AsylumActions.Article52Determination => Of(await services.GetRequiredService<RecordArticle52Determination.Handler>()
                    .HandleAsync(id, v, new RecordArticle52Determination.Request(i.PersonId, i.Ground, i.DeterminedOn, i.Reasons), ct)),
                AsylumActions.Appointment => Of(await services.GetRequiredService<ScheduleAppointment.Handler>()
                    .HandleAsync(id, v, new ScheduleAppointment.Request(i.Kind, i.On, i.At), ct)),
                AsylumActions.ConsularContact => Of(await services.GetRequiredService<RequestConsularContact.Handler>()
                    .HandleAsync(id, v, new RequestConsularContact.Request(i.PersonId, i.ExpressConsent, i.ConsentGivenOn, i.ConsentEvidence,
                        i.Purpose), ct)),
                _ => ((AsylumResultStatus, IReadOnlyDictionary<string, string[]>)?)null,
            };
            if (result is not var (status, errors))
            {
                return NotFound();
            }

            switch (status)
            {
                case AsylumResultStatus.Ok:
                    Message = l["Registrado: {0}.", l[AsylumLabels.Action(act)]].Value;
                    return Redirect($"/Asylum/{id}");
                case AsylumResultStatus.NotFound:
                    return NotFound();
                case AsylumResultStatus.Forbidden:
                    return Forbid();
                case AsylumResultStatus.Stale:
                    Error = l["Otra persona modificó esta solicitud después de que usted la abrió. Revise el expediente y vuelva a registrar el acto."];
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    foreach (var (field, messages) in errors)
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

    private static (AsylumResultStatus, IReadOnlyDictionary<string, string[]>)? Of<T>(AsylumResult<T> result) => (result.Status, result.Errors);

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
            case AsylumResultStatus.Forbidden:
                return Forbid();
            case AsylumResultStatus.NotFound:
                return NotFound();
        }

        Claim = result.Value!;
        return Page();
    }
}
