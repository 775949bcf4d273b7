namespace Ruta.Web.Modules.Children.Domain;

/// <summary>
/// The legal bases, periods and refusal codes of the child-protection chain. Each rule cites its law
/// and article here, once; docs/legal-rules.md (section "Niñas, niños y adolescentes", NNA-xx) lists
/// them with where they are enforced. LM = Ley de Migración; LGDNNA = Ley General de los Derechos de
/// Niñas, Niños y Adolescentes (both consolidated texts, last reform DOF 15-01-2026).
/// </summary>
public static class ChildRules
{
    /// <summary>Deadline.CaseType, OfficialNotice.CaseType and IssuedDocument.CaseType of a child's case.</summary>
    public const string CaseType = Kernel.Documents.DocumentAccess.ChildCaseCaseType;

    /// <summary>Deadline.CaseType of an urgent measure's 3-hour and 24-hour limits (CaseId = the measure).</summary>
    public const string UrgentMeasureCaseType = "ChildUrgentMeasure";

    /// <summary>NNA-01: under 18, or of uncertain age: presumed a child.</summary>
    public const string ChildhoodBasis = "LM art. 3 fr. XVI; LGDNNA art. 5";

    /// <summary>NNA-02: accompanied, unaccompanied, separated.</summary>
    public const string AccompanimentBasis = "LM art. 3 fr. XVII, XVIII y XIX";

    /// <summary>NNA-03: the authority in contact with a child notifies the Procuraduría de Protección at once.</summary>
    public const string NoticeBasis = "LM arts. 74 párr. tercero, 95 párr. tercero, 98 párr. segundo y 112 fr. I";

    /// <summary>
    /// NNA-03: the law says "de manera inmediata" and sets no hours; 24 h is the INM protocol of 2016
    /// (secondary source, NOT VERIFIED), used as the alert for a notice nobody acknowledged.
    /// </summary>
    public const int AcknowledgementHours = 24;
    public const string AcknowledgementBasis =
        "LM art. 112 (notificación inmediata); alerta de 24 horas: Protocolo de actuación del INM (2016), fuente secundaria NO VERIFICADA";

    /// <summary>NNA-04: no presentación and no migration procedure before the notice.</summary>
    public const string NoProcedureBeforeNoticeBasis = "LM arts. 95 párr. tercero, 98 párr. segundo y 112 fr. II";

    /// <summary>NNA-06: put at the disposal of the DIF system at once, with an acta de canalización.</summary>
    public const string CanalizationBasis = "LM arts. 95 párr. tercero, 98 párr. segundo y 112 fr. I; LGDNNA art. 89 párr. tercero";

    /// <summary>NNA-07: DIF shelters with the standards agreed for them; Ruta refuses a placement beyond the centre's places.</summary>
    public const string CapacityBasis = "LGDNNA arts. 94 y 108 fr. IV (espacio idóneo); regla de diseño de Ruta";

    /// <summary>NNA-08: unaccompanied and separated children apart from adults; accompanied children may stay with their family.</summary>
    public const string SeparationBasis = "LGDNNA arts. 95 y 108 fr. V";

    /// <summary>NNA-09: never in a migration station; only in Centros de Asistencia Social or DIF shelters.</summary>
    public const string NoStationBasis = "LM arts. 68 párr. segundo y 99 párr. tercero; LGDNNA art. 94";

    /// <summary>NNA-10: the TVRH, at once, with no document and no fee; valid until the migration act that sets the protection measures.</summary>
    public const string TvrhBasis = "LM arts. 52 fr. V inciso b, 74 y 112 fr. I párr. segundo";

    /// <summary>NNA-10: the law sets no end date ("hasta que se concrete el acto administrativo migratorio"); Ruta prints one year and renews.</summary>
    public const int TvrhDefaultValidityDays = 365;

    /// <summary>NNA-11: the TVRH benefits the adult in charge of an accompanied or separated child, unless the Procuraduría found it contrary to the child's interest.</summary>
    public const string TvrhAdultBasis = "LM art. 52 fr. V inciso b, párrafos cuarto y quinto";

    /// <summary>NNA-12: the initial evaluation of an international-protection need, and the notices to COMAR and INM.</summary>
    public const string ScreeningBasis = "LGDNNA art. 98; LM art. 112 fr. V";

