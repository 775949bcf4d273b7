using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>
/// The station roster: every person in INM custody now (at disposal awaiting the acuerdo, or
/// presented), with their time limits as alerts, the most urgent first. A child never appears: stays
/// exist only with an adult age check (enforced by the database), and the roster judges age again
/// with today's registry data and leaves out anyone who is now a child or of doubtful age (a
/// registry correction does not put a child on a station list; the child's canalization ends the stay).
/// </summary>
public static class BrowseStationRoster
{
    public sealed record Row(Guid StayId, Guid PersonId, string FullName, IReadOnlyList<string> Nationalities, StationStayStatus Status,
        string StatusLabel, Guid StationId, string StationName, DateTime DisposedAt, DateTime? AdmittedAt, bool AsylumRequested,
        IReadOnlyList<StayAlert> Alerts, bool Overdue);

    public sealed record Station(Guid Id, string Name);

    public sealed record Roster(Guid? StationId, IReadOnlyList<Row> Items, IReadOnlyList<Station> Stations, int OverdueCount, DateTime At);

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<MigrationResult<Roster>> HandleAsync(Guid? stationId, CancellationToken ct)
        {
            if (!MigrationAccess.CanReadStays(user.Principal))
            {
                return MigrationResult<Roster>.Forbidden();
            }

            var stations = await StationsAsync(db, ct);
            if (stationId is { } s && stations.All(x => x.Id != s))
            {
                return MigrationResult<Roster>.Invalid("stationId", "Elija una estación migratoria del INM.");
            }

            var now = clock.GetUtcNow();
            var today = MexicoCity.DateOf(now);
            var open = await db.Set<StationStay>().AsNoTracking()
                .Where(x => (x.Status == StationStayStatus.AwaitingAdmission || x.Status == StationStayStatus.Admitted)
                    && (stationId == null || x.StationOfficeId == stationId))
                .Join(db.Set<Person>(), x => x.PersonId, p => p.Id, (x, p) => new
                {
                    x.Id, x.PersonId, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate, p.BirthDateEstimated, x.Status,
                    x.StationOfficeId, x.DisposedAt, x.AdmittedAt, Asylum = x.AsylumRequestedAt != null,
                })
                .ToListAsync(ct);
            // Second line of defence (the first is the database): nobody who is a child today, by the presumption of childhood.
            var adults = open.Where(x => !Person.IsChildOn(x.BirthDate, x.BirthDateEstimated, today)).ToList();
            var ids = adults.Select(x => x.Id).ToList();
            var personIds = adults.Select(x => x.PersonId).ToList();
            var deadlines = (await db.Set<Deadline>().AsNoTracking()
                    .Where(d => d.CaseType == MigrationRules.StayCaseType && ids.Contains(d.CaseId)
                        && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Missed || d.Status == DeadlineStatus.Suspended))
                    .Select(d => new
                    {
                        d.CaseId,
                        Row = new StayDeadlineRow(d.Id, d.Kind, d.Description, d.LegalBasis, d.Unit, d.Amount, d.TriggerDate, d.DueDate, d.DueAt,
                            d.Status, d.StatusReason),
                    })
                    .ToListAsync(ct))
                .ToLookup(d => d.CaseId, d => d.Row);
            var nationalities = (await db.Set<PersonNationality>().AsNoTracking().Where(n => personIds.Contains(n.PersonId))
                    .Select(n => new { n.PersonId, n.CountryCode }).ToListAsync(ct))
                .ToLookup(n => n.PersonId, n => n.CountryCode);
            var names = stations.ToDictionary(x => x.Id, x => x.Name);
            var rows = adults
                .Select(x =>
                {
                    var alerts = StayAlerts.From(deadlines[x.Id], now);
                    return new Row(x.Id, x.PersonId, PersonLabels.FullName(x.GivenNames, x.FirstSurname, x.SecondSurname),
                        [.. nationalities[x.PersonId].Order(StringComparer.Ordinal)], x.Status, StationProcedure.StatusLabel(x.Status),
                        x.StationOfficeId, names.GetValueOrDefault(x.StationOfficeId, ""), x.DisposedAt, x.AdmittedAt, x.Asylum, alerts,
                        alerts.Any(a => a.Overdue));
                })
                .OrderByDescending(r => r.Overdue)
                .ThenBy(r => r.Alerts.Where(a => !a.Suspended).Select(a => a.DueAt ?? a.DueDate.ToDateTime(TimeOnly.MaxValue)).DefaultIfEmpty(DateTime.MaxValue).Min())
                .ThenBy(r => r.DisposedAt)
                .ToList();
            return MigrationResult<Roster>.Ok(new Roster(stationId, rows, stations, rows.Count(r => r.Overdue), now.UtcDateTime));
        }
    }

    /// <summary>The INM migration stations (active), by name.</summary>
    public static async Task<IReadOnlyList<Station>> StationsAsync(RutaDbContext db, CancellationToken ct) =>
        await db.Set<Office>().AsNoTracking()
            .Where(o => o.AgencyCode == AgencyCodes.Inm && o.Kind == OfficeKind.MigrationStation && o.IsActive)
            .OrderBy(o => o.Name).Select(o => new Station(o.Id, o.Name)).ToListAsync(ct);
}
