using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Stateless;

namespace Ruta.Web.Modules.Children.Domain;

/// <summary>What an identification says about one child, already checked against the registry.</summary>
/// <param name="Adults">The adults present, each with what they are to the child.</param>
/// <param name="ProcuraduriaOfficeId">The Procuraduría de Protección competent for the place (the state's, else the federal one).</param>
public sealed record IdentificationFacts(
    Guid PersonId, Guid GroupId, DateOnly? BirthDate, bool BirthDateEstimated, DateTime IdentifiedAt, IdentifyingAuthority Authority,
    string? ReportingShelter, string StateCode, string Municipality, string? PlaceDetail, Guid ProcuraduriaOfficeId,
    IReadOnlyList<(Guid PersonId, AdultRelation Relation, RelationSource Source, FamilyRelation? RegistryRelation)> Adults);

/// <summary>
/// A migrant child's protection case, from identification to closure: the notice to the Procuraduría
/// de Protección, the canalization to DIF and shelter, the TVRH, the international-protection
/// screening, the six stages of the restitution-of-rights procedure, the plan that binds INM, INM's
/// decision, the follow-up and reunification. Its states and legal moves are ONE table
/// (<see cref="ChildProtectionProcedure"/>); each method checks the legal rule of its act, fires the
/// trigger and records a timeline line. Collections hold what the rules need; the features load them.
/// </summary>
public sealed class ChildCase : IVersioned
{
    private StateMachine<ChildCaseStatus, ChildTrigger>? _machine;

    private ChildCase() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>Children identified together (siblings, a family) share it.</summary>
    public Guid GroupId { get; private set; }
    public ChildCaseStatus Status { get; private set; } = ChildCaseStatus.New;
    public Accompaniment Accompaniment { get; private set; }

    /// <summary>Childhood is presumed (no birth date, or an estimated one): LM art. 3 fr. XVI.</summary>
    public bool AgePresumed { get; private set; }
    public int? AgeAtIdentification { get; private set; }

    public DateTime IdentifiedAt { get; private set; }
    public string IdentifiedByAgency { get; private set; } = "";
    public Guid? IdentifiedByUserId { get; private set; }
    public IdentifyingAuthority Authority { get; private set; }

    /// <summary>The shelter that reported the child, when it was one.</summary>
    public string? ReportingShelter { get; private set; }
    public string StateCode { get; private set; } = "";
    public string Municipality { get; private set; } = "";
    public string? PlaceDetail { get; private set; }

    public Guid ProcuraduriaOfficeId { get; private set; }

    /// <summary>When the Procuraduría was notified (or detected the case itself): the gate of every migration procedure.</summary>
    public DateTime NotifiedAt { get; private set; }
    public Guid? NoticeId { get; private set; }
    public string? NoticeFolio { get; private set; }

    public DateTime? CanalizedAt { get; private set; }
    public string? CanalizedByAgency { get; private set; }
    public Guid? DifOfficeId { get; private set; }
    public string? CanalizationActNumber { get; private set; }
    public string? CanalizationNoticeFolio { get; private set; }

    public DateTime? ReceivedAt { get; private set; }

    /// <summary>Stage II. Confidential: Procuraduría, DIF and oversight only.</summary>
    public string? FamilyDiagnosis { get; private set; }
    public DateOnly? FamilyDiagnosedOn { get; private set; }
    public DateOnly? RightsDeterminedOn { get; private set; }

    public DateOnly? BestInterestDeterminedOn { get; private set; }

    /// <summary>The child's opinion, heard and recorded. Confidential.</summary>
    public string? ChildOpinion { get; private set; }

    /// <summary>Why the opinion could not be heard (age, maturity), for children under <see cref="ChildRules.OpinionMandatoryFromAge"/>.</summary>
    public string? OpinionNotHeardReason { get; private set; }
    public string? BestInterestReasons { get; private set; }

    public ProtectionNeedStatus ProtectionNeed { get; private set; } = ProtectionNeedStatus.NotScreened;
    public ProtectionNeedResolution? ProtectionNeedResolution { get; private set; }
    public DateOnly? ProtectionNeedResolvedOn { get; private set; }
    public string? ProtectionNeedResolutionReasons { get; private set; }

    public Guid? CurrentPlanId { get; private set; }

