namespace Ruta.Web.Kernel.Custody;

/// <summary>
/// Until the migration module registers the real stays, nobody is held: registered with TryAdd so
/// that module's registration (services.Replace) wins. Delete once the migration module is merged.
/// </summary>
internal sealed class NoStationCustody : IStationCustody
{
    public Task<OpenStay?> FindOpenStayAsync(Guid personId, CancellationToken cancellationToken) => Task.FromResult<OpenStay?>(null);

    public Task EndStayAsync(Guid personId, StayEndReason reason, DateTime endedAt, string sourceReference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
