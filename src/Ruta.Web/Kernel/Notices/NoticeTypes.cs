using System.Text.RegularExpressions;

namespace Ruta.Web.Kernel.Notices;

/// <summary>
/// Kinds of oficio. Modules send the typed ones as a consequence of an act (filing a claim,
/// identifying a child); officers send <see cref="General"/> ones by hand. A new kind is a new
/// constant here with its Spanish label.
/// </summary>
public static partial class NoticeTypes
{
    /// <summary>COMAR tells INM a claim was filed, so INM abstains from removal and consular contact.</summary>
    public const string AsylumClaimFiled = "asylum.claim-filed";

    /// <summary>COMAR tells INM how it resolved a claim.</summary>
    public const string AsylumResolution = "asylum.resolution";

    /// <summary>COMAR tells INM a timely appeal (recurso de revisión) keeps the applicant protected.</summary>
    public const string AsylumAppealFiled = "asylum.appeal-filed";

    /// <summary>INM tells COMAR that a person asked for asylum at a filter or while at its disposal (LRPCAP art. 21).</summary>
    public const string MigrationAsylumRequested = "migration.asylum-requested";

    /// <summary>INM tells the Procuraduría de Protección it met a child (before any migration procedure).</summary>
    public const string ChildIdentified = "child.identified";

    /// <summary>The Procuraduría presents its plan de restitución de derechos to INM.</summary>
    public const string ChildRestitutionPlan = "child.restitution-plan";

    /// <summary>The authority that met a child puts them at the disposal of the DIF system (oficio de canalización).</summary>
    public const string ChildCanalized = "child.canalized";

    /// <summary>DIF or the Procuraduría tells COMAR and INM that a child may need international protection.</summary>
    public const string ChildProtectionNeed = "child.protection-need";

    /// <summary>Any other formal communication, written by an officer.</summary>
    public const string General = "general";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AsylumClaimFiled] = "Aviso de solicitud de reconocimiento de la condición de refugiado",
        [AsylumResolution] = "Aviso de resolución de la solicitud de refugio",
        [AsylumAppealFiled] = "Aviso de recurso de revisión en materia de refugio",
        [MigrationAsylumRequested] = "Aviso de intención de solicitar la condición de refugiado",
        [ChildIdentified] = "Notificación de niña, niño o adolescente migrante",
        [ChildRestitutionPlan] = "Plan de restitución de derechos",
        [ChildCanalized] = "Oficio de canalización de niña, niño o adolescente al Sistema DIF",
        [ChildProtectionNeed] = "Aviso de posible necesidad de protección internacional de niña, niño o adolescente",
        [General] = "Oficio general",
    };

    /// <summary>Spanish label of a kind; the code itself for kinds without one.</summary>
    public static string Label(string type) => Labels.TryGetValue(type, out var label) ? label : type;

    /// <summary>Lower-case words, dots and hyphens: "area.event-name".</summary>
    public static bool IsWellFormed(string? type) =>
        type is { Length: > 0 and <= NoticeLimits.Type } && TypePattern().IsMatch(type);

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();
}
