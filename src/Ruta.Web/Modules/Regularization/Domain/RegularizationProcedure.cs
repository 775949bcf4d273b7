using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Stateless;

namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>How the person reached the procedure.</summary>
public enum RegularizationOrigin
{
    /// <summary>Came forward at an INM office: may never be presented (LM art. 136 párr. primero).</summary>
    WalkIn,

    /// <summary>Held in a migration station: leaves it with the exit permit (LM art. 136 párr. segundo).</summary>
    Station,
}

/// <summary>How a procedure ended.</summary>
public enum RegularizationOutcome { Granted, Refused, Dismissed, Withdrawn }

/// <summary>Who acts and when: stamped on every timeline entry.</summary>
public sealed record ProcedureActor(DateTime Now, Guid? UserId, string? Agency);

/// <summary>Input that cannot be, given the record (a date before the filing). A 400 on the field(s).</summary>
public sealed class ProcedureInputException : Exception
{
    public ProcedureInputException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public ProcedureInputException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
    }

    /// <summary>Field (camelCase JSON path) → Spanish messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

/// <summary>What a filing says, already checked by the feature against the registry, the station and the law.</summary>
public sealed record RegularizationFiling(
    Guid PersonId, RegularizationOrigin Origin, RegularizationGround Ground, string? GroundDetail, Guid OfficeId, DateOnly FiledOn,
    Guid? StationStayId, Guid? StationOfficeId, DateTime? AccreditedAt, Guid? PrincipalPersonId, FamilyRelation? RelationToPrincipal,
    StayCondition? RequestedCondition, StayCondition? EligibleCondition, int? MaxValidityYears, DateOnly? ValidUntilCap,
    DateOnly? AuthorizedStayExpiredOn, RegularizationRequirement Presented);

/// <summary>
/// A procedure to regularize a foreigner's migratory situation (regularización migratoria, LM arts.
/// 132–137). Its states and legal moves are ONE table (<see cref="RegularizationTransitions"/>); each
/// method checks the legal rule of its act, fires the trigger and returns the timeline entry. The
/// features schedule deadlines and issue documents through the kernel, and copy their ids and dates here.
/// </summary>
public sealed class RegularizationProcedure : IVersioned
{
    private StateMachine<RegularizationStatus, RegularizationTrigger>? _machine;

    private RegularizationProcedure() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public RegularizationOrigin Origin { get; private set; }
    public RegularizationGround Ground { get; private set; }

    /// <summary>The facts of the ground: the crime and the authority that identified the victim, the vulnerability, the humanitarian cause.</summary>
    public string? GroundDetail { get; private set; }

    /// <summary>The INM office where the request was filed (for station origin, the station's office).</summary>
    public Guid OfficeId { get; private set; }

    /// <summary>"Ingreso del trámite": the day the written request was filed; the 30 natural days run from it.</summary>
    public DateOnly FiledOn { get; private set; }

    public Guid? StationStayId { get; private set; }
    public Guid? StationOfficeId { get; private set; }

    /// <summary>Station origin: when the person accredited the requirements; the 24 hours of the exit permit run from it.</summary>
    public DateTime? AccreditedAt { get; private set; }
    public DateTime? ExitPermitDueAt { get; internal set; }
    public DateTime? ExitPermitIssuedAt { get; private set; }
    public Guid? ExitPermitDocumentId { get; internal set; }

    /// <summary>Family link: the Mexican or resident the person is related to, and what the person is to them.</summary>
    public Guid? PrincipalPersonId { get; private set; }
    public FamilyRelation? RelationToPrincipal { get; private set; }

    /// <summary>The condition the person asks for, for grounds that leave it open (overstay, activities, residence).</summary>
    public StayCondition? RequestedCondition { get; private set; }

    /// <summary>Family link: the condition the law gives this relative of this principal (from the eligibility check at filing).</summary>
    public StayCondition? EligibleCondition { get; private set; }

    /// <summary>Family link: how many years the temporary residence granted may last (two for spouses and partners, LM arts. 55 and 56).</summary>
    public int? MaxValidityYears { get; private set; }

    /// <summary>Family link: the last day the granted card may reach (the principal's permit, for relatives of a temporary resident, LM art. 52 fr. VII).</summary>
    public DateOnly? ValidUntilCap { get; private set; }

    /// <summary>Overstay: the last day of the authorized stay; the request is timely within the 60 natural days after it.</summary>
    public DateOnly? AuthorizedStayExpiredOn { get; private set; }

