namespace Ruta.Web.Modules.Asylum;

public enum AsylumResultStatus { Ok, Invalid, NotFound, Forbidden, Stale }

/// <summary>
/// How an asylum command or query ended. The API turns it into a status code and problem details
/// (<see cref="AsylumApi"/>), the pages into field errors. Nothing is written unless it is Ok. Legal
/// refusals and illegal moves are exceptions (DomainRuleException, IllegalTransitionException).
/// </summary>
public sealed record AsylumResult<T>
{
    public AsylumResultStatus Status { get; private init; }
    public T? Value { get; private init; }

    /// <summary>Field errors keyed like the request's JSON (camelCase), Spanish messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public bool IsOk => Status == AsylumResultStatus.Ok;

    public static AsylumResult<T> Ok(T value) => new() { Status = AsylumResultStatus.Ok, Value = value };

    public static AsylumResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new() { Status = AsylumResultStatus.Invalid, Errors = errors };

    public static AsylumResult<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static AsylumResult<T> NotFound() => new() { Status = AsylumResultStatus.NotFound };

    public static AsylumResult<T> Forbidden() => new() { Status = AsylumResultStatus.Forbidden };

    public static AsylumResult<T> Stale() => new() { Status = AsylumResultStatus.Stale };

    public AsylumResult<TOther> As<TOther>() => IsOk
        ? throw new InvalidOperationException("Only a failure changes its value type.")
        : new AsylumResult<TOther> { Status = Status, Errors = Errors };
}
