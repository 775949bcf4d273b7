using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// Files a claim for a principal applicant and the family members in Mexico who depend on them. In
/// the same transaction: the resolution deadline (45 business days, LRPCAP art. 24), the ratification
/// deadline when a representative filed it, the prevención when it is late (never a rejection), the
/// oficio to INM with its acknowledgement deadline, and from that moment the protection against
/// removal (the guard reads the claim), and, when COMAR files a claim held as filed, the constancia
/// de trámite of each person (LRPCAP art. 22). The result lists the documents issued and those now due
/// (an INM filing leaves the constancias to COMAR, the only authority that issues them).
/// </summary>
public static class FileAsylumClaim
{
    /// <param name="FiledBy">"applicant" or "representative".</param>
    public sealed record Request(Guid? PersonId, DateOnly? EnteredOn, DateOnly? FiledOn, Guid? OfficeId, string? FiledBy,
        IReadOnlyList<Guid>? DependentIds);

    public sealed record NoticeRef(Guid Id, string Folio, string RecipientAgency);

    /// <summary>What the filer learns (INM filers included): no file content beyond what they entered.</summary>
    public sealed record Filed(Guid Id, AsylumClaimStatus Status, string StatusLabel, bool IsLateFiling, DateOnly LastTimelyFilingDay,
        IReadOnlyList<DeadlineRow> Deadlines, IReadOnlyList<DocumentDue> DocumentsDue, NoticeRef Notice,
        IReadOnlyList<AsylumIssuedDocument> DocumentsIssued, StatusAccessGranted StatusAccess);

