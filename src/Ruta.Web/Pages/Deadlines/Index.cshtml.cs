using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Deadlines;

/// <summary>"Mis plazos": the deadlines of the user's agency, overdue first. Same handler as GET /api/v1/deadlines.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class IndexModel(RutaDbContext db, TimeProvider clock) : PageModel
{
    public MyDeadlines.PageResult? Result { get; private set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    /// <remarks>Read from the query string only: "page" is also the Razor Pages route value naming this page.</remarks>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "status")] string? status, [FromQuery(Name = "page")] string? page,
        CancellationToken cancellationToken)
    {
        var query = new MyDeadlines.Query(status, page);
        if (MyDeadlines.Validate(query) is { } errors)
        {
            Errors = errors;
            query = new MyDeadlines.Query("open", "1");
        }

        Result = await MyDeadlines.HandleAsync(query, User.AgencyCode()!, db, clock, cancellationToken);
        return Page();
    }
}
