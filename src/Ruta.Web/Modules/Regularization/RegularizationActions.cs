using FluentValidation;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization;

/// <summary>The acts on a procedure as the API names them (POST .../{id}/{action}) and the triggers each fires.</summary>
public static class RegularizationActions
{
    public const string ExitPermit = "exit-permit";
    public const string Prevention = "prevention";
    public const string PreventionAnswer = "prevention-answer";
    public const string Dismissal = "dismissal";
    public const string Resolution = "resolution";
    public const string Withdrawal = "withdrawal";
    public const string Departure = "departure";
    public const string DepartureOrderLapse = "departure-order-lapse";

    /// <summary>Not a POST act but an edit (PUT .../requirements, If-Match required); listed so pages know when it is allowed.</summary>
    public const string Requirements = "requirements";

    public static readonly IReadOnlyList<(string Action, RegularizationTrigger[] Triggers)> Regularization =
    [
        (Requirements, [RegularizationTrigger.UpdateRequirements]),
        (ExitPermit, [RegularizationTrigger.IssueExitPermit]),
        (Prevention, [RegularizationTrigger.IssuePrevention]),
        (PreventionAnswer, [RegularizationTrigger.AnswerPrevention]),
        (Dismissal, [RegularizationTrigger.Dismiss]),
        (Resolution, [RegularizationTrigger.Grant, RegularizationTrigger.Refuse]),
        (Withdrawal, [RegularizationTrigger.Withdraw]),
        (Departure, [RegularizationTrigger.RecordDeparture]),
        (DepartureOrderLapse, [RegularizationTrigger.LapseDepartureOrder]),
    ];

    public static readonly IReadOnlyList<(string Action, FamilyUnityTrigger[] Triggers)> FamilyUnity =
    [
        (Requirements, [FamilyUnityTrigger.UpdateRequirements]),
        (Prevention, [FamilyUnityTrigger.IssuePrevention]),
        (PreventionAnswer, [FamilyUnityTrigger.AnswerPrevention]),
        (Dismissal, [FamilyUnityTrigger.Dismiss]),
        (Resolution, [FamilyUnityTrigger.Grant, FamilyUnityTrigger.Refuse]),
        (Withdrawal, [FamilyUnityTrigger.Withdraw]),
    ];

    public static RegularizationTrigger[] TriggersOf(string action) => Regularization.Single(t => t.Action == action).Triggers;

    public static FamilyUnityTrigger[] FamilyTriggersOf(string action) => FamilyUnity.Single(t => t.Action == action).Triggers;

    public static string Label(string action) => action switch
    {
        Requirements => "Registrar requisitos presentados",
        ExitPermit => "Expedir el oficio de salida de la estación",
        Prevention => "Prevenir por requisitos faltantes",
        PreventionAnswer => "Registrar el desahogo de la prevención",
        Dismissal => "Desechar el trámite (prevención no desahogada)",
        Resolution => "Registrar la resolución",
        Withdrawal => "Registrar el desistimiento",
        Departure => "Registrar la salida del país",
        DepartureOrderLapse => "Declarar incumplido el oficio de salida",
        _ => action,
    };

    /// <summary>A date of an act: given, not after today (Mexico City), within the legal calendar's years.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> ActDate<T>(this IRuleBuilder<T, DateOnly?> rule, DateOnly today, string what) =>
        rule.NotNull().WithMessage($"Indique {what} (AAAA-MM-DD).")
            .Must(d => d is null || d <= today).WithMessage("La fecha no puede ser posterior a hoy.")
            .Must(d => d is null || d >= MexicanHolidays.FirstSupportedDate)
            .WithMessage($"La fecha debe ser posterior al {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd}.");

    /// <summary>Required plain text with a maximum length.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, string message, int max = RegularizationLimits.Text) =>
        rule.NotEmpty().WithMessage(message).MaximumLength(max).WithMessage($"Máximo {max} caracteres.");

    /// <summary>The exit period of an order to leave: 20 to 30 natural days.</summary>
    public static IRuleBuilderOptions<T, int?> ExitPeriod<T>(this IRuleBuilder<T, int?> rule) =>
        rule.NotNull().WithMessage("Indique el plazo para salir del país, en días naturales (de 20 a 30).")
            .InclusiveBetween(RegularizationRules.MinExitPeriodDays, RegularizationRules.MaxExitPeriodDays)
            .WithMessage($"El plazo para salir del país es de {RegularizationRules.MinExitPeriodDays} a {RegularizationRules.MaxExitPeriodDays} días naturales.");
}