    /// <summary>NNA-13: no consular contact when the child may need international protection.</summary>
    public const string ConsularBarBasis = "LM art. 112 fr. V; LRPCAP art. 21 párr. cuarto";

    /// <summary>NNA-13: when appropriate the consulate is told of the canalization and the notice, with contact data.</summary>
    public const string ConsularNoticeBasis = "LM art. 112 fr. V párr. tercero";

    /// <summary>NNA-14: the six stages of the restitution-of-rights procedure.</summary>
    public const string RestitutionBasis = "LGDNNA art. 123";

    /// <summary>NNA-15: the best interest, with the child's opinion heard according to age and maturity, reasoned.</summary>
    public const string BestInterestBasis = "LGDNNA arts. 2 párr. segundo y tercero, 92 fr. IV y IX, y 123 fr. IV";

    /// <summary>NNA-15: below this age Ruta accepts a recorded reason instead of the child's opinion (policy; the law says "de acuerdo a su edad … y madurez").</summary>
    public const int OpinionMandatoryFromAge = 12;

    /// <summary>NNA-16: the plan and its presentation to INM.</summary>
    public const string PlanBasis = "LGDNNA art. 123 fr. IV y V; LM art. 74 párr. primero";

    /// <summary>NNA-17: INM decides following the plan.</summary>
    public const string PlanBindsInmBasis = "LM arts. 20 fr. IV, 79 párr. segundo y 112 fr. III";

    /// <summary>NNA-18: a plan recommending permanence: regularization, with family unity.</summary>
    public const string FamilyUnityBasis = "LM art. 112 fr. III párr. segundo";

    /// <summary>NNA-19 and NNA-21: no return or rejection without a prior assessment of risk to life, liberty or safety.</summary>
    public const string RiskAssessmentBasis = "LM art. 74 párr. tercero; LGDNNA art. 96";

    /// <summary>NNA-19: assisted return only when the plan allows leaving.</summary>
    public const string ReturnPlanBasis = "LM art. 112 fr. III párr. tercero; LGDNNA art. 97";

    /// <summary>NNA-19: no return while an international-protection need is pending.</summary>
    public const string ReturnProtectionBasis = "LM art. 112 fr. V; LGDNNA arts. 96 y 98; LRPCAP art. 6";

    /// <summary>NNA-19: the consulate notified "con tiempo suficiente para la recepción".</summary>
    public const string ReturnConsulateBasis = "LM art. 112 fr. III párr. tercero";

    /// <summary>NNA-19: "con tiempo suficiente" is not a number in the law; Ruta's policy minimum, in natural days before the departure.</summary>
    public const int ConsulateLeadDays = 3;

    /// <summary>NNA-19: escorted by staff specialised in children.</summary>
    public const string ReturnEscortBasis = "LM art. 112 fr. III párr. quinto";

    /// <summary>NNA-19: with the intervention of the receiving country's competent (consular or migration) authority.</summary>
    public const string ReturnReceivingAuthorityBasis = "LM arts. 112 fr. III párr. cuarto y 120 párr. segundo";

    /// <summary>NNA-19: INM resolves the procedure following the plan: the return needs INM's decision for it.</summary>
    public const string ReturnDecisionBasis = "LM art. 112 fr. III párr. primero";

    /// <summary>NNA-22: urgent protection measures: 3 hours for the Ministerio Público, 24 hours for the judge.</summary>
    public const string UrgentMeasuresBasis = "LGDNNA art. 122 fr. VI y VII";
    public const int ProsecutorDecreeHours = 3;
    public const int JudicialRulingHours = 24;

    /// <summary>NNA-24: follow-up until every right is guaranteed.</summary>
    public const string FollowUpBasis = "LGDNNA art. 123 fr. VI";

    /// <summary>NNA-25: family reunification, privileged unless contrary to the child's interest or will, the child's opinion considered.</summary>
    public const string ReunificationBasis = "LGDNNA arts. 91 y 93";

    /// <summary>NNA-26: the child's information is shared with DIF and the Procuradurías; INM keeps only what it needs.</summary>
    public const string ConfidentialityBasis = "LM art. 112 fr. VI; LGDNNA arts. 99 y 100";

