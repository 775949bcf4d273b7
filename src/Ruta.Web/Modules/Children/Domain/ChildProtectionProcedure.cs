using System.Text;
using Stateless;

namespace Ruta.Web.Modules.Children.Domain;

/// <summary>
/// Where a child's case is in the protection chain: notified to the Procuraduría de Protección, then
/// the six stages of the restitution-of-rights procedure (LGDNNA art. 123) up to the plan that binds
/// INM, its follow-up and closure. Canalization, shelter, documents, screening and the other acts of
/// the chain happen inside these states (the table says in which).
/// </summary>
public enum ChildCaseStatus
{
    /// <summary>Not yet identified: only the instant before <see cref="ChildTrigger.Identify"/>; never stored.</summary>
    New,

    /// <summary>Identified; the Procuraduría de Protección has been notified (oficio) and must receive the case.</summary>
    Notified,

    /// <summary>Stage I: the Procuraduría received (or itself detected) the case; the family diagnosis is due.</summary>
    Received,

    /// <summary>Stage II: the family situation has been diagnosed; the rights restricted or violated are to be determined.</summary>
    FamilyDiagnosed,

    /// <summary>Stage III: the rights restricted or violated are determined; the best interest is to be determined.</summary>
    RightsDetermined,

    /// <summary>Stage IV (first part): the best interest is determined, with the child's opinion; the plan is due.</summary>
    BestInterestDetermined,

    /// <summary>Stages IV–VI: the restitution plan is presented to INM, coordinated with the institutions and followed up.</summary>
    PlanInForce,

    /// <summary>Closed: every right guaranteed, or the child is an adult or left the country.</summary>
    Closed,
}

/// <summary>What may happen to a child's case; the legal moves are the table in <see cref="ChildProtectionProcedure"/>.</summary>
public enum ChildTrigger
{
    Identify,
    Detect,
    Canalize,
    Place,
    EndPlacement,
    IssueTvrh,
    Screen,
    ResolveProtectionNeed,
    NotifyConsulate,
    RequestUrgentMeasure,
    RecordUrgentMeasureDecree,
    RecordJudicialRuling,
    ReceiveCase,
    DiagnoseFamily,
    DetermineRights,
    DetermineBestInterest,
    DetermineAdultContrary,
    AssessRisk,
    RecordReunification,
    IssuePlan,
    RevisePlan,
    RecordInmDecision,
    AssignEscort,
    RecordReceivingAuthority,
    RecordFollowUp,
    CloseRestored,
    CloseEnded,
}

/// <summary>
/// THE transition table of a child's case (states × triggers), built with Stateless. Anything not
/// in it throws <see cref="Kernel.Domain.IllegalTransitionException"/>; <c>CanFire</c> decides which
/// acts the pages offer; <see cref="Mermaid"/> renders it for lawyers (docs/child-protection-procedure.md,
/// checked by a test). The legal rule of each act (who, what evidence, which plan) is checked by
/// <see cref="ChildCase"/>'s methods, not by guards here: a refusal then names its law.
/// </summary>
public static class ChildProtectionProcedure
{
    /// <summary>The procedure's name in 409 problems.</summary>
    public const string Name = "Caso de protección de niña, niño o adolescente";

    /// <summary>The chain's acts, possible from the notice until the case closes.</summary>
    public static readonly IReadOnlyList<ChildTrigger> ChainActs =
    [
        ChildTrigger.Canalize, ChildTrigger.Place, ChildTrigger.EndPlacement, ChildTrigger.IssueTvrh, ChildTrigger.Screen,
        ChildTrigger.ResolveProtectionNeed, ChildTrigger.NotifyConsulate, ChildTrigger.RequestUrgentMeasure,
        ChildTrigger.RecordUrgentMeasureDecree, ChildTrigger.RecordJudicialRuling,
    ];

    /// <summary>The Procuraduría's acts once it has received the case (stage I on).</summary>
    public static readonly IReadOnlyList<ChildTrigger> ProcuraduriaActs =
        [ChildTrigger.DetermineAdultContrary, ChildTrigger.AssessRisk, ChildTrigger.RecordReunification];

    /// <summary>Acts that need the plan in force (stages V–VI and INM's decision).</summary>
    public static readonly IReadOnlyList<ChildTrigger> PlanActs =
    [
        ChildTrigger.RevisePlan, ChildTrigger.RecordInmDecision, ChildTrigger.AssignEscort, ChildTrigger.RecordReceivingAuthority,
        ChildTrigger.RecordFollowUp,
    ];

