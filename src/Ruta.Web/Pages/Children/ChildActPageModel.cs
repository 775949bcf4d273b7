using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Children;
using Ruta.Web.Modules.Children.Features;
using Ruta.Web.Pages.Shared;

namespace Ruta.Web.Pages.Children;

/// <summary>
/// What the Procuraduría's file and INM's view share: the read purpose (asked first, logged), the act
/// forms and one POST that runs an act through the same handler as the API, then shows the page again
/// with the error where the act was refused.
/// </summary>
public abstract class ChildActPageModel(RutaDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    protected RutaDbContext Db { get; } = db;

    protected IStringLocalizer<SharedResource> Localizer { get; } = l;

    [BindProperty]
    public ChildActInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "purpose")]
    public string? Purpose { get; set; }

    [BindProperty(SupportsGet = true, Name = "purposeDetail")]
    public string? PurposeDetail { get; set; }

    public ActFormsModel? Forms { get; protected set; }
    public string? PurposeError { get; protected set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; protected set; }
    public string? FailedAction { get; private set; }

    /// <summary>This page's address for a case ("/Children/Case/{id}").</summary>
    protected abstract string PagePath(Guid id);

    /// <summary>The purpose assumed after an act when none was given (the act itself is the reason to read).</summary>
    protected abstract string DefaultPurpose { get; }

    /// <summary>Reads the case for the purpose given and fills the page.</summary>
    protected abstract Task<IActionResult> ShowAsync(Guid id, CancellationToken ct);

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
                    Message = Localizer["Registrado: {0}.", Localizer[ChildPageActs.Label(act)]].Value;
                    return Redirect(ChildPageSupport.PurposeUrl(PagePath(id), Purpose ?? DefaultPurpose, PurposeDetail) + "#acts");
                case ChildResultStatus.Stale:
                    Error = Localizer["Otra persona modificó este caso después de que usted lo abrió. Revise el caso y vuelva a registrar el acto."];
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    ChildPageSupport.AddErrors(ModelState, result.Value.Errors, Localizer);
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                    break;
            }
        }
        catch (Exception e) when (ActRefusal.TryDescribe(e, Localizer, ActRefusal.ActNotAllowed, out var refusal, out var refusalStatus))
        {
            Error = refusal;
            Response.StatusCode = refusalStatus;
        }

        Db.ChangeTracker.Clear();
        FailedAction = act;
        return await ShowAsync(id, ct);
    }

    /// <summary>The purpose as a value, or null with <see cref="PurposeError"/> set (no purpose yet: the page asks for it).</summary>
    protected ReadPurpose? ParsePurpose()
    {
        if (string.IsNullOrWhiteSpace(Purpose))
        {
            return null;
        }

        var (purpose, error) = ReadPurposes.Parse(Purpose, PurposeDetail);
        PurposeError = error;
        return purpose;
    }
}
