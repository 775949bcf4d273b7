namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>
/// The legal periods, bases and refusal codes of regularization and family unity (INM). Each rule
/// cites its law and article here, once; docs/legal-rules.md (sections REG-xx and FAM-xx) lists
/// them with where they are enforced. LM = Ley de Migración (texto vigente, DOF 15-01-2026).
/// </summary>
public static class RegularizationRules
{
    /// <summary>Deadline.CaseType and IssuedDocument.CaseType of regularization procedures.</summary>
    public const string CaseType = "RegularizationProcedure";

    /// <summary>Deadline.CaseType and IssuedDocument.CaseType of family-unity procedures (visa, change of condition).</summary>
    public const string FamilyUnityCaseType = "FamilyUnityProcedure";

    /// <summary>REG-02: INM may not present (detain) whoever comes forward to regularize.</summary>
    public const string WalkInBasis = "LM art. 136 párr. primero";

    /// <summary>REG-06: from a station, the exit permit is issued within 24 hours of accrediting the requirements.</summary>
    public const int ExitPermitHours = 24;
    public const string ExitPermitBasis = "LM art. 136 párr. segundo";

    /// <summary>REG-08: "treinta días naturales, contados a partir del ingreso del trámite".</summary>
    public const int ResolutionNaturalDays = 30;
    public const string ResolutionBasis = "LM art. 136 párr. tercero";

    /// <summary>FAM-10: other migratory procedures: 20 business days from complete formal requirements; silence is negative.</summary>
    public const int OtherResolutionBusinessDays = 20;
    public const string OtherResolutionBasis = "LM art. 128";

    /// <summary>REG-09: one prevención, 10 business days from its notification; unanswered, "se desechará el trámite".</summary>
    public const int PreventionAnswerBusinessDays = 10;
    public const string PreventionBasis = "LM art. 130; LFPA art. 17-A";

    /// <summary>REG-10: the prevención is made once, within the first third of the period to resolve.</summary>
    public const string PreventionTimingBasis = "LFPA art. 17-A (supletoria por LM art. 77); LM art. 130";

    /// <summary>REG-04: an overstayer may regularize only within the 60 natural days after the authorized stay expired.</summary>
    public const int ExpiredStayWindowNaturalDays = 60;
    public const string ExpiredStayBasis = "LM art. 134 fr. I";

    /// <summary>REG-13: the order to leave states the period granted (20 to 30 natural days by INM practice; the law leaves it to INM).</summary>
    public const int MinExitPeriodDays = 20;
    public const int MaxExitPeriodDays = 30;
    public const string DepartureOrderBasis = "LM art. 137 fr. I y II y párr. tercero (plazo de 20 a 30 días naturales: práctica del INM informada al CMW, no fijada en la ley)";

    /// <summary>REG-14: not complying with an order to leave is a ground for deportation.</summary>
    public const string DepartureBreachBasis = "LM art. 144 fr. VI";

    /// <summary>REG-07: requirements of every regularization request.</summary>
    public const string RequirementsBasis = "LM art. 135";

    /// <summary>REG-11: the resolution is written and reasoned.</summary>
    public const string ReasonedResolutionBasis = "LM art. 70 párr. segundo; Constitución art. 16";

    /// <summary>REG-12: validity of the residence granted.</summary>
    public const string TemporaryResidenceBasis = "LM art. 52 fr. VII (no mayor a cuatro años)";
    public const int TemporaryResidenceMaxYears = 4;
    public const string PermanentResidenceBasis = "LM art. 52 fr. IX (de manera indefinida)";
    public const string HumanitarianVisitorBasis = "LM art. 52 fr. V";

    /// <summary>REG-03: one open regularization per person.</summary>
    public const string OneOpenProcedureBasis = "LM arts. 61 y 133 (una condición de estancia a la vez; un trámite por persona)";

    /// <summary>REG-01: regularization is for foreigners.</summary>
    public const string ForeignersOnlyBasis = "LM arts. 3 fr. XXI y 132";

    /// <summary>REG-15: a pending regularization and a running exit period block deportation.</summary>
    public const string RemovalBlockBasis = "LM arts. 133 párr. segundo, 136 y 137 párr. tercero";

    // Deadline.Kind values.
    public const string ExitPermitKind = "regularization.exit-permit";
    public const string ResolutionKind = "regularization.resolution";
    public const string PreventionAnswerKind = "regularization.prevention-answer";
    public const string DepartureKind = "regularization.departure";
    public const string FamilyResolutionKind = "family-unity.resolution";
    public const string FamilyPreventionAnswerKind = "family-unity.prevention-answer";

    /// <summary>How long before its end a deadline is shown as an alert (hours for hour limits, days otherwise).</summary>
    public static int AlertLead(string kind) => kind switch
    {
        ExitPermitKind => 6,
        PreventionAnswerKind or FamilyPreventionAnswerKind => 3,
        _ => 5,
    };

    // Codes of refusals (DomainRuleException.Code).
    public const string NotForeign = "REG_PERSON_IS_MEXICAN";
    public const string ProcedureAlreadyOpen = "REG_PROCEDURE_ALREADY_OPEN";
    public const string NotInStation = "REG_NOT_IN_STATION";
    public const string InStation = "REG_PERSON_IN_STATION";
    public const string OfficeNotInm = "REG_OFFICE_NOT_INM";
    public const string StayNotExpired = "REG_STAY_NOT_EXPIRED";
    public const string ExpiredStayWindowClosed = "REG_EXPIRED_STAY_WINDOW_CLOSED";
    public const string AbductionNotChild = "REG_ABDUCTION_NOT_A_CHILD";
    public const string FamilyNotEligible = "REG_FAMILY_LINK_NOT_ELIGIBLE";
    public const string PreventionAlreadyIssued = "REG_PREVENTION_ALREADY_ISSUED";
    public const string PreventionTooLate = "REG_PREVENTION_AFTER_FIRST_THIRD";
    public const string NothingMissing = "REG_NOTHING_MISSING";
    public const string PreventionAnswerLate = "REG_PREVENTION_ANSWER_LATE";
    public const string RequirementsStillMissing = "REG_REQUIREMENTS_STILL_MISSING";
    public const string PreventionTermRunning = "REG_PREVENTION_TERM_RUNNING";
    public const string RequirementsMissing = "REG_REQUIREMENTS_MISSING";
    public const string ConditionNotAllowed = "REG_CONDITION_NOT_ALLOWED";
    public const string ValidityTooLong = "REG_VALIDITY_EXCEEDS_LIMIT";
    public const string DeparturePeriodRunning = "REG_DEPARTURE_PERIOD_RUNNING";
    public const string StationBarWalkIn = "REGULARIZATION_WALK_IN";
    public const string StationBarDeparturePeriod = "REGULARIZATION_DEPARTURE_PERIOD";
    public const string StationBarRegularStay = "REGULARIZATION_REGULAR_STAY";
    public const string RemovalPending = "REGULARIZATION_PENDING";
    public const string RemovalDeparturePeriod = "DEPARTURE_PERIOD_RUNNING";
    public const string FamilyPendingIdentical = "FAM_IDENTICAL_REQUEST_PENDING";
}
