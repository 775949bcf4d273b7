using System.Text;
using Stateless;
using Stateless.Reflection;

namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>Where a claim for refugee status is in its procedure (COMAR).</summary>
public enum AsylumClaimStatus
{
    /// <summary>Not yet filed: only the instant before <see cref="AsylumTrigger.File"/>; never stored.</summary>
    New,

    /// <summary>Filed by a representative; the applicant must ratify it (LRPCAP art. 11).</summary>
    AwaitingRatification,

    /// <summary>Filed after the 30 business days of LRPCAP art. 18: prevención, then an officer admits it or not.</summary>
    LateFilingReview,

    /// <summary>Admitted: interviews, signings, opinions and evidence until the resolution.</summary>
    InProcedure,

    /// <summary>Resolved in writing, not yet notified to the applicant.</summary>
    Resolved,

    /// <summary>Negative resolution notified: the 15 business days of the recurso de revisión run.</summary>
    AppealWindowOpen,

    /// <summary>A timely recurso de revisión awaits its decision.</summary>
    AppealPending,

    /// <summary>
    /// Refugee status or complementary protection recognized and notified. Protection against return
    /// is permanent for each person unless an art. 52 determination about that person is recorded.
    /// </summary>
    Recognized,

    /// <summary>Ended without protection: rejected (final), abandoned, withdrawn, not filed or not admitted.</summary>
    Closed,
}

/// <summary>What may happen to a claim; the legal moves are the table in <see cref="AsylumProcedure"/>.</summary>
public enum AsylumTrigger
{
    File,
    Ratify,
    LapseRatification,
    AdmitLateFiling,
    RefuseLateFiling,
    RecordInterview,
    RecordSigning,
    RequestOpinion,
    RecordOpinion,
    ReceiveEvidence,
    Extend,
    Resolve,
    Notify,
    FileAppeal,
    LapseAppealWindow,
    ConfirmOnAppeal,
    RevokeOnAppeal,
    OrderNewResolution,
    Abandon,
    Withdraw,
    DetermineArticle52,
    RecordConsularContact,
    ScheduleAppointment,
}

/// <summary>
/// THE transition table of the asylum procedure (states × triggers), built with Stateless on a claim.
/// Anything not in it throws <see cref="Kernel.Domain.IllegalTransitionException"/>; <c>CanFire</c>
/// decides which actions the file page offers; <see cref="Mermaid"/> renders it for lawyers
/// (docs/asylum-procedure.md, checked by a test).
/// </summary>
public static class AsylumProcedure
{
    /// <summary>The procedure's name in 409 problems.</summary>
    public const string Name = "Solicitud de refugio";

