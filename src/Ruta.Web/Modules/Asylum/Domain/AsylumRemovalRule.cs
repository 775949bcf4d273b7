using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;

namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>
/// The removal guard's asylum rule (registered as <see cref="Name"/>): blocks with
/// ASYLUM_CLAIM_PENDING, APPEAL_WINDOW_OPEN, APPEAL_PENDING, RECOGNIZED_REFUGEE or
/// COMPLEMENTARY_PROTECTION (<see cref="AsylumProtection"/>) for the applicant and every dependent.
/// One query over two indexes: claims by applicant, and dependents by person.
/// </summary>
public sealed class AsylumRemovalRule(RutaDbContext db) : IRemovalRule
{
    public const string Name = "ASYLUM_PROTECTION";

    public async Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        var claims = await ClaimsOfAsync(db, personId, cancellationToken);
        return [.. claims.Select(c => AsylumProtection.BlockOn(c, personId, on)).OfType<RemovalBlock>()];
    }

    /// <summary>The person's claims that are not closed, as applicant or dependent (newest first).</summary>
    public static async Task<List<ProtectionFacts>> ClaimsOfAsync(RutaDbContext db, Guid personId, CancellationToken cancellationToken) =>
        await Covering(db, personId)
            .Where(c => c.Status != AsylumClaimStatus.Closed)
            .OrderByDescending(c => c.FiledOn).ThenByDescending(c => c.Id)
            .Select(c => new ProtectionFacts(c.Id, c.ApplicantId, c.Status, c.Outcome, c.FiledOn, c.NotifiedOn, c.AppealDueDate,
                c.AppealFiledOn, c.RecognizedOn,
                db.Set<Article52Determination>().Where(a => a.ClaimId == c.Id && a.PersonId == personId)
                    .Select(a => (DateOnly?)a.DeterminedOn).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The claims that cover a person: as applicant (index on ApplicantId) UNION ALL as dependent (index on
    /// the dependents' PersonId). Written as two lookups because "applicant = p OR id IN (dependents of p)"
    /// makes PostgreSQL scan every claim (770 ms at 90 000 claims; see docs/benchmarks.md).
    /// </summary>
    public static IQueryable<AsylumClaim> Covering(RutaDbContext db, Guid personId)
    {
        var claims = db.Set<AsylumClaim>().AsNoTracking();
        return claims.Where(c => c.ApplicantId == personId)
            .Concat(from d in db.Set<AsylumDependent>()
                    where d.PersonId == personId
                    join c in claims on d.ClaimId equals c.Id
                    select c);
    }
}