    public static StateMachine<ChildCaseStatus, ChildTrigger> Build(Func<ChildCaseStatus> read, Action<ChildCaseStatus> write)
    {
        var m = new StateMachine<ChildCaseStatus, ChildTrigger>(read, write);

        m.Configure(ChildCaseStatus.New)
            .Permit(ChildTrigger.Identify, ChildCaseStatus.Notified)
            .Permit(ChildTrigger.Detect, ChildCaseStatus.Received);

        Open(m.Configure(ChildCaseStatus.Notified), false, false)
            .Permit(ChildTrigger.ReceiveCase, ChildCaseStatus.Received);

        Open(m.Configure(ChildCaseStatus.Received), true, false)
            .Permit(ChildTrigger.DiagnoseFamily, ChildCaseStatus.FamilyDiagnosed);

        Open(m.Configure(ChildCaseStatus.FamilyDiagnosed), true, false)
            .Permit(ChildTrigger.DetermineRights, ChildCaseStatus.RightsDetermined);

        Open(m.Configure(ChildCaseStatus.RightsDetermined), true, false)
            .Permit(ChildTrigger.DetermineBestInterest, ChildCaseStatus.BestInterestDetermined);

        Open(m.Configure(ChildCaseStatus.BestInterestDetermined), true, false)
            .Permit(ChildTrigger.IssuePlan, ChildCaseStatus.PlanInForce);

        Open(m.Configure(ChildCaseStatus.PlanInForce), true, true)
            .Permit(ChildTrigger.CloseRestored, ChildCaseStatus.Closed);

        m.Configure(ChildCaseStatus.Closed);

        m.OnUnhandledTrigger((state, trigger, _) =>
            throw new Kernel.Domain.IllegalTransitionException(Name, StatusLabel(state), TriggerLabel(trigger)));
        return m;
    }

    private static StateMachine<ChildCaseStatus, ChildTrigger>.StateConfiguration Open(
        StateMachine<ChildCaseStatus, ChildTrigger>.StateConfiguration state, bool received, bool plan)
    {
        state.Permit(ChildTrigger.CloseEnded, ChildCaseStatus.Closed);
        IEnumerable<ChildTrigger> acts = ChainActs;
        if (received)
        {
            acts = acts.Concat(ProcuraduriaActs);
        }

        if (plan)
        {
            acts = acts.Concat(PlanActs);
        }

        foreach (var act in acts)
        {
            state.InternalTransition(act, _ => { });
        }

        return state;
    }

    /// <summary>The states a stored case can be in (every state but <see cref="ChildCaseStatus.New"/>).</summary>
    public static IReadOnlyList<ChildCaseStatus> StoredStates { get; } =
        [.. Enum.GetValues<ChildCaseStatus>().Where(s => s != ChildCaseStatus.New)];

    public static bool IsOpen(ChildCaseStatus status) => status is not (ChildCaseStatus.New or ChildCaseStatus.Closed);

