using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Stateless;

namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>The two family-unity procedures that are not a regularization (that one is a <see cref="RegularizationProcedure"/>).</summary>
public enum FamilyUnityKind
{
    /// <summary>Visa por unidad familiar requested at INM for a relative abroad: INM authorizes, the consulate issues (LM art. 41 párr. segundo).</summary>
    Visa,

    /// <summary>Cambio de condición de estancia to temporary or permanent resident by family link.</summary>
    ChangeOfCondition,
}

public enum FamilyUnityStatus { New, InProcedure, PreventionPending, Granted, NotGranted }

public enum FamilyUnityTrigger { File, UpdateRequirements, IssuePrevention, AnswerPrevention, Dismiss, Grant, Refuse, Withdraw }

public enum FamilyUnityOutcome { Granted, Refused, Dismissed, Withdrawn }

/// <summary>THE transition table of the family-unity procedures (visa and change of condition), with Stateless.</summary>
public static class FamilyUnityTransitions
{
    public const string Name = "Trámite de unidad familiar";

    public static StateMachine<FamilyUnityStatus, FamilyUnityTrigger> Build(Func<FamilyUnityStatus> read, Action<FamilyUnityStatus> write,
        Func<bool> prevented)
    {
        var m = new StateMachine<FamilyUnityStatus, FamilyUnityTrigger>(read, write);
        m.Configure(FamilyUnityStatus.New).Permit(FamilyUnityTrigger.File, FamilyUnityStatus.InProcedure);
        m.Configure(FamilyUnityStatus.InProcedure)
            .PermitIf(FamilyUnityTrigger.IssuePrevention, FamilyUnityStatus.PreventionPending, () => !prevented(), "sin prevención previa (una sola vez)")
            .Permit(FamilyUnityTrigger.Grant, FamilyUnityStatus.Granted)
            .Permit(FamilyUnityTrigger.Refuse, FamilyUnityStatus.NotGranted)
            .Permit(FamilyUnityTrigger.Withdraw, FamilyUnityStatus.NotGranted)
            .InternalTransition(FamilyUnityTrigger.UpdateRequirements, _ => { });
        m.Configure(FamilyUnityStatus.PreventionPending)
            .Permit(FamilyUnityTrigger.AnswerPrevention, FamilyUnityStatus.InProcedure)
            .Permit(FamilyUnityTrigger.Dismiss, FamilyUnityStatus.NotGranted)
            .Permit(FamilyUnityTrigger.Withdraw, FamilyUnityStatus.NotGranted)
            .InternalTransition(FamilyUnityTrigger.UpdateRequirements, _ => { });
        m.Configure(FamilyUnityStatus.Granted);
        m.Configure(FamilyUnityStatus.NotGranted);
        m.OnUnhandledTrigger((state, trigger, _) => throw new IllegalTransitionException(Name, StatusLabel(state), TriggerLabel(trigger)));
        return m;
    }

    public static IReadOnlyList<FamilyUnityStatus> StoredStates { get; } = [.. Enum.GetValues<FamilyUnityStatus>().Where(s => s != FamilyUnityStatus.New)];

    public static bool IsOpen(FamilyUnityStatus status) => status is FamilyUnityStatus.InProcedure or FamilyUnityStatus.PreventionPending;

