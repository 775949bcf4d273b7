using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>The latest puestas a disposición (newest first), with how many persons, children and adults each has.</summary>
public static class BrowseApprehensions
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, DateTime DisposedAt, ApprehensionOperation Operation, string Place, string Municipality, string StateName,
        string StationName, int Persons, int Children);

    public sealed class Handler(RutaDbContext db, ICurrentUser user)
    {
        public async Task<MigrationResult<IReadOnlyList<Row>>> HandleAsync(CancellationToken ct)
        {
            if (!MigrationAccess.IsInmCaseWorker(user.Principal))
            {
                return MigrationResult<IReadOnlyList<Row>>.Forbidden();
            }

            var rows = await db.Set<Apprehension>().AsNoTracking()
                .OrderByDescending(a => a.DisposedAt).ThenByDescending(a => a.Id).Take(PageSize)
                .Select(a => new
                {
                    a.Id, a.DisposedAt, a.Operation, a.Place, a.Municipality, a.StateCode,
                    Station = db.Set<Office>().Where(o => o.Id == a.StationOfficeId).Select(o => o.Name).First(),
                    Persons = a.Persons.Count,
                    Children = a.Persons.Count(p => p.IsChild),
                })
                .ToListAsync(ct);
            return MigrationResult<IReadOnlyList<Row>>.Ok([.. rows.Select(a => new Row(a.Id, a.DisposedAt, a.Operation, a.Place, a.Municipality,
                MexicanStates.Find(a.StateCode)?.Name ?? a.StateCode, a.Station, a.Persons, a.Children))]);
        }
    }
}
