using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Removal;

/// <summary>
/// POST /api/v1/removals: schedules the removal of a person from Mexico. The guard is asked in the
/// same unit of work: the passing check and the removal are saved together, or nothing is saved and
/// the refusal names every block with its legal basis (409).
/// </summary>
public static class RecordRemoval
{
    public sealed record Request(Guid PersonId, RemovalKind? Kind, DateOnly? ScheduledDate, string? DestinationCountry);

    public sealed record Row(Guid Id, Guid PersonId, RemovalKind Kind, DateOnly ScheduledDate, string DestinationCountry,
        Guid CheckId, string CreatedByAgency, DateTime CreatedAt);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.PersonId).NotEmpty().WithMessage("Indique la persona.");
            RuleFor(r => r.Kind).NotNull().WithMessage("Indique el tipo de salida: deportation, assisted-return o border-rejection.");
            RuleFor(r => r.ScheduledDate).NotNull().WithMessage("Indique la fecha programada (AAAA-MM-DD).")
                .GreaterThanOrEqualTo(today).WithMessage("La fecha programada no puede ser anterior a hoy.");
            RuleFor(r => r.DestinationCountry).NotEmpty().WithMessage("Indique el país de destino (código ISO de 3 letras).")
                .Must(c => BeACountryOtherThanMexico(c!)).When(r => !string.IsNullOrWhiteSpace(r.DestinationCountry))
                .WithMessage("El país de destino debe ser un código ISO 3166-1 alfa-3 de un país distinto de México.");
        }

        private static bool BeACountryOtherThanMexico(string code) =>
            Countries.Find(code) is { } country && !Countries.IsIcaoSpecialCode(country.Code) && country.Code != "MEX";
    }

    public static RouteGroupBuilder MapRecordRemoval(this RouteGroupBuilder api)
    {
        api.MapPost("/removals", async (Request request, RutaDbContext db, RemovalGuard guard, ICurrentUser user,
                TimeProvider clock, CancellationToken ct) =>
            {
                var validation = await new Validator(MexicoCity.Today(clock)).ValidateAsync(request, ct);
                if (!validation.IsValid)
                {
                    return Problems.Validation(validation);
                }

                var row = await HandleAsync(request, db, guard, user, clock, ct);
                return row is null
                    ? Problems.NotFound("No existe una persona con ese identificador.")
                    : Results.Created($"/api/v1/removals/{row.Id}", row);
            })
            .RequireAuthorization(Policies.RemovalRecord).WithTags("Removal").WithName("RecordRemoval")
            .Produces<Row>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/removals/{id:guid}", async (Guid id, RutaDbContext db, CancellationToken ct) =>
                await db.Set<RemovalRecord>().AsNoTracking().Where(r => r.Id == id).Select(ToRow).FirstOrDefaultAsync(ct) is { } row
                    ? Results.Ok(row)
                    : Problems.NotFound("No existe esa salida."))
            .RequireAuthorization(Policies.RemovalCheck).WithTags("Removal").WithName("GetRemoval")
            .Produces<Row>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static readonly System.Linq.Expressions.Expression<Func<RemovalRecord, Row>> ToRow = r =>
        new Row(r.Id, r.PersonId, r.Kind, r.ScheduledDate, r.DestinationCountry, r.CheckId, r.CreatedByAgency, r.CreatedAt);

    private static readonly Func<RemovalRecord, Row> ToRowCompiled = ToRow.Compile();

    /// <summary>
    /// Records the removal of a validated request. Null when the person does not exist; throws
    /// <see cref="DomainRuleException"/> (409) when the guard blocks it, having written nothing.
    /// </summary>
    public static async Task<Row?> HandleAsync(Request request, RutaDbContext db, RemovalGuard guard, ICurrentUser user,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var removal = await AddAsync(request, db, guard, user, clock, cancellationToken);
        if (removal is null)
        {
            return null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ToRowCompiled(removal);
    }

    /// <summary>
    /// Asks the guard and, when it allows, adds the passing check (with its audit entry) and the removal
    /// to the unit of work WITHOUT saving, so that a procedure module saves its own records in the same
    /// transaction. Null when the person does not exist; throws <see cref="Refusal"/> when blocked.
    /// </summary>
    public static async Task<RemovalRecord?> AddAsync(Request request, RutaDbContext db, RemovalGuard guard, ICurrentUser user,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(user);
        var kind = request.Kind!.Value;
        var date = request.ScheduledDate!.Value;
        var evaluation = await guard.EvaluateAsync(request.PersonId, kind, date, cancellationToken);
        if (evaluation is null)
        {
            return null;
        }

        if (!evaluation.Allowed)
        {
            throw Refusal(evaluation.Blocks);
        }

        var check = guard.Record(evaluation);
        var removal = new RemovalRecord(request.PersonId, kind, date, Countries.Find(request.DestinationCountry)!.Code, check.CheckId,
            user.UserId, user.UserName, user.AgencyCode ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(removal);
        return removal;
    }

    /// <summary>
    /// Moves a removal to another date: the guard is asked for that date and, when it allows, the new
    /// passing check is added and the removal points to it (the database checks the pair again).
    /// Not saved. Throws <see cref="Refusal"/> when blocked.
    /// </summary>
    public static async Task<RemovalCheckResult> RescheduleAsync(RemovalRecord removal, DateOnly date, RemovalGuard guard,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(removal);
        ArgumentNullException.ThrowIfNull(guard);
        var evaluation = await guard.EvaluateAsync(removal.PersonId, removal.Kind, date, cancellationToken)
            ?? throw new InvalidOperationException("The person of a removal always exists (foreign key).");
        if (!evaluation.Allowed)
        {
            throw Refusal(evaluation.Blocks);
        }

        var check = guard.Record(evaluation);
        removal.Reschedule(check.CheckId, date);
        return check;
    }

    /// <summary>The 409 of a blocked removal: every block code, every reason, every legal basis.</summary>
    public static DomainRuleException Refusal(IReadOnlyList<RemovalBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return new DomainRuleException(
            string.Join(',', blocks.Select(b => b.Code).Distinct()),
            "La salida está prohibida: " + string.Join(" ", blocks.Select(b => $"[{b.Code}] {b.Reason}")),
            string.Join("; ", blocks.Select(b => b.LegalBasis).Distinct()));
    }
}
