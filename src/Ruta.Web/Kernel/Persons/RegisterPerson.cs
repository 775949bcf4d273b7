using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Persons;

/// <summary>Registers a person: validates <see cref="PersonData"/> and creates the record (version 1).</summary>
public static class RegisterPerson
{
    public sealed class Handler(RutaDbContext db, PersonDataValidator validator, TimeProvider clock, ICurrentUser user,
        GetPerson.Handler getPerson, ILogger<Handler> logger)
    {
        public async Task<PersonsOutcome<PersonView>> HandleAsync(PersonData data, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(data, ct);
            if (!validation.IsValid)
            {
                return PersonsOutcome<PersonView>.Invalid(validation.ToFieldErrors());
            }

            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                CreatedByAgency = user.AgencyCode ?? "SYSTEM",
                Version = 1,
            };
            data.ApplyTo(person);
            if (await CurpConflictAsync(db, person, ct) is { } conflict)
            {
                return conflict.As<PersonView>();
            }

            db.Add(person);
            PersonsAudit.Add(db, clock, user, PersonsAudit.Register, person.Id, before: null, after: PersonData.From(person));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (person.Curp is not null)
            {
                // Another request registered the same CURP between the check and the insert.
                db.ChangeTracker.Clear();
                if (await CurpConflictAsync(db, person, ct) is not { } raced)
                {
                    throw;
                }

                return raced.As<PersonView>();
            }

            PersonsLog.Registered(logger, person.Id, person.CreatedByAgency);
            return PersonsOutcome<PersonView>.Ok((await getPerson.HandleAsync(person.Id, ct))!);
        }
    }

    /// <summary>A conflict when another person already holds <paramref name="person"/>'s CURP.</summary>
    internal static async Task<PersonsOutcome<Guid>?> CurpConflictAsync(RutaDbContext db, Person person, CancellationToken ct)
    {
        if (person.Curp is null)
        {
            return null;
        }

        var curp = person.Curp;
        var id = person.Id;
        var holder = await db.Set<Person>().AsNoTracking()
            .Where(p => p.Curp == curp && p.Id != id)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(ct);
        return holder is { } other
            ? PersonsOutcome<Guid>.Conflict(PersonConflicts.CurpAlreadyRegistered,
                "Ya existe una persona registrada con esta CURP. Abra ese registro en lugar de crear otro.", "curp", other)
            : null;
    }
}
