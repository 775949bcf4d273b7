using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Children;
using Ruta.Web.Modules.Children.Domain;
using Ruta.Web.Modules.Children.Features;
using Ruta.Web.Pages.Shared;

namespace Ruta.Web.Pages.Children;

/// <summary>
/// DIF's page: care centres with their places (capacity, taken, free), canalized children awaiting a
/// place with a placement form each (with their family when accompanied), the children placed with a
/// form to end the stay, and the capacity form for DIF supervisors. Same handlers as the API.
/// </summary>
[Authorize(Policy = ChildrenPolicies.Care)]
public sealed class CareModel(Worklists.Handler worklists, ManageCareCenters.Handler centers, RutaDbContext db, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty]
    public ChildActInput Input { get; set; } = new();

    [BindProperty]
    public int? Capacity { get; set; }

    public CareOverview Care { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    /// <summary>The case (or centre) whose form failed.</summary>
    public Guid? Failed { get; private set; }

    public bool CanPlace => ChildAccess.IsDif(User);

    public bool CanChangeCapacity => ChildAccess.IsDifSupervisor(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostActAsync(Guid id, string act, CancellationToken ct)
    {
        if (act is not ("placement" or "placement-end"))
        {
            return NotFound();
        }

        try
        {
            var result = await ChildPageActs.RunAsync(HttpContext.RequestServices, id, act, Input, ct);
            switch (result!.Value.Status)
            {
                case ChildResultStatus.NotFound:
                    return NotFound();
                case ChildResultStatus.Forbidden:
                    return Forbid();
                case ChildResultStatus.Ok:
                    Message = l["Registrado: {0}.", l[ChildPageActs.Label(act)]].Value;
                    return Redirect("/Children/Care");
                case ChildResultStatus.Stale:
                    Error = l["Otra persona modificó este caso o el centro al mismo tiempo. Revise los lugares y vuelva a intentarlo."];
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    ChildPageSupport.AddErrors(ModelState, result.Value.Errors, l);
                    Error = string.Join(" ", result.Value.Errors.SelectMany(e => e.Value).Select(m => l[m].Value));
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                    break;
            }
        }
        catch (Exception e) when (ActRefusal.TryDescribe(e, l, ActRefusal.ActNotAllowed, out var refusal, out var refusalStatus))
        {
            Error = refusal;
            Response.StatusCode = refusalStatus;
        }

        db.ChangeTracker.Clear();
        Failed = id;
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostCapacityAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var result = await centers.ChangeCapacityAsync(id, Input.Version, new ManageCareCenters.CapacityRequest(Capacity), ct);
            switch (result.Status)
            {
                case ChildResultStatus.NotFound:
                    return NotFound();
                case ChildResultStatus.Forbidden:
                    return Forbid();
                case ChildResultStatus.Ok:
                    Message = l["Capacidad actualizada."].Value;
                    return Redirect("/Children/Care");
                case ChildResultStatus.Stale:
                    Error = l["Otra persona cambió este centro al mismo tiempo. Revise los lugares y vuelva a intentarlo."];
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    Error = string.Join(" ", result.Errors.SelectMany(e => e.Value).Select(m => l[m].Value));
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                    break;
            }
        }
        catch (DomainRuleException e)
        {
            Error = $"{l[e.Message]} ({e.LegalBasis})";
            Response.StatusCode = e.Status;
        }

        db.ChangeTracker.Clear();
        Failed = id;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await worklists.CareAsync(ct);
        if (!result.IsOk)
        {
            return Forbid();
        }

        Care = result.Value!;
        return Page();
    }
}
