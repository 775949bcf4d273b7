using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>
/// The kernel's custody contract answered from the stays. A person is in custody from the puesta a
/// disposición (stay awaiting the acuerdo) until the stay ends, so both open states count:
/// <list type="bullet">
/// <item><see cref="FindOpenStayAsync"/>: the person's open stay (at disposal or presented), or null;
/// <c>AdmittedAt</c> is the acuerdo de presentación, or the puesta a disposición while the acuerdo is pending.</item>
/// <item><see cref="EndStayAsync"/>: ends that stay (no-op when there is none) by the reason's move of the table —
/// Release → Released (ground "other"), Regularization → ExitForRegularization, Removal → Removed,
/// Canalization → Canalized — keeps <c>sourceReference</c> on the stay and its timeline, and closes the
/// stay's deadlines (met in time, or missed). Tracked, not saved: the caller's SaveChanges commits it
/// with the act that ended the stay.</item>
/// </list>
/// </summary>
public sealed class StationCustody(RutaDbContext db, StayActs acts) : IStationCustody
{
    public async Task<OpenStay?> FindOpenStayAsync(Guid personId, CancellationToken cancellationToken) =>
        await db.Set<StationStay>().AsNoTracking()
            .Where(s => s.PersonId == personId
                && (s.Status == StationStayStatus.AwaitingAdmission || s.Status == StationStayStatus.Admitted))
            .OrderByDescending(s => s.DisposedAt)
            .Select(s => new OpenStay(s.Id, s.PersonId, s.StationOfficeId, s.AdmittedAt ?? s.DisposedAt))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task EndStayAsync(Guid personId, StayEndReason reason, DateTime endedAt, string sourceReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceReference);
        var stay = await OpenStayAsync(db, personId, cancellationToken);
        if (stay is null)
        {
            return;
        }

        await EndAsync(acts, stay, reason, endedAt, sourceReference, null, cancellationToken);
    }

    /// <summary>The person's open stay, tracked (the one the custody contract and the acts end).</summary>
    internal static async Task<StationStay?> OpenStayAsync(RutaDbContext db, Guid personId, CancellationToken ct) =>
        db.ChangeTracker.Entries<StationStay>().Select(e => e.Entity).FirstOrDefault(s => s.PersonId == personId && s.IsOpen)
        ?? await db.Set<StationStay>()
            .Where(s => s.PersonId == personId && (s.Status == StationStayStatus.AwaitingAdmission || s.Status == StationStayStatus.Admitted))
            .OrderByDescending(s => s.DisposedAt)
            .FirstOrDefaultAsync(ct);

    /// <summary>Ends a stay and closes its deadlines (the one path every exit takes).</summary>
    internal static async Task EndAsync(StayActs acts, StationStay stay, StayEndReason reason, DateTime endedAt, string reference,
        ReleaseGround? ground, CancellationToken ct)
    {
        var utc = DateTime.SpecifyKind(endedAt, DateTimeKind.Utc);
        if (utc < stay.DisposedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(endedAt), "A stay cannot end before the puesta a disposición.");
        }

        stay.End(reason, utc, reference.Trim(), ground, acts.Actor());
        await acts.CloseDeadlinesAsync(stay, utc, ct);
    }
}