    public static StateMachine<AsylumClaimStatus, AsylumTrigger> Build(
        Func<AsylumClaimStatus> read, Action<AsylumClaimStatus> write, Func<bool> filedByRepresentative, Func<bool> late,
        Func<bool> positive)
    {
        var m = new StateMachine<AsylumClaimStatus, AsylumTrigger>(read, write);
        bool Timely() => !late();
        bool Negative() => !positive();

        m.Configure(AsylumClaimStatus.New)
            .PermitIf(AsylumTrigger.File, AsylumClaimStatus.AwaitingRatification, filedByRepresentative, "presentada por representante")
            .PermitIf(AsylumTrigger.File, AsylumClaimStatus.LateFilingReview, () => !filedByRepresentative() && late(),
                "presentada por la persona, fuera de los 30 días hábiles")
            .PermitIf(AsylumTrigger.File, AsylumClaimStatus.InProcedure, () => !filedByRepresentative() && Timely(),
                "presentada por la persona, en plazo");

        m.Configure(AsylumClaimStatus.AwaitingRatification)
            .PermitIf(AsylumTrigger.Ratify, AsylumClaimStatus.InProcedure, Timely, "presentada en plazo")
            .PermitIf(AsylumTrigger.Ratify, AsylumClaimStatus.LateFilingReview, late, "presentada fuera de los 30 días hábiles")
            .Permit(AsylumTrigger.LapseRatification, AsylumClaimStatus.Closed)
            .Permit(AsylumTrigger.Withdraw, AsylumClaimStatus.Closed)
            .InternalTransition(AsylumTrigger.RecordConsularContact, _ => { });

        m.Configure(AsylumClaimStatus.LateFilingReview)
            .Permit(AsylumTrigger.AdmitLateFiling, AsylumClaimStatus.InProcedure)
            .Permit(AsylumTrigger.RefuseLateFiling, AsylumClaimStatus.Closed)
            .Permit(AsylumTrigger.Withdraw, AsylumClaimStatus.Closed)
            .InternalTransition(AsylumTrigger.ReceiveEvidence, _ => { })
            .InternalTransition(AsylumTrigger.ScheduleAppointment, _ => { })
            .InternalTransition(AsylumTrigger.RecordConsularContact, _ => { });

        m.Configure(AsylumClaimStatus.InProcedure)
            .Permit(AsylumTrigger.Resolve, AsylumClaimStatus.Resolved)
            .Permit(AsylumTrigger.Abandon, AsylumClaimStatus.Closed)
            .Permit(AsylumTrigger.Withdraw, AsylumClaimStatus.Closed)
            .InternalTransition(AsylumTrigger.RecordInterview, _ => { })
            .InternalTransition(AsylumTrigger.RecordSigning, _ => { })
            .InternalTransition(AsylumTrigger.RequestOpinion, _ => { })
            .InternalTransition(AsylumTrigger.RecordOpinion, _ => { })
            .InternalTransition(AsylumTrigger.ReceiveEvidence, _ => { })
            .InternalTransition(AsylumTrigger.Extend, _ => { })
            .InternalTransition(AsylumTrigger.ScheduleAppointment, _ => { })
            .InternalTransition(AsylumTrigger.RecordConsularContact, _ => { });

        m.Configure(AsylumClaimStatus.Resolved)
            .PermitIf(AsylumTrigger.Notify, AsylumClaimStatus.Recognized, positive, "refugiado o protección complementaria")
            .PermitIf(AsylumTrigger.Notify, AsylumClaimStatus.AppealWindowOpen, Negative, "negativa")
            .InternalTransition(AsylumTrigger.ScheduleAppointment, _ => { })
            .InternalTransition(AsylumTrigger.RecordConsularContact, _ => { });

        m.Configure(AsylumClaimStatus.AppealWindowOpen)
            .Permit(AsylumTrigger.FileAppeal, AsylumClaimStatus.AppealPending)
            .Permit(AsylumTrigger.LapseAppealWindow, AsylumClaimStatus.Closed)
            .InternalTransition(AsylumTrigger.RecordConsularContact, _ => { });

        m.Configure(AsylumClaimStatus.AppealPending)
            .Permit(AsylumTrigger.ConfirmOnAppeal, AsylumClaimStatus.Closed)
            .Permit(AsylumTrigger.RevokeOnAppeal, AsylumClaimStatus.Recognized)
            .Permit(AsylumTrigger.OrderNewResolution, AsylumClaimStatus.InProcedure)
            .InternalTransition(AsylumTrigger.RecordConsularContact, _ => { });

        m.Configure(AsylumClaimStatus.Recognized)
            .InternalTransition(AsylumTrigger.DetermineArticle52, _ => { })
            .InternalTransition(AsylumTrigger.RecordConsularContact, _ => { });

        m.Configure(AsylumClaimStatus.Closed);

        m.OnUnhandledTrigger((state, trigger, _) =>
            throw new Kernel.Domain.IllegalTransitionException(Name, StatusLabel(state), TriggerLabel(trigger)));
        return m;
    }

    /// <summary>The states a stored claim can be in (every state but <see cref="AsylumClaimStatus.New"/>).</summary>
    public static IReadOnlyList<AsylumClaimStatus> StoredStates { get; } =
        [.. Enum.GetValues<AsylumClaimStatus>().Where(s => s != AsylumClaimStatus.New)];

    /// <summary>States in which the claim is filed and not finally resolved (LRPCAP art. 6: "solicitante").</summary>
    public static bool IsPending(AsylumClaimStatus status) =>
        status is AsylumClaimStatus.AwaitingRatification or AsylumClaimStatus.LateFilingReview
            or AsylumClaimStatus.InProcedure or AsylumClaimStatus.Resolved;

    /// <summary>States that still stop another claim for the same person (every state but Closed).</summary>
    public static bool IsActive(AsylumClaimStatus status) => status is not (AsylumClaimStatus.Closed or AsylumClaimStatus.New);

    public static string StatusCode(AsylumClaimStatus status) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    /// <summary>Spanish name of a state, shown to officers and named in 409 problems.</summary>
    public static string StatusLabel(AsylumClaimStatus status) => status switch
    {
        AsylumClaimStatus.New => "sin presentar",
        AsylumClaimStatus.AwaitingRatification => "en espera de ratificación",
        AsylumClaimStatus.LateFilingReview => "revisión de presentación extemporánea",
        AsylumClaimStatus.InProcedure => "en trámite",
        AsylumClaimStatus.Resolved => "resuelta, sin notificar",
        AsylumClaimStatus.AppealWindowOpen => "plazo de recurso de revisión abierto",
        AsylumClaimStatus.AppealPending => "recurso de revisión en trámite",
        AsylumClaimStatus.Recognized => "reconocida",
        AsylumClaimStatus.Closed => "concluida",
        _ => status.ToString(),
    };

