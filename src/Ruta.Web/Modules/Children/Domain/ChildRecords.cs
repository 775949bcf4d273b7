using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Modules.Children.Domain;

/// <summary>LM art. 3 fr. XVII–XIX: with whom the child was found.</summary>
public enum Accompaniment
{
    /// <summary>With the adult who holds parental authority, custody or guardianship (fr. XVIII).</summary>
    Accompanied,

    /// <summary>With an adult who habitually cares for the child by custom, not by law (fr. XIX).</summary>
    Separated,

    /// <summary>With neither (fr. XVII).</summary>
    Unaccompanied,
}

/// <summary>What an adult present at the identification is to the child.</summary>
public enum AdultRelation
{
    /// <summary>Holds parental authority (patria potestad), custody or guardianship: the child is accompanied.</summary>
    ParentOrGuardian,

    /// <summary>Cares for the child habitually by custom, not by law (a grandmother, an aunt, an adult sibling): the child is separated.</summary>
    CustomaryCaregiver,

    /// <summary>Travelling with the child without a relation of care (another migrant, a smuggler): the child stays unaccompanied.</summary>
    Unrelated,
}

/// <summary>Where the relation comes from: the persons registry (a family link) or the officer's record of what was declared.</summary>
public enum RelationSource { Registry, Declared }

/// <summary>Who met the child: INM, a Grupo Beta, DIF, the Procuraduría itself, another authority, or a shelter that reported it.</summary>
public enum IdentifyingAuthority { Inm, BetaGroup, Dif, Procuraduria, OtherAuthority, Shelter }

/// <summary>Whether the child may need international protection (LGDNNA art. 98), and whether that is settled.</summary>
public enum ProtectionNeedStatus { NotScreened, NoIndication, Pending, Resolved }

public enum ScreeningResult { NoIndication, NeedIdentified }

/// <summary>How a pending international-protection need was settled.</summary>
public enum ProtectionNeedResolution
{
    /// <summary>COMAR recognized refugee status or complementary protection.</summary>
    ProtectionRecognized,

    /// <summary>The refugee procedure ended without protection (final).</summary>
    ClaimClosedWithoutProtection,

    /// <summary>No claim was filed: the child and their representative, informed, did not seek it.</summary>
    NotPursued,
}

/// <summary>The result of an assessment of risk to the child's life, liberty or safety (LM art. 74 párr. tercero).</summary>
public enum RiskResult { NoRisk, RiskFound }

/// <summary>Which system a care centre belongs to.</summary>
public enum CareSystem { National, State, Municipal, CivilSociety }

public enum PlacementEndReason { Transfer, FamilyReunification, LeftCountry, ReachedAdulthood, CaseClosed, Other }

public enum UrgentMeasureKind { CareCenterAdmission, ImmediateMedicalCare, Other }

/// <summary>LGDNNA art. 122: asked of the Ministerio Público (fr. VI) or ordered by the Procuraduría itself (fr. VII).</summary>
public enum UrgentMeasureRoute { ProsecutorRequest, ProcuraduriaOrder }

public enum JudicialRuling { Ratified, Modified, Cancelled }

public enum ConsularPurpose { Canalization, AssistedReturn }

public enum MeasureStatus { Pending, InProgress, Fulfilled }

public enum ReunificationOutcome { Reunified, NotReunified }

public enum ChildClosingReason { RightsRestored, ReachedAdulthood, LeftCountry }

/// <summary>Who acts and when: stamped on every record and timeline entry.</summary>
public sealed record ChildActor(DateTime Now, Guid? UserId, string? UserName, string? Agency);

/// <summary>Input that cannot be, given the record. A 400 on the field(s).</summary>
public sealed class ChildInputException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public ChildInputException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    /// <summary>Field (camelCase JSON path) → Spanish messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>An adult present when the child was identified, and what they are to the child.</summary>
public sealed class CaseAdult
{
    private CaseAdult() { }

    public CaseAdult(Guid caseId, Guid personId, AdultRelation relation, RelationSource source, FamilyRelation? registryRelation)
    {
        CaseId = caseId;
        PersonId = personId;
        Relation = relation;
        Source = source;
        RegistryRelation = registryRelation;
    }

