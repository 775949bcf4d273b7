using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// The minimal status INM needs to issue TVRH and TRP and to respect non-refoulement: the claim
/// exists, its status, who it covers and, per person, whether they are protected today and until
/// when. Nothing of the file's content (interviews, evidence, opinions, reasons; LRPCAP art. 10).
/// </summary>
public static class GetAsylumStatus
{
    /// <param name="Role">"applicant" or "dependent".</param>
    /// <param name="Protected">Protected against removal today (Mexico City date).</param>
    /// <param name="ProtectionCode">The removal guard's block code, when protected.</param>
    /// <param name="ProtectedUntil">Last protected day when the protection ends on a known date (the appeal window); null otherwise.</param>
    public sealed record PersonStatus(Guid PersonId, string Role, bool Protected, string? ProtectionCode, DateOnly? ProtectedUntil);

    public sealed record Status(Guid ClaimId, bool Exists, AsylumClaimStatus ClaimStatus, string StatusLabel, AsylumOutcome? Outcome,
        DateOnly FiledOn, DateOnly? RecognizedOn, IReadOnlyList<PersonStatus> Persons, IReadOnlyList<DocumentDue> DocumentsDue);

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<AsylumResult<Status>> HandleAsync(Guid claimId, CancellationToken ct)
        {
            if (!AsylumAccess.CanReadStatus(user.Principal))
            {
                return AsylumResult<Status>.Forbidden();
            }

            var claim = await db.Set<AsylumClaim>().AsNoTracking().Include(c => c.Dependents).FirstOrDefaultAsync(c => c.Id == claimId, ct);
            if (claim is null)
            {
                return AsylumResult<Status>.NotFound();
            }

            var today = MexicoCity.Today(clock);
            var determined = await db.Set<Article52Determination>().AsNoTracking().Where(a => a.ClaimId == claimId)
                .ToDictionaryAsync(a => a.PersonId, a => a.DeterminedOn, ct);
            var persons = claim.PersonIds.Select(personId =>
            {
                var facts = new ProtectionFacts(claim.Id, claim.ApplicantId, claim.Status, claim.Outcome, claim.FiledOn, claim.NotifiedOn,
                    claim.AppealDueDate, claim.AppealFiledOn, claim.RecognizedOn, determined.TryGetValue(personId, out var on) ? on : null);
                var block = claim.Status == AsylumClaimStatus.Closed ? null : AsylumProtection.BlockOn(facts, personId, today);
                return new PersonStatus(personId, personId == claim.ApplicantId ? "applicant" : "dependent", block is not null, block?.Code,
                    block?.Until?.AddDays(-1));
            }).ToList();
            return AsylumResult<Status>.Ok(new Status(claim.Id, true, claim.Status, AsylumProcedure.StatusLabel(claim.Status), claim.Outcome,
                claim.FiledOn, claim.RecognizedOn, persons,
                AsylumDocuments.DueFor(claim.Status, claim.ApplicantId, claim.Dependents.Select(d => d.PersonId))));
        }

        /// <summary>The newest claim that covers a person (as applicant or dependent), if any.</summary>
        public async Task<AsylumResult<Status>> ForPersonAsync(Guid personId, CancellationToken ct)
        {
            if (!AsylumAccess.CanReadStatus(user.Principal))
            {
                return AsylumResult<Status>.Forbidden();
            }

            var claimId = await AsylumRemovalRule.Covering(db, personId)
                .OrderByDescending(c => c.FiledOn).ThenByDescending(c => c.Id)
                .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
            return claimId is { } id ? await HandleAsync(id, ct) : AsylumResult<Status>.NotFound();
        }
    }
}
