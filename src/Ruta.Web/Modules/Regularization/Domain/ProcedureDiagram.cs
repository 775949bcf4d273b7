using System.Text;
using Stateless;
using Stateless.Reflection;

namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>
/// Renders a Stateless table as a Mermaid state diagram plus a Markdown table, in Spanish, so the
/// lawyers review exactly what the code runs (docs/regularization-procedure.md, checked by a test).
/// </summary>
internal static class ProcedureDiagram
{
    public static string Render<TState, TTrigger>(StateMachine<TState, TTrigger> machine, TState initial,
        IReadOnlyCollection<TState> finals, Func<TState, string> stateLabel, Func<TTrigger, string> triggerLabel)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var states = machine.GetInfo().States.OrderBy(s => (TState)s.UnderlyingState).ToList();
        var text = new StringBuilder();
        text.Append("```mermaid\nstateDiagram-v2\n");
        foreach (var state in states)
        {
            var s = (TState)state.UnderlyingState;
            text.Append($"    state \"{stateLabel(s)}\" as {s}\n");
        }

        text.Append($"    [*] --> {initial}\n");
        var rows = new List<string>();
        foreach (var state in states)
        {
            var from = (TState)state.UnderlyingState;
            var internals = new List<string>();
            foreach (var t in state.FixedTransitions.OrderBy(t => (TTrigger)t.Trigger.UnderlyingTrigger))
            {
                var trigger = (TTrigger)t.Trigger.UnderlyingTrigger;
                var to = (TState)t.DestinationState.UnderlyingState;
                var guard = string.Join(" y ", t.GuardConditionsMethodDescriptions.Select(g => g.Description));
                if (t.IsInternalTransition)
                {
                    internals.Add(triggerLabel(trigger));
                    rows.Add($"| {stateLabel(from)} | {triggerLabel(trigger)} | (sin cambio de estado) | {guard} |");
                    continue;
                }

                text.Append($"    {from} --> {to} : {triggerLabel(trigger)}{(guard.Length > 0 ? $" [{guard}]" : "")}\n");
                rows.Add($"| {stateLabel(from)} | {triggerLabel(trigger)} | {stateLabel(to)} | {guard} |");
            }

            if (internals.Count > 0)
            {
                text.Append($"    note right of {from}\n        Sin cambio de estado: {string.Join(", ", internals)}\n    end note\n");
            }
        }

        foreach (var final in finals)
        {
            text.Append($"    {final} --> [*]\n");
        }

        text.Append("```\n\n| Estado | Acción | Estado siguiente | Condición |\n|---|---|---|---|\n");
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        return text.ToString();
    }
}
