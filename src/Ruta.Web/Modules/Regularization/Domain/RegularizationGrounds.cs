using Ruta.Web.Kernel.Documents;

namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>
/// Why a person may regularize: the grounds of LM arts. 132–134 and the humanitarian catch-all of
/// art. 52 fr. V. Stored as text.
/// </summary>
public enum RegularizationGround
{
    /// <summary>Spouse or partner (fr. I), or father, mother, child, legal representative or custodian (fr. II) of a Mexican or a resident (LM art. 133).</summary>
    FamilyLink,

    /// <summary>Identified as victim or witness of a grave crime committed in Mexico (LM art. 133 fr. III).</summary>
    CrimeVictimOrWitness,

    /// <summary>A degree of vulnerability that makes deportation or assisted return difficult or impossible (LM art. 133 fr. IV).</summary>
    Vulnerability,

    /// <summary>A child in international child-abduction restitution proceedings (LM art. 133 fr. V).</summary>
    InternationalChildAbduction,

    /// <summary>Stayed beyond the authorized period, filing within the next 60 natural days (LM art. 134 fr. I).</summary>
    ExpiredStay,

    /// <summary>Doing activities other than those the condition of stay allows (LM art. 134 fr. II).</summary>
    UnauthorizedActivities,

    /// <summary>Wants to reside temporarily or permanently and meets the requirements (LM arts. 132 and 133 párr. primero).</summary>
    ResidenceIntent,

    /// <summary>A humanitarian cause or public interest that makes regularization necessary (LM art. 52 fr. V, last paragraph).</summary>
    Humanitarian,
}

/// <summary>The condición de estancia a procedure grants (LM art. 52). Stored as text.</summary>
public enum StayCondition
{
    /// <summary>Visitante por razones humanitarias (LM art. 52 fr. V): TVRH.</summary>
    HumanitarianVisitor,

    /// <summary>Residente temporal (LM art. 52 fr. VII): TRT, at most four years.</summary>
    TemporaryResident,

    /// <summary>Residente permanente (LM art. 52 fr. IX): TRP, no end.</summary>
    PermanentResident,
}

/// <summary>The fine the law sets for a ground, paid before the resolution (LM art. 135 fr. V).</summary>
public enum FineRule
{
    /// <summary>No fine (LM art. 145 párr. segundo; or none set for the ground).</summary>
    None,

    /// <summary>20 to 40 days of minimum wage (LM art. 145 párr. primero, art. 133 fr. I and II).</summary>
    Article145,

    /// <summary>20 to 100 days of minimum wage (LM art. 146, art. 134).</summary>
    Article146,
}

/// <summary>What the law says about each ground: label, basis, fine, and which condition it leads to.</summary>
public sealed record GroundInfo(RegularizationGround Ground, string Code, string Label, string LegalBasis, FineRule Fine,
    StayCondition? FixedCondition, bool NeedsDetail);

/// <summary>The grounds' table; <see cref="Of"/> is the single place their legal consequences are read.</summary>
public static class RegularizationGrounds
{
    public static readonly IReadOnlyList<GroundInfo> All =
    [
        new(RegularizationGround.FamilyLink, "family-link", "Vínculo familiar con persona mexicana o con residente",
            "LM art. 133 párr. segundo fr. I y II", FineRule.Article145, null, false),
        new(RegularizationGround.CrimeVictimOrWitness, "crime-victim-or-witness", "Víctima o testigo de un delito grave cometido en México",
            "LM art. 133 párr. segundo fr. III; art. 52 fr. V inciso a", FineRule.None, StayCondition.HumanitarianVisitor, true),
        new(RegularizationGround.Vulnerability, "vulnerability", "Vulnerabilidad que dificulta o impide la deportación o el retorno asistido",
            "LM art. 133 párr. segundo fr. IV", FineRule.None, StayCondition.HumanitarianVisitor, true),
        new(RegularizationGround.InternationalChildAbduction, "international-child-abduction",
            "Niña, niño o adolescente en procedimiento de sustracción y restitución internacional",
            "LM art. 133 párr. segundo fr. V", FineRule.None, StayCondition.HumanitarianVisitor, true),
        new(RegularizationGround.ExpiredStay, "expired-stay", "Excedió el período de estancia autorizado (dentro de los 60 días naturales siguientes)",
            RegularizationRules.ExpiredStayBasis, FineRule.Article146, null, false),
        new(RegularizationGround.UnauthorizedActivities, "unauthorized-activities", "Realiza actividades distintas a las que permite su condición de estancia",
            "LM art. 134 fr. II", FineRule.Article146, null, true),
        new(RegularizationGround.ResidenceIntent, "residence-intent", "Interés en residir de forma temporal o permanente, con los requisitos de la condición",
            "LM arts. 132 y 133 párr. primero", FineRule.None, null, false),
        new(RegularizationGround.Humanitarian, "humanitarian", "Causa humanitaria o de interés público",
            "LM art. 52 fr. V último párrafo", FineRule.None, StayCondition.HumanitarianVisitor, true),
    ];

    public static GroundInfo Of(RegularizationGround ground) => All.Single(g => g.Ground == ground);

    public static GroundInfo? FromCode(string? code) =>
        All.FirstOrDefault(g => string.Equals(g.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string FineLabel(FineRule fine) => fine switch
    {
        FineRule.Article145 => "Multa de 20 a 40 días de salario mínimo (LM art. 145)",
        FineRule.Article146 => "Multa de 20 a 100 días de salario mínimo (LM art. 146)",
        _ => "Sin multa",
    };
}

/// <summary>Conditions of stay: codes, labels, the document that proves each, and the law.</summary>
public static class StayConditions
{
    public static readonly IReadOnlyDictionary<string, StayCondition> Codes = new Dictionary<string, StayCondition>(StringComparer.OrdinalIgnoreCase)
    {
        ["humanitarian-visitor"] = StayCondition.HumanitarianVisitor,
        ["temporary-resident"] = StayCondition.TemporaryResident,
        ["permanent-resident"] = StayCondition.PermanentResident,
    };

    public static string Code(StayCondition condition) => Codes.First(c => c.Value == condition).Key;

    public static string Label(StayCondition? condition) => condition switch
    {
        StayCondition.HumanitarianVisitor => "Visitante por razones humanitarias",
        StayCondition.TemporaryResident => "Residente temporal",
        StayCondition.PermanentResident => "Residente permanente",
        _ => "—",
    };

    /// <summary>The card that proves the condition (LM art. 58): TVRH, TRT or TRP.</summary>
    public static DocumentType Document(StayCondition condition) => condition switch
    {
        StayCondition.HumanitarianVisitor => DocumentType.HumanitarianVisitorCard,
        StayCondition.TemporaryResident => DocumentType.TemporaryResidentCard,
        _ => DocumentType.PermanentResidentCard,
    };

    public static string Basis(StayCondition condition) => condition switch
    {
        StayCondition.HumanitarianVisitor => RegularizationRules.HumanitarianVisitorBasis,
        StayCondition.TemporaryResident => RegularizationRules.TemporaryResidenceBasis,
        _ => RegularizationRules.PermanentResidenceBasis,
    };
}