    // Refusal codes (DomainRuleException.Code).
    public const string NotAChild = "NNA_NOT_A_CHILD";
    public const string NotYourCase = "NNA_NOT_YOUR_CASE";
    public const string NeverInStation = "NNA_NEVER_IN_STATION";
    public const string CaseAlreadyOpen = "NNA_CASE_ALREADY_OPEN";
    public const string ProcuraduriaNotNotified = "NNA_PROCURADURIA_NOT_NOTIFIED";
    public const string AlreadyCanalized = "NNA_ALREADY_CANALIZED";
    public const string NotCanalized = "NNA_NOT_CANALIZED";
    public const string CareCenterFull = "NNA_CARE_CENTER_FULL";
    public const string CareCenterInactive = "NNA_CARE_CENTER_INACTIVE";
    public const string ChildApartFromAdults = "NNA_CHILD_APART_FROM_ADULTS";
    public const string CompanionNotFamily = "NNA_COMPANION_NOT_FAMILY";
    public const string SeparationWithoutReason = "NNA_SEPARATION_WITHOUT_REASON";
    public const string AlreadyPlaced = "NNA_ALREADY_PLACED";
    public const string NotPlaced = "NNA_NOT_PLACED";
    public const string CapacityBelowOccupancy = "NNA_CAPACITY_BELOW_OCCUPANCY";
    public const string TvrhNotCaregiver = "NNA_TVRH_ADULT_NOT_CAREGIVER";
    public const string TvrhAdultContrary = "NNA_TVRH_ADULT_CONTRARY_TO_INTEREST";
    public const string ConsularContactBarred = "NNA_CONSULAR_CONTACT_BARRED";
    public const string NoProtectionNeedPending = "NNA_NO_PROTECTION_NEED_PENDING";
    public const string AsylumClaimActive = "NNA_ASYLUM_CLAIM_ACTIVE";
    public const string OpinionNotHeard = "NNA_CHILD_OPINION_NOT_HEARD";
    public const string PlanWithoutOutcome = "NNA_PLAN_WITHOUT_OUTCOME";
    public const string DecisionNotInPlan = "NNA_DECISION_NOT_IN_PLAN";
    public const string DecisionAlreadyRecorded = "NNA_DECISION_ALREADY_RECORDED";
    public const string FamilyUnityNotInPlan = "NNA_FAMILY_UNITY_NOT_IN_PLAN";
    public const string ReturnNotAllowedByPlan = "NNA_RETURN_NOT_ALLOWED_BY_PLAN";
    public const string EscortNotSpecialized = "NNA_ESCORT_NOT_SPECIALIZED";
    public const string MeasuresPending = "NNA_MEASURES_PENDING";
    public const string StillAChild = "NNA_STILL_A_CHILD";
    public const string NoDepartureDecision = "NNA_NO_DEPARTURE_DECISION";
    public const string UrgentMeasureState = "NNA_URGENT_MEASURE_STATE";

    // Removal-guard block codes (one per missing condition).
    public const string BlockNotNotified = "NNA_PROCURADURIA_NOT_NOTIFIED";
    public const string BlockPlanDoesNotAllowLeaving = "NNA_RETURN_PLAN_DOES_NOT_ALLOW_LEAVING";
    public const string BlockNoReturnDecision = "NNA_RETURN_NOT_DECIDED_BY_INM";
    public const string BlockRiskNotAssessed = "NNA_RETURN_RISK_NOT_ASSESSED";
    public const string BlockRiskFound = "NNA_RETURN_RISK_FOUND";
    public const string BlockProtectionNeedPending = "NNA_RETURN_PROTECTION_NEED_PENDING";
    public const string BlockConsulateNotNotifiedInTime = "NNA_RETURN_CONSULATE_NOT_NOTIFIED_IN_TIME";
    public const string BlockNoEscort = "NNA_RETURN_NO_CHILD_PROTECTION_ESCORT";
    public const string BlockNoReceivingAuthority = "NNA_RETURN_NO_RECEIVING_AUTHORITY";

    // Deadline.Kind of the case's deadlines.
    public const string ProsecutorDecreeKind = "nna.urgent-measure-decree";
    public const string JudicialRulingKind = "nna.urgent-measure-ruling";
}
