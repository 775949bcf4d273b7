using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum;

/// <summary>Spanish names of the module's values, for the pages (localized through the shared resources).</summary>
public static class AsylumLabels
{
    public static string Action(string action) => action switch
    {
        AsylumActions.Ratification => "Registrar la ratificación",
        AsylumActions.RatificationLapse => "Tener por no presentada (sin ratificación)",
        AsylumActions.LateFilingDecision => "Resolver sobre la presentación extemporánea",
        AsylumActions.Interview => "Registrar entrevista",
        AsylumActions.Signing => "Registrar firma periódica",
        AsylumActions.OpinionRequest => "Solicitar opinión",
        AsylumActions.OpinionResponse => "Registrar opinión recibida",
        AsylumActions.Evidence => "Recibir pruebas",
        AsylumActions.Extension => "Ampliar el plazo de resolución",
        AsylumActions.Resolution => "Registrar la resolución",
        AsylumActions.Notification => "Registrar la notificación",
        AsylumActions.Appeal => "Registrar recurso de revisión",
        AsylumActions.AppealWindowLapse => "Declarar firme la resolución (sin recurso)",
        AsylumActions.AppealDecision => "Resolver el recurso de revisión",
        AsylumActions.Abandonment => "Declarar el abandono",
        AsylumActions.Withdrawal => "Registrar el desistimiento",
        AsylumActions.Article52Determination => "Determinación del art. 52",
        AsylumActions.ConsularContact => "Registrar contacto consular con consentimiento",
        AsylumActions.Appointment => "Citar a la persona solicitante",
        _ => action,
    };

    public static string Outcome(AsylumOutcome? outcome) => outcome switch
    {
        AsylumOutcome.Refugee => "Reconocimiento de la condición de refugiado",
        AsylumOutcome.ComplementaryProtection => "Protección complementaria",
        AsylumOutcome.Rejected => "Negativa",
        _ => "—",
    };

    public static string Closing(ClosingReason? reason) => reason switch
    {
        ClosingReason.RejectedFinal => "Resolución negativa firme",
        ClosingReason.Abandoned => "Abandono",
        ClosingReason.Withdrawn => "Desistimiento",
        ClosingReason.NotFiled => "No presentada (sin ratificación)",
        ClosingReason.NotAdmitted => "No admitida (extemporánea)",
        _ => "—",
    };

    public static string FiledBy(FiledBy filedBy) => filedBy == Domain.FiledBy.Representative ? "Representante" : "La persona solicitante";

    public static string Appeal(AppealDecision? decision) => decision switch
    {
        AppealDecision.Confirmed => "Confirmada",
        AppealDecision.Revoked => "Revocada",
        AppealDecision.NewResolutionOrdered => "Nueva resolución ordenada",
        _ => "—",
    };

    public static string Article52(Article52Ground ground) =>
        ground == Article52Ground.NationalSecurity ? "Seguridad nacional" : "Delito grave con sentencia firme";

    public static string Deadline(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Open => "Abierto",
        DeadlineStatus.Met => "Cumplido",
        DeadlineStatus.Missed => "Vencido",
        DeadlineStatus.Suspended => "Suspendido",
        DeadlineStatus.Extended => "Ampliado",
        DeadlineStatus.Cancelled => "Cancelado",
        _ => status.ToString(),
    };
}