    public string? EscortName { get; private set; }
    public string? EscortAgency { get; private set; }
    public DateOnly? EscortAssignedOn { get; private set; }
    public string? ReceivingAuthority { get; private set; }
    public string? ReceivingCountryCode { get; private set; }
    public DateOnly? ReceivingAuthorityConfirmedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }
    public ChildClosingReason? ClosingReason { get; private set; }
    public string? ClosingNotes { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>How many acts were recorded; every act changes it, so every act moves <see cref="Version"/> (the ETag).</summary>
    public int ActCount { get; private set; }
    public int Version { get; set; }

    public List<CaseAdult> Adults { get; private set; } = [];
    public List<Placement> Placements { get; private set; } = [];
    public List<RightsFinding> RightsFindings { get; private set; } = [];
    public List<BestInterestParticipant> BestInterestParticipants { get; private set; } = [];
    public List<ProtectionScreening> Screenings { get; private set; } = [];
    public List<RiskAssessment> RiskAssessments { get; private set; } = [];
    public List<RestitutionPlan> Plans { get; private set; } = [];
    public List<InmDecision> Decisions { get; private set; } = [];
    public List<UrgentMeasure> UrgentMeasures { get; private set; } = [];
    public List<ConsularNotice> ConsularNotices { get; private set; } = [];
    public List<Reunification> Reunifications { get; private set; } = [];
    public List<MeasureFollowUp> FollowUps { get; private set; } = [];

    /// <summary>New timeline lines of this unit of work (stored ones are read by queries, not loaded here).</summary>
    public List<CaseEvent> Events { get; private set; } = [];

    private StateMachine<ChildCaseStatus, ChildTrigger> Machine =>
        _machine ??= ChildProtectionProcedure.Build(() => Status, s => Status = s);

    public bool CanFire(ChildTrigger trigger) => Machine.CanFire(trigger);

    public bool IsOpen => ChildProtectionProcedure.IsOpen(Status);

    public RestitutionPlan? CurrentPlan => CurrentPlanId is { } id ? Plans.FirstOrDefault(p => p.Id == id) : null;

    public InmDecision? CurrentDecision => CurrentPlanId is { } id ? Decisions.FirstOrDefault(d => d.PlanId == id) : null;

    public Placement? ActivePlacement => Placements.FirstOrDefault(p => p.IsActive);

    public RiskAssessment? LatestRiskAssessment =>
        RiskAssessments.OrderByDescending(r => r.AssessedOn).ThenByDescending(r => r.RecordedAt).FirstOrDefault();

    /// <summary>Throws, naming the current state, unless the table allows <paramref name="trigger"/> now.</summary>
    /// <exception cref="IllegalTransitionException">Not allowed in the current state.</exception>
    public void EnsureAllowed(ChildTrigger trigger)
    {
        if (!Machine.CanFire(trigger))
        {
            Machine.Fire(trigger); // the unhandled-trigger handler throws, naming the state
        }
    }

    /// <summary>
    /// Opens the case of one identified child. Childhood is checked by the caller with the
    /// presumption of <see cref="Person.IsChildOn(DateOnly)"/>; the accompaniment follows from the
    /// adults present (LM art. 3 fr. XVII–XIX). Identified by the Procuraduría itself, the case
    /// starts received (detection, LGDNNA art. 123 fr. I); otherwise it waits for the Procuraduría
    /// to receive the notice the caller sends in the same transaction.
    /// </summary>
    public static ChildCase Identify(IdentificationFacts facts, ChildActor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        var date = Kernel.Calendar.MexicoCity.DateOf(facts.IdentifiedAt);
        var child = new ChildCase
        {
            Id = Guid.CreateVersion7(),
            PersonId = facts.PersonId,
            GroupId = facts.GroupId,
            AgePresumed = facts.BirthDate is null || facts.BirthDateEstimated,
            AgeAtIdentification = Person.AgeOn(facts.BirthDate, date),
            IdentifiedAt = facts.IdentifiedAt,
            IdentifiedByAgency = actor.Agency ?? "",
            IdentifiedByUserId = actor.UserId,
            Authority = facts.Authority,
            ReportingShelter = facts.ReportingShelter,
            StateCode = facts.StateCode,
            Municipality = facts.Municipality,
            PlaceDetail = facts.PlaceDetail,
            ProcuraduriaOfficeId = facts.ProcuraduriaOfficeId,
            NotifiedAt = actor.Now,
            CreatedAt = actor.Now,
            Version = 1,
        };
        child.Adults = [.. facts.Adults.Select(a => new CaseAdult(child.Id, a.PersonId, a.Relation, a.Source, a.RegistryRelation))];
        child.Accompaniment = AccompanimentOf(child.Adults.Select(a => a.Relation));
        var detected = facts.Authority == IdentifyingAuthority.Procuraduria;
        if (detected)
        {
            child.ReceivedAt = actor.Now;
        }

        child.Fire(detected ? ChildTrigger.Detect : ChildTrigger.Identify, actor,
            $"{(detected ? "Caso detectado por la Procuraduría" : "Niña, niño o adolescente identificado")} ({AccompanimentLabel(child.Accompaniment)}" +
            $"{(child.AgePresumed ? "; edad presunta" : "")}).", inmVisible: true);
        return child;
    }

    /// <summary>LM art. 3 fr. XVIII: with a parent or guardian, accompanied; XIX: with a customary caregiver only, separated; XVII: otherwise unaccompanied.</summary>
    public static Accompaniment AccompanimentOf(IEnumerable<AdultRelation> adults)
    {
        var relations = adults.ToList();
        return relations.Contains(AdultRelation.ParentOrGuardian) ? Accompaniment.Accompanied
            : relations.Contains(AdultRelation.CustomaryCaregiver) ? Accompaniment.Separated
            : Accompaniment.Unaccompanied;
    }

    public static string AccompanimentLabel(Accompaniment accompaniment) => accompaniment switch
    {
        Accompaniment.Accompanied => "acompañado",
        Accompaniment.Separated => "separado",
        _ => "no acompañado",
    };

    /// <summary>The oficio to the Procuraduría, sent by the caller in the same unit of work.</summary>
    internal void NoticeSent(Guid noticeId, string folio)
    {
        NoticeId = noticeId;
        NoticeFolio = folio;
    }

    /// <summary>Puts the child at the disposal of the DIF system (LM art. 112 fr. I) with the acta de canalización.</summary>
    public void Canalize(Guid difOfficeId, string actaNumber, string? noticeFolio, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.Canalize);
        if (CanalizedAt is not null)
        {
            throw new DomainRuleException(ChildRules.AlreadyCanalized,
                $"La niña, niño o adolescente ya fue canalizado al Sistema DIF (acta {CanalizationActNumber}).", ChildRules.CanalizationBasis);
        }

        CanalizedAt = actor.Now;
        CanalizedByAgency = actor.Agency;
        DifOfficeId = difOfficeId;
        CanalizationActNumber = actaNumber;
        CanalizationNoticeFolio = noticeFolio;
        Fire(ChildTrigger.Canalize, actor, $"Canalizado al Sistema DIF; acta de canalización {actaNumber}.", inmVisible: true);
    }

    /// <summary>
    /// Places the child in a care centre (never a migration station): with room, apart from adults
    /// when unaccompanied or separated, and with family only when accompanied by them (LGDNNA art. 95).
    /// </summary>
    /// <param name="occupiedNow">Places taken in the centre now, counted by the caller in this unit of work.</param>
    /// <param name="companions">Family members lodged with the child (their parents or guardians present at identification).</param>
    /// <param name="companionsAlreadyThere">How many of <paramref name="companions"/> are already lodged there (with a sibling): they take no new place.</param>
    public Placement Place(CareCenter center, int occupiedNow, IReadOnlyList<Guid> companions, int companionsAlreadyThere, string? separationReason,
        ChildActor actor)
    {
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(companions);
        EnsureAllowed(ChildTrigger.Place);
        if (CanalizedAt is null)
        {
            throw new DomainRuleException(ChildRules.NotCanalized,
                "Primero se canaliza al Sistema DIF (acta de canalización); después se aloja.", ChildRules.CanalizationBasis);
        }

        if (ActivePlacement is { } active)
        {
            throw new DomainRuleException(ChildRules.AlreadyPlaced,
                "La niña, niño o adolescente ya está alojado; para cambiarlo de centro, termine primero ese alojamiento (traslado).",
                ChildRules.CanalizationBasis);
        }

        if (!center.IsActive)
        {
            throw new DomainRuleException(ChildRules.CareCenterInactive, "El centro no está activo.", ChildRules.NoStationBasis);
        }

        if (Accompaniment != Accompaniment.Accompanied && companions.Count > 0)
        {
            throw new DomainRuleException(ChildRules.ChildApartFromAdults,
                $"Una niña, niño o adolescente {AccompanimentLabel(Accompaniment)} se aloja en un lugar distinto al de las personas adultas.",
                ChildRules.SeparationBasis);
        }

        foreach (var companion in companions)
        {
            var adult = Adults.FirstOrDefault(a => a.PersonId == companion);
            if (adult is not { Relation: AdultRelation.ParentOrGuardian } || adult.ContraryToInterest)
            {
                throw new DomainRuleException(ChildRules.CompanionNotFamily,
                    "Solo su madre, padre o tutor presentes en la identificación, y no determinados contrarios a su interés superior, " +
                    "pueden alojarse con la niña, niño o adolescente.", ChildRules.SeparationBasis);
            }
        }

        if (companions.Count > 0 && !center.LodgesFamilies)
        {
            throw new DomainRuleException(ChildRules.ChildApartFromAdults,
                "Este centro no tiene áreas para familias: elija un albergue que aloje familias o aloje a la niña, niño o adolescente sin ellas.",
                ChildRules.SeparationBasis);
        }

        var withFamily = companions.Count > 0;
        if (Accompaniment == Accompaniment.Accompanied && !withFamily && string.IsNullOrWhiteSpace(separationReason))
        {
            throw new DomainRuleException(ChildRules.SeparationWithoutReason,
                "Una niña, niño o adolescente acompañado se aloja con su familia salvo que su interés superior aconseje separarlos: " +
                "indique por qué se aloja sin su familia.", ChildRules.SeparationBasis, StatusCodes.Status422UnprocessableEntity);
        }

        var needed = 1 + companions.Count - companionsAlreadyThere;
        if (occupiedNow + needed > center.Capacity)
        {
            throw new DomainRuleException(ChildRules.CareCenterFull,
                $"«{center.Name}» tiene {center.Capacity} lugares y {occupiedNow} ocupados: no hay lugar para {needed} persona(s) más. " +
                "Elija otro centro.", ChildRules.CapacityBasis);
        }

        var placement = new Placement(Id, center.Id, actor.Now, actor.UserId, withFamily, withFamily ? null : separationReason?.Trim(), companions);
        Placements.Add(placement);
        center.SetOccupied(occupiedNow + needed);
        Fire(ChildTrigger.Place, actor, $"Alojado en «{center.Name}»{(withFamily ? " con su familia" : "")}.", inmVisible: false);
        return placement;
    }

    /// <summary>Ends the active placement (transfer, reunification, departure…); the caller recounts the centre.</summary>
    public Placement EndPlacement(PlacementEndReason reason, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.EndPlacement);
        var active = ActivePlacement ?? throw new DomainRuleException(ChildRules.NotPlaced,
            "La niña, niño o adolescente no está alojado en ningún centro.", ChildRules.CanalizationBasis);
        active.End(actor.Now, reason);
        Fire(ChildTrigger.EndPlacement, actor, "Terminó el alojamiento.", inmVisible: false);
        return active;
    }

    /// <summary>
    /// Who may hold a TVRH through this case: the child; and the adult in charge of an accompanied or
    /// separated child (LM art. 52 fr. V b párr. cuarto), unless the Procuraduría determined that
    /// adult contrary to the child's interest (párr. quinto).
    /// </summary>
    public void EnsureTvrhHolder(Guid personId)
    {
        EnsureAllowed(ChildTrigger.IssueTvrh);
        if (personId == PersonId)
        {
            return;
        }

        var adult = Adults.FirstOrDefault(a => a.PersonId == personId);
        if (adult is null || !adult.IsCaregiver)
        {
            throw new DomainRuleException(ChildRules.TvrhNotCaregiver,
                "La TVRH de este caso beneficia a la niña, niño o adolescente y a la persona adulta a cargo de su cuidado; " +
                "esta persona no está registrada como tal.", ChildRules.TvrhAdultBasis, StatusCodes.Status422UnprocessableEntity);
        }

        if (adult.ContraryToInterest)
        {
            throw new DomainRuleException(ChildRules.TvrhAdultContrary,
                "La Procuraduría de Protección determinó que esta persona adulta es contraria al interés superior de la niña, niño o " +
                "adolescente: no se le extiende la TVRH.", ChildRules.TvrhAdultBasis);
        }
    }

    public void TvrhIssued(Guid personId, string number, ChildActor actor) =>
        Fire(ChildTrigger.IssueTvrh, actor,
            $"TVRH {number} expedida a {(personId == PersonId ? "la niña, niño o adolescente" : "la persona adulta a cargo")}.", inmVisible: true);

    /// <summary>The initial evaluation of an international-protection need (LGDNNA art. 98).</summary>
    public ProtectionScreening Screen(DateOnly on, ScreeningResult result, string notes, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.Screen);
        NotBefore(on, "screenedOn");
        var screening = new ProtectionScreening(Id, on, result, notes, actor);
        Screenings.Add(screening);
        if (result == ScreeningResult.NeedIdentified)
        {
            ProtectionNeed = ProtectionNeedStatus.Pending;
            ProtectionNeedResolution = null;
            ProtectionNeedResolvedOn = null;
            ProtectionNeedResolutionReasons = null;
        }
        else if (ProtectionNeed is ProtectionNeedStatus.NotScreened)
        {
            ProtectionNeed = ProtectionNeedStatus.NoIndication;
        }

        Fire(ChildTrigger.Screen, actor, result == ScreeningResult.NeedIdentified
            ? "Evaluación inicial: posible necesidad de protección internacional; aviso a la COMAR y al INM."
            : "Evaluación inicial: sin indicios de necesidad de protección internacional.", inmVisible: result == ScreeningResult.NeedIdentified);
        return screening;
    }

    /// <summary>Settles a pending need; while a refugee claim is active it is not settled (COMAR decides it).</summary>
    public void ResolveProtectionNeed(ProtectionNeedResolution resolution, DateOnly on, string reasons, bool asylumClaimActive, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.ResolveProtectionNeed);
        if (ProtectionNeed != ProtectionNeedStatus.Pending)
        {
            throw new DomainRuleException(ChildRules.NoProtectionNeedPending,
                "No hay una necesidad de protección internacional pendiente en este caso.", ChildRules.ScreeningBasis);
        }

        if (asylumClaimActive && resolution != Domain.ProtectionNeedResolution.ProtectionRecognized)
        {
            throw new DomainRuleException(ChildRules.AsylumClaimActive,
                "La solicitud de reconocimiento de la condición de refugiado sigue en trámite ante la COMAR: la necesidad de protección " +
                "sigue pendiente hasta su resolución definitiva.", ChildRules.ReturnProtectionBasis);
        }

        NotBefore(on, "resolvedOn");
        ProtectionNeed = ProtectionNeedStatus.Resolved;
        ProtectionNeedResolution = resolution;
        ProtectionNeedResolvedOn = on;
        ProtectionNeedResolutionReasons = reasons;
        Fire(ChildTrigger.ResolveProtectionNeed, actor, "Necesidad de protección internacional resuelta.", inmVisible: true);
    }

    /// <summary>
    /// No contact with the consulate while the child may need international protection (LM art. 112
    /// fr. V) or an asylum claim is active (LRPCAP art. 21 párr. cuarto; the asylum module records the
    /// consent-based exception once COMAR has the claim).
    /// </summary>
    public ConsularNotice NotifyConsulate(ConsularPurpose purpose, string countryCode, string consulate, DateOnly on, string reference,
        bool asylumClaimActive, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.NotifyConsulate);
        if (ProtectionNeed == ProtectionNeedStatus.Pending || asylumClaimActive
            || Domain.ProtectionNeedResolution.ProtectionRecognized == ProtectionNeedResolution)
        {
            throw new DomainRuleException(ChildRules.ConsularContactBarred,
                "Hay indicios de necesidad de protección internacional (o una solicitud de refugio, o protección reconocida): " +
                "no se entabla contacto con la representación consular.", ChildRules.ConsularBarBasis);
        }

        if (purpose == ConsularPurpose.AssistedReturn && CurrentPlan is not { } plan)
        {
            throw new DomainRuleException(ChildRules.ReturnNotAllowedByPlan,
                "No hay plan de restitución vigente que permita la salida del país.", ChildRules.ReturnPlanBasis);
        }

        if (purpose == ConsularPurpose.AssistedReturn && !CurrentPlan!.AllowsAssistedReturn)
        {
            throw new DomainRuleException(ChildRules.ReturnNotAllowedByPlan,
                "El plan de restitución vigente no permite el retorno asistido.", ChildRules.ReturnPlanBasis);
        }

        NotBefore(on, "notifiedOn");
        var notice = new ConsularNotice(Id, purpose, countryCode, consulate, on, reference, actor);
        ConsularNotices.Add(notice);
        Fire(ChildTrigger.NotifyConsulate, actor, purpose == ConsularPurpose.AssistedReturn
            ? $"Consulado notificado del retorno asistido ({reference})."
            : $"Consulado notificado de la canalización y de la notificación a la Procuraduría ({reference}).", inmVisible: true);
        return notice;
    }

    /// <summary>An urgent measure when life, integrity or liberty is at imminent risk (LGDNNA art. 122 fr. VI–VII).</summary>
    public UrgentMeasure RequestUrgentMeasure(UrgentMeasureKind kind, UrgentMeasureRoute route, string description, string imminentRisk, DateTime at,
        ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.RequestUrgentMeasure);
        NotBefore(at, "at");
        var measure = new UrgentMeasure(Id, kind, route, description, imminentRisk, at, actor);
        UrgentMeasures.Add(measure);
        Fire(ChildTrigger.RequestUrgentMeasure, actor, route == UrgentMeasureRoute.ProsecutorRequest
            ? "Medida urgente de protección solicitada al Ministerio Público (3 horas)."
            : "Medida urgente de protección ordenada por la Procuraduría (aviso al Ministerio Público y al juez).", inmVisible: false);
        return measure;
    }

    public UrgentMeasure RecordUrgentMeasureDecree(Guid measureId, DateTime at, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.RecordUrgentMeasureDecree);
        var measure = UrgentMeasures.FirstOrDefault(m => m.Id == measureId)
            ?? throw new ChildInputException("measureId", "La medida urgente no pertenece a este caso.");
        if (measure.Route != UrgentMeasureRoute.ProsecutorRequest || measure.ImposedAt is not null)
        {
            throw new DomainRuleException(ChildRules.UrgentMeasureState,
                "Esta medida no espera el decreto del Ministerio Público.", ChildRules.UrgentMeasuresBasis);
        }

        if (at < measure.RequestedAt)
        {
            throw new ChildInputException("at", "El decreto no puede ser anterior a la solicitud.");
        }

        measure.RecordDecree(at);
        Fire(ChildTrigger.RecordUrgentMeasureDecree, actor, "El Ministerio Público decretó la medida urgente.", inmVisible: false);
        return measure;
    }

    public UrgentMeasure RecordJudicialRuling(Guid measureId, JudicialRuling ruling, DateTime at, string? notes, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.RecordJudicialRuling);
        var measure = UrgentMeasures.FirstOrDefault(m => m.Id == measureId)
            ?? throw new ChildInputException("measureId", "La medida urgente no pertenece a este caso.");
        if (measure.ImposedAt is not { } imposed || measure.Ruling is not null)
        {
            throw new DomainRuleException(ChildRules.UrgentMeasureState,
                "Esta medida no está impuesta o el juez ya se pronunció.", ChildRules.UrgentMeasuresBasis);
        }

        if (at < imposed)
        {
            throw new ChildInputException("at", "El pronunciamiento no puede ser anterior a la imposición de la medida.");
        }

        measure.RecordRuling(ruling, at, notes);
        Fire(ChildTrigger.RecordJudicialRuling, actor, "El juez se pronunció sobre la medida urgente.", inmVisible: false);
        return measure;
    }

    /// <summary>Stage I: the Procuraduría receives the case (LGDNNA art. 123 fr. I).</summary>
    public void ReceiveCase(ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.ReceiveCase);
        ReceivedAt = actor.Now;
        Fire(ChildTrigger.ReceiveCase, actor, "La Procuraduría recibió el caso (etapa I).", inmVisible: true);
    }

    /// <summary>Stage II: the diagnosis of the family situation (LGDNNA art. 123 fr. II).</summary>
    public void DiagnoseFamily(DateOnly on, string diagnosis, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.DiagnoseFamily);
        NotBefore(on, "diagnosedOn");
        FamilyDiagnosis = diagnosis;
        FamilyDiagnosedOn = on;
        Fire(ChildTrigger.DiagnoseFamily, actor, "Diagnóstico de la situación familiar (etapa II).", inmVisible: false);
    }

    /// <summary>Stage III: the rights restricted or violated (LGDNNA art. 123 fr. III).</summary>
    public void DetermineRights(DateOnly on, IReadOnlyList<(string Right, bool Violated, string? Notes)> findings, ChildActor actor)
    {
        ArgumentNullException.ThrowIfNull(findings);
        EnsureAllowed(ChildTrigger.DetermineRights);
        NotBefore(on, "determinedOn");
        if (FamilyDiagnosedOn is { } diagnosed && on < diagnosed)
        {
            throw new ChildInputException("determinedOn", "La determinación no puede ser anterior al diagnóstico.");
        }

        RightsFindings.AddRange(findings.Select(f => new RightsFinding(Id, f.Right, f.Violated, f.Notes)));
        RightsDeterminedOn = on;
        Fire(ChildTrigger.DetermineRights, actor, $"Derechos restringidos o vulnerados determinados: {findings.Count} (etapa III).", inmVisible: false);
    }

    /// <summary>
    /// Stage IV: the best-interest determination, with who took part, the child's opinion heard and
    /// recorded (a reason instead only for a child under <see cref="ChildRules.OpinionMandatoryFromAge"/>),
    /// and its reasons (LGDNNA arts. 2, 92 fr. IV and IX, 123 fr. IV).
    /// </summary>
    /// <param name="ageToday">The child's age today; null when unknown (then treated as an adolescent, LM art. 3 fr. XVI).</param>
    public void DetermineBestInterest(DateOnly on, IReadOnlyList<(string Name, string Role)> participants, string? childOpinion,
        string? opinionNotHeardReason, string reasons, int? ageToday, ChildActor actor)
    {
        ArgumentNullException.ThrowIfNull(participants);
        EnsureAllowed(ChildTrigger.DetermineBestInterest);
        NotBefore(on, "determinedOn");
        if (RightsDeterminedOn is { } rights && on < rights)
        {
            throw new ChildInputException("determinedOn", "La determinación no puede ser anterior a la de los derechos vulnerados.");
        }

        if (string.IsNullOrWhiteSpace(childOpinion))
        {
            // Of uncertain age the child is presumed an adolescent (LM art. 3 fr. XVI): the opinion is then always required.
            if (ageToday is not { } age || age >= ChildRules.OpinionMandatoryFromAge || AgePresumed)
            {
                throw new DomainRuleException(ChildRules.OpinionNotHeard,
                    "La opinión de la niña, niño o adolescente debe escucharse y registrarse antes de determinar su interés superior.",
                    ChildRules.BestInterestBasis, StatusCodes.Status422UnprocessableEntity);
            }

            if (string.IsNullOrWhiteSpace(opinionNotHeardReason))
            {
                throw new DomainRuleException(ChildRules.OpinionNotHeard,
                    "Registre la opinión de la niña o el niño o, si por su edad y madurez no pudo expresarla, explique por qué.",
                    ChildRules.BestInterestBasis, StatusCodes.Status422UnprocessableEntity);
            }
        }

        BestInterestParticipants.AddRange(participants.Select(p => new BestInterestParticipant(Id, p.Name, p.Role)));
        ChildOpinion = string.IsNullOrWhiteSpace(childOpinion) ? null : childOpinion;
        OpinionNotHeardReason = ChildOpinion is null ? opinionNotHeardReason : null;
        BestInterestReasons = reasons;
        BestInterestDeterminedOn = on;
        Fire(ChildTrigger.DetermineBestInterest, actor, "Interés superior determinado (etapa IV).", inmVisible: false);
    }

    /// <summary>The Procuraduría finds an adult contrary to the child's interest (LM art. 52 fr. V b párr. quinto).</summary>
    public void DetermineAdultContrary(Guid adultPersonId, DateOnly on, string reasons, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.DetermineAdultContrary);
        var adult = Adults.FirstOrDefault(a => a.PersonId == adultPersonId)
            ?? throw new ChildInputException("personId", "La persona no figura entre las personas adultas de este caso.");
        NotBefore(on, "determinedOn");
        adult.DetermineContrary(on, reasons);
        Fire(ChildTrigger.DetermineAdultContrary, actor, "Una persona adulta fue determinada contraria al interés superior.", inmVisible: true);
    }

    /// <summary>The prior assessment of risk to life, liberty or safety (LM art. 74 párr. tercero).</summary>
    public RiskAssessment AssessRisk(DateOnly on, string countryCode, RiskResult result, string assessedBy, string reasons, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.AssessRisk);
        NotBefore(on, "assessedOn");
        var assessment = new RiskAssessment(Id, on, countryCode, result, assessedBy, reasons, actor);
        RiskAssessments.Add(assessment);
        Fire(ChildTrigger.AssessRisk, actor, result == RiskResult.NoRisk
            ? "Valoración de riesgo: sin riesgo para su vida, libertad o seguridad."
            : "Valoración de riesgo: su vida, libertad o seguridad estarían en peligro.", inmVisible: true);
        return assessment;
    }

    public Reunification RecordReunification(Guid? relativePersonId, string relativeName, string relation, bool inMexico, string place,
        string? countryCode, DateOnly on, ReunificationOutcome outcome, string childOpinion, string? notes, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.RecordReunification);
        NotBefore(on, "reunifiedOn");
        var reunification = new Reunification(Id, relativePersonId, relativeName, relation, inMexico, place, countryCode, on, outcome, childOpinion,
            notes, actor);
        Reunifications.Add(reunification);
        Fire(ChildTrigger.RecordReunification, actor, outcome == ReunificationOutcome.Reunified
            ? $"Reunificación familiar {(inMexico ? "en México" : "en el extranjero")}."
            : "Reunificación familiar no realizada.", inmVisible: false);
        return reunification;
    }

    /// <summary>
    /// Stages IV–V: the plan, with its measures, responsible institutions, follow-up dates and the
    /// outcomes it allows INM; a revision replaces the plan in force (INM must decide again).
    /// </summary>
    public RestitutionPlan IssuePlan(DateOnly on, PlanOutcomes outcomes, string summary,
        IReadOnlyList<(string Description, string Institution, DateOnly FollowUpOn)> measures, IReadOnlyList<Guid> familyUnity, ChildActor actor)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(familyUnity);
        var revision = Status == ChildCaseStatus.PlanInForce;
        var trigger = revision ? ChildTrigger.RevisePlan : ChildTrigger.IssuePlan;
        EnsureAllowed(trigger);
        NotBefore(on, "issuedOn");
        if (BestInterestDeterminedOn is { } bid && on < bid)
        {
            throw new ChildInputException("issuedOn", "El plan no puede ser anterior a la determinación del interés superior.");
        }

        if (!outcomes.Any)
        {
            throw new DomainRuleException(ChildRules.PlanWithoutOutcome,
                "El plan debe indicar qué decisiones migratorias permite al INM (regularización, refugio, reunificación o retorno asistido).",
                ChildRules.PlanBindsInmBasis, StatusCodes.Status422UnprocessableEntity);
        }

        if (familyUnity.Count > 0 && !outcomes.Regularization)
        {
            throw new ChildInputException("familyUnityPersonIds", "La unidad familiar acompaña a la regularización: el plan no la permite.");
        }

        foreach (var person in familyUnity)
        {
            if (Adults.FirstOrDefault(a => a.PersonId == person) is { ContraryToInterest: true })
            {
                throw new ChildInputException("familyUnityPersonIds",
                    "Una persona determinada contraria al interés superior de la niña, niño o adolescente no puede incluirse por unidad familiar.");
            }
        }

        if (CurrentPlan is { } current)
        {
            current.SupersededAt = actor.Now;
        }

        var plan = new RestitutionPlan(Id, Plans.Count + 1, on, outcomes, summary, actor);
        plan.Measures.AddRange(measures.Select(m => new PlanMeasure(plan.Id, Id, m.Description, m.Institution, m.FollowUpOn)));
        plan.FamilyUnity.AddRange(familyUnity.Distinct().Select(p => new PlanFamilyMember(plan.Id, p)));
        Plans.Add(plan);
        CurrentPlanId = plan.Id;
        Fire(trigger, actor, revision
            ? $"Plan de restitución modificado (versión {plan.Sequence}) y presentado al INM."
            : "Plan de restitución emitido y presentado al INM (etapas IV y V).", inmVisible: true);
        return plan;
    }

    internal void PlanNoticeSent(RestitutionPlan plan, Guid noticeId, string folio)
    {
        plan.NoticeId = noticeId;
        plan.NoticeFolio = folio;
    }

    /// <summary>
    /// INM's decision must be one the plan in force allows (LM art. 112 fr. III); for regularization,
    /// the family members it covers must be those the plan recommends (family unity, párr. segundo).
    /// </summary>
    public InmDecision RecordInmDecision(ChildProtectionOutcome outcome, DateOnly on, string reasons, IReadOnlyList<Guid> familyUnity, ChildActor actor)
    {
        ArgumentNullException.ThrowIfNull(familyUnity);
        EnsureAllowed(ChildTrigger.RecordInmDecision);
        var plan = CurrentPlan ?? throw new InvalidOperationException($"Case {Id} is in force without a plan.");
        if (CurrentDecision is not null)
        {
            throw new DomainRuleException(ChildRules.DecisionAlreadyRecorded,
                "El INM ya registró su decisión conforme a este plan; una decisión distinta requiere que la Procuraduría modifique el plan.",
                ChildRules.PlanBindsInmBasis);
        }

        if (!plan.Allows(outcome))
        {
            var allowed = string.Join(", ", plan.Outcomes.List().Select(ChildLabels.Outcome));
            throw new DomainRuleException(ChildRules.DecisionNotInPlan,
                $"El plan de restitución de derechos vigente no permite «{ChildLabels.Outcome(outcome)}». Permite: {allowed}.",
                ChildRules.PlanBindsInmBasis);
        }

        if (familyUnity.Count > 0 && outcome != ChildProtectionOutcome.Regularization)
        {
            throw new ChildInputException("familyUnityPersonIds", "La unidad familiar solo acompaña a la regularización.");
        }

        var recommended = plan.FamilyUnity.Select(f => f.PersonId).ToHashSet();
        if (familyUnity.Any(p => !recommended.Contains(p)))
        {
            throw new DomainRuleException(ChildRules.FamilyUnityNotInPlan,
                "Solo las personas que el plan de restitución señala para la unidad familiar se regularizan con la niña, niño o adolescente.",
                ChildRules.FamilyUnityBasis, StatusCodes.Status422UnprocessableEntity);
        }

        NotBefore(on, "decidedOn");
        if (on < plan.IssuedOn)
        {
            throw new ChildInputException("decidedOn", "La decisión no puede ser anterior al plan.");
        }

        var decision = new InmDecision(Id, plan.Id, outcome, on, reasons, [.. familyUnity.Distinct()], actor);
        Decisions.Add(decision);
        Fire(ChildTrigger.RecordInmDecision, actor, $"Decisión del INM conforme al plan: {ChildLabels.Outcome(outcome)}.", inmVisible: true);
        return decision;
    }

    /// <summary>Staff specialised in children for the transfer (LM art. 112 fr. III párr. quinto).</summary>
    public void AssignEscort(string name, string agency, bool specialized, DateOnly on, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.AssignEscort);
        if (!specialized)
        {
            throw new DomainRuleException(ChildRules.EscortNotSpecialized,
                "Todo traslado y retorno asistido se hace en acompañamiento de personal especializado en el tema de infancia.",
                ChildRules.ReturnEscortBasis, StatusCodes.Status422UnprocessableEntity);
        }

        NotBefore(on, "assignedOn");
        EscortName = name;
        EscortAgency = agency;
        EscortAssignedOn = on;
        Fire(ChildTrigger.AssignEscort, actor, $"Personal especializado en infancia asignado al traslado ({agency}).", inmVisible: true);
    }

    /// <summary>The receiving country's competent authority takes part (LM arts. 112 fr. III párr. cuarto, 120 párr. segundo).</summary>
    public void RecordReceivingAuthority(string authority, string countryCode, DateOnly on, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.RecordReceivingAuthority);
        NotBefore(on, "confirmedOn");
        ReceivingAuthority = authority;
        ReceivingCountryCode = countryCode;
        ReceivingAuthorityConfirmedOn = on;
        Fire(ChildTrigger.RecordReceivingAuthority, actor, $"Intervención de la autoridad del país receptor: {authority}.", inmVisible: true);
    }

    /// <summary>Stage VI: a follow-up of one measure of the plan in force.</summary>
    public MeasureFollowUp RecordFollowUp(Guid measureId, DateOnly on, MeasureStatus status, string notes, DateOnly? next, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.RecordFollowUp);
        var measure = CurrentPlan?.Measures.FirstOrDefault(m => m.Id == measureId)
            ?? throw new ChildInputException("measureId", "La medida no pertenece al plan vigente.");
        NotBefore(on, "followedUpOn");
        if (status != MeasureStatus.Fulfilled && (next is not { } n || n <= on))
        {
            throw new ChildInputException("nextFollowUpOn", "Indique la fecha del próximo seguimiento, posterior a este.");
        }

        measure.FollowUp(on, status, next);
        var followUp = new MeasureFollowUp(measure.Id, Id, on, status, notes, status == MeasureStatus.Fulfilled ? null : next, actor);
        FollowUps.Add(followUp);
        Fire(ChildTrigger.RecordFollowUp, actor, status == MeasureStatus.Fulfilled ? "Medida del plan cumplida." : "Seguimiento de una medida del plan.",
            inmVisible: false);
        return followUp;
    }

    /// <summary>Stage VI ends when every right is guaranteed: every measure of the plan in force fulfilled (LGDNNA art. 123 fr. VI).</summary>
    public void CloseRestored(DateOnly on, string notes, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.CloseRestored);
        var pending = CurrentPlan!.Measures.Count(m => m.Status != MeasureStatus.Fulfilled);
        if (pending > 0)
        {
            throw new DomainRuleException(ChildRules.MeasuresPending,
                $"Quedan {pending} medida(s) del plan sin cumplir: el seguimiento sigue hasta que todos los derechos estén garantizados.",
                ChildRules.FollowUpBasis);
        }

        Close(ChildClosingReason.RightsRestored, on, notes, ChildTrigger.CloseRestored, actor);
    }

    /// <summary>Closes because the person is no longer a child, or left the country under an INM decision that the plan allowed.</summary>
    public void CloseEnded(ChildClosingReason reason, DateOnly on, string notes, bool isChildOnDate, ChildActor actor)
    {
        EnsureAllowed(ChildTrigger.CloseEnded);
        if (reason == ChildClosingReason.ReachedAdulthood && isChildOnDate)
        {
            throw new DomainRuleException(ChildRules.StillAChild,
                "La persona sigue siendo niña, niño o adolescente (o su edad es dudosa, y se presume que lo es).", ChildRules.ChildhoodBasis);
        }

        if (reason == ChildClosingReason.LeftCountry
            && CurrentDecision?.Outcome is not (ChildProtectionOutcome.AssistedReturn or ChildProtectionOutcome.FamilyReunificationAbroad))
        {
            throw new DomainRuleException(ChildRules.NoDepartureDecision,
                "Solo concluye por salida del país el caso cuyo plan la permitió y cuyo INM la decidió (retorno asistido o reunificación en el extranjero).",
                ChildRules.PlanBindsInmBasis);
        }

        if (reason == ChildClosingReason.RightsRestored)
        {
            throw new ChildInputException("reason", "Para concluir por derechos restituidos use ese acto (requiere el plan cumplido).");
        }

        Close(reason, on, notes, ChildTrigger.CloseEnded, actor);
    }

    private void Close(ChildClosingReason reason, DateOnly on, string notes, ChildTrigger trigger, ChildActor actor)
    {
        NotBefore(on, "closedOn");
        ClosingReason = reason;
        ClosedOn = on;
        ClosingNotes = notes;
        if (ActivePlacement is { } active)
        {
            active.End(actor.Now, reason switch
            {
                ChildClosingReason.LeftCountry => PlacementEndReason.LeftCountry,
                ChildClosingReason.ReachedAdulthood => PlacementEndReason.ReachedAdulthood,
                _ => PlacementEndReason.CaseClosed,
            });
        }

        Fire(trigger, actor, $"Caso concluido: {ChildLabels.ClosingReason(reason)}.", inmVisible: true);
    }

    /// <summary>An act dated before the child was identified cannot be.</summary>
    private void NotBefore(DateOnly on, string field)
    {
        if (on < Kernel.Calendar.MexicoCity.DateOf(IdentifiedAt))
        {
            throw new ChildInputException(field, "La fecha no puede ser anterior a la identificación de la niña, niño o adolescente.");
        }
    }

    private void NotBefore(DateTime at, string field)
    {
        if (at < IdentifiedAt)
        {
            throw new ChildInputException(field, "La fecha y hora no pueden ser anteriores a la identificación de la niña, niño o adolescente.");
        }
    }

    private void Fire(ChildTrigger trigger, ChildActor actor, string summary, bool inmVisible)
    {
        Machine.Fire(trigger);
        ActCount++;
        Events.Add(new CaseEvent(Id, trigger, summary, inmVisible, actor));
    }
}
