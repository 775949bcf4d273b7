namespace Ruta.Web.Kernel.Persons;

public enum OutcomeStatus { Ok, Invalid, NotFound, Stale, Conflict }

/// <summary>
/// How a persons command or query ended. The API turns it into a status code and problem details
/// (<see cref="PersonsApi"/>); the pages into field errors and notices. Nothing is written unless
/// <see cref="Status"/> is <see cref="OutcomeStatus.Ok"/>.
/// </summary>
public sealed record PersonsOutcome<T>
{
    public OutcomeStatus Status { get; private init; }
    public T? Value { get; private init; }

    /// <summary>Field errors keyed by the camelCase JSON path ("documents[0].number"), Spanish messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();
    public string? Detail { get; private init; }

    /// <summary>Stable code of a conflict ("curp-already-registered", "family-link-exists"…).</summary>
    public string? Code { get; private init; }

    /// <summary>The other record a conflict is about (the person who already holds a CURP).</summary>
    public Guid? OtherPersonId { get; private init; }

    public bool IsOk => Status == OutcomeStatus.Ok;

    public static PersonsOutcome<T> Ok(T value) => new() { Status = OutcomeStatus.Ok, Value = value };

    public static PersonsOutcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new() { Status = OutcomeStatus.Invalid, Errors = errors, Detail = "La solicitud tiene datos inválidos." };

    public static PersonsOutcome<T> Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static PersonsOutcome<T> NotFound(string detail) => new() { Status = OutcomeStatus.NotFound, Detail = detail };

    public static PersonsOutcome<T> Stale() => new()
    {
        Status = OutcomeStatus.Stale,
        Detail = "Otra persona modificó este registro después de que usted lo leyó. Vuelva a abrirlo y aplique su cambio de nuevo.",
    };

    public static PersonsOutcome<T> Conflict(string code, string detail, string? field = null, Guid? otherPersonId = null) => new()
    {
        Status = OutcomeStatus.Conflict,
        Code = code,
        Detail = detail,
        OtherPersonId = otherPersonId,
        Errors = field is null ? new Dictionary<string, string[]>() : new Dictionary<string, string[]> { [field] = [detail] },
    };

    /// <summary>The same failure carrying another value type.</summary>
    public PersonsOutcome<TOther> As<TOther>() => IsOk
        ? throw new InvalidOperationException("Only a failure can change its value type.")
        : new PersonsOutcome<TOther> { Status = Status, Errors = Errors, Detail = Detail, Code = Code, OtherPersonId = OtherPersonId };
}

/// <summary>Stable codes of the conflicts the persons registry reports.</summary>
public static class PersonConflicts
{
    public const string CurpAlreadyRegistered = "curp-already-registered";
    public const string PersonArchived = "person-archived";
    public const string FamilyLinkExists = "family-link-exists";
    public const string FamilyLinkContradicts = "family-link-contradicts";
    public const string TooManyParents = "too-many-parents";
}
