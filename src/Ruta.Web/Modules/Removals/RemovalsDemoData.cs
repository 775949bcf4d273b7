using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals;

/// <summary>
/// Demo removals for the demo persons (dates relative to today): Carlos Manuel Obando Téllez asked for
/// assisted return to Nicaragua (rights half recorded), Sebastián Núñez Arango's assisted return to
/// Colombia is scheduled, and Luis Alfonso Pérez Pérez has an amparo on record, so the removal screen
/// shows its block. Seeded only when there are no removals and the persons exist; every removal goes
/// through the guard like any other.
/// </summary>
internal sealed class RemovalsDemoData : IDemoDataContributor
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RutaDbContext>();
        if (await db.Set<RemovalCase>().AnyAsync(cancellationToken) || await db.Set<Amparo>().AnyAsync(cancellationToken))
        {
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var guard = services.GetRequiredService<RemovalGuard>();
        var user = services.GetRequiredService<ICurrentUser>();
        var today = MexicoCity.Today(clock);
        var actor = new RemovalActor(clock.GetUtcNow().UtcDateTime, null, "demo", AgencyCodes.Inm);

        async Task<Guid?> PersonAsync(string given, string first) =>
            await db.Set<Person>().Where(p => p.GivenNames == given && p.FirstSurname == first).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);

        async Task<RemovalCase?> AssistedReturnAsync(Guid person, string destination, DateOnly planned)
        {
            var evaluation = await guard.EvaluateAsync(person, RemovalKind.AssistedReturn, planned, cancellationToken);
            if (evaluation is not { Allowed: true })
            {
                return null;
            }

            var record = (await RecordRemoval.AddAsync(new RecordRemoval.Request(person, RemovalKind.AssistedReturn, planned, destination), db, guard,
                user, clock, cancellationToken))!;
            var removal = RemovalCase.Start(new StartFacts(record.Id, person, RemovalKind.AssistedReturn, planned, destination,
                DestinationBasis.Nationality, null, false, false, record.CheckId, today.AddDays(-1), "spa", null, null, [], null), actor);
            db.Add(removal);
            return removal;
        }

        if (await PersonAsync("Carlos Manuel", "Obando") is { } carlos && await AssistedReturnAsync(carlos, "NIC", today.AddDays(7)) is { } first)
        {
            first.RecordRight(RemovalRight.ConsularProtectionInformation, today.AddDays(-1), false, "Desea que se avise a su consulado (demostración).", actor);
            first.RecordRight(RemovalRight.RegularStayAndRemediesInformation, today.AddDays(-1), false, null, actor);
        }

        if (await PersonAsync("Sebastián", "Núñez") is { } sebastian && await AssistedReturnAsync(sebastian, "COL", today.AddDays(3)) is { } second)
        {
            foreach (var right in second.ApplicableRights)
            {
                second.RecordRight(right, today.AddDays(-1), right == RemovalRight.LegalAdvice, null, actor);
            }

            second.Schedule(today.AddDays(3), Guid.CreateVersion7(), "Aeropuerto Internacional de la Ciudad de México", "Vuelo comercial", [], null,
                db.Set<RemovalRecord>().Local.First(r => r.Id == second.Id).CheckId,
                today, actor);
        }

        if (await PersonAsync("Luis Alfonso", "Pérez") is { } luis)
        {
            db.Add(new Amparo(luis, null, "Juzgado Primero de Distrito en Materia Administrativa en la Ciudad de México", "1234/2026",
                today.AddDays(-2), AmparoSuspension.DePlano, today.AddDays(-2), actor));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
