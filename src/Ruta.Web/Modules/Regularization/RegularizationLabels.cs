using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization;

/// <summary>Spanish names of the module's values, for the pages (localized through the shared resources).</summary>
public static class RegularizationLabels
{
    public static string Origin(RegularizationOrigin origin) => origin switch
    {
        RegularizationOrigin.Station => "Estación migratoria",
        _ => "Acudió a oficina del INM",
    };

    public static string Outcome(RegularizationOutcome? outcome) => outcome switch
    {
        RegularizationOutcome.Granted => "Favorable",
        RegularizationOutcome.Refused => "Negativa",
        RegularizationOutcome.Dismissed => "Desechada",
        RegularizationOutcome.Withdrawn => "Desistimiento",
        _ => "—",
    };

    public static string Outcome(FamilyUnityOutcome? outcome) => outcome switch
    {
        FamilyUnityOutcome.Granted => "Favorable",
        FamilyUnityOutcome.Refused => "Negativa",
        FamilyUnityOutcome.Dismissed => "Desechada",
        FamilyUnityOutcome.Withdrawn => "Desistimiento",
        _ => "—",
    };

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

    /// <summary>An hour limit shows its instant (Mexico City), a day limit its date.</summary>
    public static string Due(DateOnly dueDate, DateTime? dueAt) => dueAt is { } at ? MexicoTime.LongDateTime(at) : dueDate.ToString("yyyy-MM-dd");
}