    public RegularizationStatus Status { get; private set; } = RegularizationStatus.New;

    /// <summary>Current due date of the resolution (after a prevención, the resumed one).</summary>
    public DateOnly? ResolutionDueDate { get; internal set; }

    /// <summary>Requirements of LM art. 135 presented so far.</summary>
    public RegularizationRequirement Presented { get; private set; }

    public DateOnly? PreventionNotifiedOn { get; private set; }
    public DateOnly? PreventionAnswerDueDate { get; internal set; }
    public DateOnly? PreventionAnsweredOn { get; private set; }
    public RegularizationRequirement PreventionMissing { get; private set; }
    public string? PreventionNotes { get; private set; }

    public RegularizationOutcome? Outcome { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public string? Reasons { get; private set; }
    public StayCondition? GrantedCondition { get; private set; }
    public Guid? GrantedDocumentId { get; internal set; }

    public Guid? DepartureOrderDocumentId { get; internal set; }
    public int? ExitPeriodDays { get; private set; }

    /// <summary>The last day to leave the country (natural days from the order, rolled to a working day, LFPA art. 29).</summary>
    public DateOnly? DepartureDueDate { get; internal set; }
    public DateOnly? DepartedOn { get; private set; }

    /// <summary>The exit period ended without the person leaving: a ground for deportation (LM art. 144 fr. VI).</summary>
    public bool DepartureOrderBreached { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedByUserId { get; private set; }

    /// <summary>How many acts were recorded; every act changes it, so every act moves <see cref="Version"/> (the ETag).</summary>
    public int ActCount { get; private set; }
    public int Version { get; set; }

    /// <summary>New timeline entries of this unit of work (stored ones are read by queries).</summary>
    public List<RegularizationEvent> Events { get; private set; } = [];

    private StateMachine<RegularizationStatus, RegularizationTrigger> Machine =>
        _machine ??= RegularizationTransitions.Build(() => Status, s => Status = s, () => Origin == RegularizationOrigin.Station,
            () => PreventionNotifiedOn is not null);

    public GroundInfo GroundInfo => RegularizationGrounds.Of(Ground);

    /// <summary>The requirements of LM art. 135 that apply to this ground.</summary>
    public RegularizationRequirement Applicable => Requirements.ApplicableTo(Ground);

    /// <summary>Applicable requirements not presented yet.</summary>
    public RegularizationRequirement Missing => Applicable & ~Presented;

    public bool CanFire(RegularizationTrigger trigger) => Machine.CanFire(trigger);

    /// <summary>Throws, naming the current state, unless the table allows one of <paramref name="triggers"/> now.</summary>
    /// <exception cref="IllegalTransitionException">None is allowed in the current state.</exception>
    public void EnsureAllowed(params IReadOnlyList<RegularizationTrigger> triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        if (triggers.Count == 1 && triggers[0] == RegularizationTrigger.IssuePrevention && Status == RegularizationStatus.InProcedure
            && PreventionNotifiedOn is { } earlier)
        {
            throw new DomainRuleException(RegularizationRules.PreventionAlreadyIssued,
                $"Ya se previno a la persona el {earlier:yyyy-MM-dd}: la prevención se hace por una sola vez.", RegularizationRules.PreventionTimingBasis);
        }

        if (!triggers.Any(CanFire))
        {
            Machine.Fire(triggers[0]); // throws through the table's unhandled-trigger handler, naming the state
        }
    }

    /// <summary>The conditions the resolution may grant: fixed by the ground, by the family eligibility, or the one requested.</summary>
    public IReadOnlyList<StayCondition> GrantableConditions() =>
        GroundInfo.FixedCondition is { } fixedCondition ? [fixedCondition]
        : Ground == RegularizationGround.FamilyLink ? (EligibleCondition is { } eligible ? [eligible] : [])
        : RequestedCondition is { } requested ? [requested]
        : [StayCondition.TemporaryResident, StayCondition.PermanentResident];

    public static RegularizationProcedure File(RegularizationFiling facts, ProcedureActor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        var procedure = new RegularizationProcedure
        {
            Id = Guid.CreateVersion7(),
            PersonId = facts.PersonId,
            Origin = facts.Origin,
            Ground = facts.Ground,
            GroundDetail = facts.GroundDetail,
            OfficeId = facts.OfficeId,
            FiledOn = facts.FiledOn,
            StationStayId = facts.StationStayId,
            StationOfficeId = facts.StationOfficeId,
            AccreditedAt = facts.AccreditedAt,
            PrincipalPersonId = facts.PrincipalPersonId,
            RelationToPrincipal = facts.RelationToPrincipal,
            RequestedCondition = facts.RequestedCondition,
            EligibleCondition = facts.EligibleCondition,
            MaxValidityYears = facts.MaxValidityYears,
            ValidUntilCap = facts.ValidUntilCap,
            AuthorizedStayExpiredOn = facts.AuthorizedStayExpiredOn,
            Presented = facts.Presented & Requirements.ApplicableTo(facts.Ground),
            CreatedAt = actor.Now,
            CreatedByUserId = actor.UserId,
            Version = 1,
        };
        procedure.Machine.Fire(RegularizationTrigger.File);
        procedure.Record(RegularizationEventKind.Filed, facts.FiledOn, actor,
            $"{procedure.GroundInfo.Label} ({procedure.GroundInfo.LegalBasis}). " +
            (facts.Origin == RegularizationOrigin.WalkIn ? "Acudió a una oficina del INM." : "Desde una estación migratoria."));
        return procedure;
    }

    /// <summary>Records what was presented of LM art. 135 (an edit: the whole set is replaced).</summary>
    public RegularizationEvent UpdateRequirements(RegularizationRequirement presented, DateOnly on, ProcedureActor actor)
    {
        Ensure(RegularizationTrigger.UpdateRequirements);
        Presented = presented & Applicable;
        return Fire(RegularizationTrigger.UpdateRequirements, RegularizationEventKind.RequirementsUpdated, on, actor,
            "Presentados: " + (Presented == RegularizationRequirement.None ? "ninguno"
                : string.Join(", ", Requirements.Flags(Presented).Select(r => Requirements.Regularization[r].Label))) + ".");
    }

    /// <summary>The exit permit was issued (the feature issued the document and ended the stay).</summary>
    public RegularizationEvent IssueExitPermit(DateTime issuedAt, DateOnly on, ProcedureActor actor)
    {
        Ensure(RegularizationTrigger.IssueExitPermit);
        ExitPermitIssuedAt = issuedAt;
        return Fire(RegularizationTrigger.IssueExitPermit, RegularizationEventKind.ExitPermitIssued, on, actor,
            "Oficio de salida de la estación con fines de regularización.");
    }

    /// <summary>
    /// The one prevención: within the first third of the period (<paramref name="lastDayOfFirstThird"/>),
    /// naming only applicable requirements not presented.
    /// </summary>
    public RegularizationEvent IssuePrevention(DateOnly notifiedOn, RegularizationRequirement missing, string? notes,
        DateOnly lastDayOfFirstThird, ProcedureActor actor)
    {
        EnsureAllowed(RegularizationTrigger.IssuePrevention);
        NotBefore(notifiedOn, FiledOn, "notifiedOn", "la presentación");
        var asked = missing == RegularizationRequirement.None ? Missing : missing;
        if ((asked & ~Missing) is var notMissing and not RegularizationRequirement.None)
        {
            throw new ProcedureInputException("missing", "Solo puede pedirse lo que falta: ya se presentó o no aplica: "
                + string.Join(", ", Requirements.Flags(notMissing).Select(r => Requirements.Regularization[r].Label)) + ".");
        }

        if (asked == RegularizationRequirement.None)
        {
            throw new DomainRuleException(RegularizationRules.NothingMissing,
                "La persona presentó todos los requisitos que aplican: no hay nada que prevenir.", RegularizationRules.PreventionBasis);
        }

        if (notifiedOn > lastDayOfFirstThird)
        {
            throw new DomainRuleException(RegularizationRules.PreventionTooLate,
                $"La prevención debía notificarse dentro del primer tercio del plazo para resolver (a más tardar el {lastDayOfFirstThird:yyyy-MM-dd}); " +
                "pasado ese día ya no puede desecharse el trámite por estar incompleto.", RegularizationRules.PreventionTimingBasis,
                StatusCodes.Status422UnprocessableEntity);
        }

        // Fired before the facts change: the table's guard reads "not prevented before".
        Machine.Fire(RegularizationTrigger.IssuePrevention);
        PreventionNotifiedOn = notifiedOn;
        PreventionMissing = asked;
        PreventionNotes = notes;
        return Record(RegularizationEventKind.PreventionIssued, notifiedOn, actor,
            "Requisitos faltantes: " + string.Join(", ", Requirements.Flags(asked).Select(r => Requirements.Regularization[r].Label))
            + (string.IsNullOrWhiteSpace(notes) ? "." : ". " + notes));
    }

    /// <summary>The person answered within the 10 business days and now every applicable requirement is presented.</summary>
    public RegularizationEvent AnswerPrevention(DateOnly answeredOn, ProcedureActor actor)
    {
        Ensure(RegularizationTrigger.AnswerPrevention);
        NotBefore(answeredOn, PreventionNotifiedOn ?? FiledOn, "answeredOn", "la notificación de la prevención");
        if (PreventionAnswerDueDate is { } due && answeredOn > due)
        {
            throw new DomainRuleException(RegularizationRules.PreventionAnswerLate,
                $"El plazo para desahogar la prevención venció el {due:yyyy-MM-dd}: procede desechar el trámite.",
                RegularizationRules.PreventionBasis, StatusCodes.Status422UnprocessableEntity);
        }

        if (Missing != RegularizationRequirement.None)
        {
            throw new DomainRuleException(RegularizationRules.RequirementsStillMissing,
                "Siguen faltando requisitos: " + MissingLabels() + ". Regístrelos como presentados o, vencido el plazo, deseche el trámite.",
                RegularizationRules.PreventionBasis, StatusCodes.Status422UnprocessableEntity);
        }

        PreventionAnsweredOn = answeredOn;
        return Fire(RegularizationTrigger.AnswerPrevention, RegularizationEventKind.PreventionAnswered, answeredOn, actor);
    }

    /// <summary>The 10 business days ended without the missing requirements: "se desechará el trámite".</summary>
    public RegularizationEvent Dismiss(DateOnly on, DateOnly today, string? reasons, ProcedureActor actor)
    {
        Ensure(RegularizationTrigger.Dismiss);
        if (PreventionAnswerDueDate is not { } due || today <= due)
        {
            throw new DomainRuleException(RegularizationRules.PreventionTermRunning,
                $"La persona tiene hasta el {PreventionAnswerDueDate:yyyy-MM-dd} para desahogar la prevención; no puede desecharse antes.",
                RegularizationRules.PreventionBasis);
        }

        NotBefore(on, due.AddDays(1), "dismissedOn", "el día siguiente al vencimiento de la prevención");
        End(RegularizationOutcome.Dismissed, on, reasons ?? "No se subsanaron los requisitos prevenidos en el plazo.");
        return Fire(RegularizationTrigger.Dismiss, RegularizationEventKind.Dismissed, on, actor, Reasons);
    }

    /// <summary>
    /// Favourable resolution: every applicable requirement presented, a condition the ground allows.
    /// The feature then issues the card and sets <see cref="GrantedDocumentId"/>.
    /// </summary>
    public RegularizationEvent Grant(DateOnly resolvedOn, StayCondition condition, string reasons, ProcedureActor actor)
    {
        Ensure(RegularizationTrigger.Grant);
        NotBefore(resolvedOn, FiledOn, "resolvedOn", "la presentación");
        if (Missing != RegularizationRequirement.None)
        {
            throw new DomainRuleException(RegularizationRules.RequirementsMissing,
                "No puede resolverse favorablemente: faltan requisitos del art. 135: " + MissingLabels() + ".",
                RegularizationRules.RequirementsBasis, StatusCodes.Status422UnprocessableEntity);
        }

        if (!GrantableConditions().Contains(condition))
        {
            throw new DomainRuleException(RegularizationRules.ConditionNotAllowed,
                $"Por este supuesto ({GroundInfo.Label}) la condición de estancia que corresponde es: "
                + string.Join(" o ", GrantableConditions().Select(c => StayConditions.Label(c))) + ".",
                GroundInfo.LegalBasis, StatusCodes.Status422UnprocessableEntity);
        }

        GrantedCondition = condition;
        End(RegularizationOutcome.Granted, resolvedOn, reasons);
        return Fire(RegularizationTrigger.Grant, RegularizationEventKind.Granted, resolvedOn, actor,
            $"{StayConditions.Label(condition)}. {reasons}");
    }

    /// <summary>Negative, reasoned resolution; the feature then issues the order to leave (LM art. 137 fr. II).</summary>
    public RegularizationEvent Refuse(DateOnly resolvedOn, string reasons, ProcedureActor actor)
    {
        Ensure(RegularizationTrigger.Refuse);
        NotBefore(resolvedOn, FiledOn, "resolvedOn", "la presentación");
        End(RegularizationOutcome.Refused, resolvedOn, reasons);
        return Fire(RegularizationTrigger.Refuse, RegularizationEventKind.Refused, resolvedOn, actor, reasons);
    }

    /// <summary>The person withdraws (desistimiento); the feature then issues the order to leave (LM art. 137 fr. I).</summary>
    public RegularizationEvent Withdraw(DateOnly withdrawnOn, string? reasons, ProcedureActor actor)
    {
        Ensure(RegularizationTrigger.Withdraw);
        NotBefore(withdrawnOn, FiledOn, "withdrawnOn", "la presentación");
        End(RegularizationOutcome.Withdrawn, withdrawnOn, reasons);
        return Fire(RegularizationTrigger.Withdraw, RegularizationEventKind.Withdrawn, withdrawnOn, actor, reasons);
    }

    /// <summary>Copies the order to leave the feature issued: its period and last day.</summary>
    public void AttachDepartureOrder(Guid documentId, int exitPeriodDays, DateOnly dueDate)
    {
        DepartureOrderDocumentId = documentId;
        ExitPeriodDays = exitPeriodDays;
        DepartureDueDate = dueDate;
    }

    public RegularizationEvent RecordDeparture(DateOnly departedOn, ProcedureActor actor)
    {
        Ensure(RegularizationTrigger.RecordDeparture);
        NotBefore(departedOn, ResolvedOn ?? FiledOn, "departedOn", "el oficio de salida");
        DepartedOn = departedOn;
        DepartureOrderBreached = DepartureDueDate is { } due && departedOn > due;
        ClosedOn = departedOn;
        return Fire(RegularizationTrigger.RecordDeparture, RegularizationEventKind.Departed, departedOn, actor,
            DepartureOrderBreached ? $"Salió después del último día del plazo ({DepartureDueDate:yyyy-MM-dd})." : null);
    }

    /// <summary>The exit period ended and the person did not leave: the order was not complied with (LM art. 144 fr. VI).</summary>
    public RegularizationEvent LapseDepartureOrder(DateOnly today, ProcedureActor actor)
    {
        Ensure(RegularizationTrigger.LapseDepartureOrder);
        if (DepartureDueDate is not { } due || today <= due)
        {
            throw new DomainRuleException(RegularizationRules.DeparturePeriodRunning,
                $"El plazo para salir del país corre hasta el {DepartureDueDate:yyyy-MM-dd}.", RegularizationRules.DepartureOrderBasis);
        }

        DepartureOrderBreached = true;
        ClosedOn = today;
        return Fire(RegularizationTrigger.LapseDepartureOrder, RegularizationEventKind.DepartureOrderLapsed, today, actor,
            $"Venció el {due:yyyy-MM-dd} sin registro de salida ({RegularizationRules.DepartureBreachBasis}).");
    }

    public string MissingLabels() => string.Join(", ", Requirements.Flags(Missing).Select(r => Requirements.Regularization[r].Label));

    private void End(RegularizationOutcome outcome, DateOnly on, string? reasons)
    {
        Outcome = outcome;
        ResolvedOn = on;
        Reasons = reasons;
        if (outcome == RegularizationOutcome.Granted)
        {
            ClosedOn = on;
        }
    }

    private void Ensure(RegularizationTrigger trigger) => EnsureAllowed(trigger);

    private RegularizationEvent Fire(RegularizationTrigger trigger, RegularizationEventKind kind, DateOnly on, ProcedureActor actor, string? text = null)
    {
        Machine.Fire(trigger);
        return Record(kind, on, actor, text);
    }

    private RegularizationEvent Record(RegularizationEventKind kind, DateOnly on, ProcedureActor actor, string? text)
    {
        ActCount++;
        var entry = new RegularizationEvent(Id, kind, on, actor, text);
        Events.Add(entry);
        return entry;
    }

    private static void NotBefore(DateOnly date, DateOnly earliest, string field, string what)
    {
        if (date < earliest)
        {
            throw new ProcedureInputException(field, $"La fecha no puede ser anterior a {what} ({earliest:yyyy-MM-dd}).");
        }
    }
}
