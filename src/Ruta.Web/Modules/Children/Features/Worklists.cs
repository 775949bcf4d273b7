using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>A case in a worklist: names and dates only, never file content.</summary>
public sealed record CaseRow(Guid Id, Guid PersonId, string ChildName, int? Age, bool AgePresumed, Accompaniment Accompaniment, ChildCaseStatus Status,
    string StatusLabel, DateTime IdentifiedAt, string StateCode, string? NoticeFolio, bool NoticeAcknowledged, bool NoticeOverdue, bool Canalized,
    bool Placed, bool ProtectionNeedPending);

public sealed record FollowUpDueRow(Guid CaseId, string ChildName, Guid MeasureId, string Measure, string ResponsibleInstitution, DateOnly DueOn,
    MeasureStatus Status);

/// <summary>The Procuraduría's worklist: cases to receive, awaiting diagnosis, in the procedure, and measures due for follow-up.</summary>
public sealed record ProcuraduriaWorklist(IReadOnlyList<CaseRow> ToReceive, IReadOnlyList<CaseRow> AwaitingDiagnosis, IReadOnlyList<CaseRow> InProcedure,
    IReadOnlyList<FollowUpDueRow> FollowUpsDue, IReadOnlyList<CaseRow> PlansInForce);

public sealed record CareCenterRow(Guid Id, string Code, string Name, CareSystem System, string StateCode, string City, int Capacity, int Occupied,
    bool LodgesFamilies, bool IsActive, int Version);

public sealed record PlacedRow(Guid CaseId, string ChildName, Accompaniment Accompaniment, Guid CareCenterId, string CareCenter, DateTime PlacedAt,
    bool WithFamily, IReadOnlyList<string> Companions);

/// <summary>DIF's page: centres with capacity and occupancy, canalized children awaiting a place, children placed.</summary>
public sealed record CareOverview(IReadOnlyList<CareCenterRow> Centers, IReadOnlyList<CaseRow> AwaitingPlacement, IReadOnlyList<PlacedRow> Placed,
    IReadOnlyList<GuardianRow> Guardians);

/// <summary>A parent or guardian present at identification, who may be lodged with the child (accompanied children only).</summary>
public sealed record GuardianRow(Guid CaseId, Guid PersonId, string Name);

public sealed record InmPlanPendingRow(Guid CaseId, string ChildName, DateOnly IssuedOn, string? NoticeFolio, IReadOnlyList<ChildProtectionOutcome> AllowedOutcomes);

/// <summary>INM's page: plans presented and awaiting its decision, its cases (notices, canalization, TVRH), decisions recorded.</summary>
public sealed record InmWorklist(IReadOnlyList<InmPlanPendingRow> PlansAwaitingDecision, IReadOnlyList<CaseRow> Cases);

public static class Worklists
{
    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<ChildResult<ProcuraduriaWorklist>> ProcuraduriaAsync(CancellationToken ct)
        {
            if (!ChildAccess.CanReadFile(user.Principal))
            {
                return ChildResult<ProcuraduriaWorklist>.Forbidden();
            }

            var open = await RowsAsync(db.Set<ChildCase>().Where(c => c.Status != ChildCaseStatus.Closed), ct);
            var today = MexicoCity.Today(clock);
            var due = await db.Set<PlanMeasure>().AsNoTracking()
                .Where(m => m.Status != MeasureStatus.Fulfilled && m.NextFollowUpOn != null && m.NextFollowUpOn <= today.AddDays(7)
                    && db.Set<ChildCase>().Any(c => c.Id == m.CaseId && c.CurrentPlanId == m.PlanId && c.Status == ChildCaseStatus.PlanInForce))
                .OrderBy(m => m.NextFollowUpOn)
                .Select(m => new { m.CaseId, m.Id, m.Description, m.ResponsibleInstitution, m.NextFollowUpOn, m.Status })
                .Take(200).ToListAsync(ct);
            var names = open.ToDictionary(r => r.Id, r => r.ChildName);
            return ChildResult<ProcuraduriaWorklist>.Ok(new ProcuraduriaWorklist(
                [.. open.Where(r => r.Status == ChildCaseStatus.Notified)],
                [.. open.Where(r => r.Status == ChildCaseStatus.Received)],
                [.. open.Where(r => r.Status is ChildCaseStatus.FamilyDiagnosed or ChildCaseStatus.RightsDetermined or ChildCaseStatus.BestInterestDetermined)],
                [.. due.Select(m => new FollowUpDueRow(m.CaseId, names.GetValueOrDefault(m.CaseId, ""), m.Id, m.Description, m.ResponsibleInstitution,
                    m.NextFollowUpOn!.Value, m.Status))],
                [.. open.Where(r => r.Status == ChildCaseStatus.PlanInForce)]));
        }

