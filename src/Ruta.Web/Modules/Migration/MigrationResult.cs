using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Modules.Migration;

public enum MigrationResultStatus { Ok, Invalid, NotFound, Forbidden, Stale }

/// <summary>
/// How a migration command or query ended. The API turns it into a status code and problem details,
/// the pages into field errors. Nothing is written unless it is Ok, except where a refusal must
/// leave a trace (a child's refused admission sends its oficio; a blocked refusal of entry keeps the
/// guard's answer). Legal refusals and illegal moves are exceptions (DomainRuleException, IllegalTransitionException).
/// </summary>
public sealed record MigrationResult<T>
{
    public MigrationResultStatus Status { get; private init; }
    public T? Value { get; private init; }

    /// <summary>Field errors keyed like the request's JSON (camelCase), Spanish messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public bool IsOk => Status == MigrationResultStatus.Ok;

    public static MigrationResult<T> Ok(T value) => new() { Status = MigrationResultStatus.Ok, Value = value };

    public static MigrationResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new() { Status = MigrationResultStatus.Invalid, Errors = errors };

    public static MigrationResult<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static MigrationResult<T> NotFound() => new() { Status = MigrationResultStatus.NotFound };

    public static MigrationResult<T> Forbidden() => new() { Status = MigrationResultStatus.Forbidden };

    public static MigrationResult<T> Stale() => new() { Status = MigrationResultStatus.Stale };

    public MigrationResult<TOther> As<TOther>() => IsOk
        ? throw new InvalidOperationException("Only a failure changes its value type.")
        : new MigrationResult<TOther> { Status = Status, Errors = Errors };

    /// <summary>The problem details of a failed result: 400 field errors, 403, 404, 412.</summary>
    public IResult ToProblem(string notFound) => Status switch
    {
        MigrationResultStatus.Invalid => Results.ValidationProblem(Errors.ToDictionary(e => e.Key, e => e.Value),
            title: "La solicitud tiene datos inválidos"),
        MigrationResultStatus.NotFound => Problems.NotFound(notFound),
        MigrationResultStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Acceso denegado",
            detail: "Solo el personal del INM registra y consulta estos actos; la CNDH consulta el registro de estaciones sin modificarlo."),
        MigrationResultStatus.Stale => Problems.PreconditionFailed(),
        _ => throw new InvalidOperationException("A successful result is not a problem."),
    };
}

/// <summary>Input that cannot be, given the record (a time before the puesta a disposición). A 400 on the field.</summary>
public sealed class MigrationInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
