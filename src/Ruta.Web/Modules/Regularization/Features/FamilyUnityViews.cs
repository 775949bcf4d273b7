using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>A family-unity procedure (visa or change of condition) as INM and oversight see it.</summary>
public sealed record FamilyUnityView(
    Guid Id, int Version, FamilyUnityKind Kind, string KindLabel, FamilyUnityStatus Status, string StatusLabel,
    PersonRef Principal, PersonRef Relative, FamilyRelation? RelationToPrincipal, PrincipalStanding PrincipalStanding, string PrincipalStandingLabel,
    StayCondition TargetCondition, string TargetConditionLabel, int? MaxValidityYears, DateOnly? ValidUntilCap, Guid OfficeId, string OfficeName,
    DateOnly FiledOn, DateOnly? ResolutionDueDate, IReadOnlyList<RequirementRow> Requirements,
    DateOnly? PreventionNotifiedOn, DateOnly? PreventionAnswerDueDate, DateOnly? PreventionAnsweredOn, IReadOnlyList<string> PreventionMissing,
    FamilyUnityOutcome? Outcome, DateOnly? ResolvedOn, string? Reasons, Guid? NoticeId, string? NoticeFolio,
    IReadOnlyList<DocumentRef> Documents, IReadOnlyList<DeadlineRow> Deadlines, IReadOnlyList<TimelineRow> Timeline, IReadOnlyList<string> AllowedActions);

public static class GetFamilyUnity
{
    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<ProcedureResult<FamilyUnityView>> HandleAsync(Guid id, CancellationToken ct)
        {
            if (!RegularizationAccess.CanRead(user.Principal))
            {
                return ProcedureResult<FamilyUnityView>.Forbidden();
            }

            return await LoadAsync(id, ct) is { } view ? ProcedureResult<FamilyUnityView>.Ok(view) : ProcedureResult<FamilyUnityView>.NotFound();
        }

        public async Task<FamilyUnityView?> LoadAsync(Guid id, CancellationToken ct)
        {
            var p = await db.Set<FamilyUnityProcedure>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var persons = await ProcedureReads.PersonsAsync(db, [p.PrincipalPersonId, p.RelativePersonId], ct);
            PersonRef Person(Guid personId) => persons.GetValueOrDefault(personId) ?? new PersonRef(personId, "", null);
            var timeline = (await db.Set<FamilyUnityEvent>().AsNoTracking().Where(e => e.ProcedureId == id)
                    .OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAt).ThenBy(e => e.Id).ToListAsync(ct))
                .Select(e => new TimelineRow(e.Id, System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(e.Kind.ToString()),
                    ProcedureReads.EventLabel(e.Kind), e.OccurredOn, e.RecordedAt, e.RecordedByAgency, e.Text))
                .ToList();
            var requirements = Domain.Requirements.FamilyUnity.Where(r => p.Applicable.HasFlag(r.Key))
                .Select(r => new RequirementRow(r.Value.Code, r.Value.Label, r.Value.LegalBasis, p.Presented.HasFlag(r.Key), p.Missing.HasFlag(r.Key)))
                .ToList();
            var folio = p.NoticeId is { } noticeId
                ? await db.Set<OfficialNotice>().AsNoTracking().Where(n => n.Id == noticeId).Select(n => n.Folio).FirstOrDefaultAsync(ct)
                : null;
            return new FamilyUnityView(p.Id, p.Version, p.Kind, FamilyUnityTransitions.KindLabel(p.Kind), p.Status, FamilyUnityTransitions.StatusLabel(p.Status),
                Person(p.PrincipalPersonId), Person(p.RelativePersonId), p.RelationToPrincipal, p.PrincipalStanding,
                FamilyEligibility.StandingLabel(p.PrincipalStanding), p.TargetCondition, StayConditions.Label(p.TargetCondition), p.MaxValidityYears,
                p.ValidUntilCap, p.OfficeId, await ProcedureReads.OfficeNameAsync(db, p.OfficeId, ct), p.FiledOn, p.ResolutionDueDate, requirements,
                p.PreventionNotifiedOn, p.PreventionAnswerDueDate, p.PreventionAnsweredOn, Domain.Requirements.Codes(p.PreventionMissing),
                p.Outcome, p.ResolvedOn, p.Reasons, p.NoticeId, folio,
                await ProcedureReads.DocumentsAsync(db, RegularizationRules.FamilyUnityCaseType, id, MexicoCity.DateOf(now), ct),
                await ProcedureReads.DeadlinesAsync(db, RegularizationRules.FamilyUnityCaseType, id, now, ct),
                timeline, ProcedureReads.AllowedActions(p, user.Principal));
        }
    }
}

/// <summary>INM's worklist of family-unity procedures, most urgent first.</summary>
public static class BrowseFamilyUnity
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, FamilyUnityKind Kind, string KindLabel, Guid RelativeId, string RelativeName, Guid PrincipalId, string PrincipalName,
        FamilyUnityStatus Status, string StatusLabel, StayCondition TargetCondition, DateOnly FiledOn, DateOnly? ResolutionDueDate, string? Alert);

    public sealed record PageResult(IReadOnlyList<Row> Items, int Page, int Total)
    {
        public bool HasMore => Page * PageSize < Total;
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<ProcedureResult<PageResult>> HandleAsync(FamilyUnityStatus? status, int page, CancellationToken ct)
        {
            if (!RegularizationAccess.CanRead(user.Principal))
            {
                return ProcedureResult<PageResult>.Forbidden();
            }

            page = Math.Max(1, page);
            var now = clock.GetUtcNow();
            var procedures = db.Set<FamilyUnityProcedure>().AsNoTracking();
            var filtered = status is { } s ? procedures.Where(p => p.Status == s) : procedures;
            var total = await filtered.CountAsync(ct);
            var rows = await (
                    from p in filtered
                    join relative in db.Set<Person>() on p.RelativePersonId equals relative.Id
                    join principal in db.Set<Person>() on p.PrincipalPersonId equals principal.Id
                    orderby p.Status == FamilyUnityStatus.InProcedure || p.Status == FamilyUnityStatus.PreventionPending ? 0 : 1, p.ResolutionDueDate,
                        p.FiledOn descending, p.Id
                    select new
                    {
                        p.Id, p.Kind, p.RelativePersonId, RG = relative.GivenNames, RF = relative.FirstSurname, RS = relative.SecondSurname,
                        p.PrincipalPersonId, PG = principal.GivenNames, PF = principal.FirstSurname, PS = principal.SecondSurname, p.Status,
                        p.TargetCondition, p.FiledOn, p.ResolutionDueDate,
                    })
                .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
            return ProcedureResult<PageResult>.Ok(new PageResult(
                [.. rows.Select(r => new Row(r.Id, r.Kind, FamilyUnityTransitions.KindLabel(r.Kind), r.RelativePersonId, PersonLabels.FullName(r.RG, r.RF, r.RS),
                    r.PrincipalPersonId, PersonLabels.FullName(r.PG, r.PF, r.PS), r.Status, FamilyUnityTransitions.StatusLabel(r.Status), r.TargetCondition,
                    r.FiledOn, r.ResolutionDueDate,
                    FamilyUnityTransitions.IsOpen(r.Status) && r.ResolutionDueDate is { } due
                        ? ProcedureReads.Alert(RegularizationRules.FamilyResolutionKind, DeadlineUnit.BusinessDays, DeadlineStatus.Open, due, null, now)
                        : null))],
                page, total));
        }
    }
}
