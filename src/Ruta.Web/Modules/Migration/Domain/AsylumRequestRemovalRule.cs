using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>
/// ASYLUM_REQUESTED (registered as <see cref="MigrationRules.AsylumRequested"/>): a person who asked
/// INM for asylum, at a filter (<see cref="BorderControlEntry.AskedForAsylum"/>) or while held
/// (<see cref="StationStay.AsylumRequestedAt"/>), is not rejected at the border nor returned in any
/// way from the day of the request until COMAR's procedure takes over: once a claim covering the
/// person is filed on or after that day, the asylum module's rule decides (it blocks while the claim
/// is pending). Between the request and the filing, only this rule protects the person.
/// Two indexed lookups by person, plus one over the claims when a request exists.
/// </summary>
public sealed class AsylumRequestRemovalRule(RutaDbContext db) : IRemovalRule
{
    public async Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        var atBorder = await db.Set<BorderControlEntry>().AsNoTracking()
            .Where(e => e.PersonId == personId && e.AskedForAsylum)
            .Select(e => (DateTime?)e.OccurredAt).MinAsync(cancellationToken);
        var whileHeld = await db.Set<StationStay>().AsNoTracking()
            .Where(s => s.PersonId == personId && s.AsylumRequestedAt != null)
            .Select(s => s.AsylumRequestedAt).MinAsync(cancellationToken);
        if (Earliest(atBorder, whileHeld) is not { } requestedAt)
        {
            return [];
        }

        var since = MexicoCity.DateOf(requestedAt);
        if (on < since)
        {
            return [];
        }

        // A claim filed since the request (the person as applicant or dependent) hands the person to COMAR's procedure.
        var asDependent = db.Set<AsylumDependent>().Where(d => d.PersonId == personId).Select(d => d.ClaimId);
        if (await db.Set<AsylumClaim>().AsNoTracking()
                .AnyAsync(c => (c.ApplicantId == personId || asDependent.Contains(c.Id)) && c.FiledOn >= since, cancellationToken))
        {
            return [];
        }

        var where = atBorder is not null && (whileHeld is null || atBorder <= whileHeld) ? "en un punto de internación" : "estando a disposición del INM";
        return [new RemovalBlock(MigrationRules.AsylumRequested, MigrationRules.AsylumRequestedBlockBasis,
            $"Manifestó {where} el {since:yyyy-MM-dd} su intención de solicitar refugio y se avisó a la COMAR: no puede ser rechazada en frontera " +
            "ni devuelta de cualquier forma mientras la COMAR no registre y resuelva su solicitud.",
            since, null)];
    }

    private static DateTime? Earliest(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
