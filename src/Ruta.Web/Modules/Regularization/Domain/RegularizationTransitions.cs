using Stateless;

namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>Where a regularization procedure is (INM).</summary>
public enum RegularizationStatus
{
    /// <summary>Not yet filed: only the instant before <see cref="RegularizationTrigger.File"/>; never stored.</summary>
    New,

    /// <summary>Filed from a migration station: the person accredited a ground; the exit permit is due within 24 hours (LM art. 136).</summary>
    ExitPermitDue,

    /// <summary>Filed and outside any station: the 30 natural days to resolve run (LM art. 136 párr. tercero).</summary>
    InProcedure,

    /// <summary>A prevención asks for missing requirements: 10 business days to answer (LM art. 130).</summary>
    PreventionPending,

    /// <summary>Resolved favourably: the card of the condition granted was issued.</summary>
    Granted,

    /// <summary>Refused, dismissed or withdrawn: an order to leave runs its exit period (LM art. 137).</summary>
    DepartureOrdered,

    /// <summary>The person left, or the exit period ended without leaving (LM art. 144 fr. VI).</summary>
    Concluded,
}

/// <summary>What may happen to a regularization; the legal moves are the table in <see cref="RegularizationTransitions"/>.</summary>
public enum RegularizationTrigger
{
    File,
    UpdateRequirements,
    IssueExitPermit,
    IssuePrevention,
    AnswerPrevention,
    Dismiss,
    Grant,
    Refuse,
    Withdraw,
    RecordDeparture,
    LapseDepartureOrder,
}

/// <summary>
/// THE transition table of the regularization procedure (states × triggers), built with Stateless on
/// a procedure. Anything not in it throws <see cref="Kernel.Domain.IllegalTransitionException"/>;
/// <c>CanFire</c> decides which acts the procedure page offers; <see cref="Mermaid"/> draws it
/// (docs/regularization-procedure.md, checked by a test).
/// </summary>
public static class RegularizationTransitions
{
    public const string Name = "Regularización migratoria";

    public static StateMachine<RegularizationStatus, RegularizationTrigger> Build(
        Func<RegularizationStatus> read, Action<RegularizationStatus> write, Func<bool> fromStation, Func<bool> prevented)
    {
        var m = new StateMachine<RegularizationStatus, RegularizationTrigger>(read, write);

        m.Configure(RegularizationStatus.New)
            .PermitIf(RegularizationTrigger.File, RegularizationStatus.ExitPermitDue, fromStation, "alojada en una estación migratoria")
            .PermitIf(RegularizationTrigger.File, RegularizationStatus.InProcedure, () => !fromStation(), "acudió a una oficina del INM");

        m.Configure(RegularizationStatus.ExitPermitDue)
            .Permit(RegularizationTrigger.IssueExitPermit, RegularizationStatus.InProcedure)
            .InternalTransition(RegularizationTrigger.UpdateRequirements, _ => { });

        m.Configure(RegularizationStatus.InProcedure)
            .PermitIf(RegularizationTrigger.IssuePrevention, RegularizationStatus.PreventionPending, () => !prevented(),
                "sin prevención previa (una sola vez)")
            .Permit(RegularizationTrigger.Grant, RegularizationStatus.Granted)
            .Permit(RegularizationTrigger.Refuse, RegularizationStatus.DepartureOrdered)
            .Permit(RegularizationTrigger.Withdraw, RegularizationStatus.DepartureOrdered)
            .InternalTransition(RegularizationTrigger.UpdateRequirements, _ => { });

        m.Configure(RegularizationStatus.PreventionPending)
            .Permit(RegularizationTrigger.AnswerPrevention, RegularizationStatus.InProcedure)
            .Permit(RegularizationTrigger.Dismiss, RegularizationStatus.DepartureOrdered)
            .Permit(RegularizationTrigger.Withdraw, RegularizationStatus.DepartureOrdered)
            .InternalTransition(RegularizationTrigger.UpdateRequirements, _ => { });

        m.Configure(RegularizationStatus.Granted);

        m.Configure(RegularizationStatus.DepartureOrdered)
            .Permit(RegularizationTrigger.RecordDeparture, RegularizationStatus.Concluded)
            .Permit(RegularizationTrigger.LapseDepartureOrder, RegularizationStatus.Concluded);

        m.Configure(RegularizationStatus.Concluded);

        m.OnUnhandledTrigger((state, trigger, _) =>
            throw new Kernel.Domain.IllegalTransitionException(Name, StatusLabel(state), TriggerLabel(trigger)));
        return m;
    }

    /// <summary>Every state a stored procedure can be in.</summary>
    public static IReadOnlyList<RegularizationStatus> StoredStates { get; } =
        [.. Enum.GetValues<RegularizationStatus>().Where(s => s != RegularizationStatus.New)];

    /// <summary>Filed and not resolved: the person is "a quien acude a regularizar" (LM art. 136) and may have no other open procedure.</summary>
    public static bool IsOpen(RegularizationStatus status) =>
        status is RegularizationStatus.ExitPermitDue or RegularizationStatus.InProcedure or RegularizationStatus.PreventionPending;

    public static string StatusCode(RegularizationStatus status) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    public static bool TryParseStatus(string? value, out RegularizationStatus status)
    {
        foreach (var candidate in StoredStates)
        {
            if (string.Equals(StatusCode(candidate), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static string StatusLabel(RegularizationStatus status) => status switch
    {
        RegularizationStatus.New => "sin presentar",
        RegularizationStatus.ExitPermitDue => "oficio de salida de la estación pendiente",
        RegularizationStatus.InProcedure => "en trámite",
        RegularizationStatus.PreventionPending => "prevenida (requisitos faltantes)",
        RegularizationStatus.Granted => "regularizada",
        RegularizationStatus.DepartureOrdered => "con oficio de salida del país",
        RegularizationStatus.Concluded => "concluida",
        _ => status.ToString(),
    };

    public static string TriggerLabel(RegularizationTrigger trigger) => trigger switch
    {
        RegularizationTrigger.File => "presentar la solicitud",
        RegularizationTrigger.UpdateRequirements => "registrar requisitos presentados",
        RegularizationTrigger.IssueExitPermit => "expedir el oficio de salida de la estación",
        RegularizationTrigger.IssuePrevention => "prevenir por requisitos faltantes",
        RegularizationTrigger.AnswerPrevention => "registrar el desahogo de la prevención",
        RegularizationTrigger.Dismiss => "desechar por no desahogar la prevención",
        RegularizationTrigger.Grant => "resolver favorablemente",
        RegularizationTrigger.Refuse => "resolver negativamente",
        RegularizationTrigger.Withdraw => "registrar el desistimiento",
        RegularizationTrigger.RecordDeparture => "registrar la salida del país",
        RegularizationTrigger.LapseDepartureOrder => "declarar incumplido el oficio de salida",
        _ => trigger.ToString(),
    };

    /// <summary>The table drawn for docs/regularization-procedure.md.</summary>
    public static string Mermaid()
    {
        var status = RegularizationStatus.New;
        return ProcedureDiagram.Render(Build(() => status, s => status = s, () => false, () => false), RegularizationStatus.New,
            [RegularizationStatus.Granted, RegularizationStatus.Concluded], StatusLabel, TriggerLabel);
    }
}
