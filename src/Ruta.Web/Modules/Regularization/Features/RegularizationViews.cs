using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

public sealed record PersonRef(Guid Id, string FullName, DateOnly? BirthDate);

/// <param name="Alert">"overdue", "due-soon" or null: open deadlines close to or past their end (see <see cref="RegularizationRules.AlertLead"/>).</param>
public sealed record DeadlineRow(Guid Id, string Kind, string Description, string LegalBasis, string ResponsibleAgency, DeadlineUnit Unit, int Amount,
    DateOnly TriggerDate, DateOnly DueDate, DateOnly AdviseByDate, DateTime? DueAt, DeadlineStatus Status, string? Alert);

public sealed record TimelineRow(Guid Id, string Kind, string Label, DateOnly OccurredOn, DateTime RecordedAt, string? RecordedByAgency, string? Text);

public sealed record DocumentRef(Guid Id, string Number, DocumentType Type, string TypeName, DateOnly ValidFrom, DateOnly? ValidUntil,
    DocumentValidity Validity, string VerificationPath);

public sealed record RequirementRow(string Code, string Label, string LegalBasis, bool Presented, bool Missing);

/// <summary>A regularization procedure as INM and oversight see it.</summary>
/// <param name="AllowedActions">The acts (API path segments) the table and the user's role allow now; "requirements" is the PUT edit.</param>
public sealed record RegularizationView(
    Guid Id, int Version, RegularizationStatus Status, string StatusLabel, RegularizationOrigin Origin,
    string Ground, string GroundLabel, string GroundBasis, string? GroundDetail, string FineLabel,
    PersonRef Person, PersonRef? Principal, FamilyRelation? RelationToPrincipal, Guid OfficeId, string OfficeName, DateOnly FiledOn,
    DateTime? AccreditedAt, DateTime? ExitPermitDueAt, DateTime? ExitPermitIssuedAt, DateOnly? ResolutionDueDate,
    StayCondition? RequestedCondition, StayCondition? EligibleCondition, IReadOnlyList<StayCondition> GrantableConditions, int? MaxValidityYears,
    DateOnly? ValidUntilCap, DateOnly? AuthorizedStayExpiredOn, IReadOnlyList<RequirementRow> Requirements,
    DateOnly? PreventionNotifiedOn, DateOnly? PreventionAnswerDueDate, DateOnly? PreventionAnsweredOn, IReadOnlyList<string> PreventionMissing,
    string? PreventionNotes, RegularizationOutcome? Outcome, DateOnly? ResolvedOn, string? Reasons, StayCondition? GrantedCondition,
    int? ExitPeriodDays, DateOnly? DepartureDueDate, DateOnly? DepartedOn, bool DepartureOrderBreached, DateOnly? ClosedOn,
    IReadOnlyList<DocumentRef> Documents, IReadOnlyList<DeadlineRow> Deadlines, IReadOnlyList<TimelineRow> Timeline,
    IReadOnlyList<string> AllowedActions);

/// <summary>Reading rows shared by the module's views.</summary>
public static class ProcedureReads
{
    public static async Task<Dictionary<Guid, PersonRef>> PersonsAsync(RutaDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return (await db.Set<Person>().AsNoTracking().Where(p => list.Contains(p.Id))
                .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => new PersonRef(p.Id, PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.BirthDate));
    }

    public static async Task<List<DeadlineRow>> DeadlinesAsync(RutaDbContext db, string caseType, Guid id, DateTimeOffset now, CancellationToken ct) =>
        (await db.Set<Deadline>().AsNoTracking().Where(d => d.CaseType == caseType && d.CaseId == id)
            .OrderBy(d => d.DueDate).ThenBy(d => d.CreatedAt)
            .Select(d => new { d.Id, d.Kind, d.Description, d.LegalBasis, d.ResponsibleAgency, d.Unit, d.Amount, d.TriggerDate, d.DueDate,
                d.AdviseByDate, d.DueAt, d.Status })
            .ToListAsync(ct))
        .Select(d => new DeadlineRow(d.Id, d.Kind, d.Description, d.LegalBasis, d.ResponsibleAgency, d.Unit, d.Amount, d.TriggerDate, d.DueDate,
            d.AdviseByDate, d.DueAt, d.Status, Alert(d.Kind, d.Unit, d.Status, d.DueDate, d.DueAt, now)))
        .ToList();