    public static string StatusCode(FamilyUnityStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    public static string StatusLabel(FamilyUnityStatus status) => status switch
    {
        FamilyUnityStatus.New => "sin presentar",
        FamilyUnityStatus.InProcedure => "en trámite",
        FamilyUnityStatus.PreventionPending => "prevenida (requisitos faltantes)",
        FamilyUnityStatus.Granted => "autorizada",
        FamilyUnityStatus.NotGranted => "concluida sin autorización",
        _ => status.ToString(),
    };

    public static string TriggerLabel(FamilyUnityTrigger trigger) => trigger switch
    {
        FamilyUnityTrigger.File => "presentar la solicitud",
        FamilyUnityTrigger.UpdateRequirements => "registrar requisitos presentados",
        FamilyUnityTrigger.IssuePrevention => "prevenir por requisitos faltantes",
        FamilyUnityTrigger.AnswerPrevention => "registrar el desahogo de la prevención",
        FamilyUnityTrigger.Dismiss => "desechar por no desahogar la prevención",
        FamilyUnityTrigger.Grant => "resolver favorablemente",
        FamilyUnityTrigger.Refuse => "resolver negativamente",
        FamilyUnityTrigger.Withdraw => "registrar el desistimiento",
        _ => trigger.ToString(),
    };

    public static string KindLabel(FamilyUnityKind kind) => kind switch
    {
        FamilyUnityKind.Visa => "Visa por unidad familiar",
        _ => "Cambio de condición por vínculo familiar",
    };

    public static string Mermaid()
    {
        var status = FamilyUnityStatus.New;
        return ProcedureDiagram.Render(Build(() => status, s => status = s, () => false), FamilyUnityStatus.New,
            [FamilyUnityStatus.Granted, FamilyUnityStatus.NotGranted], StatusLabel, TriggerLabel);
    }
}

/// <summary>What a family-unity filing says, checked by the feature (eligibility included).</summary>
public sealed record FamilyUnityFiling(FamilyUnityKind Kind, Guid PrincipalPersonId, Guid RelativePersonId, FamilyRelation? RelationToPrincipal,
    PrincipalStanding PrincipalStanding, StayCondition TargetCondition, int? MaxValidityYears, DateOnly? ValidUntilCap, Guid OfficeId, DateOnly FiledOn,
    FamilyUnityRequirement Presented);

/// <summary>
/// A visa por unidad familiar requested at INM, or a change of condition by family link. States and
/// moves are <see cref="FamilyUnityTransitions"/>; resolution within 20 business days (LM art. 128).
/// </summary>
public sealed class FamilyUnityProcedure : IVersioned
{
    private StateMachine<FamilyUnityStatus, FamilyUnityTrigger>? _machine;

    private FamilyUnityProcedure() { }

    public Guid Id { get; private set; }
    public FamilyUnityKind Kind { get; private set; }
    public Guid PrincipalPersonId { get; private set; }

