using Microsoft.EntityFrameworkCore;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>DIF ends the child's stay in a centre (transfer, reunification, departure…); the centre's places are recounted.</summary>
public static class EndPlacement
{
    /// <param name="Reason">transfer, family-reunification, left-country, reached-adulthood, case-closed or other.</param>
    public sealed record Request(string? Reason);

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsDif, ChildTrigger.EndPlacement, null, async child =>
            {
                var reason = ChildLabels.Parse<PlacementEndReason>(request.Reason)
                    ?? throw new ChildInputException("reason", "Indique la causa: " + ChildLabels.Codes<PlacementEndReason>() + ".");
                var ended = child.EndPlacement(reason, acts.Actor());
                await RecountAsync(acts, ended, ct);
                return ended.Id;
            }, ct);
    }

    /// <summary>Recounts the centre of a placement ended in this unit of work (saved with the act, in one transaction).</summary>
    public static async Task RecountAsync(CaseActs acts, Placement ended, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(acts);
        ArgumentNullException.ThrowIfNull(ended);
        var center = await acts.Db.Set<CareCenter>().FirstAsync(c => c.Id == ended.CareCenterId, ct);
        var (occupied, _) = await PlaceChild.OccupancyAsync(acts.Db, ended.CareCenterId, ct, excluding: ended.Id);
        center.SetOccupied(occupied);
    }
}