    public static string StatusCode(ChildCaseStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    /// <summary>Spanish name of a state, shown to officers and named in 409 problems.</summary>
    public static string StatusLabel(ChildCaseStatus status) => status switch
    {
        ChildCaseStatus.New => "sin identificar",
        ChildCaseStatus.Notified => "notificado a la Procuraduría",
        ChildCaseStatus.Received => "etapa I: caso recibido, diagnóstico pendiente",
        ChildCaseStatus.FamilyDiagnosed => "etapa II: situación familiar diagnosticada",
        ChildCaseStatus.RightsDetermined => "etapa III: derechos restringidos o vulnerados determinados",
        ChildCaseStatus.BestInterestDetermined => "etapa IV: interés superior determinado",
        ChildCaseStatus.PlanInForce => "etapas IV a VI: plan de restitución vigente",
        ChildCaseStatus.Closed => "concluido",
        _ => status.ToString(),
    };

    /// <summary>Spanish name of an act.</summary>
    public static string TriggerLabel(ChildTrigger trigger) => trigger switch
    {
        ChildTrigger.Identify => "identificar y notificar a la Procuraduría",
        ChildTrigger.Detect => "detectar el caso (la Procuraduría)",
        ChildTrigger.Canalize => "canalizar al Sistema DIF (acta de canalización)",
        ChildTrigger.Place => "alojar en un centro de asistencia social",
        ChildTrigger.EndPlacement => "terminar el alojamiento",
        ChildTrigger.IssueTvrh => "expedir TVRH",
        ChildTrigger.Screen => "evaluar la necesidad de protección internacional",
        ChildTrigger.ResolveProtectionNeed => "registrar la resolución de la necesidad de protección",
        ChildTrigger.NotifyConsulate => "notificar al consulado",
        ChildTrigger.RequestUrgentMeasure => "solicitar u ordenar una medida urgente de protección",
        ChildTrigger.RecordUrgentMeasureDecree => "registrar el decreto del Ministerio Público",
        ChildTrigger.RecordJudicialRuling => "registrar el pronunciamiento judicial",
        ChildTrigger.ReceiveCase => "recibir el caso (etapa I)",
        ChildTrigger.DiagnoseFamily => "diagnosticar la situación familiar (etapa II)",
        ChildTrigger.DetermineRights => "determinar los derechos restringidos o vulnerados (etapa III)",
        ChildTrigger.DetermineBestInterest => "determinar el interés superior (etapa IV)",
        ChildTrigger.DetermineAdultContrary => "determinar que una persona adulta es contraria al interés superior",
        ChildTrigger.AssessRisk => "valorar el riesgo a la vida, libertad o seguridad",
        ChildTrigger.RecordReunification => "registrar una reunificación familiar",
        ChildTrigger.IssuePlan => "emitir el plan de restitución y presentarlo al INM (etapas IV y V)",
        ChildTrigger.RevisePlan => "modificar el plan de restitución",
        ChildTrigger.RecordInmDecision => "registrar la decisión del INM conforme al plan",
        ChildTrigger.AssignEscort => "asignar personal especializado en infancia para el traslado",
        ChildTrigger.RecordReceivingAuthority => "registrar la intervención de la autoridad del país receptor",
        ChildTrigger.RecordFollowUp => "dar seguimiento a una medida del plan (etapa VI)",
        ChildTrigger.CloseRestored => "concluir: derechos restituidos",
        ChildTrigger.CloseEnded => "concluir por mayoría de edad o salida del país",
        _ => trigger.ToString(),
    };

    /// <summary>
    /// The table as a Mermaid state diagram plus a Markdown table, in Spanish, generated from the same
    /// Stateless configuration the cases run on.
    /// </summary>
    public static string Mermaid()
    {
        var status = ChildCaseStatus.New;
        var info = Build(() => status, s => status = s).GetInfo();
        var states = info.States.OrderBy(s => (ChildCaseStatus)s.UnderlyingState).ToList();
        var text = new StringBuilder();
        text.Append("```mermaid\nstateDiagram-v2\n");
        foreach (var state in states)
        {
            var s = (ChildCaseStatus)state.UnderlyingState;
            text.Append($"    state \"{StatusLabel(s)}\" as {s}\n");
        }

        text.Append($"    [*] --> {ChildCaseStatus.New}\n");
        var rows = new List<string>();
        foreach (var state in states)
        {
            var from = (ChildCaseStatus)state.UnderlyingState;
            var internals = new List<string>();
            foreach (var t in state.FixedTransitions.OrderBy(t => (ChildTrigger)t.Trigger.UnderlyingTrigger))
            {
                var trigger = (ChildTrigger)t.Trigger.UnderlyingTrigger;
                var to = (ChildCaseStatus)t.DestinationState.UnderlyingState;
                if (t.IsInternalTransition)
                {
                    internals.Add(TriggerLabel(trigger));
                    rows.Add($"| {StatusLabel(from)} | {TriggerLabel(trigger)} | (sin cambio de estado) |");
                    continue;
                }

                text.Append($"    {from} --> {to} : {TriggerLabel(trigger)}\n");
                rows.Add($"| {StatusLabel(from)} | {TriggerLabel(trigger)} | {StatusLabel(to)} |");
            }

            if (internals.Count > 0)
            {
                text.Append($"    note right of {from}\n        Sin cambio de estado: {string.Join(", ", internals)}\n    end note\n");
            }
        }

        text.Append($"    {ChildCaseStatus.Closed} --> [*]\n```\n\n");
        text.Append("| Estado | Acto | Estado siguiente |\n|---|---|---|\n");
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        return text.ToString();
    }
}