    /// <summary>Spanish name of an action.</summary>
    public static string TriggerLabel(AsylumTrigger trigger) => trigger switch
    {
        AsylumTrigger.File => "presentar la solicitud",
        AsylumTrigger.Ratify => "ratificar",
        AsylumTrigger.LapseRatification => "tener por no presentada (sin ratificación)",
        AsylumTrigger.AdmitLateFiling => "admitir la solicitud extemporánea",
        AsylumTrigger.RefuseLateFiling => "no admitir la solicitud extemporánea",
        AsylumTrigger.RecordInterview => "registrar entrevista",
        AsylumTrigger.RecordSigning => "registrar firma periódica",
        AsylumTrigger.RequestOpinion => "solicitar opinión",
        AsylumTrigger.RecordOpinion => "registrar opinión recibida",
        AsylumTrigger.ReceiveEvidence => "recibir pruebas",
        AsylumTrigger.Extend => "ampliar el plazo de resolución",
        AsylumTrigger.Resolve => "resolver",
        AsylumTrigger.Notify => "notificar la resolución",
        AsylumTrigger.FileAppeal => "interponer recurso de revisión",
        AsylumTrigger.LapseAppealWindow => "declarar firme la resolución (sin recurso)",
        AsylumTrigger.ConfirmOnAppeal => "confirmar la resolución en revisión",
        AsylumTrigger.RevokeOnAppeal => "revocar la resolución en revisión",
        AsylumTrigger.OrderNewResolution => "ordenar una nueva resolución",
        AsylumTrigger.Abandon => "declarar el abandono",
        AsylumTrigger.Withdraw => "registrar el desistimiento",
        AsylumTrigger.DetermineArticle52 => "determinar la excepción del art. 52",
        AsylumTrigger.RecordConsularContact => "registrar contacto consular",
        AsylumTrigger.ScheduleAppointment => "citar a la persona solicitante",
        _ => trigger.ToString(),
    };

    /// <summary>
    /// The table as a Mermaid state diagram plus a Markdown table, in Spanish, generated from the same
    /// Stateless configuration the claims run on (guards appear as the conditions in brackets).
    /// </summary>
    public static string Mermaid()
    {
        var status = AsylumClaimStatus.New;
        var info = Build(() => status, s => status = s, () => false, () => false, () => false).GetInfo();
        var states = info.States.OrderBy(s => (AsylumClaimStatus)s.UnderlyingState).ToList();
        var text = new StringBuilder();
        text.Append("```mermaid\nstateDiagram-v2\n");
        foreach (var state in states)
        {
            var s = (AsylumClaimStatus)state.UnderlyingState;
            text.Append($"    state \"{StatusLabel(s)}\" as {s}\n");
        }

        text.Append($"    [*] --> {AsylumClaimStatus.New}\n");
        var rows = new List<string>();
        foreach (var state in states)
        {
            var from = (AsylumClaimStatus)state.UnderlyingState;
            var internals = new List<string>();
            foreach (var t in state.FixedTransitions.OrderBy(t => (AsylumTrigger)t.Trigger.UnderlyingTrigger))
            {
                var trigger = (AsylumTrigger)t.Trigger.UnderlyingTrigger;
                var to = (AsylumClaimStatus)t.DestinationState.UnderlyingState;
                var guard = Guard(t);
                if (t.IsInternalTransition)
                {
                    internals.Add(TriggerLabel(trigger));
                    rows.Add($"| {StatusLabel(from)} | {TriggerLabel(trigger)} | (sin cambio de estado) | |");
                    continue;
                }

                text.Append($"    {from} --> {to} : {TriggerLabel(trigger)}{(guard.Length > 0 ? $" [{guard}]" : "")}\n");
                rows.Add($"| {StatusLabel(from)} | {TriggerLabel(trigger)} | {StatusLabel(to)} | {guard} |");
            }

            if (internals.Count > 0)
            {
                text.Append($"    note right of {from}\n        Sin cambio de estado: {string.Join(", ", internals)}\n    end note\n");
            }
        }

        text.Append($"    {AsylumClaimStatus.Closed} --> [*]\n```\n\n");
        text.Append("| Estado | Acción | Estado siguiente | Condición |\n|---|---|---|---|\n");
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        return text.ToString();
    }

    private static string Guard(TransitionInfo transition) =>
        string.Join(" y ", transition.GuardConditionsMethodDescriptions.Select(g => g.Description));
}