    public Guid CaseId { get; private set; }
    public Guid PersonId { get; private set; }
    public AdultRelation Relation { get; private set; }
    public RelationSource Source { get; private set; }

    /// <summary>The family link of the registry, when there is one (the child's Parent, LegalGuardian…).</summary>
    public FamilyRelation? RegistryRelation { get; private set; }

    /// <summary>The Procuraduría determined this adult is contrary to the child's best interest (LM art. 52 fr. V b).</summary>
    public bool ContraryToInterest { get; private set; }
    public DateOnly? ContraryDeterminedOn { get; private set; }
    public string? ContraryReasons { get; private set; }

    /// <summary>In charge of the child's care: parent, guardian or customary caregiver.</summary>
    public bool IsCaregiver => Relation != AdultRelation.Unrelated;

    internal void DetermineContrary(DateOnly on, string reasons)
    {
        ContraryToInterest = true;
        ContraryDeterminedOn = on;
        ContraryReasons = reasons;
    }
}

/// <summary>A centre of assistance (CAS) or shelter of the national, state or municipal DIF system, or an authorised civil-society shelter.</summary>
public sealed class CareCenter : Kernel.Persistence.IVersioned
{
    private CareCenter() { }

    public CareCenter(Guid id, string code, string name, CareSystem system, Guid? difOfficeId, string stateCode, string city, int capacity,
        bool lodgesFamilies)
    {
        Id = id;
        Code = code;
        Name = name;
        System = system;
        DifOfficeId = difOfficeId;
        StateCode = stateCode;
        City = city;
        Capacity = capacity;
        LodgesFamilies = lodgesFamilies;
        IsActive = true;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public CareSystem System { get; private set; }

    /// <summary>The DIF system (office of agency DIF) that runs or supervises it.</summary>
    public Guid? DifOfficeId { get; private set; }
    public string StateCode { get; private set; } = "";
    public string City { get; private set; } = "";

    /// <summary>Places (beds) for children and the family members lodged with them.</summary>
    public int Capacity { get; private set; }

    /// <summary>Places taken now: children placed and the family members lodged with them. Kept with the placements.</summary>
    public int Occupied { get; private set; }

    /// <summary>Has family areas where an accompanied child may stay with their family (LGDNNA art. 95).</summary>
    public bool LodgesFamilies { get; private set; }
    public bool IsActive { get; private set; }
    public int Version { get; set; }

    public int Free => Math.Max(0, Capacity - Occupied);

    internal void SetOccupied(int occupied) => Occupied = occupied;

    /// <summary>DIF changes the places; never below the persons lodged now.</summary>
    public void ChangeCapacity(int capacity)
    {
        if (capacity < Occupied)
        {
            throw new Kernel.Domain.DomainRuleException(ChildRules.CapacityBelowOccupancy,
                $"El centro tiene {Occupied} personas alojadas: su capacidad no puede ser menor.", ChildRules.CapacityBasis);
        }

        Capacity = capacity;
    }
}

/// <summary>A stay of the child in a care centre (and the family members lodged with them).</summary>
public sealed class Placement
{
    private Placement() { }

    internal Placement(Guid caseId, Guid careCenterId, DateTime placedAt, Guid? placedByUserId, bool withFamily, string? separationReason,
        IReadOnlyList<Guid> companions)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        CareCenterId = careCenterId;
        PlacedAt = placedAt;
        PlacedByUserId = placedByUserId;
        WithFamily = withFamily;
        SeparationReason = separationReason;
        Companions = [.. companions.Select(p => new PlacementCompanion(Id, p))];
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid CareCenterId { get; private set; }
    public DateTime PlacedAt { get; private set; }
    public Guid? PlacedByUserId { get; private set; }

    /// <summary>Lodged together with family members (accompanied children only).</summary>
    public bool WithFamily { get; private set; }

    /// <summary>Why an accompanied child is lodged apart from their family (best interest, LGDNNA art. 95).</summary>
    public string? SeparationReason { get; private set; }
    public DateTime? EndedAt { get; private set; }
    public PlacementEndReason? EndReason { get; private set; }
    public List<PlacementCompanion> Companions { get; private set; } = [];

    public bool IsActive => EndedAt is null;

