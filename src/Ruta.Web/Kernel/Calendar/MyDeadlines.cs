using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// "Mis plazos": the deadlines of the user's agency, most urgent first (page /Deadlines and
/// GET /api/v1/deadlines). Ordered by due date, then due instant, so overdue ones always come first.
/// </summary>
public static class MyDeadlines
{
    public const int PageSize = 50;

    /// <summary>Status filter values; "all" shows every status.</summary>
    public static readonly IReadOnlyList<string> Filters = ["open", "missed", "met", "suspended", "extended", "cancelled", "all"];

    /// <summary>Query values exactly as received.</summary>
    public sealed record Query(string? Status, string? Page);

    public sealed record Row(
        Guid Id, string CaseType, Guid CaseId, string CaseLink, string Kind, string Description, string LegalBasis,
        DeadlineUnit Unit, int Amount, DateOnly TriggerDate, DateOnly DueDate, DateOnly AdviseByDate, DateTime? DueAt,
        DeadlineStatus Status, bool IsOverdue, int DaysOverdue, int HoursOverdue);

    public sealed record PageResult(IReadOnlyList<Row> Items, string Status, int Page, int PageSize, bool HasMore, DateOnly Today);

    public static Dictionary<string, string[]>? Validate(Query query)
    {
        var errors = new Dictionary<string, string[]>();
        if (ParseStatus(query.Status) is null)
        {
            errors["status"] = ["Estado desconocido: use open, missed, met, suspended, extended, cancelled o all."];
        }

        if (ParsePage(query.Page) is null)
        {
            errors["page"] = ["La página debe ser un número entero entre 1 y 100000."];
        }

        return errors.Count == 0 ? null : errors;
    }

    /// <summary>The page of deadlines of <paramref name="agencyCode"/>; call <see cref="Validate"/> first.</summary>
    public static async Task<PageResult> HandleAsync(Query query, string agencyCode, RutaDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var filter = ParseStatus(query.Status) ?? throw new ArgumentException("Invalid status filter.", nameof(query));
        var page = ParsePage(query.Page) ?? throw new ArgumentException("Invalid page.", nameof(query));
        var now = clock.GetUtcNow();
        var today = MexicoCity.DateOf(now);

        var deadlines = db.Set<Deadline>().AsNoTracking().Where(d => d.ResponsibleAgency == agencyCode);
        if (filter != "all")
        {
            var status = Enum.Parse<DeadlineStatus>(filter, ignoreCase: true);
            deadlines = deadlines.Where(d => d.Status == status);
        }

        var rows = await deadlines
            .OrderBy(d => d.DueDate)
            // Within a day, hour limits (which end during the day) before day limits (which end with it).
            .ThenBy(d => d.DueAt == null ? 1 : 0).ThenBy(d => d.DueAt).ThenBy(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(d => new
            {
                d.Id, d.CaseType, d.CaseId, d.Kind, d.Description, d.LegalBasis, d.Unit, d.Amount, d.TriggerDate,
                d.DueDate, d.AdviseByDate, d.DueAt, d.Status,
            })
            .ToListAsync(cancellationToken);

        var hasMore = rows.Count > PageSize;
        var items = rows.Take(PageSize).Select(d =>
        {
            var overdue = d.Status == DeadlineStatus.Missed
                || (d.Status == DeadlineStatus.Open && (d.Unit == DeadlineUnit.Hours ? d.DueAt < now.UtcDateTime : d.DueDate < today));
            var days = overdue ? Math.Max(0, today.DayNumber - d.DueDate.DayNumber) : 0;
            var hours = overdue && d.DueAt is { } at ? (int)Math.Max(0, (now.UtcDateTime - at).TotalHours) : 0;
            return new Row(d.Id, d.CaseType, d.CaseId, CaseLink(d.CaseType, d.CaseId), d.Kind, d.Description, d.LegalBasis,
                d.Unit, d.Amount, d.TriggerDate, d.DueDate, d.AdviseByDate, d.DueAt, d.Status, overdue, days, hours);
        }).ToList();
        return new PageResult(items, filter, page, PageSize, hasMore, today);
    }

    public static RouteGroupBuilder MapMyDeadlinesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/deadlines", async (string? status, string? page, HttpContext http, RutaDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var query = new Query(status, page);
                if (Validate(query) is { } errors)
                {
                    return Results.ValidationProblem(errors, title: "La solicitud tiene datos inválidos");
                }

                return Results.Ok(await HandleAsync(query, http.User.AgencyCode()!, db, clock, ct));
            })
            .RequireAuthorization(Policies.CaseWork)
            .WithTags("Calendar")
            .WithName("MyDeadlines")
            .WithSummary("Plazos de la agencia del usuario, los más urgentes primero.")
            .Produces<PageResult>()
            .ProducesValidationProblem();
        return api;
    }

    /// <summary>Where the case lives; modules map /{caseType}/{caseId}.</summary>
    public static string CaseLink(string caseType, Guid caseId) =>
        $"/{Uri.EscapeDataString(caseType)}/{caseId.ToString("D", CultureInfo.InvariantCulture)}";

    private static string? ParseStatus(string? value)
    {
        var v = string.IsNullOrWhiteSpace(value) ? "open" : value.Trim().ToLowerInvariant();
        return Filters.Contains(v) ? v : null;
    }

    private static int? ParsePage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 100_000 ? p : null;
    }
}
