using System.Security.Claims;
using FluentValidation;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum;

/// <summary>The acts on a filed claim as the API names them (POST /api/v1/asylum-claims/{id}/{action}).</summary>
public static class AsylumActions
{
    public const string Ratification = "ratification";
    public const string RatificationLapse = "ratification-lapse";
    public const string LateFilingDecision = "late-filing-decision";
    public const string Interview = "interview";
    public const string Signing = "signing";
    public const string OpinionRequest = "opinion-request";
    public const string OpinionResponse = "opinion-response";
    public const string Evidence = "evidence";
    public const string Extension = "extension";
    public const string Resolution = "resolution";
    public const string Notification = "notification";
    public const string Appeal = "appeal";
    public const string AppealWindowLapse = "appeal-window-lapse";
    public const string AppealDecision = "appeal-decision";
    public const string Abandonment = "abandonment";
    public const string Withdrawal = "withdrawal";
    public const string Article52Determination = "article-52-determination";
    public const string ConsularContact = "consular-contact";
    public const string Appointment = "appointment";

    /// <summary>Each action and the trigger(s) of the procedure table it may fire.</summary>
    public static readonly IReadOnlyList<(string Action, AsylumTrigger[] Triggers)> Triggers =
    [
        (Ratification, [AsylumTrigger.Ratify]),
        (RatificationLapse, [AsylumTrigger.LapseRatification]),
        (LateFilingDecision, [AsylumTrigger.AdmitLateFiling, AsylumTrigger.RefuseLateFiling]),
        (Interview, [AsylumTrigger.RecordInterview]),
        (Signing, [AsylumTrigger.RecordSigning]),
        (OpinionRequest, [AsylumTrigger.RequestOpinion]),
        (OpinionResponse, [AsylumTrigger.RecordOpinion]),
        (Evidence, [AsylumTrigger.ReceiveEvidence]),
        (Extension, [AsylumTrigger.Extend]),
        (Resolution, [AsylumTrigger.Resolve]),
        (Notification, [AsylumTrigger.Notify]),
        (Appeal, [AsylumTrigger.FileAppeal]),
        (AppealWindowLapse, [AsylumTrigger.LapseAppealWindow]),
        (AppealDecision, [AsylumTrigger.ConfirmOnAppeal, AsylumTrigger.RevokeOnAppeal, AsylumTrigger.OrderNewResolution]),
        (Abandonment, [AsylumTrigger.Abandon]),
        (Withdrawal, [AsylumTrigger.Withdraw]),
        (Article52Determination, [AsylumTrigger.DetermineArticle52]),
        (ConsularContact, [AsylumTrigger.RecordConsularContact]),
        (Appointment, [AsylumTrigger.ScheduleAppointment]),
    ];

    public static AsylumTrigger[] TriggersOf(string action) => Triggers.Single(t => t.Action == action).Triggers;

    /// <summary>The per-record permission of an action (the endpoint's policy is the same rule).</summary>
    public static bool MayAct(ClaimsPrincipal user, string action) => action switch
    {
        AppealDecision or Article52Determination => AsylumAccess.IsComarSupervisor(user),
        ConsularContact => AsylumAccess.CanRecordConsularContact(user),
        _ => AsylumAccess.IsComarCaseWorker(user),
    };

    /// <summary>A date of an act: given, not after today (Mexico City), within the legal calendar's years.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> ActDate<T>(this IRuleBuilder<T, DateOnly?> rule, DateOnly today, string what) =>
        rule.NotNull().WithMessage($"Indique {what} (AAAA-MM-DD).")
            .Must(d => d is null || d <= today).WithMessage("La fecha no puede ser posterior a hoy.")
            .Must(d => d is null || d >= MexicanHolidays.FirstSupportedDate)
            .WithMessage($"La fecha debe ser posterior al {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd}.");

    /// <summary>Required plain text with a maximum length.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, string message, int max = AsylumLimits.Text) =>
        rule.NotEmpty().WithMessage(message)
            .MaximumLength(max).WithMessage($"Máximo {max} caracteres.");
}
