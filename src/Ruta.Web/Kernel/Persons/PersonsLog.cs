namespace Ruta.Web.Kernel.Persons;

/// <summary>Log lines of the persons registry. Ids only: names and documents never reach the logs.</summary>
internal static partial class PersonsLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Person {PersonId} registered by agency {Agency}")]
    public static partial void Registered(ILogger logger, Guid personId, string agency);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Person {PersonId} details changed to version {Version}")]
    public static partial void DetailsChanged(ILogger logger, Guid personId, int version);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Person {PersonId} archived")]
    public static partial void Archived(ILogger logger, Guid personId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Person {PersonId} linked to relative {RelativeId} as {Kind}")]
    public static partial void Linked(ILogger logger, Guid personId, Guid relativeId, FamilyRelation kind);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Person {PersonId} unlinked from relative {RelativeId} ({Kind})")]
    public static partial void Unlinked(ILogger logger, Guid personId, Guid relativeId, FamilyRelation kind);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Person {PersonId}: concurrent edit refused (expected version {Expected})")]
    public static partial void StaleEdit(ILogger logger, Guid personId, int expected);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "Demo data: {Count} persons created")]
    public static partial void DemoSeeded(ILogger logger, int count);
}
