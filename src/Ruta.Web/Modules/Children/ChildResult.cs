namespace Ruta.Web.Modules.Children;

public enum ChildResultStatus { Ok, Invalid, NotFound, Forbidden, Stale }

/// <summary>
/// How a command or query of the module ended. The API turns it into a status code and problem
/// details, the pages into field errors. Nothing is written unless it is Ok. Legal refusals and
/// illegal moves are exceptions (DomainRuleException, IllegalTransitionException).
/// </summary>
public sealed record ChildResult<T>
{
    public ChildResultStatus Status { get; private init; }
    public T? Value { get; private init; }

    /// <summary>Field errors keyed like the request's JSON (camelCase), Spanish messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public bool IsOk => Status == ChildResultStatus.Ok;

    public static ChildResult<T> Ok(T value) => new() { Status = ChildResultStatus.Ok, Value = value };

    public static ChildResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new() { Status = ChildResultStatus.Invalid, Errors = errors };

    public static ChildResult<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ChildResult<T> NotFound() => new() { Status = ChildResultStatus.NotFound };

    public static ChildResult<T> Forbidden() => new() { Status = ChildResultStatus.Forbidden };

    public static ChildResult<T> Stale() => new() { Status = ChildResultStatus.Stale };

    public ChildResult<TOther> As<TOther>() => IsOk
        ? throw new InvalidOperationException("Only a failure changes its value type.")
        : new ChildResult<TOther> { Status = Status, Errors = Errors };
}
