using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

public sealed record AdultRow(Guid PersonId, string Name, AdultRelation Relation, string RelationLabel, RelationSource Source, string? RegistryRelation,
    bool ContraryToInterest, string? ContraryReasons);

public sealed record PlacementRow(Guid Id, Guid CareCenterId, string CareCenter, DateTime PlacedAt, bool WithFamily, string? SeparationReason,
    DateTime? EndedAt, string? EndReason, IReadOnlyList<string> Companions);

public sealed record TvrhRow(Guid Id, string Number, Guid HolderPersonId, string Holder, DateOnly ValidFrom, DateOnly? ValidUntil, DocumentStatus Status);

public sealed record ScreeningRow(Guid Id, DateOnly ScreenedOn, ScreeningResult Result, string Notes, string Agency, string? ComarNoticeFolio,
    string? InmNoticeFolio);

public sealed record RiskRow(Guid Id, DateOnly AssessedOn, string CountryCode, RiskResult Result, string AssessedBy, string Reasons, string Agency);

public sealed record UrgentMeasureRow(Guid Id, UrgentMeasureKind Kind, UrgentMeasureRoute Route, string Description, string ImminentRisk,
    DateTime? RequestedAt, DateTime? ImposedAt, JudicialRuling? Ruling, DateTime? RulingAt, IReadOnlyList<DeadlineRef> Deadlines);

public sealed record DeadlineRef(string Kind, string Description, DateTime? DueAt, DateOnly DueDate, DeadlineStatus Status);

public sealed record ConsularRow(Guid Id, ConsularPurpose Purpose, string CountryCode, string Consulate, DateOnly NotifiedOn, string Reference);

public sealed record MeasureRow(Guid Id, string Description, string ResponsibleInstitution, MeasureStatus Status, DateOnly? NextFollowUpOn,
    DateOnly? LastFollowUpOn, DateOnly? FulfilledOn);

public sealed record PlanRow(Guid Id, int Sequence, DateOnly IssuedOn, IReadOnlyList<ChildProtectionOutcome> Outcomes, string? Summary, string? NoticeFolio,
    bool Superseded, IReadOnlyList<MeasureRow> Measures, IReadOnlyList<PersonName> FamilyUnity);

public sealed record PersonName(Guid Id, string Name);

public sealed record DecisionRow(Guid Id, Guid PlanId, ChildProtectionOutcome Outcome, DateOnly DecidedOn, string Reasons, IReadOnlyList<PersonName> FamilyUnity);

public sealed record ReunificationRow(Guid Id, string RelativeName, string Relation, bool InMexico, string Place, string? CountryCode, DateOnly On,
    ReunificationOutcome Outcome, string ChildOpinion, string? Notes);

public sealed record FollowUpRow(Guid Id, Guid MeasureId, DateOnly On, MeasureStatus Status, string Notes, DateOnly? NextFollowUpOn, string Agency);

public sealed record RightRow(string Right, bool Violated, string? Notes);

public sealed record EventRow(DateTime At, string Agency, string Action, string Summary);

public sealed record NoticeRef(Guid? Id, string? Folio, NoticeStatus? Status, DateTime? AcknowledgedAt, bool Overdue);

/// <summary>The whole file of a child: for the Procuraduría, DIF and oversight only.</summary>
public sealed record ChildFileView(
    Guid Id, Guid PersonId, string ChildName, DateOnly? BirthDate, bool AgePresumed, int? AgeToday, string? Curp, IReadOnlyList<string> Nationalities,
    ChildCaseStatus Status, string StatusLabel, int Version, Accompaniment Accompaniment, DateTime IdentifiedAt, IdentifyingAuthority Authority,
    string IdentifiedByAgency, string? ReportingShelter, string StateCode, string Municipality, string? PlaceDetail, string ProcuraduriaOffice,
    NoticeRef Notice, DateTime? CanalizedAt, string? DifOffice, string? CanalizationActNumber, string? CanalizationNoticeFolio, DateTime? ReceivedAt,
    IReadOnlyList<AdultRow> Adults, IReadOnlyList<PlacementRow> Placements, IReadOnlyList<TvrhRow> Tvrhs,
    ProtectionNeedStatus ProtectionNeed, ProtectionNeedResolution? ProtectionNeedResolution, DateOnly? ProtectionNeedResolvedOn,
    string? ProtectionNeedResolutionReasons, IReadOnlyList<ScreeningRow> Screenings, IReadOnlyList<ConsularRow> ConsularNotices,
    IReadOnlyList<RiskRow> RiskAssessments, IReadOnlyList<UrgentMeasureRow> UrgentMeasures,
    string? FamilyDiagnosis, DateOnly? FamilyDiagnosedOn, IReadOnlyList<RightRow> Rights, DateOnly? RightsDeterminedOn,
    DateOnly? BestInterestDeterminedOn, IReadOnlyList<PersonName> BestInterestParticipants, string? ChildOpinion, string? OpinionNotHeardReason,
    string? BestInterestReasons, IReadOnlyList<PlanRow> Plans, DecisionRow? Decision, string? EscortName, string? EscortAgency,
    DateOnly? EscortAssignedOn, string? ReceivingAuthority, string? ReceivingCountryCode, DateOnly? ReceivingAuthorityConfirmedOn,
    IReadOnlyList<ReunificationRow> Reunifications, IReadOnlyList<FollowUpRow> FollowUps, DateOnly? ClosedOn, ChildClosingReason? ClosingReason,
    string? ClosingNotes, DateOnly ReturnOn, IReadOnlyList<RemovalBlock> ReturnBlocks, IReadOnlyList<EventRow> Timeline, IReadOnlyList<string> AllowedActions);