        public async Task<ChildResult<CareOverview>> CareAsync(CancellationToken ct)
        {
            if (!ChildAccess.CanReadCare(user.Principal))
            {
                return ChildResult<CareOverview>.Forbidden();
            }

            var centers = await db.Set<CareCenter>().AsNoTracking().OrderBy(c => c.StateCode).ThenBy(c => c.Name)
                .Select(c => new CareCenterRow(c.Id, c.Code, c.Name, c.System, c.StateCode, c.City, c.Capacity, c.Occupied, c.LodgesFamilies, c.IsActive,
                    c.Version))
                .ToListAsync(ct);
            var awaiting = await RowsAsync(db.Set<ChildCase>().Where(c => c.Status != ChildCaseStatus.Closed && c.CanalizedAt != null
                && !c.Placements.Any(p => p.EndedAt == null)), ct);
            var placed = await db.Set<Placement>().AsNoTracking().Where(p => p.EndedAt == null)
                .Join(db.Set<ChildCase>(), p => p.CaseId, c => c.Id, (p, c) => new { p.Id, p.CaseId, c.PersonId, c.Accompaniment, p.CareCenterId, p.PlacedAt, p.WithFamily })
                .OrderBy(p => p.PlacedAt).Take(500).ToListAsync(ct);
            var placementIds = placed.Select(p => p.Id).ToList();
            var companions = await db.Set<PlacementCompanion>().AsNoTracking().Where(c => placementIds.Contains(c.PlacementId)).ToListAsync(ct);
            var names = await ChildQueries.NamesAsync(db, placed.Select(p => p.PersonId).Concat(companions.Select(c => c.PersonId)), ct);
            var centerNames = centers.ToDictionary(c => c.Id, c => c.Name);
            var awaitingIds = awaiting.Select(a => a.Id).ToList();
            var guardians = await db.Set<CaseAdult>().AsNoTracking()
                .Where(a => awaitingIds.Contains(a.CaseId) && a.Relation == AdultRelation.ParentOrGuardian && !a.ContraryToInterest)
                .Select(a => new { a.CaseId, a.PersonId }).ToListAsync(ct);
            var guardianNames = await ChildQueries.NamesAsync(db, guardians.Select(g => g.PersonId), ct);
            return ChildResult<CareOverview>.Ok(new CareOverview(centers, awaiting,
                [.. placed.Select(p => new PlacedRow(p.CaseId, names.GetValueOrDefault(p.PersonId, ""), p.Accompaniment, p.CareCenterId,
                    centerNames.GetValueOrDefault(p.CareCenterId, ""), p.PlacedAt, p.WithFamily,
                    [.. companions.Where(c => c.PlacementId == p.Id).Select(c => names.GetValueOrDefault(c.PersonId, ""))]))],
                [.. guardians.Select(g => new GuardianRow(g.CaseId, g.PersonId, guardianNames.GetValueOrDefault(g.PersonId, "")))]));
        }

