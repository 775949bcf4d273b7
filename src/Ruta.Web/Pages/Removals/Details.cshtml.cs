using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Removals;
using Ruta.Web.Modules.Removals.Features;
using Ruta.Web.Pages.Shared;

namespace Ruta.Web.Pages.Removals;

/// <summary>
/// A removal: facts, rights checklist, family, amparos, acts, and one form per act the transition table
/// and the user's role allow now (<see cref="RemovalView.AllowedActions"/>). Each form posts to the same
/// handler as POST /api/v1/migration/removals/{id}/{action}; amparo forms to the amparo handlers.
/// </summary>
[Authorize(Policy = RemovalsPolicies.Read)]
public sealed class DetailsModel(GetRemoval.Handler get, RutaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const string AmparoResolution = "amparo-resolution";
    public const string AmparoSuspension = "amparo-suspension";

    [BindProperty]
    public ActInput Input { get; set; } = new();

    public RemovalView Removal { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    /// <summary>The act whose form failed: shown open, with its field errors.</summary>
    public string? FailedAction { get; private set; }

    public DateOnly Today => MexicoCity.Today(clock);

    /// <summary>Every field of every form; each form posts only its own. Names match the API's JSON fields.</summary>
    public sealed class ActInput
    {
        public int? Version { get; set; }
        public string? Right { get; set; }
        public DateOnly? GivenOn { get; set; }
        public bool Declined { get; set; }
        public string? Notes { get; set; }
        public DateOnly? ScheduledDate { get; set; }
        public string? ExitPoint { get; set; }
        public string? Transport { get; set; }
        public List<Guid> SeparatedPersonIds { get; set; } = [];
        public string? SeparationReason { get; set; }
        public string? Reason { get; set; }
        public DateOnly? CancelledOn { get; set; }
        public Guid? AmparoId { get; set; }
        public string? Court { get; set; }
        public string? CaseNumber { get; set; }
        public DateOnly? FiledOn { get; set; }
        public string? Suspension { get; set; }
        public DateOnly? SuspensionOn { get; set; }
        public string? Outcome { get; set; }
        public DateOnly? ResolvedOn { get; set; }
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
                RemovalActions.Rights => Of(await services.GetRequiredService<RecordRight.Handler>()
                    .HandleAsync(id, v, new RecordRight.Request(i.Right, i.GivenOn, i.Declined, i.Notes), ct)),
                RemovalActions.Schedule => Of(await services.GetRequiredService<ScheduleRemoval.Handler>()
                    .HandleAsync(id, v, new ScheduleRemoval.Request(i.ScheduledDate, i.ExitPoint, i.Transport, i.SeparatedPersonIds, i.SeparationReason), ct)),
                RemovalActions.Reschedule => Of(await services.GetRequiredService<RescheduleRemoval.Handler>()
                    .HandleAsync(id, v, new RescheduleRemoval.Request(i.ScheduledDate, i.Reason), ct)),
                RemovalActions.Execute => Of(await services.GetRequiredService<ExecuteRemoval.Handler>()
                    .HandleAsync(id, v, new ExecuteRemoval.Request(i.Notes, i.SeparationReason), ct)),
                RemovalActions.Cancel => Of(await services.GetRequiredService<CancelRemoval.Handler>()
                    .HandleAsync(id, v, new CancelRemoval.Request(i.CancelledOn, i.Reason), ct)),
                RemovalActions.Resume => Of(await services.GetRequiredService<ResumeRemoval.Handler>()
                    .HandleAsync(id, v, new ResumeRemoval.Request(i.ScheduledDate), ct)),
                RemovalActions.Amparo => Of(await services.GetRequiredService<RecordAmparo.Handler>()
                    .HandleAsync(new RecordAmparo.Request(null, id, i.Court, i.CaseNumber, i.FiledOn, i.Suspension, i.SuspensionOn), ct)),
                AmparoSuspension => Of(await services.GetRequiredService<ResolveAmparo.Handler>()
                    .RecordSuspensionAsync(i.AmparoId ?? Guid.Empty, v, new ResolveAmparo.SuspensionRequest(i.Suspension, i.SuspensionOn), ct)),
                AmparoResolution => Of(await services.GetRequiredService<ResolveAmparo.Handler>()
                    .ResolveAsync(i.AmparoId ?? Guid.Empty, v, new ResolveAmparo.Request(i.Outcome, i.ResolvedOn, i.Notes), ct)),
                _ => ((RemovalsResultStatus, IReadOnlyDictionary<string, string[]>)?)null,
            };
            if (result is not var (status, errors))
            {
                return NotFound();
            }

            switch (status)
            {
                case RemovalsResultStatus.Ok:
                    Message = l["Registrado: {0}.", l[Label(act)]].Value;
                    return Redirect($"/Removals/{id}");
                case RemovalsResultStatus.NotFound:
                    return NotFound();
                case RemovalsResultStatus.Forbidden:
                    return Forbid();
                case RemovalsResultStatus.Stale or RemovalsResultStatus.PreconditionRequired:
                    Error = l["Otra persona modificó este registro después de que usted lo abrió. Revise la salida y vuelva a registrar el acto."];
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    foreach (var (field, messages) in errors)
                    {
                        foreach (var message in messages)
                        {
                            var key = field.StartsWith("separatedPersonIds", StringComparison.Ordinal) ? "SeparatedPersonIds" : field;
                            ModelState.AddModelError("Input." + char.ToUpperInvariant(key[0]) + key[1..], l[message]);
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

    public static string Label(string act) => act switch
    {
        AmparoSuspension => "Registrar acuerdo de suspensión",
        AmparoResolution => "Registrar resolución del amparo",
        _ => RemovalActions.Label(act),
    };

    private static (RemovalsResultStatus, IReadOnlyDictionary<string, string[]>)? Of<T>(RemovalsResult<T> result) => (result.Status, result.Errors);

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
            case RemovalsResultStatus.Forbidden:
                return Forbid();
            case RemovalsResultStatus.NotFound:
                return NotFound();
        }

        Removal = result.Value!;
        return Page();
    }
}
