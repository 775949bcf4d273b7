namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>The requirements of a regularization request (LM art. 135 fr. I–VI). Stored as bit flags: what was presented.</summary>
[Flags]
public enum RegularizationRequirement
{
    None = 0,

    /// <summary>Fr. I: a written request that states the irregularity.</summary>
    WrittenRequest = 1,

    /// <summary>Fr. II: an official identity document.</summary>
    IdentityDocument = 2,

    /// <summary>Fr. III: documents proving the link with a Mexican or a resident.</summary>
    FamilyLinkProof = 4,

    /// <summary>Fr. IV: the expired migratory document (overstays).</summary>
    ExpiredDocument = 8,

    /// <summary>Fr. V: proof that the fine was paid (LM arts. 145 and 146).</summary>
    FinePaid = 16,

    /// <summary>Fr. VI: the requirements of the condition of stay requested.</summary>
    ConditionRequirements = 32,
}

/// <summary>The requirements of a family-unity visa request or change of condition. Stored as bit flags: what was presented.</summary>
[Flags]
public enum FamilyUnityRequirement
{
    None = 0,

    /// <summary>The request in writing (format of the trámite).</summary>
    WrittenRequest = 1,

    /// <summary>The principal's identity document or residence card.</summary>
    PrincipalIdentity = 2,

    /// <summary>The relative's passport or identity and travel document.</summary>
    RelativePassport = 4,

    /// <summary>Civil-status certificates proving the link (LM art. 135 fr. III by analogy; Lineamientos art. 8).</summary>
    FamilyLinkProof = 8,

    /// <summary>Payment of the fees (derechos) for the change of condition.</summary>
    FeesPaid = 16,
}

/// <summary>One requirement as the API and the pages name it.</summary>
public sealed record RequirementInfo(string Code, string Label, string LegalBasis);

/// <summary>Which requirements apply to a request, their names and the law; the one place they are listed.</summary>
public static class Requirements
{
    public static readonly IReadOnlyDictionary<RegularizationRequirement, RequirementInfo> Regularization =
        new Dictionary<RegularizationRequirement, RequirementInfo>
        {
            [RegularizationRequirement.WrittenRequest] = new("written-request", "Escrito de solicitud que especifica la irregularidad", "LM art. 135 fr. I"),
            [RegularizationRequirement.IdentityDocument] = new("identity-document", "Documento oficial que acredita la identidad", "LM art. 135 fr. II"),
            [RegularizationRequirement.FamilyLinkProof] = new("family-link-proof", "Documentos que acreditan el vínculo familiar", "LM art. 135 fr. III"),
            [RegularizationRequirement.ExpiredDocument] = new("expired-document", "Documento migratorio vencido", "LM art. 135 fr. IV"),
            [RegularizationRequirement.FinePaid] = new("fine-paid", "Pago de la multa", "LM art. 135 fr. V; arts. 145 y 146"),
            [RegularizationRequirement.ConditionRequirements] = new("condition-requirements", "Requisitos de la condición de estancia solicitada", "LM art. 135 fr. VI"),
        };

    public static readonly IReadOnlyDictionary<FamilyUnityRequirement, RequirementInfo> FamilyUnity =
        new Dictionary<FamilyUnityRequirement, RequirementInfo>
        {
            [FamilyUnityRequirement.WrittenRequest] = new("written-request", "Solicitud por escrito", "LM art. 126"),
            [FamilyUnityRequirement.PrincipalIdentity] = new("principal-identity", "Identificación o tarjeta de residencia de la persona principal",
                "LM art. 126; Lineamientos para trámites migratorios art. 8 (fuente secundaria)"),
            [FamilyUnityRequirement.RelativePassport] = new("relative-passport", "Pasaporte o documento de identidad y viaje de la persona familiar", "LM arts. 37 fr. I y 126"),
            [FamilyUnityRequirement.FamilyLinkProof] = new("family-link-proof", "Actas del estado civil que acreditan el vínculo", "LM art. 126; Lineamientos art. 8 (fuente secundaria)"),
            [FamilyUnityRequirement.FeesPaid] = new("fees-paid", "Pago de derechos del cambio de condición", "LM art. 126; Ley Federal de Derechos"),
        };

    /// <summary>LM art. 135: fr. I, II and VI always; III with a family link; IV for overstays; V when the ground carries a fine.</summary>
    public static RegularizationRequirement ApplicableTo(RegularizationGround ground)
    {
        var applicable = RegularizationRequirement.WrittenRequest | RegularizationRequirement.IdentityDocument
            | RegularizationRequirement.ConditionRequirements;
        if (ground == RegularizationGround.FamilyLink)
        {
            applicable |= RegularizationRequirement.FamilyLinkProof;
        }

        if (ground == RegularizationGround.ExpiredStay)
        {
            applicable |= RegularizationRequirement.ExpiredDocument;
        }

        if (RegularizationGrounds.Of(ground).Fine != FineRule.None)
        {
            applicable |= RegularizationRequirement.FinePaid;
        }

        return applicable;
    }

    /// <summary>The visa request: petitioner's ID, relative's passport, link certificates; the change of condition adds the fees.</summary>
    public static FamilyUnityRequirement ApplicableTo(FamilyUnityKind kind) =>
        FamilyUnityRequirement.WrittenRequest | FamilyUnityRequirement.PrincipalIdentity | FamilyUnityRequirement.RelativePassport
        | FamilyUnityRequirement.FamilyLinkProof | (kind == FamilyUnityKind.ChangeOfCondition ? FamilyUnityRequirement.FeesPaid : 0);

    public static IEnumerable<T> Flags<T>(T value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f));

    public static IReadOnlyList<string> Codes(RegularizationRequirement value) => [.. Flags(value).Select(f => Regularization[f].Code)];

    public static IReadOnlyList<string> Codes(FamilyUnityRequirement value) => [.. Flags(value).Select(f => FamilyUnity[f].Code)];

    /// <summary>Parses codes; returns false (and the first unknown code) when one is not a requirement of this kind.</summary>
    public static bool TryParse(IEnumerable<string>? codes, out RegularizationRequirement value, out string? unknown)
    {
        value = RegularizationRequirement.None;
        unknown = null;
        foreach (var code in codes ?? [])
        {
            var match = Regularization.FirstOrDefault(r => string.Equals(r.Value.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match.Value is null)
            {
                unknown = code;
                return false;
            }

            value |= match.Key;
        }

        return true;
    }

    public static bool TryParse(IEnumerable<string>? codes, out FamilyUnityRequirement value, out string? unknown)
    {
        value = FamilyUnityRequirement.None;
        unknown = null;
        foreach (var code in codes ?? [])
        {
            var match = FamilyUnity.FirstOrDefault(r => string.Equals(r.Value.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match.Value is null)
            {
                unknown = code;
                return false;
            }

            value |= match.Key;
        }

        return true;
    }
}
