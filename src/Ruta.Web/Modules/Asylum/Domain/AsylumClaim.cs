using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Stateless;

namespace Ruta.Web.Modules.Asylum.Domain;

public enum FiledBy { Applicant, Representative }

public enum AsylumOutcome { Refugee, ComplementaryProtection, Rejected }

public enum ClosingReason { RejectedFinal, Abandoned, Withdrawn, NotFiled, NotAdmitted }

public enum AppealDecision { Confirmed, Revoked, NewResolutionOrdered }

public enum AbandonmentGround { MissedSignings, LeftState }

public enum Article52Ground { NationalSecurity, GraveCrime }

/// <summary>Who acts and when: stamped on every timeline entry.</summary>
public sealed record AsylumActor(DateTime Now, Guid? UserId, string? Agency);

/// <summary>What a filing says; <see cref="LastTimelyFilingDay"/> is computed by the legal calendar (LRPCAP art. 18).</summary>
public sealed record FilingFacts(
    Guid ApplicantId, IReadOnlyList<Guid> DependentIds, DateOnly EnteredOn, DateOnly FiledOn, Guid OfficeId, string FiledByAgency,
    FiledBy FiledBy, DateOnly LastTimelyFilingDay);

/// <summary>Input that cannot be, given the record (a date before the filing, a person not in the claim). A 400 on the field(s).</summary>
public sealed class AsylumInputException : Exception
{
    public AsylumInputException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public AsylumInputException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
        Field = errors.Keys.First();
    }

    public string Field { get; }

    /// <summary>Field (camelCase JSON path) → Spanish messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

/// <summary>
/// A claim for recognition of refugee status ("solicitud de reconocimiento de la condición de
/// refugiado") filed by a principal applicant with dependents, who follow its outcome (LRPCAP art. 12).
/// Its states and legal moves are ONE table (<see cref="AsylumProcedure"/>); each method checks the
/// legal rule of its act, fires the trigger and returns the timeline entry. Deadlines are scheduled by
/// the features through the kernel (IDeadlines); their due dates are copied here so the removal guard
/// reads one row.
/// </summary>
public sealed class AsylumClaim : IVersioned
{
    private StateMachine<AsylumClaimStatus, AsylumTrigger>? _machine;

    private AsylumClaim() { }

    public Guid Id { get; private set; }

    /// <summary>
    /// The case number (SR-2026-000123, <see cref="AsylumCaseNumbers"/>), given by the filing feature;
    /// null only for claims filed before Ruta numbered them (reissuing the status secret numbers them).
    /// </summary>
    public string? CaseNumber { get; internal set; }

    public Guid ApplicantId { get; private set; }
    public DateOnly EnteredOn { get; private set; }
    public DateOnly FiledOn { get; private set; }
    public Guid OfficeId { get; private set; }

    /// <summary>COMAR, or INM where COMAR has no office.</summary>
    public string FiledByAgency { get; private set; } = "";
    public FiledBy FiledBy { get; private set; }

    /// <summary>The 30th business day after entry (LRPCAP art. 18); filed after it → late-filing review.</summary>
    public DateOnly LastTimelyFilingDay { get; private set; }
    public bool IsLateFiling { get; private set; }
    public AsylumClaimStatus Status { get; private set; } = AsylumClaimStatus.New;

    public DateOnly? RatificationDueDate { get; internal set; }
    public DateOnly? RatifiedOn { get; private set; }

    public DateOnly? LateFilingAnswerDueDate { get; internal set; }
    public DateOnly? LateFilingAnsweredOn { get; private set; }
    public DateOnly? LateFilingDecidedOn { get; private set; }

    /// <summary>Current due date of the resolution (after an extension, the extended one).</summary>
    public DateOnly? ResolutionDueDate { get; internal set; }
    public string? ExtensionGround { get; private set; }
    public string? ExtensionReason { get; private set; }
    public DateOnly? ExtendedOn { get; private set; }