    /// <summary>"overdue" once past the end (or missed), "due-soon" within the kind's lead time, otherwise null.</summary>
    public static string? Alert(string kind, DeadlineUnit unit, DeadlineStatus status, DateOnly dueDate, DateTime? dueAt, DateTimeOffset now)
    {
        if (status == DeadlineStatus.Missed)
        {
            return "overdue";
        }

        if (status != DeadlineStatus.Open)
        {
            return null;
        }

        var lead = RegularizationRules.AlertLead(kind);
        if (unit == DeadlineUnit.Hours && dueAt is { } at)
        {
            var left = at - now.UtcDateTime;
            return left < TimeSpan.Zero ? "overdue" : left <= TimeSpan.FromHours(lead) ? "due-soon" : null;
        }

        var days = dueDate.DayNumber - MexicoCity.DateOf(now).DayNumber;
        return days < 0 ? "overdue" : days <= lead ? "due-soon" : null;
    }

    public static async Task<List<DocumentRef>> DocumentsAsync(RutaDbContext db, string caseType, Guid id, DateOnly today, CancellationToken ct) =>
        (await db.Set<IssuedDocument>().AsNoTracking().Where(d => d.CaseType == caseType && d.CaseId == id)
            .OrderBy(d => d.IssuedAt)
            .Select(d => new { d.Id, d.Number, d.Type, d.ValidFrom, d.ValidUntil, d.Status, d.VerificationCode }).ToListAsync(ct))
        .Select(d => new DocumentRef(d.Id, d.Number, d.Type, DocumentTypes.Label(d.Type), d.ValidFrom, d.ValidUntil,
            IssuedDocument.Validity(d.Status, d.ValidFrom, d.ValidUntil, today), ReadDocuments.VerificationPath(d.VerificationCode)))
        .ToList();

    public static async Task<string> OfficeNameAsync(RutaDbContext db, Guid officeId, CancellationToken ct) =>
        await db.Set<Office>().AsNoTracking().Where(o => o.Id == officeId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";

    public static string EventLabel(RegularizationEventKind kind) => kind switch
    {
        RegularizationEventKind.Filed => "Presentación de la solicitud",
        RegularizationEventKind.RequirementsUpdated => "Requisitos presentados",
        RegularizationEventKind.ExitPermitIssued => "Oficio de salida de la estación",
        RegularizationEventKind.PreventionIssued => "Prevención",
        RegularizationEventKind.PreventionAnswered => "Desahogo de la prevención",
        RegularizationEventKind.Dismissed => "Trámite desechado",
        RegularizationEventKind.Granted => "Resolución favorable",
        RegularizationEventKind.Refused => "Resolución negativa",
        RegularizationEventKind.Withdrawn => "Desistimiento",
        RegularizationEventKind.Departed => "Salida del país",
        RegularizationEventKind.DepartureOrderLapsed => "Oficio de salida incumplido",
        _ => kind.ToString(),
    };

    public static string EventLabel(FamilyUnityEventKind kind) => kind switch
    {
        FamilyUnityEventKind.Filed => "Presentación de la solicitud",
        FamilyUnityEventKind.RequirementsUpdated => "Requisitos presentados",
        FamilyUnityEventKind.PreventionIssued => "Prevención",
        FamilyUnityEventKind.PreventionAnswered => "Desahogo de la prevención",
        FamilyUnityEventKind.Dismissed => "Trámite desechado",
        FamilyUnityEventKind.Granted => "Resolución favorable",
        FamilyUnityEventKind.Refused => "Resolución negativa",
        FamilyUnityEventKind.Withdrawn => "Desistimiento",
        _ => kind.ToString(),
    };

    public static IReadOnlyList<string> AllowedActions(RegularizationProcedure procedure, ClaimsPrincipal user) =>
        !RegularizationAccess.CanAct(user) ? []
            : [.. RegularizationActions.Regularization.Where(a => a.Triggers.Any(procedure.CanFire)).Select(a => a.Action)];

    public static IReadOnlyList<string> AllowedActions(FamilyUnityProcedure procedure, ClaimsPrincipal user) =>
        !RegularizationAccess.CanAct(user) ? []
            : [.. RegularizationActions.FamilyUnity.Where(a => a.Triggers.Any(procedure.CanFire)).Select(a => a.Action)];
}

/// <summary>Reads one regularization procedure (INM and oversight).</summary>
public static class GetRegularization
{
    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, CancellationToken ct)
        {
            if (!RegularizationAccess.CanRead(user.Principal))
            {
                return ProcedureResult<RegularizationView>.Forbidden();
            }

            return await LoadAsync(id, ct) is { } view ? ProcedureResult<RegularizationView>.Ok(view) : ProcedureResult<RegularizationView>.NotFound();
        }