/// <summary>
/// Reads a child's whole file for the Procuraduría, DIF or a CNDH auditor, with a stated purpose that
/// is logged (an audit "read" entry) before anything is returned. INM is refused (its view is
/// <see cref="GetInmView"/>); everyone else too.
/// </summary>
public static class GetChildFile
{
    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, RemovalGuard guard)
    {
        public async Task<ChildResult<ChildFileView>> HandleAsync(Guid id, ReadPurpose purpose, string? detail, CancellationToken ct)
        {
            if (!ChildAccess.CanReadFile(user.Principal))
            {
                return ChildResult<ChildFileView>.Forbidden();
            }

            var child = await db.Set<ChildCase>().AsNoTracking()
                .Include(c => c.Adults).Include(c => c.Placements).ThenInclude(p => p.Companions)
                .Include(c => c.RightsFindings).Include(c => c.BestInterestParticipants).Include(c => c.Screenings)
                .Include(c => c.RiskAssessments).Include(c => c.Plans).ThenInclude(p => p.Measures).Include(c => c.Plans).ThenInclude(p => p.FamilyUnity)
                .Include(c => c.Decisions).ThenInclude(d => d.FamilyUnity).Include(c => c.UrgentMeasures).Include(c => c.ConsularNotices)
                .Include(c => c.Reunifications).Include(c => c.FollowUps)
                .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (child is null)
            {
                return ChildResult<ChildFileView>.NotFound();
            }

            ReadPurposes.Log(db, clock, user.Principal, id, "file", purpose, detail);
            await db.SaveChangesAsync(ct);
            return ChildResult<ChildFileView>.Ok(await ViewAsync(child, ct));
        }

        private async Task<ChildFileView> ViewAsync(ChildCase c, CancellationToken ct)
        {
            var today = MexicoCity.Today(clock);
            var personIds = new HashSet<Guid> { c.PersonId };
            personIds.UnionWith(c.Adults.Select(a => a.PersonId));
            personIds.UnionWith(c.Placements.SelectMany(p => p.Companions).Select(x => x.PersonId));
            personIds.UnionWith(c.Plans.SelectMany(p => p.FamilyUnity).Select(f => f.PersonId));
            personIds.UnionWith(c.Decisions.SelectMany(d => d.FamilyUnity).Select(f => f.PersonId));
            var names = await ChildQueries.NamesAsync(db, personIds, ct);
            var person = await db.Set<Person>().AsNoTracking().Include(p => p.Nationalities).FirstAsync(p => p.Id == c.PersonId, ct);
            var offices = await db.Set<Office>().AsNoTracking().Where(o => o.Id == c.ProcuraduriaOfficeId || o.Id == c.DifOfficeId)
                .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            var centers = await db.Set<CareCenter>().AsNoTracking().Where(x => c.Placements.Select(p => p.CareCenterId).Contains(x.Id))
                .ToDictionaryAsync(x => x.Id, x => x.Name, ct);
            var measureIds = c.UrgentMeasures.Select(m => m.Id).ToList();
            var deadlines = await db.Set<Deadline>().AsNoTracking()
                .Where(d => d.CaseType == ChildRules.UrgentMeasureCaseType && measureIds.Contains(d.CaseId))
                .Select(d => new { d.CaseId, d.Kind, d.Description, d.DueAt, d.DueDate, d.Status }).ToListAsync(ct);
            var events = await db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.OccurredAt)
                .Select(e => new EventRow(e.OccurredAt, e.Agency, ChildProtectionProcedure.TriggerLabel(e.Trigger), e.Summary)).ToListAsync(ct);
            var returnOn = ChildQueries.DefaultReturnOn(today);
            var blocks = c.IsOpen ? await ChildQueries.ReturnBlocksAsync(guard, c.PersonId, returnOn, ct) : [];
            string Name(Guid id) => names.GetValueOrDefault(id, id.ToString());
            return new ChildFileView(c.Id, c.PersonId, Name(c.PersonId), person.BirthDate, person.BirthDate is null || person.BirthDateEstimated,
                person.AgeOn(today), person.Curp, [.. person.Nationalities.Select(n => n.CountryCode)], c.Status,
                ChildProtectionProcedure.StatusLabel(c.Status), c.Version, c.Accompaniment, c.IdentifiedAt, c.Authority, c.IdentifiedByAgency,
                c.ReportingShelter, c.StateCode, c.Municipality, c.PlaceDetail, offices.GetValueOrDefault(c.ProcuraduriaOfficeId, ""),
                await ChildQueries.NoticeAsync(db, c.NoticeId, c.NoticeFolio, clock, ct), c.CanalizedAt,
                c.DifOfficeId is { } dif ? offices.GetValueOrDefault(dif) : null, c.CanalizationActNumber, c.CanalizationNoticeFolio, c.ReceivedAt,
                [.. c.Adults.Select(a => new AdultRow(a.PersonId, Name(a.PersonId), a.Relation, ChildLabels.Relation(a.Relation), a.Source,
                    a.RegistryRelation is { } r ? PersonLabels.Relation(r) : null, a.ContraryToInterest, a.ContraryReasons))],
                [.. c.Placements.OrderByDescending(p => p.PlacedAt).Select(p => new PlacementRow(p.Id, p.CareCenterId, centers.GetValueOrDefault(p.CareCenterId, ""),
                    p.PlacedAt, p.WithFamily, p.SeparationReason, p.EndedAt, p.EndReason is { } e ? ChildLabels.PlacementEnd(e) : null,
                    [.. p.Companions.Select(x => Name(x.PersonId))]))],
                await ChildQueries.TvrhsAsync(db, c, names, ct),
                c.ProtectionNeed, c.ProtectionNeedResolution, c.ProtectionNeedResolvedOn, c.ProtectionNeedResolutionReasons,
                [.. c.Screenings.OrderBy(s => s.ScreenedOn).Select(s => new ScreeningRow(s.Id, s.ScreenedOn, s.Result, s.Notes, s.Agency, s.ComarNoticeFolio,
                    s.InmNoticeFolio))],
                [.. c.ConsularNotices.OrderBy(n => n.NotifiedOn).Select(n => new ConsularRow(n.Id, n.Purpose, n.CountryCode, n.Consulate, n.NotifiedOn, n.Reference))],
                [.. c.RiskAssessments.OrderBy(r => r.AssessedOn).ThenBy(r => r.RecordedAt).Select(r => new RiskRow(r.Id, r.AssessedOn, r.CountryCode, r.Result,
                    r.AssessedBy, r.Reasons, r.Agency))],
                [.. c.UrgentMeasures.OrderBy(m => m.RequestedAt ?? m.ImposedAt).Select(m => new UrgentMeasureRow(m.Id, m.Kind, m.Route, m.Description,
                    m.ImminentRisk, m.RequestedAt, m.ImposedAt, m.Ruling, m.RulingAt,
                    [.. deadlines.Where(d => d.CaseId == m.Id).Select(d => new DeadlineRef(d.Kind, d.Description, d.DueAt, d.DueDate, d.Status))]))],
                c.FamilyDiagnosis, c.FamilyDiagnosedOn, [.. c.RightsFindings.Select(r => new RightRow(r.Right, r.Violated, r.Notes))], c.RightsDeterminedOn, c.BestInterestDeterminedOn,
                [.. c.BestInterestParticipants.Select(p => new PersonName(p.Id, $"{p.Name} ({p.Role})"))], c.ChildOpinion, c.OpinionNotHeardReason,
                c.BestInterestReasons,
                [.. c.Plans.OrderByDescending(p => p.Sequence).Select(p => new PlanRow(p.Id, p.Sequence, p.IssuedOn, p.Outcomes.List(), p.Summary, p.NoticeFolio,
                    p.SupersededAt is not null,
                    [.. p.Measures.OrderBy(m => m.NextFollowUpOn ?? DateOnly.MaxValue).Select(m => new MeasureRow(m.Id, m.Description, m.ResponsibleInstitution,
                        m.Status, m.NextFollowUpOn, m.LastFollowUpOn, m.FulfilledOn))],
                    [.. p.FamilyUnity.Select(f => new PersonName(f.PersonId, Name(f.PersonId)))]))],
                c.CurrentDecision is { } d ? new DecisionRow(d.Id, d.PlanId, d.Outcome, d.DecidedOn, d.Reasons,
                    [.. d.FamilyUnity.Select(f => new PersonName(f.PersonId, Name(f.PersonId)))]) : null,
                c.EscortName, c.EscortAgency, c.EscortAssignedOn, c.ReceivingAuthority, c.ReceivingCountryCode, c.ReceivingAuthorityConfirmedOn,
                [.. c.Reunifications.OrderBy(r => r.On).Select(r => new ReunificationRow(r.Id, r.RelativeName, r.Relation, r.InMexico, r.Place, r.CountryCode, r.On,
                    r.Outcome, r.ChildOpinion, r.Notes))],
                [.. c.FollowUps.OrderBy(f => f.On).Select(f => new FollowUpRow(f.Id, f.MeasureId, f.On, f.Status, f.Notes, f.NextFollowUpOn, f.Agency))],
                c.ClosedOn, c.ClosingReason, c.ClosingNotes, returnOn, blocks, events,
                [.. ChildActions.Allowed(user.Principal, c.Status).Where(t => ChildActions.Relevant(t, c)).Select(t => ChildActions.Names[t]).Distinct()]);
        }
    }
}