    /// <summary>The relative the visa or the new condition is for.</summary>
    public Guid RelativePersonId { get; private set; }
    public FamilyRelation? RelationToPrincipal { get; private set; }
    public PrincipalStanding PrincipalStanding { get; private set; }
    public StayCondition TargetCondition { get; private set; }
    public int? MaxValidityYears { get; private set; }
    public DateOnly? ValidUntilCap { get; private set; }
    public Guid OfficeId { get; private set; }
    public DateOnly FiledOn { get; private set; }
    public FamilyUnityStatus Status { get; private set; } = FamilyUnityStatus.New;
    public DateOnly? ResolutionDueDate { get; internal set; }
    public FamilyUnityRequirement Presented { get; private set; }
    public DateOnly? PreventionNotifiedOn { get; private set; }
    public DateOnly? PreventionAnswerDueDate { get; internal set; }
    public DateOnly? PreventionAnsweredOn { get; private set; }
    public FamilyUnityRequirement PreventionMissing { get; private set; }
    public FamilyUnityOutcome? Outcome { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public string? Reasons { get; private set; }

    /// <summary>Visa: INM's authorization (printable); change of condition: the new card.</summary>
    public Guid? IssuedDocumentId { get; internal set; }

    /// <summary>Visa: the oficio to SRE so the consulate issues the visa.</summary>
    public Guid? NoticeId { get; internal set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedByUserId { get; private set; }
    public int ActCount { get; private set; }
    public int Version { get; set; }
    public List<FamilyUnityEvent> Events { get; private set; } = [];

    private StateMachine<FamilyUnityStatus, FamilyUnityTrigger> Machine =>
        _machine ??= FamilyUnityTransitions.Build(() => Status, s => Status = s, () => PreventionNotifiedOn is not null);

    public FamilyUnityRequirement Applicable => Requirements.ApplicableTo(Kind);
    public FamilyUnityRequirement Missing => Applicable & ~Presented;

    public bool CanFire(FamilyUnityTrigger trigger) => Machine.CanFire(trigger);

    public void EnsureAllowed(params IReadOnlyList<FamilyUnityTrigger> triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        if (triggers.Count == 1 && triggers[0] == FamilyUnityTrigger.IssuePrevention && Status == FamilyUnityStatus.InProcedure
            && PreventionNotifiedOn is { } earlier)
        {
            throw new DomainRuleException(RegularizationRules.PreventionAlreadyIssued,
                $"Ya se previno a la persona el {earlier:yyyy-MM-dd}: la prevención se hace por una sola vez.", RegularizationRules.PreventionTimingBasis);
        }

        if (!triggers.Any(CanFire))
        {
            Machine.Fire(triggers[0]);
        }
    }

    public static FamilyUnityProcedure File(FamilyUnityFiling facts, ProcedureActor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        var procedure = new FamilyUnityProcedure
        {
            Id = Guid.CreateVersion7(),
            Kind = facts.Kind,
            PrincipalPersonId = facts.PrincipalPersonId,
            RelativePersonId = facts.RelativePersonId,
            RelationToPrincipal = facts.RelationToPrincipal,
            PrincipalStanding = facts.PrincipalStanding,
            TargetCondition = facts.TargetCondition,
            MaxValidityYears = facts.MaxValidityYears,
            ValidUntilCap = facts.ValidUntilCap,
            OfficeId = facts.OfficeId,
            FiledOn = facts.FiledOn,
            Presented = facts.Presented & Requirements.ApplicableTo(facts.Kind),
            CreatedAt = actor.Now,
            CreatedByUserId = actor.UserId,
            Version = 1,
        };
        procedure.Machine.Fire(FamilyUnityTrigger.File);
        procedure.Record(FamilyUnityEventKind.Filed, facts.FiledOn, actor,
            $"{FamilyUnityTransitions.KindLabel(facts.Kind)}: {StayConditions.Label(facts.TargetCondition)}.");
        return procedure;
    }

    public FamilyUnityEvent UpdateRequirements(FamilyUnityRequirement presented, DateOnly on, ProcedureActor actor)
    {
        EnsureAllowed(FamilyUnityTrigger.UpdateRequirements);
        Presented = presented & Applicable;
        return Fire(FamilyUnityTrigger.UpdateRequirements, FamilyUnityEventKind.RequirementsUpdated, on, actor,
            "Presentados: " + (Presented == FamilyUnityRequirement.None ? "ninguno"
                : string.Join(", ", Requirements.Flags(Presented).Select(r => Requirements.FamilyUnity[r].Label))) + ".");
    }

    public FamilyUnityEvent IssuePrevention(DateOnly notifiedOn, FamilyUnityRequirement missing, DateOnly lastDayOfFirstThird, ProcedureActor actor)
    {
        EnsureAllowed(FamilyUnityTrigger.IssuePrevention);
        NotBefore(notifiedOn, FiledOn, "notifiedOn", "la presentación");
        var asked = missing == FamilyUnityRequirement.None ? Missing : missing;
        if ((asked & ~Missing) != FamilyUnityRequirement.None)
        {
            throw new ProcedureInputException("missing", "Solo puede pedirse lo que falta y aplica a este trámite.");
        }

        if (asked == FamilyUnityRequirement.None)
        {
            throw new DomainRuleException(RegularizationRules.NothingMissing,
                "Se presentaron todos los requisitos que aplican: no hay nada que prevenir.", RegularizationRules.PreventionBasis);
        }

        if (notifiedOn > lastDayOfFirstThird)
        {
            throw new DomainRuleException(RegularizationRules.PreventionTooLate,
                $"La prevención debía notificarse dentro del primer tercio del plazo para resolver (a más tardar el {lastDayOfFirstThird:yyyy-MM-dd}).",
                RegularizationRules.PreventionTimingBasis, StatusCodes.Status422UnprocessableEntity);
        }

        // Fired before the facts change: the table's guard reads "not prevented before".
        Machine.Fire(FamilyUnityTrigger.IssuePrevention);
        PreventionNotifiedOn = notifiedOn;
        PreventionMissing = asked;
        return Record(FamilyUnityEventKind.PreventionIssued, notifiedOn, actor,
            "Requisitos faltantes: " + string.Join(", ", Requirements.Flags(asked).Select(r => Requirements.FamilyUnity[r].Label)) + ".");
    }

    public FamilyUnityEvent AnswerPrevention(DateOnly answeredOn, ProcedureActor actor)
    {
        EnsureAllowed(FamilyUnityTrigger.AnswerPrevention);
        NotBefore(answeredOn, PreventionNotifiedOn ?? FiledOn, "answeredOn", "la notificación de la prevención");
        if (PreventionAnswerDueDate is { } due && answeredOn > due)
        {
            throw new DomainRuleException(RegularizationRules.PreventionAnswerLate,
                $"El plazo para desahogar la prevención venció el {due:yyyy-MM-dd}: procede desechar el trámite.",
                RegularizationRules.PreventionBasis, StatusCodes.Status422UnprocessableEntity);
        }

        if (Missing != FamilyUnityRequirement.None)
        {
            throw new DomainRuleException(RegularizationRules.RequirementsStillMissing,
                "Siguen faltando requisitos: " + string.Join(", ", Requirements.Flags(Missing).Select(r => Requirements.FamilyUnity[r].Label)) + ".",
                RegularizationRules.PreventionBasis, StatusCodes.Status422UnprocessableEntity);
        }

        PreventionAnsweredOn = answeredOn;
        return Fire(FamilyUnityTrigger.AnswerPrevention, FamilyUnityEventKind.PreventionAnswered, answeredOn, actor);
    }

    public FamilyUnityEvent Dismiss(DateOnly on, DateOnly today, ProcedureActor actor)
    {
        EnsureAllowed(FamilyUnityTrigger.Dismiss);
        if (PreventionAnswerDueDate is not { } due || today <= due)
        {
            throw new DomainRuleException(RegularizationRules.PreventionTermRunning,
                $"La persona tiene hasta el {PreventionAnswerDueDate:yyyy-MM-dd} para desahogar la prevención; no puede desecharse antes.",
                RegularizationRules.PreventionBasis);
        }

        NotBefore(on, due.AddDays(1), "dismissedOn", "el día siguiente al vencimiento de la prevención");
        End(FamilyUnityOutcome.Dismissed, on, "No se subsanaron los requisitos prevenidos en el plazo.");
        return Fire(FamilyUnityTrigger.Dismiss, FamilyUnityEventKind.Dismissed, on, actor, Reasons);
    }

    public FamilyUnityEvent Grant(DateOnly resolvedOn, string reasons, ProcedureActor actor)
    {
        EnsureAllowed(FamilyUnityTrigger.Grant);
        NotBefore(resolvedOn, FiledOn, "resolvedOn", "la presentación");
        if (Missing != FamilyUnityRequirement.None)
        {
            throw new DomainRuleException(RegularizationRules.RequirementsMissing,
                "No puede resolverse favorablemente: faltan requisitos: "
                + string.Join(", ", Requirements.Flags(Missing).Select(r => Requirements.FamilyUnity[r].Label)) + ".",
                "LM arts. 126 y 128", StatusCodes.Status422UnprocessableEntity);
        }

        End(FamilyUnityOutcome.Granted, resolvedOn, reasons);
        return Fire(FamilyUnityTrigger.Grant, FamilyUnityEventKind.Granted, resolvedOn, actor, reasons);
    }

    public FamilyUnityEvent Refuse(DateOnly resolvedOn, string reasons, ProcedureActor actor)
    {
        EnsureAllowed(FamilyUnityTrigger.Refuse);
        NotBefore(resolvedOn, FiledOn, "resolvedOn", "la presentación");
        End(FamilyUnityOutcome.Refused, resolvedOn, reasons);
        return Fire(FamilyUnityTrigger.Refuse, FamilyUnityEventKind.Refused, resolvedOn, actor, reasons);
    }

    public FamilyUnityEvent Withdraw(DateOnly on, string? reasons, ProcedureActor actor)
    {
        EnsureAllowed(FamilyUnityTrigger.Withdraw);
        NotBefore(on, FiledOn, "withdrawnOn", "la presentación");
        End(FamilyUnityOutcome.Withdrawn, on, reasons);
        return Fire(FamilyUnityTrigger.Withdraw, FamilyUnityEventKind.Withdrawn, on, actor, reasons);
    }

    private void End(FamilyUnityOutcome outcome, DateOnly on, string? reasons)
    {
        Outcome = outcome;
        ResolvedOn = on;
        Reasons = reasons;
    }

    private FamilyUnityEvent Fire(FamilyUnityTrigger trigger, FamilyUnityEventKind kind, DateOnly on, ProcedureActor actor, string? text = null)
    {
        Machine.Fire(trigger);
        return Record(kind, on, actor, text);
    }

    private FamilyUnityEvent Record(FamilyUnityEventKind kind, DateOnly on, ProcedureActor actor, string? text)
    {
        ActCount++;
        var entry = new FamilyUnityEvent(Id, kind, on, actor, text);
        Events.Add(entry);
        return entry;
    }

    private static void NotBefore(DateOnly date, DateOnly earliest, string field, string what)
    {
        if (date < earliest)
        {
            throw new ProcedureInputException(field, $"La fecha no puede ser anterior a {what} ({earliest:yyyy-MM-dd}).");
        }
    }
}

public enum FamilyUnityEventKind { Filed, RequirementsUpdated, PreventionIssued, PreventionAnswered, Dismissed, Granted, Refused, Withdrawn }

/// <summary>One entry of a family-unity procedure's timeline.</summary>
public sealed class FamilyUnityEvent
{
    private FamilyUnityEvent() { }

    internal FamilyUnityEvent(Guid procedureId, FamilyUnityEventKind kind, DateOnly occurredOn, ProcedureActor actor, string? text)
    {
        Id = Guid.CreateVersion7();
        ProcedureId = procedureId;
        Kind = kind;
        OccurredOn = occurredOn;
        RecordedAt = actor.Now;
        RecordedByUserId = actor.UserId;
        RecordedByAgency = actor.Agency;
        Text = text;
    }

    public Guid Id { get; private set; }
    public Guid ProcedureId { get; private set; }
    public FamilyUnityEventKind Kind { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public Guid? RecordedByUserId { get; private set; }
    public string? RecordedByAgency { get; private set; }
    public string? Text { get; private set; }
}

internal sealed class FamilyUnityProcedureConfiguration : IEntityTypeConfiguration<FamilyUnityProcedure>
{
    public void Configure(EntityTypeBuilder<FamilyUnityProcedure> b)
    {
        b.ToTable("reg_family_unity_procedures");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.RelationToPrincipal).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.PrincipalStanding).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.TargetCondition).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Reasons).HasMaxLength(RegularizationLimits.Text);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Applicable);
        b.Ignore(p => p.Missing);
        b.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PrincipalPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.RelativePersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Agencies.Office>().WithMany().HasForeignKey(p => p.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.RelativePersonId, p.Status });
        b.HasIndex(p => p.PrincipalPersonId);
        b.HasIndex(p => new { p.Status, p.FiledOn });
    }
}

internal sealed class FamilyUnityEventConfiguration : IEntityTypeConfiguration<FamilyUnityEvent>
{
    public void Configure(EntityTypeBuilder<FamilyUnityEvent> b)
    {
        b.ToTable("reg_family_unity_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.RecordedByAgency).HasMaxLength(32);
        b.Property(e => e.Text).HasMaxLength(RegularizationLimits.Text + RegularizationLimits.ShortText);
        b.HasIndex(e => new { e.ProcedureId, e.OccurredOn });
    }
}