    public AsylumOutcome? Outcome { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public string? ResolutionReasons { get; private set; }
    public bool ComplementaryProtectionAssessed { get; private set; }
    public DateOnly? NotifiedOn { get; private set; }

    public DateOnly? AppealDueDate { get; internal set; }
    public DateOnly? AppealFiledOn { get; private set; }
    public AppealDecision? AppealDecision { get; private set; }
    public DateOnly? AppealDecidedOn { get; private set; }

    public DateOnly? RecognizedOn { get; private set; }

    public int MissedSignings { get; private set; }

    public ClosingReason? ClosingReason { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? ClosingReasons { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedByUserId { get; private set; }

    /// <summary>How many acts were recorded; every act changes it, so every act moves <see cref="Version"/> (the ETag).</summary>
    public int ActCount { get; private set; }
    public int Version { get; set; }

    public List<AsylumDependent> Dependents { get; private set; } = [];

    /// <summary>New timeline entries of this unit of work (the stored ones are read by queries, not loaded here).</summary>
    public List<AsylumEvent> Events { get; private set; } = [];

    /// <summary>New art. 52 determinations of this unit of work (stored ones are read by queries).</summary>
    public List<Article52Determination> Article52Determinations { get; private set; } = [];

    /// <summary>New appointments of this unit of work (stored ones are read by queries).</summary>
    public List<AsylumAppointment> Appointments { get; private set; } = [];

    private StateMachine<AsylumClaimStatus, AsylumTrigger> Machine =>
        _machine ??= AsylumProcedure.Build(() => Status, s => Status = s, () => FiledBy == FiledBy.Representative,
            () => IsLateFiling, () => Outcome is AsylumOutcome.Refugee or AsylumOutcome.ComplementaryProtection);

    /// <summary>Whether the table allows <paramref name="trigger"/> now (drives the actions the file page shows).</summary>
    public bool CanFire(AsylumTrigger trigger) => Machine.CanFire(trigger);

    /// <summary>Throws, naming the current state, unless the table allows one of <paramref name="triggers"/> now.</summary>
    /// <exception cref="IllegalTransitionException">None is allowed in the current state.</exception>
    public void EnsureAllowed(params IReadOnlyList<AsylumTrigger> triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        if (!triggers.Any(CanFire))
        {
            Ensure(triggers[0]);
        }
    }

    /// <summary>The person is the applicant or one of the dependents.</summary>
    public bool Covers(Guid personId) => personId == ApplicantId || Dependents.Any(d => d.PersonId == personId);

    public IReadOnlyList<Guid> PersonIds => [ApplicantId, .. Dependents.Select(d => d.PersonId)];

    public bool IsPositive => Outcome is AsylumOutcome.Refugee or AsylumOutcome.ComplementaryProtection;

    /// <summary>Files the claim: in procedure, awaiting ratification (representative) or under late-filing review.</summary>
    public static AsylumClaim File(FilingFacts facts, AsylumActor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        if (facts.FiledOn < facts.EnteredOn)
        {
            throw new AsylumInputException("filedOn", "La fecha de presentación no puede ser anterior a la de ingreso al país.");
        }

        var claim = new AsylumClaim
        {
            Id = Guid.CreateVersion7(),
            ApplicantId = facts.ApplicantId,
            EnteredOn = facts.EnteredOn,
            FiledOn = facts.FiledOn,
            OfficeId = facts.OfficeId,
            FiledByAgency = facts.FiledByAgency,
            FiledBy = facts.FiledBy,
            LastTimelyFilingDay = facts.LastTimelyFilingDay,
            // LRPCAP art. 18: late is AFTER the 30th business day; the 30th itself is in time.
            IsLateFiling = facts.FiledOn > facts.LastTimelyFilingDay,
            CreatedAt = actor.Now,
            CreatedByUserId = actor.UserId,
            Version = 1,
        };
        foreach (var dependent in facts.DependentIds.Distinct())
        {
            claim.Dependents.Add(new AsylumDependent(claim.Id, dependent));
        }

        claim.Machine.Fire(AsylumTrigger.File);
        claim.Record(AsylumEventKind.Filed, facts.FiledOn, actor, text: claim.IsLateFiling
            ? $"Presentada fuera de los {AsylumRules.FilingPeriodBusinessDays} días hábiles (último día en plazo: {facts.LastTimelyFilingDay:yyyy-MM-dd})."
            : null);
        return claim;
    }

    public AsylumEvent Ratify(DateOnly ratifiedOn, AsylumActor actor)
    {
        Ensure(AsylumTrigger.Ratify);
        NotBefore(ratifiedOn, FiledOn, "ratifiedOn", "la presentación");
        if (RatificationDueDate is { } due && ratifiedOn > due)
        {
            throw new DomainRuleException(AsylumRules.RatificationLate,
                $"La ratificación debía hacerse a más tardar el {due:yyyy-MM-dd}: vencido el plazo de {AsylumRules.RatificationBusinessDays} días hábiles, la solicitud se tiene por no presentada.",
                AsylumRules.RatificationBasis, StatusCodes.Status422UnprocessableEntity);
        }

        RatifiedOn = ratifiedOn;
        return Fire(AsylumTrigger.Ratify, AsylumEventKind.Ratified, ratifiedOn, actor);
    }

    /// <summary>The 3 business days passed without ratification: the claim is treated as not filed.</summary>
    public AsylumEvent LapseRatification(DateOnly today, AsylumActor actor)
    {
        Ensure(AsylumTrigger.LapseRatification);
        if (RatificationDueDate is not { } due || today <= due)
        {
            throw new DomainRuleException(AsylumRules.RatificationTermRunning,
                $"El plazo para ratificar corre hasta el {RatificationDueDate:yyyy-MM-dd}; solo después puede tenerse la solicitud por no presentada.",
                AsylumRules.RatificationBasis);
        }

        Close(Domain.ClosingReason.NotFiled, today, "No se ratificó en el plazo de tres días hábiles: se tiene por no presentada.");
        return Fire(AsylumTrigger.LapseRatification, AsylumEventKind.RatificationLapsed, today, actor);
    }

    /// <summary>
    /// Admits or refuses a late claim after the prevención. Refusing needs the applicant's answer or
    /// the end of the answer period, and reasons; admitting may happen at any time.
    /// </summary>
    public AsylumEvent DecideLateFiling(bool admit, DateOnly decidedOn, DateOnly? answeredOn, string reasons, AsylumActor actor)
    {
        var trigger = admit ? AsylumTrigger.AdmitLateFiling : AsylumTrigger.RefuseLateFiling;
        Ensure(trigger);
        NotBefore(decidedOn, FiledOn, "decidedOn", "la presentación");
        if (answeredOn is { } answered)
        {
            NotBefore(answered, FiledOn, "answeredOn", "la presentación");
            NotBefore(decidedOn, answered, "decidedOn", "la respuesta a la prevención");
        }

        if (!admit && answeredOn is null && LateFilingAnswerDueDate is { } due && decidedOn <= due)
        {
            throw new DomainRuleException(AsylumRules.PreventionTermRunning,
                $"La persona tiene hasta el {due:yyyy-MM-dd} para explicar las causas del retraso; no se puede desechar antes sin su respuesta.",
                AsylumRules.LateFilingBasis);
        }

        LateFilingAnsweredOn = answeredOn;
        LateFilingDecidedOn = decidedOn;
        if (!admit)
        {
            Close(Domain.ClosingReason.NotAdmitted, decidedOn, reasons);
        }

        return Fire(trigger, admit ? AsylumEventKind.LateFilingAdmitted : AsylumEventKind.LateFilingRefused, decidedOn, actor, text: reasons);
    }

    public AsylumEvent RecordInterview(Guid personId, DateOnly heldOn, string? interpreterLanguage, string? notes, AsylumActor actor)
    {
        Ensure(AsylumTrigger.RecordInterview);
        NotBefore(heldOn, FiledOn, "heldOn", "la presentación");
        EnsureCovers(personId);
        var entry = Fire(AsylumTrigger.RecordInterview, AsylumEventKind.Interview, heldOn, actor, personId, text: notes);
        entry.Language = interpreterLanguage;
        return entry;
    }

    public AsylumEvent RecordSigning(Guid personId, DateOnly scheduledOn, bool attended, AsylumActor actor)
    {
        Ensure(AsylumTrigger.RecordSigning);
        NotBefore(scheduledOn, FiledOn, "scheduledOn", "la presentación");
        EnsureCovers(personId);
        if (!attended)
        {
            MissedSignings++;
        }

        var entry = Fire(AsylumTrigger.RecordSigning, AsylumEventKind.Signing, scheduledOn, actor, personId);
        entry.Attended = attended;
        return entry;
    }

    /// <summary>Calls the applicant (and family) to the office on a date: the public status page shows the next one.</summary>
    /// <param name="today">Mexico City date: an appointment is never in the past.</param>
    public AsylumEvent ScheduleAppointment(AppointmentKind kind, DateOnly on, TimeOnly? at, DateOnly today, AsylumActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Ensure(AsylumTrigger.ScheduleAppointment);
        if (on < today)
        {
            throw new AsylumInputException("on", "La cita no puede ser en una fecha pasada.");
        }

        Appointments.Add(new AsylumAppointment(Id, kind, on, at, actor));
        var when = at is { } time ? $"{on:yyyy-MM-dd} {time:HH\\:mm}" : $"{on:yyyy-MM-dd}";
        return Fire(AsylumTrigger.ScheduleAppointment, AsylumEventKind.AppointmentScheduled, today, actor,
            text: $"{AsylumPublicStatus.AppointmentLabel(kind)}: {when}");
    }

    /// <summary>Records the request; the caller schedules its deadline for the consulted agency and links it.</summary>
    public AsylumEvent RequestOpinion(string agency, DateOnly requestedOn, string subject, AsylumActor actor)
    {
        Ensure(AsylumTrigger.RequestOpinion);
        NotBefore(requestedOn, FiledOn, "requestedOn", "la presentación");
        var entry = Fire(AsylumTrigger.RequestOpinion, AsylumEventKind.OpinionRequested, requestedOn, actor, text: subject);
        entry.Agency = agency;
        return entry;
    }

    public AsylumEvent RecordOpinion(AsylumEvent request, DateOnly receivedOn, string summary, AsylumActor actor)
    {
        ArgumentNullException.ThrowIfNull(request);
        Ensure(AsylumTrigger.RecordOpinion);
        NotBefore(receivedOn, request.OccurredOn, "receivedOn", "la solicitud de opinión");
        var entry = Fire(AsylumTrigger.RecordOpinion, AsylumEventKind.OpinionReceived, receivedOn, actor, text: summary);
        entry.Agency = request.Agency;
        entry.RelatedEventId = request.Id;
        return entry;
    }

    public AsylumEvent ReceiveEvidence(Guid personId, DateOnly receivedOn, string description, AsylumActor actor)
    {
        Ensure(AsylumTrigger.ReceiveEvidence);
        NotBefore(receivedOn, FiledOn, "receivedOn", "la presentación");
        EnsureCovers(personId);
        return Fire(AsylumTrigger.ReceiveEvidence, AsylumEventKind.EvidenceReceived, receivedOn, actor, personId, text: description);
    }

    /// <summary>The one extension of the resolution period, on a ground of LRPCAP art. 24 fr. I–V, agreed before it ends.</summary>
    public AsylumEvent Extend(string ground, string reason, DateOnly agreedOn, int businessDays, AsylumActor actor)
    {
        Ensure(AsylumTrigger.Extend);
        NotBefore(agreedOn, FiledOn, "agreedOn", "la presentación");
        if (ExtensionGround is not null)
        {
            throw new DomainRuleException(AsylumRules.ExtensionAlreadyGranted,
                $"El plazo de resolución ya se amplió una vez (fracción {ExtensionGround}, {ExtendedOn:yyyy-MM-dd}); la ley permite una sola ampliación.",
                AsylumRules.ExtensionBasis);
        }

        if (ResolutionDueDate is not { } due)
        {
            throw new DomainRuleException(AsylumRules.NoResolutionPeriod,
                "La solicitud no tiene un plazo de resolución en curso que pueda ampliarse.", AsylumRules.ExtensionBasis);
        }

        if (agreedOn > due)
        {
            throw new DomainRuleException(AsylumRules.ExtensionAfterDeadline,
                $"El plazo de resolución venció el {due:yyyy-MM-dd}; no puede ampliarse un plazo ya vencido.",
                AsylumRules.ExtensionBasis, StatusCodes.Status422UnprocessableEntity);
        }

        ExtensionGround = ground;
        ExtensionReason = reason;
        ExtendedOn = agreedOn;
        return Fire(AsylumTrigger.Extend, AsylumEventKind.Extended, agreedOn, actor,
            text: $"Fracción {ground} ({businessDays} días hábiles): {reason}");
    }

    /// <param name="openOpinionDueDates">Due dates of opinion requests still unanswered.</param>
    public AsylumEvent Resolve(AsylumOutcome outcome, DateOnly resolvedOn, string reasons, bool complementaryProtectionAssessed,
        IReadOnlyCollection<DateOnly> openOpinionDueDates, AsylumActor actor)
    {
        ArgumentNullException.ThrowIfNull(openOpinionDueDates);
        Ensure(AsylumTrigger.Resolve);
        NotBefore(resolvedOn, FiledOn, "resolvedOn", "la presentación");
        if (outcome == AsylumOutcome.Rejected && !complementaryProtectionAssessed)
        {
            throw new DomainRuleException(AsylumRules.ComplementaryNotAssessed,
                "Si no se reconoce la condición de refugiado, la resolución debe valorar la protección complementaria y dejar constancia de ello.",
                AsylumRules.ComplementaryProtectionBasis, StatusCodes.Status422UnprocessableEntity);
        }

        if (openOpinionDueDates.Where(d => d >= resolvedOn).Order().FirstOrDefault() is var pending && pending != default)
        {
            throw new DomainRuleException(AsylumRules.OpinionPending,
                $"Hay una opinión solicitada cuyo plazo corre hasta el {pending:yyyy-MM-dd}; al vencer sin respuesta se entiende que no hay opinión.",
                AsylumRules.OpinionBasis);
        }

        Outcome = outcome;
        ResolvedOn = resolvedOn;
        ResolutionReasons = reasons;
        // Complementary protection is itself the result of that assessment.
        ComplementaryProtectionAssessed = complementaryProtectionAssessed || outcome == AsylumOutcome.ComplementaryProtection;
        return Fire(AsylumTrigger.Resolve, AsylumEventKind.Resolved, resolvedOn, actor, text: reasons);
    }

    /// <summary>Notification of the resolution: recognition takes effect, or the appeal window opens (the caller schedules it).</summary>
    public AsylumEvent Notify(DateOnly notifiedOn, AsylumActor actor)
    {
        Ensure(AsylumTrigger.Notify);
        NotBefore(notifiedOn, ResolvedOn ?? FiledOn, "notifiedOn", "la resolución");
        NotifiedOn = notifiedOn;
        if (IsPositive)
        {
            RecognizedOn = notifiedOn;
        }

        return Fire(AsylumTrigger.Notify, AsylumEventKind.Notified, notifiedOn, actor);
    }

    public AsylumEvent FileAppeal(DateOnly filedOn, AsylumActor actor)
    {
        Ensure(AsylumTrigger.FileAppeal);
        NotBefore(filedOn, NotifiedOn ?? FiledOn, "filedOn", "la notificación");
        if (AppealDueDate is { } due && filedOn > due)
        {
            throw new DomainRuleException(AsylumRules.AppealLate,
                $"El recurso de revisión se presentó el {filedOn:yyyy-MM-dd}, después del último día del plazo de {AsylumRules.AppealBusinessDays} días hábiles ({due:yyyy-MM-dd}): se tiene por no interpuesto.",
                AsylumRules.LateAppealBasis, StatusCodes.Status422UnprocessableEntity);
        }

        AppealFiledOn = filedOn;
        return Fire(AsylumTrigger.FileAppeal, AsylumEventKind.AppealFiled, filedOn, actor);
    }

    /// <summary>The appeal window closed with no appeal: the negative resolution is final.</summary>
    public AsylumEvent LapseAppealWindow(DateOnly today, AsylumActor actor)
    {
        Ensure(AsylumTrigger.LapseAppealWindow);
        if (AppealDueDate is not { } due || today <= due)
        {
            throw new DomainRuleException(AsylumRules.AppealWindowRunning,
                $"El plazo para interponer el recurso de revisión corre hasta el {AppealDueDate:yyyy-MM-dd}.", AsylumRules.AppealBasis);
        }

        Close(Domain.ClosingReason.RejectedFinal, today, "Resolución negativa firme: venció el plazo sin recurso de revisión.");
        return Fire(AsylumTrigger.LapseAppealWindow, AsylumEventKind.AppealWindowLapsed, today, actor);
    }

    /// <param name="recognizedAs">For <see cref="Domain.AppealDecision.Revoked"/>: refugee or complementary protection.</param>
    public AsylumEvent DecideAppeal(AppealDecision decision, AsylumOutcome? recognizedAs, DateOnly decidedOn, string reasons, AsylumActor actor)
    {
        var trigger = decision switch
        {
            Domain.AppealDecision.Confirmed => AsylumTrigger.ConfirmOnAppeal,
            Domain.AppealDecision.Revoked => AsylumTrigger.RevokeOnAppeal,
            _ => AsylumTrigger.OrderNewResolution,
        };
        Ensure(trigger);
        NotBefore(decidedOn, AppealFiledOn ?? FiledOn, "decidedOn", "el recurso");
        AppealDecision = decision;
        AppealDecidedOn = decidedOn;
        switch (decision)
        {
            case Domain.AppealDecision.Confirmed:
                Close(Domain.ClosingReason.RejectedFinal, decidedOn, reasons);
                break;
            case Domain.AppealDecision.Revoked:
                Outcome = recognizedAs is AsylumOutcome.Refugee or AsylumOutcome.ComplementaryProtection
                    ? recognizedAs
                    : throw new ArgumentException("A revoked resolution recognizes refugee status or complementary protection.", nameof(recognizedAs));
                RecognizedOn = decidedOn;
                break;
            default:
                // A new resolution starts a new round; the timeline keeps the previous one.
                Outcome = null;
                ResolvedOn = null;
                ResolutionReasons = null;
                ComplementaryProtectionAssessed = false;
                NotifiedOn = null;
                AppealDueDate = null;
                AppealFiledOn = null;
                ResolutionDueDate = null;
                break;
        }

        return Fire(trigger, AsylumEventKind.AppealDecided, decidedOn, actor, text: reasons);
    }

    public AsylumEvent Abandon(AbandonmentGround ground, DateOnly declaredOn, string reasons, AsylumActor actor)
    {
        Ensure(AsylumTrigger.Abandon);
        NotBefore(declaredOn, FiledOn, "declaredOn", "la presentación");
        if (ground == AbandonmentGround.MissedSignings && MissedSignings == 0)
        {
            throw new DomainRuleException(AsylumRules.NoMissedSigning,
                "No hay firmas periódicas incumplidas registradas: el abandono por falta de firma requiere registrarlas.",
                AsylumRules.AbandonmentBasis);
        }

        Close(Domain.ClosingReason.Abandoned, declaredOn, reasons);
        return Fire(AsylumTrigger.Abandon, AsylumEventKind.Abandoned, declaredOn, actor, text: reasons);
    }

    public AsylumEvent Withdraw(DateOnly withdrawnOn, string? reasons, AsylumActor actor)
    {
        Ensure(AsylumTrigger.Withdraw);
        NotBefore(withdrawnOn, FiledOn, "withdrawnOn", "la presentación");
        Close(Domain.ClosingReason.Withdrawn, withdrawnOn, reasons);
        return Fire(AsylumTrigger.Withdraw, AsylumEventKind.Withdrawn, withdrawnOn, actor, text: reasons);
    }

    /// <summary>
    /// The only way to lift the protection against return after recognition: a supervisor's reasoned
    /// determination about ONE person (art. 52 is personal: a dependent keeps their protection).
    /// </summary>
    /// <param name="alreadyDetermined">Whether a determination about this person is already on record.</param>
    public AsylumEvent DetermineArticle52(Guid personId, Article52Ground ground, DateOnly determinedOn, string reasons, bool alreadyDetermined,
        AsylumActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Ensure(AsylumTrigger.DetermineArticle52);
        EnsureCovers(personId);
        NotBefore(determinedOn, RecognizedOn ?? FiledOn, "determinedOn", "el reconocimiento");
        if (alreadyDetermined)
        {
            throw new DomainRuleException(AsylumRules.Article52AlreadyDetermined,
                "Ya hay una determinación del art. 52 registrada para esta persona en esta solicitud.", AsylumRules.Article52Basis);
        }

        Article52Determinations.Add(new Article52Determination(Id, personId, ground, determinedOn, reasons, actor));
        return Fire(AsylumTrigger.DetermineArticle52, AsylumEventKind.Article52Determined, determinedOn, actor, personId, reasons);
    }

    /// <summary>Contact with the authorities of the country of origin about a person of the claim: only with their express consent.</summary>
    public AsylumEvent RecordConsularContact(Guid personId, bool expressConsent, DateOnly? consentGivenOn, string? consentEvidence,
        string purpose, AsylumActor actor)
    {
        Ensure(AsylumTrigger.RecordConsularContact);
        EnsureCovers(personId);
        if (!expressConsent || consentGivenOn is null || string.IsNullOrWhiteSpace(consentEvidence))
        {
            throw new DomainRuleException(AsylumRules.ConsularContactWithoutConsent,
                "Presentada la solicitud, no se puede contactar a las autoridades del país de origen sin el consentimiento expreso de la persona, registrado con su fecha y constancia.",
                AsylumRules.ConsularContactBasis, StatusCodes.Status422UnprocessableEntity);
        }

        NotBefore(consentGivenOn.Value, FiledOn, "consentGivenOn", "la presentación");
        return Fire(AsylumTrigger.RecordConsularContact, AsylumEventKind.ConsularContact, consentGivenOn.Value, actor, personId,
            text: $"Consentimiento: {consentEvidence}. Motivo: {purpose}");
    }

    private void Ensure(AsylumTrigger trigger)
    {
        if (!Machine.CanFire(trigger))
        {
            // Fires anyway: the table's unhandled-trigger handler throws, naming the current state.
            Machine.Fire(trigger);
        }
    }

    private AsylumEvent Fire(AsylumTrigger trigger, AsylumEventKind kind, DateOnly on, AsylumActor actor, Guid? personId = null, string? text = null)
    {
        Machine.Fire(trigger);
        return Record(kind, on, actor, personId, text);
    }

    private AsylumEvent Record(AsylumEventKind kind, DateOnly on, AsylumActor actor, Guid? personId = null, string? text = null)
    {
        ActCount++;
        var entry = new AsylumEvent(Id, kind, on, actor, personId, text);
        Events.Add(entry);
        return entry;
    }

    private void Close(ClosingReason reason, DateOnly on, string? reasons)
    {
        ClosingReason = reason;
        ClosedOn = on;
        ClosingReasons = reasons;
    }

    private void EnsureCovers(Guid personId)
    {
        if (!Covers(personId))
        {
            throw new AsylumInputException("personId", "La persona no es la solicitante ni una de sus dependientes en esta solicitud.");
        }
    }

    private static void NotBefore(DateOnly date, DateOnly earliest, string field, string what)
    {
        if (date < earliest)
        {
            throw new AsylumInputException(field, $"La fecha no puede ser anterior a {what} ({earliest:yyyy-MM-dd}).");
        }
    }
}
