using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// DIF places a canalized child in a care centre with room (never a migration station): an
/// accompanied child with their parents or guardians when that is in their interest, any other child
/// apart from adults (LGDNNA art. 95). The centre's places are recounted in the same transaction and
/// a concurrent placement that would overfill it fails on the centre's version.
/// </summary>
public static class PlaceChild
{
    /// <param name="CompanionIds">Parents or guardians present at identification, lodged with the child.</param>
    /// <param name="SeparationReason">Why an accompanied child is lodged without their family.</param>
    public sealed record Request(Guid? CareCenterId, IReadOnlyList<Guid>? CompanionIds, string? SeparationReason);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.CareCenterId).NotEmpty().WithMessage("Elija el centro de asistencia social o albergue.");
            RuleFor(r => r.CompanionIds).Must(c => c is null || c.Count <= ChildLimits.MaxAdults).WithMessage("Demasiadas personas.");
            RuleFor(r => r.SeparationReason).MaximumLength(ChildLimits.Text).WithMessage($"Máximo {ChildLimits.Text} caracteres.");
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        private static readonly Validator Rules = new();

        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsDif, ChildTrigger.Place, CaseActs.With(Rules, request, ct), async child =>
            {
                var center = await acts.Db.Set<CareCenter>().FirstOrDefaultAsync(c => c.Id == request.CareCenterId, ct)
                    ?? throw new ChildInputException("careCenterId", "El centro no existe.");
                var companions = (request.CompanionIds ?? []).Distinct().ToList();
                var (occupied, lodged) = await OccupancyAsync(acts.Db, center.Id, ct);
                var placement = child.Place(center, occupied, companions, companions.Count(lodged.Contains), request.SeparationReason, acts.Actor());
                return placement.Id;
            }, ct);
    }

    /// <summary>Places taken in a centre now: children placed and the distinct family members lodged with them.</summary>
    /// <param name="excluding">A placement ended in this unit of work, not yet saved.</param>
    public static async Task<(int Occupied, HashSet<Guid> Companions)> OccupancyAsync(RutaDbContext db, Guid centerId, CancellationToken ct,
        Guid? excluding = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var active = db.Set<Placement>().Where(p => p.CareCenterId == centerId && p.EndedAt == null && p.Id != excluding);
        var children = await active.CountAsync(ct);
        var companions = await db.Set<PlacementCompanion>().Where(c => active.Select(p => p.Id).Contains(c.PlacementId))
            .Select(c => c.PersonId).Distinct().ToListAsync(ct);
        return (children + companions.Count, companions.ToHashSet());
    }
}
