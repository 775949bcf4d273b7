using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

public sealed record PersonRef(Guid Id, string FullName, DateOnly? BirthDate);

public sealed record DeadlineRow(Guid Id, string Kind, string Description, string LegalBasis, string ResponsibleAgency, DeadlineUnit Unit,
    int Amount, DateOnly TriggerDate, DateOnly DueDate, DateOnly AdviseByDate, DateTime? DueAt, DeadlineStatus Status);

public sealed record TimelineRow(Guid Id, AsylumEventKind Kind, string Label, DateOnly OccurredOn, DateTime RecordedAt, string? RecordedByAgency,
    Guid? PersonId, string? Language, bool? Attended, string? Agency, Guid? DeadlineId, Guid? RelatedEventId, string? Text);

public sealed record Article52Row(Guid PersonId, Article52Ground Ground, DateOnly DeterminedOn, string Reasons);

public sealed record AppointmentRow(Guid Id, AppointmentKind Kind, string Label, DateOnly On, TimeOnly? At);

public sealed record NoticeRow(Guid Id, string Folio, string Type, string Subject, string RecipientAgency, DateTime SentAt, NoticeStatus Status);

/// <summary>A claim as COMAR and oversight see it: the whole file.</summary>
/// <param name="AllowedActions">The API actions (path segments) the table and the user's role allow now.</param>
public sealed record AsylumClaimView(
    Guid Id, int Version, AsylumClaimStatus Status, string StatusLabel, AsylumOutcome? Outcome, ClosingReason? ClosingReason,
    PersonRef Applicant, IReadOnlyList<PersonRef> Dependents,
    DateOnly EnteredOn, DateOnly FiledOn, DateOnly LastTimelyFilingDay, bool IsLateFiling, FiledBy FiledBy, string FiledByAgency,
    Guid OfficeId, string OfficeName,
    DateOnly? RatificationDueDate, DateOnly? RatifiedOn, DateOnly? LateFilingAnswerDueDate, DateOnly? LateFilingDecidedOn,
    DateOnly? ResolutionDueDate, string? ExtensionGround, string? ExtensionReason, DateOnly? ExtendedOn,
    DateOnly? ResolvedOn, string? ResolutionReasons, bool ComplementaryProtectionAssessed, DateOnly? NotifiedOn,
    DateOnly? AppealDueDate, DateOnly? AppealFiledOn, AppealDecision? AppealDecision, DateOnly? AppealDecidedOn,
    DateOnly? RecognizedOn, IReadOnlyList<Article52Row> Article52Determinations,
    int MissedSignings, DateOnly? ClosedOn, string? ClosingReasons,
    IReadOnlyList<DeadlineRow> Deadlines, IReadOnlyList<TimelineRow> Timeline, IReadOnlyList<NoticeRow> Notices,
    IReadOnlyList<DocumentDue> DocumentsDue, IReadOnlyList<string> AllowedActions,
    string? CaseNumber, IReadOnlyList<AppointmentRow> UpcomingAppointments, DateTime? StatusSecretIssuedAt);

