using System.Text;
using Stateless;
using Stateless.Reflection;

namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>Where a person's stay in a migration station is.</summary>
public enum StationStayStatus
{
    /// <summary>Not yet put at disposal: only the instant before <see cref="StationStayTrigger.PutAtDisposal"/>; never stored.</summary>
    New,

    /// <summary>Put at INM's disposal; the acuerdo de presentación is due within 24 hours (LM art. 100).</summary>
    AwaitingAdmission,

    /// <summary>Presented (acuerdo de presentación) and held in the station while INM resolves (LM art. 111).</summary>
    Admitted,

    /// <summary>Left free: time limit, decision of the authority, amparo, alternative to detention.</summary>
    Released,

    /// <summary>Left with an exit permit for regularization (LM art. 136), through IStationCustody.</summary>
    ExitForRegularization,

    /// <summary>Left the country by assisted return or deportation, through IStationCustody.</summary>
    Removed,

    /// <summary>Handed to the child-protection system (identified as a child) or to a shelter.</summary>
    Canalized,
}

/// <summary>What may happen to a stay; the legal moves are the table in <see cref="StationProcedure"/>.</summary>
public enum StationStayTrigger
{
    PutAtDisposal,
    Admit,
    RecordAsylumRequest,
    Extend,
    Release,
    ExitToRegularize,
    Remove,
    Canalize,
}

/// <summary>
/// THE transition table of a stay in a migration station (states × triggers), built with Stateless.
/// Anything not in it throws <see cref="Kernel.Domain.IllegalTransitionException"/>; <c>CanFire</c>
/// decides which acts the stay page offers; <see cref="Mermaid"/> renders it (docs/migration-station.md,
/// checked by a test). Every exit is open from both open states, so IStationCustody can always end an
/// open stay. The legal rules of each act (age, carer, bars, 24 h) are checked by the acts, not here.
/// </summary>
public static class StationProcedure
{
    /// <summary>The procedure's name in 409 problems.</summary>
    public const string Name = "Estancia en estación migratoria";

    public static StateMachine<StationStayStatus, StationStayTrigger> Build(Func<StationStayStatus> read, Action<StationStayStatus> write)
    {
        var m = new StateMachine<StationStayStatus, StationStayTrigger>(read, write);

        m.Configure(StationStayStatus.New)
            .Permit(StationStayTrigger.PutAtDisposal, StationStayStatus.AwaitingAdmission);

        m.Configure(StationStayStatus.AwaitingAdmission)
            .Permit(StationStayTrigger.Admit, StationStayStatus.Admitted)
            .Permit(StationStayTrigger.Release, StationStayStatus.Released)
            .Permit(StationStayTrigger.ExitToRegularize, StationStayStatus.ExitForRegularization)
            .Permit(StationStayTrigger.Remove, StationStayStatus.Removed)
            .Permit(StationStayTrigger.Canalize, StationStayStatus.Canalized)
            .InternalTransition(StationStayTrigger.RecordAsylumRequest, _ => { });

        m.Configure(StationStayStatus.Admitted)
            .Permit(StationStayTrigger.Release, StationStayStatus.Released)
            .Permit(StationStayTrigger.ExitToRegularize, StationStayStatus.ExitForRegularization)
            .Permit(StationStayTrigger.Remove, StationStayStatus.Removed)
            .Permit(StationStayTrigger.Canalize, StationStayStatus.Canalized)
            .InternalTransition(StationStayTrigger.RecordAsylumRequest, _ => { })
            .InternalTransition(StationStayTrigger.Extend, _ => { });

        m.Configure(StationStayStatus.Released);
        m.Configure(StationStayStatus.ExitForRegularization);
        m.Configure(StationStayStatus.Removed);
        m.Configure(StationStayStatus.Canalized);

        m.OnUnhandledTrigger((state, trigger, _) =>
            throw new Kernel.Domain.IllegalTransitionException(Name, StatusLabel(state), TriggerLabel(trigger)));
        return m;
    }

    /// <summary>The states a stored stay can be in (every state but <see cref="StationStayStatus.New"/>).</summary>
    public static IReadOnlyList<StationStayStatus> StoredStates { get; } =
        [.. Enum.GetValues<StationStayStatus>().Where(s => s != StationStayStatus.New)];

    /// <summary>The person is in INM's custody: at disposal or presented.</summary>
    public static bool IsOpen(StationStayStatus status) => status is StationStayStatus.AwaitingAdmission or StationStayStatus.Admitted;

    public static string StatusCode(StationStayStatus status) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    /// <summary>Spanish name of a state, shown to officers and named in 409 problems.</summary>
    public static string StatusLabel(StationStayStatus status) => status switch
    {
        StationStayStatus.New => "sin registrar",
        StationStayStatus.AwaitingAdmission => "puesta a disposición, sin acuerdo de presentación",
        StationStayStatus.Admitted => "presentada en la estación",
        StationStayStatus.Released => "en libertad",
        StationStayStatus.ExitForRegularization => "salió para regularizarse",
        StationStayStatus.Removed => "salió del país",
        StationStayStatus.Canalized => "canalizada",
        _ => status.ToString(),
    };

    /// <summary>Spanish name of an act.</summary>
    public static string TriggerLabel(StationStayTrigger trigger) => trigger switch
    {
        StationStayTrigger.PutAtDisposal => "poner a disposición del INM",
        StationStayTrigger.Admit => "dictar el acuerdo de presentación",
        StationStayTrigger.RecordAsylumRequest => "registrar que solicitó refugio",
        StationStayTrigger.Extend => "ampliar el alojamiento (art. 111)",
        StationStayTrigger.Release => "dejar en libertad",
        StationStayTrigger.ExitToRegularize => "dar salida con fines de regularización",
        StationStayTrigger.Remove => "dar salida del país (retorno asistido o deportación)",
        StationStayTrigger.Canalize => "canalizar",
        _ => trigger.ToString(),
    };

    /// <summary>The table as a Mermaid state diagram plus a Markdown table, in Spanish, generated from the same configuration the stays run on.</summary>
    public static string Mermaid()
    {
        var status = StationStayStatus.New;
        var info = Build(() => status, s => status = s).GetInfo();
        var states = info.States.OrderBy(s => (StationStayStatus)s.UnderlyingState).ToList();
        var text = new StringBuilder();
        text.Append("```mermaid\nstateDiagram-v2\n");
        foreach (var state in states)
        {
            var s = (StationStayStatus)state.UnderlyingState;
            text.Append($"    state \"{StatusLabel(s)}\" as {s}\n");
        }

        text.Append($"    [*] --> {StationStayStatus.New}\n");
        var rows = new List<string>();
        foreach (var state in states)
        {
            var from = (StationStayStatus)state.UnderlyingState;
            var internals = new List<string>();
            foreach (var t in state.FixedTransitions.OrderBy(t => (StationStayTrigger)t.Trigger.UnderlyingTrigger))
            {
                var trigger = (StationStayTrigger)t.Trigger.UnderlyingTrigger;
                var to = (StationStayStatus)t.DestinationState.UnderlyingState;
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

        foreach (var end in states.Select(s => (StationStayStatus)s.UnderlyingState).Where(s => s != StationStayStatus.New && !IsOpen(s)))
        {
            text.Append($"    {end} --> [*]\n");
        }

        text.Append("```\n\n");
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
