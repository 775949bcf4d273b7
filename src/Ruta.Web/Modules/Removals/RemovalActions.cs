using System.Security.Claims;
using FluentValidation;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals;

/// <summary>The acts on a removal as the API names them (POST /api/v1/migration/removals/{id}/{action}).</summary>
public static class RemovalActions
{
    public const string Rights = "rights";
    public const string Schedule = "schedule";
    public const string Reschedule = "reschedule";
    public const string Execute = "execute";
    public const string Cancel = "cancel";
    public const string Resume = "resume";
    public const string Amparo = "amparos";

    /// <summary>Each action and the trigger of the procedure table it fires.</summary>
    public static readonly IReadOnlyList<(string Action, RemovalTrigger Trigger)> Triggers =
    [
        (Rights, RemovalTrigger.RecordRight),
        (Schedule, RemovalTrigger.Schedule),
        (Reschedule, RemovalTrigger.Reschedule),
        (Execute, RemovalTrigger.Execute),
        (Resume, RemovalTrigger.Resume),
        (Cancel, RemovalTrigger.Cancel),
    ];

    public static RemovalTrigger TriggerOf(string action) => Triggers.Single(t => t.Action == action).Trigger;

    /// <summary>The per-record permission of an action (the endpoint's policy is INM case workers).</summary>
    public static bool MayAct(ClaimsPrincipal user, string action, RemovalKind kind) => action switch
    {
        Cancel => RemovalAccess.CanCancel(user, kind),
        _ => RemovalAccess.IsInmCaseWorker(user),
    };

    /// <summary>Spanish name of an action (buttons, messages).</summary>
    public static string Label(string action) => action switch
    {
        Rights => "Registrar derecho",
        Schedule => "Programar la salida",
        Reschedule => "Reprogramar",
        Execute => "Ejecutar la salida",
        Cancel => "Cancelar la salida",
        Resume => "Reanudar tras el amparo",
        Amparo => "Registrar amparo",
        _ => action,
    };

    /// <summary>A date of an act: given, not after today (Mexico City), within the legal calendar's years.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> ActDate<T>(this IRuleBuilder<T, DateOnly?> rule, DateOnly today, string what) =>
        rule.NotNull().WithMessage($"Indique {what} (AAAA-MM-DD).")
            .Must(d => d is null || d <= today).WithMessage("La fecha no puede ser posterior a hoy.")
            .Must(d => d is null || d >= MexicanHolidays.FirstSupportedDate)
            .WithMessage($"La fecha debe ser posterior al {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd}.");

    /// <summary>A future date of the removal: today or later.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> TravelDate<T>(this IRuleBuilder<T, DateOnly?> rule, DateOnly today, string what) =>
        rule.NotNull().WithMessage($"Indique {what} (AAAA-MM-DD).")
            .Must(d => d is null || d >= today).WithMessage("La fecha no puede ser anterior a hoy.");

    /// <summary>Required plain text with a maximum length.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, string message, int max = RemovalRules.Text) =>
        rule.NotEmpty().WithMessage(message).MaximumLength(max).WithMessage($"Máximo {max} caracteres.");
}
