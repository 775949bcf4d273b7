using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.IntegrationTests.Kernel.Removal;

/// <summary>Persons for the removal guard's tests, written straight to the database.</summary>
internal static class RemovalTestData
{
    public static Task<Guid> AddPersonAsync(this RutaFactory app, DateOnly? birthDate, bool estimated = false,
        Vulnerabilities vulnerabilities = Vulnerabilities.None) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                GivenNames = "Persona",
                FirstSurname = "De Prueba",
                SearchName = "persona de prueba",
                BirthDate = birthDate,
                BirthDateEstimated = estimated,
                Vulnerabilities = vulnerabilities,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                CreatedByAgency = "INM",
            };
            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
}
