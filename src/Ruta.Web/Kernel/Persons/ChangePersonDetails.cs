using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Replaces a person's details (names, dates, nationalities, languages, documents, aliases…) with
/// <see cref="Command.Data"/>, provided the record is still at <see cref="Command.ExpectedVersion"/>:
/// an edit made on an older reading is refused and nothing is overwritten.
/// </summary>
public static class ChangePersonDetails
{
    public sealed record Command(Guid PersonId, int ExpectedVersion, PersonData Data);

    public sealed class Handler(RutaDbContext db, PersonDataValidator validator, TimeProvider clock, ICurrentUser user,
        GetPerson.Handler getPerson, ILogger<Handler> logger)
    {
        public async Task<PersonsOutcome<PersonView>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command.Data, ct);
            if (!validation.IsValid)
            {
                return PersonsOutcome<PersonView>.Invalid(validation.ToFieldErrors());
            }

            var person = await db.Set<Person>()
                .Include(p => p.Nationalities).Include(p => p.Languages).Include(p => p.Aliases).Include(p => p.Documents)
                .AsSplitQuery()
                .FirstOrDefaultAsync(p => p.Id == command.PersonId, ct);
            if (person is null)
            {
                return PersonsOutcome<PersonView>.NotFound("No existe una persona con ese identificador.");
            }

            if (person.Version != command.ExpectedVersion)
            {
                PersonsLog.StaleEdit(logger, person.Id, command.ExpectedVersion);
                return PersonsOutcome<PersonView>.Stale();
            }

            if (person.IsArchived)
            {
                return PersonsOutcome<PersonView>.Conflict(PersonConflicts.PersonArchived,
                    "La persona está archivada; su registro ya no se modifica.");
            }

            var before = PersonData.From(person);
            command.Data.ApplyTo(person);
            var after = PersonData.From(person);
            if (PersonsAudit.Serialize(before) == PersonsAudit.Serialize(after))
            {
                return PersonsOutcome<PersonView>.Ok((await getPerson.HandleAsync(person.Id, ct))!);
            }

            if (await RegisterPerson.CurpConflictAsync(db, person, ct) is { } conflict)
            {
                return conflict.As<PersonView>();
            }

            // Marks the person row modified even when only its lists changed: the version then moves
            // (the ETag of the whole record) and the concurrency token guards this write.
            db.Entry(person).Property(p => p.Version).IsModified = true;
            PersonsAudit.Add(db, clock, user, PersonsAudit.ChangeDetails, person.Id, before, after);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                PersonsLog.StaleEdit(logger, person.Id, command.ExpectedVersion);
                return PersonsOutcome<PersonView>.Stale();
            }
            catch (DbUpdateException) when (person.Curp is not null)
            {
                db.ChangeTracker.Clear();
                if (await RegisterPerson.CurpConflictAsync(db, person, ct) is not { } raced)
                {
                    throw;
                }

                return raced.As<PersonView>();
            }

            PersonsLog.DetailsChanged(logger, person.Id, person.Version);
            return PersonsOutcome<PersonView>.Ok((await getPerson.HandleAsync(person.Id, ct))!);
        }
    }
}
