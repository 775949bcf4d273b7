using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

public sealed record CanalizationView(Guid Id, string ProcuraduriaOfficial, DateTime ProcuraduriaAppearedAt, string CareCentre, Guid? DifOfficeId,
    DateTime CanalizedAt, string? ActaReference);

/// <summary>
/// A person of an apprehension. A child: never a stay; the oficio to the Procuraduría and, once it
/// appeared, the canalization. An adult: the stay, the children of the group in their care, and
/// whether the acuerdo de presentación waits for those children's canalization (LM art. 98).
/// </summary>
public sealed record ApprehendedPersonView(Guid PersonId, string FullName, DateOnly? BirthDate, bool BirthDateEstimated, bool IsChild,
    Guid? CarerId, Guid? ChildNoticeId, string? ChildNoticeFolio, CanalizationView? Canalization, Guid? StayId, StationStayStatus? StayStatus,
    string? StayStatusLabel, IReadOnlyList<Guid> ChildrenInCare, IReadOnlyList<Guid> ChildrenAwaitingCanalization, bool MayBeAdmitted);

public sealed record ApprehensionView(Guid Id, ApprehensionOperation Operation, string OperationLabel, string OrderReference, string LegalBasis,
    string StateCode, string StateName, string Municipality, string Place, DateTime DisposedAt, string DisposedBy, Guid StationId, string StationName,
    DateTime CreatedAt, IReadOnlyList<ApprehendedPersonView> Persons, IReadOnlyList<StayNoticeRow> Notices);

public static class GetApprehension
{
    public sealed class Handler(RutaDbContext db, ICurrentUser user, ICanalizationRecords canalizations)
    {
        public async Task<MigrationResult<ApprehensionView>> HandleAsync(Guid id, CancellationToken ct)
        {
            if (!MigrationAccess.IsInmCaseWorker(user.Principal))
            {
                return MigrationResult<ApprehensionView>.Forbidden();
            }

            var view = await LoadAsync(id, ct);
            return view is null ? MigrationResult<ApprehensionView>.NotFound() : MigrationResult<ApprehensionView>.Ok(view);
        }

        public async Task<ApprehensionView?> LoadAsync(Guid id, CancellationToken ct)
        {
            var a = await db.Set<Apprehension>().AsNoTracking().Include(x => x.Persons).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (a is null)
            {
                return null;
            }

            var ids = a.Persons.Select(p => p.PersonId).ToList();
            var people = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate, p.BirthDateEstimated })
                .ToDictionaryAsync(p => p.Id, ct);
            var stays = await db.Set<StationStay>().AsNoTracking().Where(s => s.ApprehensionId == id)
                .Select(s => new { s.Id, s.PersonId, s.Status }).ToDictionaryAsync(s => s.PersonId, ct);
            var notices = await db.Set<OfficialNotice>().AsNoTracking()
                .Where(n => n.CaseType == MigrationRules.ApprehensionCaseType && n.CaseId == id)
                .OrderBy(n => n.SentAt)
                .Select(n => new StayNoticeRow(n.Id, n.Folio, n.Subject, n.RecipientAgency, n.SentAt, n.Status))
                .ToListAsync(ct);
            var canalized = await db.Set<ChildCanalization>().AsNoTracking().Where(c => c.ApprehensionId == id)
                .Select(c => new
                {
                    c.ChildId,
                    View = new CanalizationView(c.Id, c.ProcuraduriaOfficial, c.ProcuraduriaAppearedAt, c.CareCentre, c.DifOfficeId, c.CanalizedAt,
                        c.ActaReference),
                })
                .ToDictionaryAsync(c => c.ChildId, c => c.View, ct);
            var care = await ApprehensionFamily.CareAsync(db, a.Persons, ct);
            var doneChildren = await canalizations.CanalizedAsync(id, [.. a.Persons.Where(p => p.IsChild).Select(p => p.PersonId)], ct);
            var station = await db.Set<Office>().AsNoTracking().Where(o => o.Id == a.StationOfficeId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";

            var persons = a.Persons
                .Select(m =>
                {
                    var p = people[m.PersonId];
                    var stay = stays.GetValueOrDefault(m.PersonId);
                    var inCare = care[m.PersonId].ToList();
                    var waiting = inCare.Where(c => !doneChildren.Contains(c)).ToList();
                    var canalization = canalized.GetValueOrDefault(m.PersonId);
                    return new ApprehendedPersonView(m.PersonId, PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.BirthDate,
                        p.BirthDateEstimated, m.IsChild, m.CarerId, m.ChildNoticeId, notices.FirstOrDefault(n => n.Id == m.ChildNoticeId)?.Folio,
                        canalization, stay?.Id, stay?.Status, stay is null ? null : StationProcedure.StatusLabel(stay.Status), inCare, waiting,
                        stay?.Status == StationStayStatus.AwaitingAdmission && waiting.Count == 0);
                })
                .OrderBy(p => p.IsChild).ThenBy(p => p.FullName, StringComparer.Ordinal)
                .ToList();
            return new ApprehensionView(a.Id, a.Operation, MigrationLabels.Operation(a.Operation), a.OrderReference, a.LegalBasis, a.StateCode,
                MexicanStates.Find(a.StateCode)?.Name ?? a.StateCode, a.Municipality, a.Place, a.DisposedAt, a.DisposedBy, a.StationOfficeId, station,
                a.CreatedAt, persons, notices);
        }
    }
}