        public async Task<RegularizationView?> LoadAsync(Guid id, CancellationToken ct)
        {
            var p = await db.Set<RegularizationProcedure>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var persons = await ProcedureReads.PersonsAsync(db, p.PrincipalPersonId is { } principal ? [p.PersonId, principal] : [p.PersonId], ct);
            var timeline = (await db.Set<RegularizationEvent>().AsNoTracking().Where(e => e.ProcedureId == id)
                    .OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAt).ThenBy(e => e.Id).ToListAsync(ct))
                .Select(e => new TimelineRow(e.Id, System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(e.Kind.ToString()),
                    ProcedureReads.EventLabel(e.Kind), e.OccurredOn, e.RecordedAt, e.RecordedByAgency, e.Text))
                .ToList();
            var requirements = Domain.Requirements.Regularization.Where(r => p.Applicable.HasFlag(r.Key))
                .Select(r => new RequirementRow(r.Value.Code, r.Value.Label, r.Value.LegalBasis, p.Presented.HasFlag(r.Key), p.Missing.HasFlag(r.Key)))
                .ToList();
            var ground = p.GroundInfo;
            PersonRef Person(Guid personId) => persons.GetValueOrDefault(personId) ?? new PersonRef(personId, "", null);
            return new RegularizationView(p.Id, p.Version, p.Status, RegularizationTransitions.StatusLabel(p.Status), p.Origin,
                ground.Code, ground.Label, ground.LegalBasis, p.GroundDetail, RegularizationGrounds.FineLabel(ground.Fine),
                Person(p.PersonId), p.PrincipalPersonId is { } pp ? Person(pp) : null, p.RelationToPrincipal, p.OfficeId,
                await ProcedureReads.OfficeNameAsync(db, p.OfficeId, ct), p.FiledOn,
                p.AccreditedAt, p.ExitPermitDueAt, p.ExitPermitIssuedAt, p.ResolutionDueDate,
                p.RequestedCondition, p.EligibleCondition, p.GrantableConditions(), p.MaxValidityYears, p.ValidUntilCap, p.AuthorizedStayExpiredOn,
                requirements, p.PreventionNotifiedOn, p.PreventionAnswerDueDate, p.PreventionAnsweredOn,
                Domain.Requirements.Codes(p.PreventionMissing), p.PreventionNotes, p.Outcome, p.ResolvedOn, p.Reasons, p.GrantedCondition,
                p.ExitPeriodDays, p.DepartureDueDate, p.DepartedOn, p.DepartureOrderBreached, p.ClosedOn,
                await ProcedureReads.DocumentsAsync(db, RegularizationRules.CaseType, id, MexicoCity.DateOf(now), ct),
                await ProcedureReads.DeadlinesAsync(db, RegularizationRules.CaseType, id, now, ct),
                timeline, ProcedureReads.AllowedActions(p, user.Principal));
        }
    }
}
