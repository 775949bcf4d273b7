using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Migration;
using Ruta.Web.Modules.Migration.Domain;
using Ruta.Web.Modules.Migration.Features;
using Ruta.Web.Pages.Shared;

namespace Ruta.Web.Pages.Migration.Stays;

/// <summary>
/// A stay's file: status, rights given, time limits with alerts, oficios, timeline, and (INM only)
/// one form per act the table allows now. Each form posts to the same handler as
/// POST /api/v1/migration/station-stays/{id}/{action}; CNDH auditors see it read-only.
/// </summary>
[Authorize(Policy = MigrationPolicies.Roster)]
public sealed class DetailsModel(GetStationStay.Handler get, RutaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ActInput Input { get; set; } = new();

    public StationStayView Stay { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public string? FailedAction { get; private set; }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public sealed class ActInput
    {
        public int? Version { get; set; }
        public DateTime? RequestedAt { get; set; }
        public string? Statement { get; set; }
        public string? Ground { get; set; }
        public string? Reason { get; set; }
        public DateOnly? AgreedOn { get; set; }
        public DateTime? ReleasedAt { get; set; }
        public string? Reasons { get; set; }
    }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, string act, CancellationToken ct)
    {
        var services = HttpContext.RequestServices;
        var i = Input;
        try
        {
            MigrationResult<StationStayView>? result = act switch
            {
                StayActions.AsylumRequest => await services.GetRequiredService<RecordStayAsylumRequest.Handler>()
                    .HandleAsync(id, i.Version, new RecordStayAsylumRequest.Request(MigrationPageFormat.FromInput(i.RequestedAt), i.Statement), ct),
                StayActions.Extension => await services.GetRequiredService<ExtendStay.Handler>()
                    .HandleAsync(id, i.Version, new ExtendStay.Request(i.Ground, i.Reason, i.AgreedOn), ct),
                StayActions.Release => await services.GetRequiredService<ReleaseFromStation.Handler>()
                    .HandleAsync(id, i.Version, new ReleaseFromStation.Request(i.Ground, MigrationPageFormat.FromInput(i.ReleasedAt), i.Reasons), ct),
                _ => null,
            };
            if (result is null)
            {
                return NotFound();
            }

            switch (result.Status)
            {
                case MigrationResultStatus.Ok:
                    Message = l["Registrado: {0}.", l[MigrationLabels.Action(act)]].Value;
                    return Redirect($"/Migration/Stays/{id}");
                case MigrationResultStatus.NotFound:
                    return NotFound();
                case MigrationResultStatus.Forbidden:
                    return Forbid();
                case MigrationResultStatus.Stale:
                    Error = l["Otra persona modificó esta estancia después de que usted la abrió. Revise el expediente y vuelva a registrar el acto."];
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
            case MigrationResultStatus.Forbidden:
                return Forbid();
            case MigrationResultStatus.NotFound:
                return NotFound();
        }

        Stay = result.Value!;
        return Page();
    }
}
