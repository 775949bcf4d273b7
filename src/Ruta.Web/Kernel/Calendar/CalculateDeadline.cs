using System.Globalization;
using FluentValidation;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// The deadline calculator: counts a period from a date for an authority and explains the result.
/// Any signed-in user may use it (page /Calendar/Calculator and GET /api/v1/calendar/deadline).
/// </summary>
public static class CalculateDeadline
{
    /// <summary>The longest period the calculator accepts, in days.</summary>
    public const int MaxDays = 365;

    /// <summary>Query values exactly as received: parsed here so malformed input always gets a Spanish field error.</summary>
    public sealed record Query(string? From, string? Days, string? Unit, string? Authority);

    /// <summary>A non-working day skipped, with its reason and its sources ("weekend", "lfpa", "lft", "published-closure").</summary>
    public sealed record NonWorkingDayRow(DateOnly Date, string Reason, IReadOnlyList<string> Sources);

    public sealed record Response(
        DateOnly DueDate,
        DateOnly AdviseByDate,
        IReadOnlyList<NonWorkingDayRow> NonWorkingDays,
        DateOnly From,
        int Days,
        string Unit,
        string Authority,
        bool LawsDisagree,
        IReadOnlyList<DateOnly> DisputedDays);

    public const string Business = "business";
    public const string Natural = "natural";

    /// <summary>The first and last dates the calculator accepts as a start (the calendar covers 2006–2099).</summary>
    public static readonly DateOnly EarliestFrom = MexicanHolidays.FirstSupportedDate;
    public static readonly DateOnly LatestFrom = new(MexicanHolidays.LastSupportedYear - 1, 12, 31);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(q => q.From)
                .NotEmpty().WithMessage("Indique la fecha inicial (AAAA-MM-DD).")
                .Must(v => TryParseDate(v, out _)).WithMessage("Fecha inválida: use el formato AAAA-MM-DD.")
                .Must(v => TryParseDate(v, out var d) && d >= EarliestFrom && d <= LatestFrom)
                .WithMessage($"La fecha debe estar entre {EarliestFrom:yyyy-MM-dd} y {LatestFrom:yyyy-MM-dd}, los años que cubre el calendario legal.");
            RuleFor(q => q.Days)
                .NotEmpty().WithMessage("Indique el número de días.")
                .Must(v => TryParseInt(v, out _)).WithMessage("Escriba un número entero de días.")
                .Must(v => TryParseInt(v, out var n) && n is >= 1 and <= MaxDays).WithMessage($"Debe estar entre 1 y {MaxDays} días.");
            RuleFor(q => q.Unit)
                .NotEmpty().WithMessage("Indique la unidad: business (días hábiles) o natural (días naturales).")
                .Must(v => ParseUnit(v) is not null).WithMessage("Unidad desconocida: use business (días hábiles) o natural (días naturales).");
            RuleFor(q => q.Authority)
                .NotEmpty().WithMessage("Indique la autoridad.")
                .Must(v => NormalizeAgency(v) is not null).WithMessage("Autoridad desconocida.");
        }
    }

    private static readonly Validator QueryValidator = new();

    /// <summary>Validates, then computes with the current calendar. Exactly one of the two results is set.</summary>
    public static async Task<(Response? Response, Dictionary<string, string[]>? Errors)> HandleAsync(
        Query query, RutaDbContext db, LegalCalendarProvider calendars, CancellationToken cancellationToken)
    {
        var validation = await QueryValidator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return (null, validation.ToFieldErrors());
        }

        TryParseDate(query.From, out var from);
        TryParseInt(query.Days, out var days);
        var unit = ParseUnit(query.Unit)!.Value;
        var authority = NormalizeAgency(query.Authority)!;
        var calendar = await calendars.GetAsync(db, cancellationToken);
        DeadlineComputation result;
        try
        {
            result = calendar.Compute(from, days, unit, authority);
        }
        catch (ArgumentOutOfRangeException)
        {
            return (null, new() { ["from"] = ["El plazo termina después del último año que cubre el calendario legal."] });
        }

        var rows = result.NonWorkingDays
            .Select(d => new NonWorkingDayRow(d.Date, d.Reason, SourceNames(d.Sources)))
            .ToList();
        // Days only one of LFPA art. 28 and LFT art. 74 declares non-working: the reason the two dates differ.
        var disputed = result.NonWorkingDays
            .GroupBy(d => d.Date)
            .Where(g =>
            {
                var flags = g.Aggregate(NonWorkingSources.None, (a, d) => a | d.Sources);
                return (flags & (NonWorkingSources.Weekend | NonWorkingSources.PublishedClosure)) == 0
                    && (flags & (NonWorkingSources.Lfpa | NonWorkingSources.Lft)) is NonWorkingSources.Lfpa or NonWorkingSources.Lft;
            })
            .Select(g => g.Key)
            .ToList();
        return (new Response(result.DueDate, result.AdviseByDate, rows, from, days,
            unit == PeriodUnit.BusinessDays ? Business : Natural, authority, result.LawsDisagree, disputed), null);
    }

    public static RouteGroupBuilder MapCalculatorApi(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar/deadline", async (string? from, string? days, string? unit, string? authority,
                RutaDbContext db, LegalCalendarProvider calendars, CancellationToken ct) =>
            {
                var (response, errors) = await HandleAsync(new Query(from, days, unit, authority), db, calendars, ct);
                return response is not null
                    ? Results.Ok(response)
                    : Results.ValidationProblem(errors!, title: "La solicitud tiene datos inválidos");
            })
            .RequireAuthorization(Policies.Authenticated)
            .WithTags("Calendar")
            .WithName("CalculateDeadline")
            .WithSummary("Calcula la fecha de vencimiento y la fecha para avisar de un plazo legal.")
            .Produces<Response>()
            .ProducesValidationProblem();
        return api;
    }

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryParseInt(string? value, out int number) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number);

    public static PeriodUnit? ParseUnit(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        Business => PeriodUnit.BusinessDays,
        Natural => PeriodUnit.NaturalDays,
        _ => null,
    };

    /// <summary>The agency code in its canonical spelling, or null if <paramref name="value"/> names no agency.</summary>
    public static string? NormalizeAgency(string? value) =>
        AgencyCodes.All.FirstOrDefault(a => string.Equals(a, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static List<string> SourceNames(NonWorkingSources sources)
    {
        var names = new List<string>(2);
        if (sources.HasFlag(NonWorkingSources.Weekend))
        {
            names.Add("weekend");
        }

        if (sources.HasFlag(NonWorkingSources.Lfpa))
        {
            names.Add("lfpa");
        }

        if (sources.HasFlag(NonWorkingSources.Lft))
        {
            names.Add("lft");
        }

        if (sources.HasFlag(NonWorkingSources.PublishedClosure))
        {
            names.Add("published-closure");
        }

        return names;
    }
}