        public async Task<ChildResult<InmWorklist>> InmAsync(CancellationToken ct)
        {
            if (!ChildAccess.CanReadInmView(user.Principal))
            {
                return ChildResult<InmWorklist>.Forbidden();
            }

            var pending = await db.Set<ChildCase>().AsNoTracking()
                .Where(c => c.Status == ChildCaseStatus.PlanInForce && !db.Set<InmDecision>().Any(d => d.PlanId == c.CurrentPlanId))
                .Join(db.Set<RestitutionPlan>(), c => c.CurrentPlanId, p => p.Id, (c, p) => new
                {
                    c.Id, c.PersonId, p.IssuedOn, p.NoticeFolio, p.AllowsRegularization, p.AllowsAsylumProcedure, p.AllowsReunificationInMexico,
                    p.AllowsReunificationAbroad, p.AllowsAssistedReturn,
                })
                .OrderBy(x => x.IssuedOn).Take(200).ToListAsync(ct);
            var names = await ChildQueries.NamesAsync(db, pending.Select(p => p.PersonId), ct);
            var cases = await RowsAsync(db.Set<ChildCase>().Where(c => c.Status != ChildCaseStatus.Closed), ct);
            return ChildResult<InmWorklist>.Ok(new InmWorklist(
                [.. pending.Select(p => new InmPlanPendingRow(p.Id, names.GetValueOrDefault(p.PersonId, ""), p.IssuedOn, p.NoticeFolio,
                    new PlanOutcomes(p.AllowsRegularization, p.AllowsAsylumProcedure, p.AllowsReunificationInMexico, p.AllowsReunificationAbroad,
                        p.AllowsAssistedReturn).List()))],
                cases));
        }

        private async Task<List<CaseRow>> RowsAsync(IQueryable<ChildCase> cases, CancellationToken ct)
        {
            var rows = await cases.AsNoTracking().OrderBy(c => c.IdentifiedAt).Take(500)
                .Join(db.Set<Person>(), c => c.PersonId, p => p.Id, (c, p) => new
                {
                    c.Id, c.PersonId, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate, p.BirthDateEstimated, c.Accompaniment, c.Status,
                    c.IdentifiedAt, c.StateCode, c.NoticeId, c.NoticeFolio, c.CanalizedAt, c.ProtectionNeed,
                    Placed = c.Placements.Any(x => x.EndedAt == null),
                })
                .ToListAsync(ct);
            var noticeIds = rows.Where(r => r.NoticeId != null).Select(r => r.NoticeId!.Value).ToList();
            var notices = await db.Set<OfficialNotice>().AsNoTracking().Where(n => noticeIds.Contains(n.Id))
                .Select(n => new { n.Id, n.Status }).ToDictionaryAsync(n => n.Id, n => n.Status, ct);
            var overdue = (await db.Set<Deadline>().AsNoTracking()
                    .Where(d => d.CaseType == OfficialNotice.CaseTypeName && noticeIds.Contains(d.CaseId) && d.Kind == NoticeSender.AcknowledgementKind)
                    .Select(d => new { d.CaseId, d.DueDate, d.DueAt, d.Status }).ToListAsync(ct))
                .Where(d => d.Status == DeadlineStatus.Missed || (d.Status == DeadlineStatus.Open
                    && AcknowledgementDue.IsPast(d.DueDate, d.DueAt, clock.GetUtcNow().UtcDateTime)))
                .Select(d => d.CaseId).ToHashSet();
            var today = MexicoCity.Today(clock);
            return [.. rows.Select(r =>
            {
                var acknowledged = r.NoticeId is { } n && notices.GetValueOrDefault(n) == NoticeStatus.Acknowledged;
                return new CaseRow(r.Id, r.PersonId, PersonLabels.FullName(r.GivenNames, r.FirstSurname, r.SecondSurname), Person.AgeOn(r.BirthDate, today),
                    r.BirthDate is null || r.BirthDateEstimated, r.Accompaniment, r.Status, ChildProtectionProcedure.StatusLabel(r.Status), r.IdentifiedAt,
                    r.StateCode, r.NoticeFolio, acknowledged, !acknowledged && r.NoticeId is { } id && overdue.Contains(id), r.CanalizedAt is not null,
                    r.Placed, r.ProtectionNeed == ProtectionNeedStatus.Pending);
            })];
        }
    }
}