    public static readonly IReadOnlyDictionary<string, FiledBy> FiledByValues = new Dictionary<string, FiledBy>(StringComparer.OrdinalIgnoreCase)
    {
        ["applicant"] = Domain.FiledBy.Applicant,
        ["representative"] = Domain.FiledBy.Representative,
    };

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.PersonId).NotEmpty().WithMessage("Elija a la persona solicitante principal.");
            RuleFor(r => r.EnteredOn).ActDate(today, "la fecha de ingreso al país");
            RuleFor(r => r.FiledOn).ActDate(today, "la fecha de presentación");
            RuleFor(r => r.FiledOn).Must((r, filed) => filed >= r.EnteredOn)
                .When(r => r.FiledOn is not null && r.EnteredOn is not null)
                .WithMessage("La fecha de presentación no puede ser anterior a la de ingreso al país.");
            RuleFor(r => r.OfficeId).NotEmpty().WithMessage("Elija la oficina donde se presenta.");
            RuleFor(r => r.FiledBy).NotEmpty().WithMessage("Indique quién presenta: applicant (la persona) o representative (su representante).")
                .Must(f => f is null || FiledByValues.ContainsKey(f.Trim()))
                .WithMessage("Indique quién presenta: applicant (la persona) o representative (su representante).");
            RuleFor(r => r.DependentIds).Must(d => d is null || d.Count <= AsylumLimits.MaxDependents)
                .WithMessage($"Máximo {AsylumLimits.MaxDependents} dependientes.");
            RuleForEach(r => r.DependentIds).NotEmpty().WithMessage("Identificador de persona vacío.")
                .Must((r, d) => d != r.PersonId).WithMessage("La persona solicitante no puede ser también dependiente.");
            RuleFor(r => r.DependentIds).Must(d => d is null || d.Distinct().Count() == d.Count)
                .WithMessage("Una persona aparece dos veces entre los dependientes.");
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, IDeadlines deadlines, NoticeSender notices,
        LegalCalendarProvider calendars, DocumentIssuer issuer)
    {
        /// <exception cref="DomainRuleException">A person already has an open claim; INM filing where COMAR has an office.</exception>
        public async Task<AsylumResult<Filed>> HandleAsync(Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!AsylumAccess.CanFile(user.Principal))
            {
                return AsylumResult<Filed>.Forbidden();
            }

            var today = MexicoCity.Today(clock);
            var validation = await new Validator(today).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return AsylumResult<Filed>.Invalid(validation.ToFieldErrors());
            }

            var applicantId = request.PersonId!.Value;
            IReadOnlyList<Guid> dependentIds = request.DependentIds ?? [];
            if (await CheckPersonsAsync(applicantId, dependentIds, ct) is { Count: > 0 } personErrors)
            {
                return AsylumResult<Filed>.Invalid(personErrors);
            }

            var agency = user.AgencyCode!;
            var office = await db.Set<Office>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OfficeId && o.IsActive, ct);
            if (office is null || office.AgencyCode != agency)
            {
                return AsylumResult<Filed>.Invalid("officeId", "Elija una oficina activa de su dependencia.");
            }

            if (agency == AgencyCodes.Inm && await db.Set<Office>().AnyAsync(
                    o => o.AgencyCode == AgencyCodes.Comar && o.IsActive && o.StateCode == office.StateCode, ct))
            {
                throw new DomainRuleException(AsylumRules.FileAtComar,
                    "La COMAR tiene oficina en esa entidad federativa: la solicitud se presenta ante la COMAR. " +
                    "El INM recibe solicitudes solo donde la COMAR no tiene oficina (y debe avisarle de inmediato).",
                    AsylumRules.InmFilingBasis, StatusCodes.Status422UnprocessableEntity);
            }

            await EnsureNoActiveClaimAsync([applicantId, .. dependentIds], ct);

            var calendar = await calendars.GetAsync(db, ct);
            var lastTimelyDay = calendar.Compute(request.EnteredOn!.Value, AsylumRules.FilingPeriodBusinessDays, PeriodUnit.BusinessDays,
                AgencyCodes.Comar).DueDate;
            var actor = new AsylumActor(clock.GetUtcNow().UtcDateTime, user.UserId, agency);
            AsylumClaim claim;
            try
            {
                claim = AsylumClaim.File(new FilingFacts(applicantId, dependentIds, request.EnteredOn.Value, request.FiledOn!.Value,
                    office.Id, agency, FiledByValues[request.FiledBy!.Trim()], lastTimelyDay), actor);
            }
            catch (AsylumInputException e)
            {
                return AsylumResult<Filed>.Invalid(e.Errors);
            }

            db.Add(claim);
            claim.CaseNumber = await AsylumCaseNumbers.AllocateAsync(db, claim.FiledOn.Year, ct);
            // The applicant's key to the public status page: only its hash is stored, the secret is shown once below.
            var (access, secret) = AsylumStatusAccess.Issue(claim.Id, actor);
            db.Add(access);
            var filedOn = claim.FiledOn;
            claim.ResolutionDueDate = (await Schedule(claim, AsylumRules.ResolutionKind, "Resolución de la solicitud de refugio",
                AsylumRules.ResolutionBasis, AsylumRules.ResolutionBusinessDays, filedOn, ct)).DueDate;
            if (claim.FiledBy == Domain.FiledBy.Representative)
            {
                claim.RatificationDueDate = (await Schedule(claim, AsylumRules.RatificationKind,
                    "Ratificación personal de la solicitud presentada por representante", AsylumRules.RatificationBasis,
                    AsylumRules.RatificationBusinessDays, filedOn, ct)).DueDate;
            }

            if (claim.IsLateFiling)
            {
                // The prevención is issued with the filing; the applicant has at least 5 business days to explain the delay.
                claim.LateFilingAnswerDueDate = (await Schedule(claim, AsylumRules.LateFilingAnswerKind,
                    "Respuesta a la prevención por presentación extemporánea (causas ajenas a su voluntad)", AsylumRules.LateFilingBasis,
                    AsylumRules.LateFilingAnswerBusinessDays, filedOn, ct)).DueDate;
            }

            var notice = await SendNoticeAsync(claim, agency, dependentIds, ct);
            var issued = agency == AgencyCodes.Comar && CertificateDue(claim.Status)
                ? await IssueAsylumDocument.IssueCertificatesAsync(issuer, claim, claim.PersonIds, office.Id, ct)
                : [];
            await db.SaveChangesAsync(ct);

            var rows = await db.Set<Deadline>().AsNoTracking()
                .Where(d => (d.CaseType == AsylumRules.CaseType && d.CaseId == claim.Id)
                    || (d.CaseType == OfficialNotice.CaseTypeName && d.CaseId == notice.Id))
                .OrderBy(d => d.DueDate)
                .Select(d => new DeadlineRow(d.Id, d.Kind, d.Description, d.LegalBasis, d.ResponsibleAgency, d.Unit, d.Amount, d.TriggerDate,
                    d.DueDate, d.AdviseByDate, d.DueAt, d.Status))
                .ToListAsync(ct);
            return AsylumResult<Filed>.Ok(new Filed(claim.Id, claim.Status, AsylumProcedure.StatusLabel(claim.Status), claim.IsLateFiling,
                claim.LastTimelyFilingDay, rows, AsylumDocuments.DueFor(claim.Status, claim.ApplicantId, dependentIds),
                new NoticeRef(notice.Id, notice.Folio, notice.RecipientAgency), [.. issued.Select(IssueAsylumDocument.Row)],
                new StatusAccessGranted(claim.Id, claim.CaseNumber, secret, CheckAsylumStatus.PagePath)));
        }

        /// <summary>The constancia is due once the claim is held as filed (not while awaiting ratification).</summary>
        public static bool CertificateDue(AsylumClaimStatus status) =>
            AsylumDocuments.DueFor(status, Guid.Empty, []).Any(d => d.Document == AsylumDocuments.ProofOfClaim);

        private Task<Deadline> Schedule(AsylumClaim claim, string kind, string description, string basis, int days, DateOnly trigger,
            CancellationToken ct) =>
            deadlines.ScheduleAsync(new DeadlineRequest(AsylumRules.CaseType, claim.Id, claim.ApplicantId, kind, description, basis,
                AgencyCodes.Comar, DeadlineUnit.BusinessDays, days, trigger), ct);

        /// <summary>
        /// COMAR tells INM (abstain from removal and consular contact; acknowledge within 72 h). When INM
        /// received the claim, INM tells COMAR at once instead (LRPCAP art. 21 párr. tercero).
        /// </summary>
        private async Task<OfficialNotice> SendNoticeAsync(AsylumClaim claim, string agency, IReadOnlyList<Guid> dependentIds, CancellationToken ct)
        {
            var dependents = dependentIds.Count == 0
                ? "sin dependientes"
                : "y de sus dependientes: " + string.Join("; ", (await NamesAsync(dependentIds, ct)).Select(p => $"{p.Name} ({p.Id})"));
            var body =
                $"Se hace de su conocimiento que el {claim.FiledOn:dd/MM/yyyy} se presentó la solicitud de reconocimiento de la condición de " +
                $"refugiado {claim.Id} de la persona señalada en este oficio, {dependents}.\n\n" +
                "Desde su presentación y hasta que se resuelva en definitiva, ninguna de estas personas puede ser rechazada en frontera ni " +
                "devuelta de cualquier forma (principio de no devolución, LRPCAP art. 6; LM art. 121 párr. segundo), y no debe establecerse " +
                "contacto con las autoridades de su país de origen sin su consentimiento expreso (LRPCAP art. 21 párr. cuarto). " +
                "Se solicita que se abstenga de ejecutar medidas de retorno y se sirva acusar de recibo.";
            if (agency == AgencyCodes.Comar)
            {
                return await notices.SendAsync(new NewNotice(AgencyCodes.Inm, NoticeTypes.AsylumClaimFiled,
                    "Presentación de solicitud de reconocimiento de la condición de refugiado", body, AsylumRules.ClaimNoticeBasis,
                    claim.ApplicantId, AsylumRules.CaseType, claim.Id,
                    AcknowledgeWithin: new AcknowledgementLimit(AsylumRules.InmAcknowledgementHours, DeadlineUnit.Hours),
                    Link: AsylumNoticeLinks.IssueHumanitarianCards(claim.Id)), ct);
            }

            return await notices.SendAsync(new NewNotice(AgencyCodes.Comar, NoticeTypes.AsylumClaimFiled,
                "Solicitud de reconocimiento de la condición de refugiado recibida por el INM",
                body.Replace("Se solicita que se abstenga de ejecutar medidas de retorno y se sirva acusar de recibo.",
                    "El INM la recibió por no haber oficina de la COMAR en la entidad federativa y la remite para su trámite.", StringComparison.Ordinal),
                "LRPCAP art. 21 párr. tercero; " + AsylumRules.InmFilingBasis, claim.ApplicantId, AsylumRules.CaseType, claim.Id,
                Link: AsylumNoticeLinks.OpenFile(claim.Id)), ct);
        }

        private async Task<List<(Guid Id, string Name)>> NamesAsync(IReadOnlyList<Guid> ids, CancellationToken ct) =>
            (await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname }).ToListAsync(ct))
            .Select(p => (p.Id, PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname)))
            .OrderBy(p => p.Item2, StringComparer.Ordinal).ToList();

        private async Task<Dictionary<string, string[]>> CheckPersonsAsync(Guid applicantId, IReadOnlyList<Guid> dependentIds, CancellationToken ct)
        {
            List<Guid> all = [applicantId, .. dependentIds];
            var found = await db.Set<Person>().AsNoTracking().Where(p => all.Contains(p.Id))
                .Select(p => new { p.Id, p.IsArchived }).ToDictionaryAsync(p => p.Id, p => p.IsArchived, ct);
            var errors = new Dictionary<string, string[]>();
            string? Problem(Guid id) => !found.TryGetValue(id, out var archived) ? "La persona no existe en el registro."
                : archived ? "La persona está archivada en el registro." : null;
            if (Problem(applicantId) is { } applicantProblem)
            {
                errors["personId"] = [applicantProblem];
            }

            for (var i = 0; i < dependentIds.Count; i++)
            {
                if (Problem(dependentIds[i]) is { } problem)
                {
                    errors[$"dependentIds[{i}]"] = [problem];
                }
            }

            return errors;
        }

        /// <summary>One open claim per person, whether as applicant or as dependent.</summary>
        private async Task EnsureNoActiveClaimAsync(List<Guid> persons, CancellationToken ct)
        {
            // Two indexed lookups (as applicant, as dependent), not one OR that scans every claim.
            var claims = db.Set<AsylumClaim>().AsNoTracking().Where(c => c.Status != AsylumClaimStatus.Closed);
            var open = await claims.Where(c => persons.Contains(c.ApplicantId)).Select(c => c.Id)
                .Concat(from d in db.Set<AsylumDependent>()
                        where persons.Contains(d.PersonId)
                        join c in claims on d.ClaimId equals c.Id
                        select c.Id)
                .Select(id => (Guid?)id).FirstOrDefaultAsync(ct);
            if (open is { } other)
            {
                throw new DomainRuleException(AsylumRules.ClaimAlreadyActive,
                    $"Al menos una de las personas ya figura en la solicitud de refugio {other}, que no ha concluido.",
                    AsylumRules.OneActiveClaimBasis);
            }
        }
    }
}
