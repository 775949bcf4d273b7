using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Persons;

/// <summary>Removes a family link and its inverse on the relative, in one SaveChanges.</summary>
public static class UnlinkRelatives
{
    public sealed record Command(Guid PersonId, Guid RelativeId, FamilyRelation Kind);

    public sealed class Handler(RutaDbContext db, TimeProvider clock, ICurrentUser user, ILogger<Handler> logger)
    {
        public async Task<PersonsOutcome<bool>> HandleAsync(Command command, CancellationToken ct)
        {
            var (personId, relativeId, kind) = command;
            var inverseKind = Enum.IsDefined(kind) ? kind.Inverse() : kind;
            var links = await db.Set<FamilyLink>()
                .Where(l => (l.PersonId == personId && l.RelativeId == relativeId && l.Kind == kind)
                    || (l.PersonId == relativeId && l.RelativeId == personId && l.Kind == inverseKind))
                .ToListAsync(ct);
            if (!links.Any(l => l.PersonId == personId))
            {
                return PersonsOutcome<bool>.NotFound("No existe ese vínculo familiar.");
            }

            db.RemoveRange(links);
            PersonsAudit.Add(db, clock, user, PersonsAudit.UnlinkRelatives, personId, new { relativeId, kind }, null);
            PersonsAudit.Add(db, clock, user, PersonsAudit.UnlinkRelatives, relativeId, new { relativeId = personId, kind = inverseKind }, null);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Removed meanwhile by someone else: the outcome asked for holds.
                db.ChangeTracker.Clear();
                return PersonsOutcome<bool>.NotFound("No existe ese vínculo familiar.");
            }

            PersonsLog.Unlinked(logger, personId, relativeId, kind);
            return PersonsOutcome<bool>.Ok(true);
        }
    }
}