    internal void End(DateTime at, PlacementEndReason reason)
    {
        EndedAt = at;
        EndReason = reason;
    }
}

/// <summary>A family member lodged with the child in the same placement.</summary>
public sealed class PlacementCompanion
{
    private PlacementCompanion() { }

    public PlacementCompanion(Guid placementId, Guid personId)
    {
        PlacementId = placementId;
        PersonId = personId;
    }

    public Guid PlacementId { get; private set; }
    public Guid PersonId { get; private set; }
}

/// <summary>One right the Procuraduría found restricted or violated (stage III).</summary>
public sealed class RightsFinding
{
    private RightsFinding() { }

    public RightsFinding(Guid caseId, string right, bool violated, string? notes)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Right = right;
        Violated = violated;
        Notes = notes;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Right { get; private set; } = "";

    /// <summary>Violated (vulnerado); otherwise restricted (restringido).</summary>
    public bool Violated { get; private set; }
    public string? Notes { get; private set; }
}

/// <summary>A person who took part in the best-interest determination.</summary>
public sealed class BestInterestParticipant
{
    private BestInterestParticipant() { }

    public BestInterestParticipant(Guid caseId, string name, string role)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Name = name;
        Role = role;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>Institution or role ("Procuraduría de Protección, psicóloga", "la adolescente", "madre").</summary>
    public string Role { get; private set; } = "";
}

/// <summary>An initial evaluation of international-protection needs (LGDNNA art. 98).</summary>
public sealed class ProtectionScreening
{
    private ProtectionScreening() { }

    internal ProtectionScreening(Guid caseId, DateOnly screenedOn, ScreeningResult result, string notes, ChildActor actor)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        ScreenedOn = screenedOn;
        Result = result;
        Notes = notes;
        Agency = actor.Agency ?? "";
        UserId = actor.UserId;
        RecordedAt = actor.Now;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly ScreenedOn { get; private set; }
    public ScreeningResult Result { get; private set; }

    /// <summary>What the child said and what was observed: confidential (Procuraduría, DIF, CNDH).</summary>
    public string Notes { get; private set; } = "";
    public string Agency { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string? ComarNoticeFolio { get; internal set; }
    public string? InmNoticeFolio { get; internal set; }
}

/// <summary>An assessment of risk to the child's life, liberty or safety in the country of return (LM art. 74 párr. tercero).</summary>
public sealed class RiskAssessment
{
    private RiskAssessment() { }

    internal RiskAssessment(Guid caseId, DateOnly assessedOn, string countryCode, RiskResult result, string assessedBy, string reasons,
        ChildActor actor)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        AssessedOn = assessedOn;
        CountryCode = countryCode;
        Result = result;
        AssessedBy = assessedBy;
        Reasons = reasons;
        Agency = actor.Agency ?? "";
        UserId = actor.UserId;
        RecordedAt = actor.Now;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly AssessedOn { get; private set; }

    /// <summary>The country of return assessed (ISO 3166-1 alpha-3).</summary>
    public string CountryCode { get; private set; } = "";
    public RiskResult Result { get; private set; }

    /// <summary>Who assessed (name and position).</summary>
    public string AssessedBy { get; private set; } = "";

    /// <summary>Confidential (Procuraduría, DIF, CNDH).</summary>
    public string Reasons { get; private set; } = "";
    public string Agency { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public DateTime RecordedAt { get; private set; }
}

/// <summary>The restitution-of-rights plan (LGDNNA art. 123 fr. IV): measures and the outcomes it allows INM.</summary>
public sealed class RestitutionPlan
{
    private RestitutionPlan() { }

    internal RestitutionPlan(Guid caseId, int sequence, DateOnly issuedOn, PlanOutcomes outcomes, string summary, ChildActor actor)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Sequence = sequence;
        IssuedOn = issuedOn;
        IssuedAt = actor.Now;
        IssuedByUserId = actor.UserId;
        AllowsRegularization = outcomes.Regularization;
        AllowsAsylumProcedure = outcomes.AsylumProcedure;
        AllowsReunificationInMexico = outcomes.ReunificationInMexico;
        AllowsReunificationAbroad = outcomes.ReunificationAbroad;
        AllowsAssistedReturn = outcomes.AssistedReturn;
        Summary = summary;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }

