using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Modules.Removals;

public enum RemovalsResultStatus { Ok, Invalid, NotFound, Forbidden, Stale, PreconditionRequired }

/// <summary>
/// How a removals command or query ended. The API turns it into a status code and problem details
/// (<see cref="ToProblem"/>), the pages into field errors. Nothing is written unless it is Ok. Legal
/// refusals and illegal moves are exceptions (DomainRuleException, IllegalTransitionException).
/// </summary>
public sealed record RemovalsResult<T>
{
    public RemovalsResultStatus Status { get; private init; }
    public T? Value { get; private init; }

    /// <summary>Field errors keyed like the request's JSON (camelCase), Spanish messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public bool IsOk => Status == RemovalsResultStatus.Ok;

    public static RemovalsResult<T> Ok(T value) => new() { Status = RemovalsResultStatus.Ok, Value = value };

    public static RemovalsResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new() { Status = RemovalsResultStatus.Invalid, Errors = errors };

    public static RemovalsResult<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static RemovalsResult<T> NotFound() => new() { Status = RemovalsResultStatus.NotFound };

    public static RemovalsResult<T> Forbidden() => new() { Status = RemovalsResultStatus.Forbidden };

    public static RemovalsResult<T> Stale() => new() { Status = RemovalsResultStatus.Stale };

    public static RemovalsResult<T> PreconditionRequired() => new() { Status = RemovalsResultStatus.PreconditionRequired };

    public RemovalsResult<TOther> As<TOther>() => IsOk
        ? throw new InvalidOperationException("Only a failure changes its value type.")
        : new RemovalsResult<TOther> { Status = Status, Errors = Errors };

    /// <summary>The problem details of a failed result: 400 field errors, 403, 404, 412, 428.</summary>
    public IResult ToProblem(string notFound = "No existe esa salida.") => Status switch
    {
        RemovalsResultStatus.Invalid => Results.ValidationProblem(Errors.ToDictionary(e => e.Key, e => e.Value),
            title: "La solicitud tiene datos inválidos"),
        RemovalsResultStatus.NotFound => Problems.NotFound(notFound),
        RemovalsResultStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Acceso denegado",
            detail: "Su dependencia o su rol no permiten este acto sobre salidas del país."),
        RemovalsResultStatus.Stale => Problems.PreconditionFailed(),
        RemovalsResultStatus.PreconditionRequired => Problems.PreconditionRequired(),
        _ => throw new InvalidOperationException("A successful result is not a problem."),
    };
}
