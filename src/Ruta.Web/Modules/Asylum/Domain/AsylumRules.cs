namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>
/// The legal periods and refusal codes of the asylum procedure. Each rule cites its law and article
/// here, once; docs/legal-rules.md ("Asilo (COMAR)", ASY-xx) lists them with where they are enforced.
/// </summary>
public static class AsylumRules
{
    /// <summary>Deadline.CaseType of the claim's deadlines; OfficialNotice.CaseType of its oficios.</summary>
    public const string CaseType = "AsylumClaim";

    /// <summary>ASY-01: "30 días hábiles contados a partir del día hábil siguiente al que haya ingresado al país".</summary>
    public const int FilingPeriodBusinessDays = 30;
    public const string FilingPeriodBasis = "LRPCAP art. 18; RLRPCAP art. 19";

    /// <summary>ASY-02: a late claim is not rejected: prevención with at least 5 business days to explain the delay.</summary>
    public const int LateFilingAnswerBusinessDays = 5;
    public const string LateFilingBasis = "LRPCAP art. 18; RLRPCAP art. 19; LFPA art. 17-A";

    /// <summary>ASY-04: a claim filed by a representative is ratified within 3 business days, or it is "no presentada".</summary>
    public const int RatificationBusinessDays = 3;
    public const string RatificationBasis = "LRPCAP art. 11; RLRPCAP art. 20";

    /// <summary>ASY-05: COMAR tells INM of the claim. The 72 h come from the SCJN Protocol (fn. 410); the RLRPCAP article is NOT VERIFIED.</summary>
    public const int InmAcknowledgementHours = 72;
    public const string ClaimNoticeBasis = "LRPCAP art. 21; RLRPCAP art. 22 (plazo de 72 horas: artículo NO VERIFICADO)";

    /// <summary>ASY-06: the resolution, "fundada y motivada", within 45 business days from the day after filing.</summary>
    public const int ResolutionBusinessDays = 45;
    public const string ResolutionBasis = "LRPCAP art. 24 párr. primero";

    /// <summary>ASY-07: one extension "hasta por un período igual", only on the grounds of fractions I–V.</summary>
    public const int MaxExtensionBusinessDays = 45;
    public const string ExtensionBasis = "LRPCAP art. 24 párr. tercero, fr. I–V";

    /// <summary>ASY-08: opinions due in 15 business days; silence means there is no opinion.</summary>
    public const int OpinionBusinessDays = 15;
    public const string OpinionBasis = "LRPCAP arts. 15 fr. I y 24 párr. segundo";

    /// <summary>ASY-10: a refusal of refugee status must assess complementary protection.</summary>
    public const string ComplementaryProtectionBasis = "LRPCAP arts. 28 y 29";

    /// <summary>ASY-12: recurso de revisión within 15 business days from the notification.</summary>
    public const int AppealBusinessDays = 15;
    public const string AppealBasis = "LRPCAP arts. 25 y 39; LFPA arts. 38 y 85";

    /// <summary>ASY-13: an appeal filed after the window "se tendrá por no interpuesto".</summary>
    public const string LateAppealBasis = "LFPA art. 88 fr. I; LRPCAP art. 25";

    /// <summary>ASY-14: what the superior may decide on a recurso.</summary>
    public const string AppealDecisionBasis = "LFPA art. 91; LRPCAP art. 39";

    /// <summary>ASY-16: the only exception to non-refoulement, a human, reasoned determination.</summary>
    public const string Article52Basis = "LRPCAP art. 52";

    /// <summary>ASY-17: no contact with the authorities of the country of origin without express consent.</summary>
    public const string ConsularContactBasis = "LRPCAP art. 21 párr. cuarto; RLRPCAP art. 22";

    /// <summary>ASY-18: INM receives claims only where COMAR has no office (secondary sources; article NOT VERIFIED).</summary>
    public const string InmFilingBasis = "RLRPCAP (artículo NO VERIFICADO; fuente secundaria: gob.mx/comar)";

    /// <summary>ASY-21: weekly signing; missing it may lead to abandonment (threshold NOT VERIFIED).</summary>
    public const string AbandonmentBasis = "RLRPCAP art. 24";

    /// <summary>ASY-22: withdrawal (desistimiento) ends the procedure at the applicant's request (RLRPCAP article NOT VERIFIED).</summary>
    public const string WithdrawalBasis = "LFPA art. 57 fr. II; RLRPCAP (ambos NO VERIFICADOS para este procedimiento)";

    /// <summary>ASY-23: COMAR tells INM how the claim ended, so INM documents or acts accordingly.</summary>
    public const string ResolutionNoticeBasis = "LRPCAP arts. 25 y 48; LM art. 54 fr. I";

    /// <summary>ASY-24: one open claim per person (as applicant or dependent).</summary>
    public const string OneActiveClaimBasis = "LRPCAP arts. 12 y 18";

    // Codes of refusals (DomainRuleException.Code).
    public const string ClaimAlreadyActive = "ASYLUM_CLAIM_ALREADY_ACTIVE";
    public const string FileAtComar = "ASYLUM_FILE_AT_COMAR";
    public const string RatificationLate = "ASYLUM_RATIFICATION_LATE";
    public const string RatificationTermRunning = "ASYLUM_RATIFICATION_TERM_RUNNING";
    public const string PreventionTermRunning = "ASYLUM_PREVENTION_TERM_RUNNING";
    public const string ExtensionAlreadyGranted = "ASYLUM_EXTENSION_ALREADY_GRANTED";
    public const string ExtensionAfterDeadline = "ASYLUM_EXTENSION_AFTER_DEADLINE";
    public const string NoResolutionPeriod = "ASYLUM_NO_RESOLUTION_PERIOD";
    public const string OpinionPending = "ASYLUM_OPINION_PENDING";
    public const string ComplementaryNotAssessed = "ASYLUM_COMPLEMENTARY_PROTECTION_NOT_ASSESSED";
    public const string AppealLate = "ASYLUM_APPEAL_LATE";
    public const string AppealWindowRunning = "ASYLUM_APPEAL_WINDOW_RUNNING";
    public const string NoMissedSigning = "ASYLUM_NO_MISSED_SIGNING";
    public const string ConsularContactWithoutConsent = "ASYLUM_CONSULAR_CONTACT_WITHOUT_CONSENT";
    public const string Article52AlreadyDetermined = "ASYLUM_ARTICLE52_ALREADY_DETERMINED";

    // Deadline.Kind of the claim's deadlines.
    public const string RatificationKind = "asylum.ratification";
    public const string LateFilingAnswerKind = "asylum.late-filing-answer";
    public const string ResolutionKind = "asylum.resolution";
    public const string OpinionKind = "asylum.opinion";
    public const string AppealKind = "asylum.appeal";
}
