using System.Text;
using Ruta.Web.Kernel.Removal;
using Stateless;
using Stateless.Reflection;

namespace Ruta.Web.Modules.Removals.Domain;

/// <summary>Where a removal (assisted return or deportation) is in its procedure (INM).</summary>
public enum RemovalStatus
{
    /// <summary>Only the instant before <see cref="RemovalTrigger.Request"/> or <see cref="RemovalTrigger.Order"/>; never stored.</summary>
    New,

    /// <summary>Assisted return requested in writing by the person (LM art. 119); rights being given.</summary>
    Requested,

    /// <summary>Deportation ordered on a ground of LM art. 144, with reasons; rights being given (LM art. 122).</summary>
    Ordered,

    /// <summary>Date, exit point and travel group fixed, on a passing check of the removal guard for that date.</summary>
    Scheduled,

    /// <summary>Stopped by an amparo against the removal (Ley de Amparo art. 126); resumes only with a new date and check.</summary>
    Suspended,

    /// <summary>The person left Mexico; the station stay ended in the same transaction.</summary>
    Executed,

    /// <summary>Ended without leaving: request withdrawn, order revoked, amparo granted.</summary>
    Cancelled,
}

/// <summary>What may happen to a removal; the legal moves are the table in <see cref="RemovalProcedure"/>.</summary>
public enum RemovalTrigger
{
    Request,
    Order,
    RecordRight,
    Schedule,
    Reschedule,
    NoteAmparo,
    Suspend,
    Resume,
    Execute,
    Cancel,
}

/// <summary>
/// THE transition table of a removal (states × triggers), built with Stateless on a case. Anything not
/// in it throws <see cref="Kernel.Domain.IllegalTransitionException"/>; <c>CanFire</c> decides which
/// actions the detail page offers; <see cref="Mermaid"/> renders it (docs/removal-procedure.md, checked by a test).
/// </summary>
public static class RemovalProcedure
{
    /// <summary>The procedure's name in 409 problems.</summary>
    public const string Name = "Salida del país";

    public static StateMachine<RemovalStatus, RemovalTrigger> Build(Func<RemovalStatus> read, Action<RemovalStatus> write, Func<RemovalKind> kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var m = new StateMachine<RemovalStatus, RemovalTrigger>(read, write);

        m.Configure(RemovalStatus.New)
            .PermitIf(RemovalTrigger.Request, RemovalStatus.Requested, () => kind() == RemovalKind.AssistedReturn, "retorno asistido")
            .PermitIf(RemovalTrigger.Order, RemovalStatus.Ordered, () => kind() == RemovalKind.Deportation, "deportación");

        m.Configure(RemovalStatus.Requested)
            .Permit(RemovalTrigger.Schedule, RemovalStatus.Scheduled)
            .Permit(RemovalTrigger.Cancel, RemovalStatus.Cancelled)
            .InternalTransition(RemovalTrigger.RecordRight, _ => { })
            .InternalTransition(RemovalTrigger.NoteAmparo, _ => { });

        m.Configure(RemovalStatus.Ordered)
            .Permit(RemovalTrigger.Schedule, RemovalStatus.Scheduled)
            .Permit(RemovalTrigger.Cancel, RemovalStatus.Cancelled)
            .InternalTransition(RemovalTrigger.RecordRight, _ => { })
            .InternalTransition(RemovalTrigger.NoteAmparo, _ => { });

        m.Configure(RemovalStatus.Scheduled)
            .Permit(RemovalTrigger.Execute, RemovalStatus.Executed)
            .Permit(RemovalTrigger.Suspend, RemovalStatus.Suspended)
            .Permit(RemovalTrigger.Cancel, RemovalStatus.Cancelled)
            .InternalTransition(RemovalTrigger.RecordRight, _ => { })
            .InternalTransition(RemovalTrigger.Reschedule, _ => { });

        m.Configure(RemovalStatus.Suspended)
            .Permit(RemovalTrigger.Resume, RemovalStatus.Scheduled)
            .Permit(RemovalTrigger.Cancel, RemovalStatus.Cancelled)
            .InternalTransition(RemovalTrigger.RecordRight, _ => { })
            .InternalTransition(RemovalTrigger.NoteAmparo, _ => { });

        m.Configure(RemovalStatus.Executed);
        m.Configure(RemovalStatus.Cancelled);

        m.OnUnhandledTrigger((state, trigger, _) =>
            throw new Kernel.Domain.IllegalTransitionException(Name, StatusLabel(state), TriggerLabel(trigger)));
        return m;
    }