/// <summary>DIF registers care centres and changes their places (never below the persons lodged). DIF supervisors.</summary>
public static class ManageCareCenters
{
    public sealed record RegisterRequest(string? Code, string? Name, string? System, Guid? DifOfficeId, string? StateCode, string? City, int? Capacity,
        bool LodgesFamilies);

    public sealed record CapacityRequest(int? Capacity);

    public sealed class Handler(RutaDbContext db, ICurrentUser user)
    {
        public async Task<ChildResult<CareCenterRow>> RegisterAsync(RegisterRequest request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!ChildAccess.IsDifSupervisor(user.Principal))
            {
                return ChildResult<CareCenterRow>.Forbidden();
            }

            var errors = new Dictionary<string, string[]>();
            var system = ChildLabels.Parse<CareSystem>(request.System);
            if (string.IsNullOrWhiteSpace(request.Code) || request.Code.Trim().Length > 64)
            {
                errors["code"] = ["Escriba una clave (máximo 64 caracteres)."];
            }

            if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > ChildLimits.Name)
            {
                errors["name"] = ["Escriba el nombre."];
            }

            if (system is null)
            {
                errors["system"] = ["Indique: " + ChildLabels.Codes<CareSystem>() + "."];
            }

            if (!Kernel.ReferenceData.MexicanStates.IsKnown(request.StateCode))
            {
                errors["stateCode"] = ["Elija la entidad federativa."];
            }

            if (string.IsNullOrWhiteSpace(request.City) || request.City.Trim().Length > 120)
            {
                errors["city"] = ["Escriba la ciudad."];
            }

            if (request.Capacity is not (>= 1 and <= 10_000))
            {
                errors["capacity"] = ["Indique los lugares (1 a 10 000)."];
            }

            // NNA-09: a centre is run or supervised by a DIF system (civil-society shelters included), never by INM.
            if (system != CareSystem.CivilSociety && (request.DifOfficeId is not { } office
                || !await db.Set<Office>().AnyAsync(o => o.Id == office && o.AgencyCode == AgencyCodes.Dif && o.IsActive, ct)))
            {
                errors["difOfficeId"] = ["Elija el Sistema DIF que lo opera."];
            }

            if (errors.Count == 0 && await db.Set<CareCenter>().AnyAsync(c => c.Code == request.Code!.Trim(), ct))
            {
                errors["code"] = ["Ya existe un centro con esa clave."];
            }

            if (errors.Count > 0)
            {
                return ChildResult<CareCenterRow>.Invalid(errors);
            }

            var center = new CareCenter(Guid.CreateVersion7(), request.Code!.Trim(), request.Name!.Trim(), system!.Value, request.DifOfficeId,
                request.StateCode!.Trim(), request.City!.Trim(), request.Capacity!.Value, request.LodgesFamilies);
            db.Add(center);
            await db.SaveChangesAsync(ct);
            return ChildResult<CareCenterRow>.Ok(Row(center));
        }

        public async Task<ChildResult<CareCenterRow>> ChangeCapacityAsync(Guid id, int? expectedVersion, CapacityRequest request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!ChildAccess.IsDifSupervisor(user.Principal))
            {
                return ChildResult<CareCenterRow>.Forbidden();
            }

            var center = await db.Set<CareCenter>().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (center is null)
            {
                return ChildResult<CareCenterRow>.NotFound();
            }

            if (expectedVersion is { } v && v != center.Version)
            {
                return ChildResult<CareCenterRow>.Stale();
            }

            if (request.Capacity is not (>= 1 and <= 10_000))
            {
                return ChildResult<CareCenterRow>.Invalid("capacity", "Indique los lugares (1 a 10 000).");
            }

            center.ChangeCapacity(request.Capacity.Value);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return ChildResult<CareCenterRow>.Stale();
            }

            return ChildResult<CareCenterRow>.Ok(Row(center));
        }

        public static CareCenterRow Row(CareCenter c) =>
            new(c.Id, c.Code, c.Name, c.System, c.StateCode, c.City, c.Capacity, c.Occupied, c.LodgesFamilies, c.IsActive, c.Version);
    }
}