/// <summary>Reads shared by the file, INM's view and the worklists.</summary>
public static class ChildQueries
{
    /// <summary>The earliest departure for which a consulate told today is told in time (<see cref="ChildRules.ConsulateLeadDays"/>).</summary>
    public static DateOnly DefaultReturnOn(DateOnly today) => today.AddDays(ChildRules.ConsulateLeadDays);

    /// <summary>What the removal guard (every rule: this module's, the kernel's, asylum's) would answer for an assisted return; writes nothing.</summary>
    public static async Task<IReadOnlyList<RemovalBlock>> ReturnBlocksAsync(RemovalGuard guard, Guid personId, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(guard);
        return (await guard.EvaluateAsync(personId, RemovalKind.AssistedReturn, on, ct))?.Blocks ?? [];
    }

    public static async Task<Dictionary<Guid, string>> NamesAsync(RutaDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var list = ids.Distinct().ToList();
        return (await db.Set<Person>().AsNoTracking().Where(p => list.Contains(p.Id))
                .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname));
    }

    public static async Task<NoticeRef> NoticeAsync(RutaDbContext db, Guid? noticeId, string? folio, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (noticeId is not { } id)
        {
            return new NoticeRef(null, folio, null, null, false);
        }

        var notice = await db.Set<OfficialNotice>().AsNoTracking().Where(n => n.Id == id).Select(n => new { n.Status, n.AcknowledgedAt }).FirstAsync(ct);
        var deadline = await db.Set<Deadline>().AsNoTracking()
            .Where(d => d.CaseType == OfficialNotice.CaseTypeName && d.CaseId == id && d.Kind == NoticeSender.AcknowledgementKind)
            .OrderByDescending(d => d.CreatedAt).Select(d => new { d.DueDate, d.DueAt, d.Status }).FirstOrDefaultAsync(ct);
        var due = deadline is null ? null
            : AcknowledgementDue.Of(deadline.DueDate, deadline.DueAt, deadline.Status, notice.Status != NoticeStatus.Acknowledged, clock.GetUtcNow().UtcDateTime);
        return new NoticeRef(id, folio, notice.Status, notice.AcknowledgedAt, due?.Overdue ?? false);
    }

    /// <summary>The TVRHs of the case: the child's, and those of the adults present issued through a case of the same identification (siblings).</summary>
    public static async Task<IReadOnlyList<TvrhRow>> TvrhsAsync(RutaDbContext db, ChildCase child, Dictionary<Guid, string> names, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(names);
        var caseId = child.Id;
        var group = db.Set<ChildCase>().Where(c => c.GroupId == child.GroupId).Select(c => (Guid?)c.Id);
        var adults = child.Adults.Select(a => a.PersonId).ToList();
        var rows = await db.Set<IssuedDocument>().AsNoTracking()
            .Where(d => d.CaseType == ChildRules.CaseType && d.Type == DocumentType.HumanitarianVisitorCard
                && (d.CaseId == caseId || (adults.Contains(d.HolderPersonId) && group.Contains(d.CaseId))))
            .OrderBy(d => d.IssuedAt)
            .Select(d => new { d.Id, d.Number, d.HolderPersonId, d.ValidFrom, d.ValidUntil, d.Status }).ToListAsync(ct);
        var missing = rows.Select(r => r.HolderPersonId).Where(p => !names.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var (id, name) in await NamesAsync(db, missing, ct))
            {
                names[id] = name;
            }
        }

        return [.. rows.Select(r => new TvrhRow(r.Id, r.Number, r.HolderPersonId, names.GetValueOrDefault(r.HolderPersonId, ""), r.ValidFrom, r.ValidUntil,
            r.Status))];
    }
}
