namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>
/// The legal periods, bases and refusal codes of control migratorio, puestas a disposición and
/// migration stations. Each rule cites its law and article here, once; docs/legal-rules.md
/// ("Migración (INM)", MIG-xx) lists them with where they are enforced.
/// </summary>
public static class MigrationRules
{
    /// <summary>Deadline.CaseType of a stay's deadlines; OfficialNotice.CaseType of its oficios.</summary>
    public const string StayCaseType = "StationStay";

    /// <summary>OfficialNotice.CaseType of the oficios an apprehension causes (children identified).</summary>
    public const string ApprehensionCaseType = "Apprehension";

    /// <summary>OfficialNotice.CaseType of the oficio to COMAR about an asylum request at a transit point.</summary>
    public const string BorderEntryCaseType = "BorderControlEntry";

    /// <summary>MIG-01: an entry is registered with its travel document and condition of stay; an exit with its document.</summary>
    public const string CrossingBasis = "LM arts. 37, 52 y 81";

    /// <summary>MIG-02: at a transit point, any person who asks for asylum is let in to the procedure and COMAR is told at once.</summary>
    public const string AsylumAtBorderBasis = "LRPCAP arts. 6 y 21 párr. tercero; LM art. 42";

    /// <summary>MIG-03: a refusal of entry is a written, reasoned determination at the filter.</summary>
    public const string RefusalBasis = "LM arts. 86 párr. segundo y 88; Constitución art. 16 párr. primero";

    /// <summary>MIG-05: whoever asked for asylum is not rejected or returned until COMAR's procedure answers.</summary>
    public const string AsylumRequestedBlockBasis = "LRPCAP arts. 6 y 21; LM art. 121 párr. segundo";

    /// <summary>MIG-06: a puesta a disposición follows a written INM order (verificación, revisión) and states its basis.</summary>
    public const string ApprehensionBasis = "LM arts. 92 párr. tercero, 97, 99 y 100; Constitución art. 16 párr. primero";

    /// <summary>MIG-07: a child met in a verificación or revisión is notified to the Procuraduría de Protección immediately.</summary>
    public const string ChildNoticeBasis = "LM arts. 95, 98 y 112 fr. I; LGDNNA art. 89";

    /// <summary>MIG-07: the acknowledgement period Ruta asks of the Procuraduría (policy: the law says "inmediata").</summary>
    public const int ChildNoticeAcknowledgementHours = 24;
    public const string ChildNoticeAcknowledgementBasis = "LM art. 98 (notificación inmediata); plazo de acuse: política de Ruta (Protocolo INM 2016, fuente secundaria)";

    /// <summary>MIG-08: "En ningún caso, el Instituto presentará ni alojará a niñas, niños o adolescentes migrantes en estaciones migratorias".</summary>
    public const string ChildNeverAdmittedBasis = "LM arts. 99 párr. tercero y 98; LM art. 3 fr. XVI (presunción de minoría de edad)";

    /// <summary>MIG-09: the presentación of an adult caring for children present "se pospondrá" until the Procuraduría appears and the canalization is recorded.</summary>
    public const string CarerPostponedBasis = "LM arts. 95 y 98; LM art. 99 párr. cuarto";

    /// <summary>MIG-10: the acuerdo de presentación is issued within 24 hours of the puesta a disposición.</summary>
    public const int AgreementHours = 24;
    public const string AgreementBasis = "LM art. 100";

    /// <summary>MIG-11: the rights of people presented, each recorded as given at admission.</summary>
    public const string RightsBasis = "LM arts. 69, 70 y 109 fr. II a VII y IX";

    /// <summary>MIG-13: policy alert at 36 hours from the puesta a disposición (on by default, configurable).</summary>
    public const int DetentionPolicyHours = 36;
    public const string DetentionPolicyBasis = "LM art. 68; SCJN 1a. Sala, AR 388/2022 (interpretación conforme; no es jurisprudencia obligatoria)";

    /// <summary>MIG-14: INM resolves the situation of a person presented within 15 business days of the presentación.</summary>
    public const int StayBusinessDays = 15;
    public const string StayBasis = "LM art. 111 párr. primero";

    /// <summary>MIG-15: extension only on the grounds of fractions I–V; I–IV capped at 60 business days in all.</summary>
    public const int StayCapBusinessDays = 60;
    public const string ExtensionBasis = "LM art. 111 párrs. segundo y tercero, fr. I a V";

    /// <summary>MIG-16: at the 60-day cap INM grants a visitor card with permission to work while the cause lasts.</summary>
    public const string CapReachedBasis = "LM art. 111 párr. cuarto";

    /// <summary>MIG-17: a person presented who asks for asylum: COMAR is told at once; measures already ordered stand.</summary>
    public const string AsylumWhileHeldBasis = "LRPCAP art. 21 párrs. segundo y tercero";

    /// <summary>MIG-18: how a stay ends (release, exit for regularization, removal, canalization).</summary>
    public const string ReleaseBasis = "LM arts. 68, 100, 101, 102 y 111";

    // Codes of refusals (DomainRuleException.Code).
    public const string ChildNeverAdmitted = "MIGRATION_CHILD_NEVER_ADMITTED";
    public const string CarerAwaitsCanalization = "MIGRATION_CARER_AWAITS_CANALIZATION";
    public const string AgreementTimeLimitPassed = "MIGRATION_AGREEMENT_TIME_LIMIT_PASSED";
    public const string AlreadyInCustody = "MIGRATION_PERSON_ALREADY_IN_CUSTODY";
    public const string RegisteredAsChild = "MIGRATION_REGISTERED_AS_CHILD";
    public const string AsylumAlreadyRequested = "MIGRATION_ASYLUM_ALREADY_REQUESTED";
    public const string ExtensionCapReached = "MIGRATION_EXTENSION_CAP_REACHED";
    public const string StayLimitNotRunning = "MIGRATION_STAY_LIMIT_NOT_RUNNING";
    public const string ExtensionAfterLimit = "MIGRATION_EXTENSION_AFTER_LIMIT";
    public const string NotAChild = "MIGRATION_NOT_A_CHILD";
    public const string ChildAlreadyCanalized = "MIGRATION_CHILD_ALREADY_CANALIZED";

    /// <summary>The removal guard's rule of this module (MIG-05), registered under this name.</summary>
    public const string AsylumRequested = "ASYLUM_REQUESTED";

    // Deadline.Kind of a stay's deadlines.
    public const string AgreementKind = "migration.presentation-agreement";
    public const string DetentionPolicyKind = "migration.detention-36h";
    public const string StayLimitKind = "migration.stay-limit";

    /// <summary>Input limits shared by validators and mappings.</summary>
    public const int TextMax = 4000;
    public const int ShortTextMax = 300;
    public const int MaxGroupSize = 30;
}
