using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Agencies;

/// <summary>
/// Brings agencies and offices in the database up to the catalog at every start (all environments:
/// this is reference data, not demo data). Adds what is missing and updates names; never deletes.
/// </summary>
internal static class ReferenceDataSeeder
{
    public static async Task SeedAsync(RutaDbContext db, CancellationToken cancellationToken)
    {
        var agencies = await db.Set<Agency>().ToDictionaryAsync(a => a.Code, cancellationToken);
        foreach (var seed in AgencyCatalog.Agencies)
        {
            if (!agencies.TryGetValue(seed.Code, out var agency))
            {
                agency = new Agency { Code = seed.Code };
                db.Add(agency);
            }

            agency.Name = seed.Name;
            agency.NameEn = seed.NameEn;
            agency.IsOversight = seed.IsOversight;
        }

        var offices = await db.Set<Office>().ToDictionaryAsync(o => o.Code, cancellationToken);
        foreach (var seed in AgencyCatalog.Offices)
        {
            if (!offices.TryGetValue(seed.Code, out var office))
            {
                office = new Office { Id = Guid.CreateVersion7(), Code = seed.Code };
                db.Add(office);
            }

            office.AgencyCode = seed.AgencyCode;
            office.Kind = seed.Kind;
            office.Name = seed.Name;
            office.StateCode = seed.StateCode;
            office.City = seed.City;
            office.CountryCode = seed.CountryCode;
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
