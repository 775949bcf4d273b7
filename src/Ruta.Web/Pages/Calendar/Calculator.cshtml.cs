using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Calendar;

/// <summary>The deadline calculator; a GET form, so a result can be bookmarked or shared. Same handler as the API.</summary>
public sealed class CalculatorModel(RutaDbContext db, LegalCalendarProvider calendars, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "days")]
    public string? Days { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "authority")]
    public string? Authority { get; set; }

    public CalculateDeadline.Response? Result { get; private set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public IReadOnlyList<AgencyOption> Agencies { get; private set; } = [];

    public sealed record AgencyOption(string Code, string Name);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        Agencies = await db.Set<Agency>().AsNoTracking()
            .OrderBy(a => a.Code)
            .Select(a => new AgencyOption(a.Code, english ? a.NameEn : a.Name))
            .ToListAsync(cancellationToken);

        if (From is null && Days is null && Unit is null && Authority is null)
        {
            // First visit: a blank form with sensible defaults, no errors.
            From = MexicoCity.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Unit = CalculateDeadline.Business;
            Authority = User.AgencyCode();
            return;
        }

        var (result, errors) = await CalculateDeadline.HandleAsync(new CalculateDeadline.Query(From, Days, Unit, Authority), db, calendars, cancellationToken);
        Result = result;
        Errors = errors ?? [];
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? messages[0] : null;
}