/// <summary>Reads one claim's file. Every read is audited (a confidential file, LRPCAP art. 10).</summary>
public static class GetAsylumClaim
{
    public const string ReadAuditAction = "asylum-claim-read";

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        /// <summary>The file, audited as read; Forbidden for those who may not read files (INM), NotFound when absent.</summary>
        public async Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, CancellationToken ct)
        {
            if (!AsylumAccess.CanReadFile(user.Principal))
            {
                return AsylumResult<AsylumClaimView>.Forbidden();
            }

            var view = await LoadAsync(id, ct);
            if (view is null)
            {
                return AsylumResult<AsylumClaimView>.NotFound();
            }

            db.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, user.UserId, user.UserName, user.AgencyCode, ReadAuditAction,
                nameof(AsylumClaim), id.ToString(), before: null, after: null, correlationId: Activity.Current?.TraceId.ToString()));
            await db.SaveChangesAsync(ct);
            return AsylumResult<AsylumClaimView>.Ok(view);
        }

        /// <summary>The file without an audit line (after an act, which is itself audited).</summary>
        public async Task<AsylumClaimView?> LoadAsync(Guid id, CancellationToken ct)
        {
            var claim = await db.Set<AsylumClaim>().AsNoTracking().Include(c => c.Dependents).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (claim is null)
            {
                return null;
            }

            var personIds = claim.PersonIds.ToList();
            var persons = (await db.Set<Person>().AsNoTracking().Where(p => personIds.Contains(p.Id))
                    .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate })
                    .ToListAsync(ct))
                .ToDictionary(p => p.Id, p => new PersonRef(p.Id, PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.BirthDate));
            var office = await db.Set<Office>().AsNoTracking().Where(o => o.Id == claim.OfficeId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
            var noticeIds = db.Set<OfficialNotice>().Where(n => n.CaseType == AsylumRules.CaseType && n.CaseId == id).Select(n => n.Id);
            var deadlines = await db.Set<Deadline>().AsNoTracking()
                .Where(d => (d.CaseType == AsylumRules.CaseType && d.CaseId == id)
                    || (d.CaseType == OfficialNotice.CaseTypeName && noticeIds.Contains(d.CaseId)))
                .OrderBy(d => d.DueDate).ThenBy(d => d.CreatedAt)
                .Select(d => new DeadlineRow(d.Id, d.Kind, d.Description, d.LegalBasis, d.ResponsibleAgency, d.Unit, d.Amount, d.TriggerDate,
                    d.DueDate, d.AdviseByDate, d.DueAt, d.Status))
                .ToListAsync(ct);
            var timeline = (await db.Set<AsylumEvent>().AsNoTracking().Where(e => e.ClaimId == id)
                    .OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAt).ThenBy(e => e.Id)
                    .ToListAsync(ct))
                .Select(e => new TimelineRow(e.Id, e.Kind, EventLabel(e.Kind), e.OccurredOn, e.RecordedAt, e.RecordedByAgency, e.PersonId,
                    e.Language, e.Attended, e.Agency, e.DeadlineId, e.RelatedEventId, e.Text))
                .ToList();
            var notices = await db.Set<OfficialNotice>().AsNoTracking().Where(n => n.CaseType == AsylumRules.CaseType && n.CaseId == id)
                .OrderBy(n => n.SentAt)
                .Select(n => new NoticeRow(n.Id, n.Folio, n.Type, n.Subject, n.RecipientAgency, n.SentAt, n.Status))
                .ToListAsync(ct);

            var determinations = await db.Set<Article52Determination>().AsNoTracking().Where(a => a.ClaimId == id)
                .OrderBy(a => a.DeterminedOn)
                .Select(a => new Article52Row(a.PersonId, a.Ground, a.DeterminedOn, a.Reasons))
                .ToListAsync(ct);

            var today = MexicoCity.Today(clock);
            var appointments = (await db.Set<AsylumAppointment>().AsNoTracking().Where(a => a.ClaimId == id && a.On >= today)
                    .OrderBy(a => a.On).ThenBy(a => a.At)
                    .Select(a => new { a.Id, a.Kind, a.On, a.At })
                    .ToListAsync(ct))
                .Select(a => new AppointmentRow(a.Id, a.Kind, AsylumPublicStatus.AppointmentLabel(a.Kind), a.On, a.At))
                .ToList();
            var secretIssuedAt = await db.Set<AsylumStatusAccess>().AsNoTracking().Where(a => a.ClaimId == id)
                .Select(a => (DateTime?)a.IssuedAt).FirstOrDefaultAsync(ct);

            PersonRef Person(Guid personId) => persons.GetValueOrDefault(personId) ?? new PersonRef(personId, "", null);
            return new AsylumClaimView(
                claim.Id, claim.Version, claim.Status, AsylumProcedure.StatusLabel(claim.Status), claim.Outcome, claim.ClosingReason,
                Person(claim.ApplicantId), [.. claim.Dependents.Select(d => Person(d.PersonId)).OrderBy(p => p.FullName, StringComparer.Ordinal)],
                claim.EnteredOn, claim.FiledOn, claim.LastTimelyFilingDay, claim.IsLateFiling, claim.FiledBy, claim.FiledByAgency,
                claim.OfficeId, office,
                claim.RatificationDueDate, claim.RatifiedOn, claim.LateFilingAnswerDueDate, claim.LateFilingDecidedOn,
                claim.ResolutionDueDate, claim.ExtensionGround, claim.ExtensionReason, claim.ExtendedOn,
                claim.ResolvedOn, claim.ResolutionReasons, claim.ComplementaryProtectionAssessed, claim.NotifiedOn,
                claim.AppealDueDate, claim.AppealFiledOn, claim.AppealDecision, claim.AppealDecidedOn,
                claim.RecognizedOn, determinations,
                claim.MissedSignings, claim.ClosedOn, claim.ClosingReasons,
                deadlines, timeline, notices,
                AsylumDocuments.DueFor(claim.Status, claim.ApplicantId, claim.Dependents.Select(d => d.PersonId)),
                AllowedActions(claim, user.Principal),
                claim.CaseNumber, appointments, secretIssuedAt);
        }
    }

    /// <summary>The API actions open to <paramref name="user"/> on the claim now: the table's CanFire plus the user's role.</summary>
    public static IReadOnlyList<string> AllowedActions(AsylumClaim claim, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var actions = new List<string>();
        foreach (var (action, triggers) in AsylumActions.Triggers)
        {
            if (triggers.Any(claim.CanFire) && AsylumActions.MayAct(user, action))
            {
                actions.Add(action);
            }
        }

        return actions;
    }

    public static string EventLabel(AsylumEventKind kind) => kind switch
    {
        AsylumEventKind.Filed => "Presentación de la solicitud",
        AsylumEventKind.Ratified => "Ratificación",
        AsylumEventKind.RatificationLapsed => "Sin ratificación: se tiene por no presentada",
        AsylumEventKind.LateFilingAdmitted => "Solicitud extemporánea admitida",
        AsylumEventKind.LateFilingRefused => "Solicitud extemporánea no admitida",
        AsylumEventKind.Interview => "Entrevista",
        AsylumEventKind.Signing => "Firma periódica",
        AsylumEventKind.OpinionRequested => "Solicitud de opinión",
        AsylumEventKind.OpinionReceived => "Opinión recibida",
        AsylumEventKind.EvidenceReceived => "Pruebas recibidas",
        AsylumEventKind.Extended => "Ampliación del plazo de resolución",
        AsylumEventKind.Resolved => "Resolución",
        AsylumEventKind.Notified => "Notificación de la resolución",
        AsylumEventKind.AppealFiled => "Recurso de revisión interpuesto",
        AsylumEventKind.AppealWindowLapsed => "Resolución firme: sin recurso en plazo",
        AsylumEventKind.AppealDecided => "Recurso de revisión resuelto",
        AsylumEventKind.Abandoned => "Abandono",
        AsylumEventKind.Withdrawn => "Desistimiento",
        AsylumEventKind.Article52Determined => "Determinación del art. 52",
        AsylumEventKind.ConsularContact => "Contacto consular con consentimiento",
        AsylumEventKind.AppointmentScheduled => "Cita programada",
        _ => kind.ToString(),
    };
}