    /// <summary>1 for the first plan, 2… for each revision.</summary>
    public int Sequence { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateTime IssuedAt { get; private set; }
    public Guid? IssuedByUserId { get; private set; }
    public bool AllowsRegularization { get; private set; }
    public bool AllowsAsylumProcedure { get; private set; }
    public bool AllowsReunificationInMexico { get; private set; }
    public bool AllowsReunificationAbroad { get; private set; }

    /// <summary>"estipule la posibilidad de que la niña, niño o adolescente salga del país" (LM art. 112 fr. III).</summary>
    public bool AllowsAssistedReturn { get; private set; }

    /// <summary>The plan's reasoning: confidential (Procuraduría, DIF, CNDH); INM gets only the outcomes.</summary>
    public string Summary { get; private set; } = "";
    public Guid? NoticeId { get; internal set; }
    public string? NoticeFolio { get; internal set; }

    /// <summary>Set when a revision replaces this plan.</summary>
    public DateTime? SupersededAt { get; internal set; }
    public List<PlanMeasure> Measures { get; private set; } = [];
    public List<PlanFamilyMember> FamilyUnity { get; private set; } = [];

    public PlanOutcomes Outcomes => new(AllowsRegularization, AllowsAsylumProcedure, AllowsReunificationInMexico, AllowsReunificationAbroad,
        AllowsAssistedReturn);

    public bool Allows(ChildProtectionOutcome outcome) => Outcomes.Allows(outcome);
}

/// <summary>The outcomes a plan allows INM to decide.</summary>
public sealed record PlanOutcomes(bool Regularization, bool AsylumProcedure, bool ReunificationInMexico, bool ReunificationAbroad,
    bool AssistedReturn)
{
    public bool Any => Regularization || AsylumProcedure || ReunificationInMexico || ReunificationAbroad || AssistedReturn;

    /// <summary>The plan allows the child to leave Mexico (return, or reunification abroad).</summary>
    public bool AllowsLeaving => AssistedReturn || ReunificationAbroad;

    public bool Allows(ChildProtectionOutcome outcome) => outcome switch
    {
        ChildProtectionOutcome.Regularization => Regularization,
        ChildProtectionOutcome.AsylumProcedure => AsylumProcedure,
        ChildProtectionOutcome.FamilyReunificationInMexico => ReunificationInMexico,
        ChildProtectionOutcome.FamilyReunificationAbroad => ReunificationAbroad,
        ChildProtectionOutcome.AssistedReturn => AssistedReturn,
        _ => false,
    };

    public IReadOnlyList<ChildProtectionOutcome> List() =>
        [.. Enum.GetValues<ChildProtectionOutcome>().Where(Allows)];
}

/// <summary>A protection measure of the plan: what, which institution answers for it, when it is followed up.</summary>
public sealed class PlanMeasure
{
    private PlanMeasure() { }

    public PlanMeasure(Guid planId, Guid caseId, string description, string responsibleInstitution, DateOnly nextFollowUpOn)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        CaseId = caseId;
        Description = description;
        ResponsibleInstitution = responsibleInstitution;
        NextFollowUpOn = nextFollowUpOn;
        Status = MeasureStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid CaseId { get; private set; }
    public string Description { get; private set; } = "";
    public string ResponsibleInstitution { get; private set; } = "";
    public MeasureStatus Status { get; private set; }

    /// <summary>Next follow-up date; null once fulfilled.</summary>
    public DateOnly? NextFollowUpOn { get; private set; }
    public DateOnly? LastFollowUpOn { get; private set; }
    public DateOnly? FulfilledOn { get; private set; }

    internal void FollowUp(DateOnly on, MeasureStatus status, DateOnly? next)
    {
        Status = status;
        LastFollowUpOn = on;
        NextFollowUpOn = status == MeasureStatus.Fulfilled ? null : next;
        FulfilledOn = status == MeasureStatus.Fulfilled ? on : null;
    }
}

/// <summary>A follow-up of a measure (stage VI).</summary>
public sealed class MeasureFollowUp
{
    private MeasureFollowUp() { }

