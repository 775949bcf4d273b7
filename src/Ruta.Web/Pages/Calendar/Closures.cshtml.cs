using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Pages.Calendar;

/// <summary>Closures published in the DOF: listed for everyone signed in; recorded and deleted by reference-data managers.</summary>
public sealed class ClosuresModel(
    RutaDbContext db, LegalCalendarProvider calendars, IAuthorizationService authorization, ICurrentUser user, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ClosureForm Input { get; set; } = new();

    public sealed class ClosureForm
    {
        public string? AuthorityCode { get; set; }
        public string? FirstDay { get; set; }
        public string? LastDay { get; set; }
        public string? DofReference { get; set; }
        public string? Description { get; set; }
    }

    public IReadOnlyList<ManageClosures.Row> Closures { get; private set; } = [];

    public IReadOnlyList<CalculatorModel.AgencyOption> Agencies { get; private set; } = [];

    public bool CanManage { get; private set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var command = new ManageClosures.RecordClosure(Input.AuthorityCode, Input.FirstDay, Input.LastDay, Input.DofReference, Input.Description);
        switch (await ManageClosures.RecordAsync(command, db, calendars, user, clock, cancellationToken))
        {
            case ManageClosures.Recorded recorded:
                Notice = string.Format(CultureInfo.CurrentCulture, l["Cierre registrado: {0} del {1} al {2}."],
                    recorded.Closure.AuthorityCode, recorded.Closure.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    recorded.Closure.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return RedirectToPage();
            case ManageClosures.Invalid invalid:
                Errors = invalid.Validation.ToFieldErrors();
                break;
            case ManageClosures.Refused refused:
                Errors = new() { [""] = [refused.Detail] };
                break;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        switch (await ManageClosures.DeleteAsync(id, db, calendars, cancellationToken))
        {
            case ManageClosures.Deleted:
                Notice = l["Cierre eliminado."];
                return RedirectToPage();
            case ManageClosures.NotFound:
                return NotFound();
            case ManageClosures.Refused refused:
                Errors = new() { [""] = [refused.Detail] };
                break;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? messages[0] : null;

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, Policies.ReferenceDataManage)).Succeeded;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanManage = await CanManageAsync();
        Closures = await ManageClosures.ListAsync(db, null, cancellationToken);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        Agencies = await db.Set<Agency>().AsNoTracking()
            .OrderBy(a => a.Code)
            .Select(a => new CalculatorModel.AgencyOption(a.Code, english ? a.NameEn : a.Name))
            .ToListAsync(cancellationToken);
    }
}
