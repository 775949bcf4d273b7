using System.Text.Json;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children;

/// <summary>Spanish names (localized by the shared resources in the pages) and API codes of the module's values.</summary>
public static class ChildLabels
{
    /// <summary>The kebab-case code the API speaks for an enum value ("assisted-return").</summary>
    public static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Parses an API code (kebab-case, case-insensitive); null when unknown.</summary>
    public static T? Parse<T>(string? code) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(code) ? null
        : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(Code(v!.Value), code.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Codes<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Code(v)));

    public static string Outcome(ChildProtectionOutcome outcome) => outcome switch
    {
        ChildProtectionOutcome.Regularization => "regularización migratoria (con unidad familiar)",
        ChildProtectionOutcome.AsylumProcedure => "procedimiento de reconocimiento de la condición de refugiado",
        ChildProtectionOutcome.FamilyReunificationInMexico => "reunificación familiar en México",
        ChildProtectionOutcome.FamilyReunificationAbroad => "reunificación familiar en el extranjero",
        ChildProtectionOutcome.AssistedReturn => "retorno asistido",
        _ => outcome.ToString(),
    };

    public static string Relation(AdultRelation relation) => relation switch
    {
        AdultRelation.ParentOrGuardian => "madre, padre o tutor (patria potestad, guarda o tutela)",
        AdultRelation.CustomaryCaregiver => "cuidador habitual por costumbre",
        _ => "persona sin vínculo de cuidado",
    };

    public static string Accompaniment(Accompaniment accompaniment) => ChildCase.AccompanimentLabel(accompaniment);

    public static string Authority(IdentifyingAuthority authority) => authority switch
    {
        IdentifyingAuthority.Inm => "Instituto Nacional de Migración",
        IdentifyingAuthority.BetaGroup => "Grupo Beta",
        IdentifyingAuthority.Dif => "Sistema DIF",
        IdentifyingAuthority.Procuraduria => "Procuraduría de Protección",
        IdentifyingAuthority.Shelter => "albergue",
        _ => "otra autoridad",
    };

    public static string ProtectionNeed(ProtectionNeedStatus status) => status switch
    {
        ProtectionNeedStatus.NotScreened => "sin evaluación inicial",
        ProtectionNeedStatus.NoIndication => "sin indicios",
        ProtectionNeedStatus.Pending => "posible necesidad de protección internacional (pendiente)",
        _ => "resuelta",
    };

    public static string Resolution(ProtectionNeedResolution resolution) => resolution switch
    {
        ProtectionNeedResolution.ProtectionRecognized => "protección reconocida por la COMAR",
        ProtectionNeedResolution.ClaimClosedWithoutProtection => "procedimiento de refugio concluido sin protección (definitivo)",
        _ => "no se solicitó (informada la niña, niño o adolescente y su representante)",
    };

    public static string System(CareSystem system) => system switch
    {
        CareSystem.National => "Sistema Nacional DIF",
        CareSystem.State => "Sistema Estatal DIF",
        CareSystem.Municipal => "Sistema Municipal DIF",
        _ => "albergue de la sociedad civil",
    };

    public static string PlacementEnd(PlacementEndReason reason) => reason switch
    {
        PlacementEndReason.Transfer => "traslado a otro centro",
        PlacementEndReason.FamilyReunification => "reunificación familiar",
        PlacementEndReason.LeftCountry => "salida del país",
        PlacementEndReason.ReachedAdulthood => "mayoría de edad",
        PlacementEndReason.CaseClosed => "conclusión del caso",
        _ => "otra causa",
    };

    public static string Measure(MeasureStatus status) => status switch
    {
        MeasureStatus.Pending => "pendiente",
        MeasureStatus.InProgress => "en curso",
        _ => "cumplida",
    };

    public static string ClosingReason(ChildClosingReason reason) => reason switch
    {
        ChildClosingReason.RightsRestored => "derechos restituidos",
        ChildClosingReason.ReachedAdulthood => "mayoría de edad",
        _ => "salida del país",
    };

    public static string Risk(RiskResult result) => result == RiskResult.NoRisk ? "sin riesgo" : "con riesgo";

    public static string UrgentKind(UrgentMeasureKind kind) => kind switch
    {
        UrgentMeasureKind.CareCenterAdmission => "ingreso a un centro de asistencia social",
        UrgentMeasureKind.ImmediateMedicalCare => "atención médica inmediata",
        _ => "otra medida urgente",
    };

    public static string Ruling(JudicialRuling ruling) => ruling switch
    {
        JudicialRuling.Ratified => "ratificada",
        JudicialRuling.Modified => "modificada",
        _ => "cancelada",
    };
}
