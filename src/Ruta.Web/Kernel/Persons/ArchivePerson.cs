using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Archives a person (the API's DELETE): hidden from search and lists, never erased, because the
/// record and its audit trail are evidence of what the authorities did. Supervisors only
/// (<see cref="Policies.PersonsDelete"/>). Archiving an archived person changes nothing.
/// </summary>
public static class ArchivePerson
{
    public sealed record Command(Guid PersonId, int ExpectedVersion);

    public sealed class Handler(RutaDbContext db, TimeProvider clock, ICurrentUser user, ILogger<Handler> logger)
    {
        /// <returns>The record's version after archiving.</returns>
        public async Task<PersonsOutcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == command.PersonId, ct);
            if (person is null)
            {
                return PersonsOutcome<int>.NotFound("No existe una persona con ese identificador.");
            }

            if (person.Version != command.ExpectedVersion)
            {
                PersonsLog.StaleEdit(logger, person.Id, command.ExpectedVersion);
                return PersonsOutcome<int>.Stale();
            }

            if (person.IsArchived)
            {
                return PersonsOutcome<int>.Ok(person.Version);
            }

            person.IsArchived = true;
            PersonsAudit.Add(db, clock, user, PersonsAudit.Archive, person.Id, new { isArchived = false }, new { isArchived = true });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return PersonsOutcome<int>.Stale();
            }

            PersonsLog.Archived(logger, person.Id);
            return PersonsOutcome<int>.Ok(person.Version);
        }
    }
}