    internal MeasureFollowUp(Guid measureId, Guid caseId, DateOnly on, MeasureStatus status, string notes, DateOnly? next, ChildActor actor)
    {
        Id = Guid.CreateVersion7();
        MeasureId = measureId;
        CaseId = caseId;
        On = on;
        Status = status;
        Notes = notes;
        NextFollowUpOn = next;
        Agency = actor.Agency ?? "";
        UserId = actor.UserId;
        RecordedAt = actor.Now;
    }

    public Guid Id { get; private set; }
    public Guid MeasureId { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly On { get; private set; }
    public MeasureStatus Status { get; private set; }
    public string Notes { get; private set; } = "";
    public DateOnly? NextFollowUpOn { get; private set; }
    public string Agency { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public DateTime RecordedAt { get; private set; }
}

/// <summary>A relative the plan recommends to regularize with the child by family unity.</summary>
public sealed class PlanFamilyMember
{
    private PlanFamilyMember() { }

    public PlanFamilyMember(Guid planId, Guid personId)
    {
        PlanId = planId;
        PersonId = personId;
    }

    public Guid PlanId { get; private set; }
    public Guid PersonId { get; private set; }
}

/// <summary>INM's decision under a plan (LM art. 112 fr. III). Carrying it out belongs to the regularization, asylum or removal procedures.</summary>
public sealed class InmDecision
{
    private InmDecision() { }

    internal InmDecision(Guid caseId, Guid planId, ChildProtectionOutcome outcome, DateOnly decidedOn, string reasons, IReadOnlyList<Guid> familyUnity,
        ChildActor actor)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        PlanId = planId;
        Outcome = outcome;
        DecidedOn = decidedOn;
        Reasons = reasons;
        DecidedAt = actor.Now;
        DecidedByUserId = actor.UserId;
        FamilyUnity = [.. familyUnity.Select(p => new InmDecisionFamilyMember(Id, p))];
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid PlanId { get; private set; }
    public ChildProtectionOutcome Outcome { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public string Reasons { get; private set; } = "";
    public DateTime DecidedAt { get; private set; }
    public Guid? DecidedByUserId { get; private set; }
    public List<InmDecisionFamilyMember> FamilyUnity { get; private set; } = [];
}

public sealed class InmDecisionFamilyMember
{
    private InmDecisionFamilyMember() { }

    public InmDecisionFamilyMember(Guid decisionId, Guid personId)
    {
        DecisionId = decisionId;
        PersonId = personId;
    }

    public Guid DecisionId { get; private set; }
    public Guid PersonId { get; private set; }
}

/// <summary>An urgent special-protection measure (LGDNNA art. 122 fr. VI–VII) with its 3-hour and 24-hour limits.</summary>
public sealed class UrgentMeasure
{
    private UrgentMeasure() { }

    internal UrgentMeasure(Guid caseId, UrgentMeasureKind kind, UrgentMeasureRoute route, string description, string imminentRisk, DateTime at,
        ChildActor actor)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Kind = kind;
        Route = route;
        Description = description;
        ImminentRisk = imminentRisk;
        if (route == UrgentMeasureRoute.ProsecutorRequest)
        {
            RequestedAt = at;
        }
        else
        {
            ImposedAt = at;
        }

        Agency = actor.Agency ?? "";
        UserId = actor.UserId;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public UrgentMeasureKind Kind { get; private set; }
    public UrgentMeasureRoute Route { get; private set; }
    public string Description { get; private set; } = "";

    /// <summary>The imminent risk to life, integrity or liberty that justifies it.</summary>
    public string ImminentRisk { get; private set; } = "";

    /// <summary>When the Procuraduría asked the Ministerio Público (fr. VI); the 3 hours run from here.</summary>
    public DateTime? RequestedAt { get; private set; }

    /// <summary>When the measure was imposed (MP decree, or the Procuraduría's order); the judge's 24 hours run from here.</summary>
    public DateTime? ImposedAt { get; private set; }
    public DateTime? RulingAt { get; private set; }
    public JudicialRuling? Ruling { get; private set; }
    public string? RulingNotes { get; private set; }
    public string Agency { get; private set; } = "";
    public Guid? UserId { get; private set; }

    internal void RecordDecree(DateTime at) => ImposedAt = at;

    internal void RecordRuling(JudicialRuling ruling, DateTime at, string? notes)
    {
        Ruling = ruling;
        RulingAt = at;
        RulingNotes = notes;
    }
}

/// <summary>A notice to the child's consulate (of the canalization, or of an assisted return "con tiempo suficiente").</summary>
public sealed class ConsularNotice
{
    private ConsularNotice() { }

    internal ConsularNotice(Guid caseId, ConsularPurpose purpose, string countryCode, string consulate, DateOnly notifiedOn, string reference,
        ChildActor actor)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Purpose = purpose;
        CountryCode = countryCode;
        Consulate = consulate;
        NotifiedOn = notifiedOn;
        Reference = reference;
        Agency = actor.Agency ?? "";
        UserId = actor.UserId;
        RecordedAt = actor.Now;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public ConsularPurpose Purpose { get; private set; }
    public string CountryCode { get; private set; } = "";
    public string Consulate { get; private set; } = "";
    public DateOnly NotifiedOn { get; private set; }

    /// <summary>Oficio number or other proof of the notice.</summary>
    public string Reference { get; private set; } = "";
    public string Agency { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public DateTime RecordedAt { get; private set; }
}

/// <summary>A family reunification: who, where, when and how it ended (LGDNNA arts. 91 and 93).</summary>
public sealed class Reunification
{
    private Reunification() { }

    internal Reunification(Guid caseId, Guid? relativePersonId, string relativeName, string relation, bool inMexico, string place,
        string? countryCode, DateOnly on, ReunificationOutcome outcome, string childOpinion, string? notes, ChildActor actor)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        RelativePersonId = relativePersonId;
        RelativeName = relativeName;
        Relation = relation;
        InMexico = inMexico;
        Place = place;
        CountryCode = countryCode;
        On = on;
        Outcome = outcome;
        ChildOpinion = childOpinion;
        Notes = notes;
        Agency = actor.Agency ?? "";
        UserId = actor.UserId;
        RecordedAt = actor.Now;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid? RelativePersonId { get; private set; }
    public string RelativeName { get; private set; } = "";
    public string Relation { get; private set; } = "";
    public bool InMexico { get; private set; }

    /// <summary>City and state (in Mexico) or city (abroad).</summary>
    public string Place { get; private set; } = "";

    /// <summary>ISO 3166-1 alpha-3, abroad only.</summary>
    public string? CountryCode { get; private set; }
    public DateOnly On { get; private set; }
    public ReunificationOutcome Outcome { get; private set; }

    /// <summary>The child's opinion on the reunification (LGDNNA art. 93 párr. segundo): confidential.</summary>
    public string ChildOpinion { get; private set; } = "";
    public string? Notes { get; private set; }
    public string Agency { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public DateTime RecordedAt { get; private set; }
}

/// <summary>One line of a case's timeline. <see cref="InmVisible"/> lines are the ones INM's view shows.</summary>
public sealed class CaseEvent
{
    private CaseEvent() { }

    internal CaseEvent(Guid caseId, ChildTrigger trigger, string summary, bool inmVisible, ChildActor actor)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Trigger = trigger;
        Summary = summary;
        InmVisible = inmVisible;
        OccurredAt = actor.Now;
        Agency = actor.Agency ?? "";
        UserId = actor.UserId;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public ChildTrigger Trigger { get; private set; }

    /// <summary>Spanish; never the diagnosis or the child's statements.</summary>
    public string Summary { get; private set; } = "";
    public bool InmVisible { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public string Agency { get; private set; } = "";
    public Guid? UserId { get; private set; }
}

/// <summary>The next acta de canalización number of one agency in one year.</summary>
public sealed class CanalizationActCounter
{
    public string AgencyCode { get; set; } = "";
    public int Year { get; set; }
    public int Next { get; set; }
}

/// <summary>Field lengths shared by the mapping and the validators.</summary>
public static class ChildLimits
{
    public const int ShortText = 300;
    public const int Text = 8_000;
    public const int Name = 200;
    public const int MaxChildren = 12;
    public const int MaxAdults = 12;
    public const int MaxItems = 30;
}