    /// <summary>The states a stored removal can be in.</summary>
    public static IReadOnlyList<RemovalStatus> StoredStates { get; } = [.. Enum.GetValues<RemovalStatus>().Where(s => s != RemovalStatus.New)];

    /// <summary>Not executed nor cancelled: the person is still in a removal procedure (one at a time).</summary>
    public static bool IsOpen(RemovalStatus status) =>
        status is RemovalStatus.Requested or RemovalStatus.Ordered or RemovalStatus.Scheduled or RemovalStatus.Suspended;

    public static string StatusCode(RemovalStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    /// <summary>Spanish name of a state, shown to officers and named in 409 problems.</summary>
    public static string StatusLabel(RemovalStatus status) => status switch
    {
        RemovalStatus.New => "sin iniciar",
        RemovalStatus.Requested => "solicitada",
        RemovalStatus.Ordered => "ordenada",
        RemovalStatus.Scheduled => "programada",
        RemovalStatus.Suspended => "suspendida por amparo",
        RemovalStatus.Executed => "ejecutada",
        RemovalStatus.Cancelled => "cancelada",
        _ => status.ToString(),
    };

    /// <summary>Spanish name of an action.</summary>
    public static string TriggerLabel(RemovalTrigger trigger) => trigger switch
    {
        RemovalTrigger.Request => "registrar la solicitud de retorno asistido",
        RemovalTrigger.Order => "ordenar la deportación",
        RemovalTrigger.RecordRight => "registrar un derecho informado u otorgado",
        RemovalTrigger.Schedule => "programar la salida",
        RemovalTrigger.Reschedule => "reprogramar (caso fortuito o fuerza mayor)",
        RemovalTrigger.NoteAmparo => "anotar un amparo",
        RemovalTrigger.Suspend => "suspender por amparo",
        RemovalTrigger.Resume => "reanudar tras el amparo",
        RemovalTrigger.Execute => "ejecutar la salida",
        RemovalTrigger.Cancel => "cancelar",
        _ => trigger.ToString(),
    };

    public static string KindLabel(RemovalKind kind) => kind switch
    {
        RemovalKind.AssistedReturn => "retorno asistido",
        RemovalKind.Deportation => "deportación",
        RemovalKind.BorderRejection => "rechazo en frontera",
        _ => kind.ToString(),
    };

    /// <summary>
    /// The table as a Mermaid state diagram plus a Markdown table, in Spanish, generated from the same
    /// Stateless configuration the removals run on (guards appear as the conditions in brackets).
    /// </summary>
    public static string Mermaid()
    {
        var status = RemovalStatus.New;
        var info = Build(() => status, s => status = s, () => RemovalKind.AssistedReturn).GetInfo();
        var states = info.States.OrderBy(s => (RemovalStatus)s.UnderlyingState).ToList();
        var text = new StringBuilder();
        text.Append("```mermaid\nstateDiagram-v2\n");
        foreach (var state in states)
        {
            var s = (RemovalStatus)state.UnderlyingState;
            text.Append($"    state \"{StatusLabel(s)}\" as {s}\n");
        }

        text.Append($"    [*] --> {RemovalStatus.New}\n");
        var rows = new List<string>();
        foreach (var state in states)
        {
            var from = (RemovalStatus)state.UnderlyingState;
            var internals = new List<string>();
            foreach (var t in state.FixedTransitions.OrderBy(t => (RemovalTrigger)t.Trigger.UnderlyingTrigger))
            {
                var trigger = (RemovalTrigger)t.Trigger.UnderlyingTrigger;
                var to = (RemovalStatus)t.DestinationState.UnderlyingState;
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

        text.Append($"    {RemovalStatus.Executed} --> [*]\n    {RemovalStatus.Cancelled} --> [*]\n```\n\n");
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
