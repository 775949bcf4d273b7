using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// Closures published in the DOF: everyone signed in may list them; reference-data managers record and
/// delete them (page /Calendar/Closures and /api/v1/calendar/closures). Every change is audited by the
/// interceptor and makes the legal calendar reload.
/// </summary>
public static class ManageClosures
{
    /// <summary>The longest closure accepted, to catch typing errors in the year; longer suspensions are recorded per acuerdo.</summary>
    public const int MaxClosureDays = 366;

    public sealed record Row(Guid Id, string AuthorityCode, DateOnly FirstDay, DateOnly LastDay, string DofReference,
        string Description, string CreatedBy, DateTime CreatedAt, bool IsSeeded);

    /// <summary>A closure to record; dates as "AAAA-MM-DD" text, parsed here so errors come back per field in Spanish.</summary>
    public sealed record RecordClosure(string? AuthorityCode, string? FirstDay, string? LastDay, string? DofReference, string? Description);

    public sealed class Validator : AbstractValidator<RecordClosure>
    {
        public Validator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.AuthorityCode)
                .NotEmpty().WithMessage("Indique la autoridad que publicó el cierre.")
                .Must(v => CalculateDeadline.NormalizeAgency(v) is not null).WithMessage("Autoridad desconocida.");
            RuleFor(c => c.FirstDay)
                .NotEmpty().WithMessage("Indique el primer día inhábil (AAAA-MM-DD).")
                .Must(v => CalculateDeadline.TryParseDate(v, out _)).WithMessage("Fecha inválida: use el formato AAAA-MM-DD.")
                .Must(BeSupported).WithMessage($"La fecha debe estar entre {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd} y {MexicanHolidays.LastSupportedDate:yyyy-MM-dd}.");
            RuleFor(c => c.LastDay)
                .NotEmpty().WithMessage("Indique el último día inhábil (AAAA-MM-DD).")
                .Must(v => CalculateDeadline.TryParseDate(v, out _)).WithMessage("Fecha inválida: use el formato AAAA-MM-DD.")
                .Must(BeSupported).WithMessage($"La fecha debe estar entre {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd} y {MexicanHolidays.LastSupportedDate:yyyy-MM-dd}.");
            RuleFor(c => c.LastDay)
                .Must((c, last) => !CalculateDeadline.TryParseDate(c.FirstDay, out var f) || !CalculateDeadline.TryParseDate(last, out var l) || l >= f)
                .WithMessage("El último día no puede ser anterior al primero.")
                .Must((c, last) => !CalculateDeadline.TryParseDate(c.FirstDay, out var f) || !CalculateDeadline.TryParseDate(last, out var l) || l.DayNumber - f.DayNumber < MaxClosureDays)
                .WithMessage($"Un cierre no puede abarcar más de {MaxClosureDays} días; registre cada acuerdo por separado.");
            RuleFor(c => c.DofReference)
                .NotEmpty().WithMessage("Indique la referencia de la publicación en el DOF (p. ej. «Acuerdo SEGOB, DOF 29/05/2024»).")
                .MaximumLength(200).WithMessage("Máximo 200 caracteres.");
            RuleFor(c => c.Description)
                .NotEmpty().WithMessage("Describa el cierre (p. ej. «días inhábiles del 29 al 31 de mayo de 2024»).")
                .MaximumLength(300).WithMessage("Máximo 300 caracteres.");
        }

        private static bool BeSupported(string? value) =>
            CalculateDeadline.TryParseDate(value, out var d) && d >= MexicanHolidays.FirstSupportedDate && d <= MexicanHolidays.LastSupportedDate;
    }

    private static readonly Validator RecordValidator = new();

    public abstract record Outcome;
    public sealed record Recorded(Row Closure) : Outcome;
    public sealed record Invalid(ValidationResult Validation) : Outcome;
    public sealed record Refused(string Code, string Detail) : Outcome;
    public sealed record Deleted : Outcome;
    public sealed record NotFound : Outcome;

    public static Task<List<Row>> ListAsync(RutaDbContext db, string? authority, CancellationToken cancellationToken)
    {
        var closures = db.Set<PublishedClosureRecord>().AsNoTracking();
        var code = CalculateDeadline.NormalizeAgency(authority);
        if (!string.IsNullOrWhiteSpace(authority))
        {
            closures = closures.Where(c => c.AuthorityCode == code);
        }

        return closures
            .OrderByDescending(c => c.FirstDay).ThenBy(c => c.AuthorityCode).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.AuthorityCode, c.FirstDay, c.LastDay, c.DofReference, c.Description, c.CreatedBy, c.CreatedAt, c.IsSeeded))
            .ToListAsync(cancellationToken);
    }

    public static async Task<Outcome> RecordAsync(RecordClosure command, RutaDbContext db, LegalCalendarProvider calendars,
        ICurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = await RecordValidator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return new Invalid(validation);
        }

        var authority = CalculateDeadline.NormalizeAgency(command.AuthorityCode)!;
        CalculateDeadline.TryParseDate(command.FirstDay, out var first);
        CalculateDeadline.TryParseDate(command.LastDay, out var last);
        if (await db.Set<PublishedClosureRecord>().AnyAsync(c => c.AuthorityCode == authority && c.FirstDay == first && c.LastDay == last, cancellationToken))
        {
            return new Refused("calendar.duplicate-closure",
                $"Ya está registrado un cierre de {authority} del {first:yyyy-MM-dd} al {last:yyyy-MM-dd}.");
        }

        var record = new PublishedClosureRecord
        {
            Id = Guid.CreateVersion7(),
            AuthorityCode = authority,
            FirstDay = first,
            LastDay = last,
            DofReference = command.DofReference!.Trim(),
            Description = command.Description!.Trim(),
            CreatedBy = user.UserName ?? "",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return new Recorded(ToRow(record));
    }

    public static async Task<Outcome> DeleteAsync(Guid id, RutaDbContext db, LegalCalendarProvider calendars, CancellationToken cancellationToken)
    {
        var record = await db.Set<PublishedClosureRecord>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return new NotFound();
        }

        if (record.IsSeeded)
        {
            return new Refused("calendar.seeded-closure",
                "Este cierre es parte del catálogo verificado de Ruta y se vuelve a cargar en cada arranque; corríjalo en el código (KnownClosures).");
        }

        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return new Deleted();
    }

    public static RouteGroupBuilder MapClosuresApi(this RouteGroupBuilder api)
    {
        var closures = api.MapGroup("/calendar/closures").WithTags("Calendar");
        closures.MapGet("", async (string? authority, RutaDbContext db, CancellationToken ct) =>
                Results.Ok(await ListAsync(db, authority, ct)))
            .RequireAuthorization(Policies.Authenticated)
            .WithName("ListClosures")
            .WithSummary("Días inhábiles publicados en el DOF por cada autoridad.")
            .Produces<List<Row>>();
        closures.MapGet("/{id:guid}", async (Guid id, RutaDbContext db, CancellationToken ct) =>
                await db.Set<PublishedClosureRecord>().AsNoTracking().Where(c => c.Id == id)
                    .Select(c => new Row(c.Id, c.AuthorityCode, c.FirstDay, c.LastDay, c.DofReference, c.Description, c.CreatedBy, c.CreatedAt, c.IsSeeded))
                    .FirstOrDefaultAsync(ct) is { } row
                    ? Results.Ok(row)
                    : Problems.NotFound("No existe ese cierre."))
            .RequireAuthorization(Policies.Authenticated)
            .WithName("GetClosure")
            .Produces<Row>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        closures.MapPost("", async (RecordClosure command, RutaDbContext db, LegalCalendarProvider calendars, ICurrentUser user,
                TimeProvider clock, CancellationToken ct) =>
                await RecordAsync(command, db, calendars, user, clock, ct) switch
                {
                    Recorded r => Results.Created($"/api/v1/calendar/closures/{r.Closure.Id}", r.Closure),
                    Invalid i => Problems.Validation(i.Validation),
                    Refused f => Problems.Conflict(f.Detail, f.Code),
                    _ => throw new InvalidOperationException("Unexpected outcome."),
                })
            .RequireAuthorization(Policies.ReferenceDataManage)
            .WithName("RecordClosure")
            .WithSummary("Registra días inhábiles publicados en el DOF por una autoridad.")
            .Produces<Row>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        closures.MapDelete("/{id:guid}", async (Guid id, RutaDbContext db, LegalCalendarProvider calendars, CancellationToken ct) =>
                await DeleteAsync(id, db, calendars, ct) switch
                {
                    Deleted => Results.NoContent(),
                    NotFound => Problems.NotFound("No existe ese cierre."),
                    Refused f => Problems.Conflict(f.Detail, f.Code),
                    _ => throw new InvalidOperationException("Unexpected outcome."),
                })
            .RequireAuthorization(Policies.ReferenceDataManage)
            .WithName("DeleteClosure")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static Row ToRow(PublishedClosureRecord c) =>
        new(c.Id, c.AuthorityCode, c.FirstDay, c.LastDay, c.DofReference, c.Description, c.CreatedBy, c.CreatedAt, c.IsSeeded);
}
