using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;
using Stateless;

namespace Ruta.Web.Modules.Removals.Domain;

/// <summary>Who acts and when: stamped on every act of the timeline.</summary>
public sealed record RemovalActor(DateTime Now, Guid? UserId, string? UserName, string? Agency);

/// <summary>Why the destination may receive the person (LM art. 119 fr. VI).</summary>
public enum DestinationBasis { Nationality, ResidenceDocument }

/// <summary>What starting a removal says; the kernel's <see cref="RemovalRecord"/> (same id) holds the passing check.</summary>
public sealed record StartFacts(
    Guid Id, Guid PersonId, RemovalKind Kind, DateOnly PlannedDate, string DestinationCountry, DestinationBasis DestinationBasis,
    Guid? ResidenceDocumentId, bool NeedsInterpreter, bool Vulnerable, Guid CheckId,
    DateOnly? RequestedOn, string? RequestLanguage, string? InterpreterName,
    DateOnly? OrderedOn, IReadOnlyList<string> Grounds, string? OrderReasons);

/// <summary>
/// The procedure of one removal from Mexico, assisted return (at the person's written request) or
/// deportation (ordered on a ground of LM art. 144), on top of the kernel's <see cref="RemovalRecord"/>
/// with the same id: that record exists only with an allowed guard check (database-enforced), so a case
/// cannot exist without one either. Called "case" because Kernel.Removal is a namespace. Its states and
/// legal moves are ONE table (<see cref="RemovalProcedure"/>).
/// </summary>
public sealed class RemovalCase : IVersioned
{
    private StateMachine<RemovalStatus, RemovalTrigger>? _machine;

    private RemovalCase() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public RemovalKind Kind { get; private set; }
    public RemovalStatus Status { get; private set; } = RemovalStatus.New;

    /// <summary>The date the kernel record is scheduled for (the date its passing check was asked for).</summary>
    public DateOnly ScheduledDate { get; private set; }

    /// <summary>ISO 3166-1 alpha-3 of the receiving country.</summary>
    public string DestinationCountry { get; private set; } = "";
    public DestinationBasis DestinationBasis { get; private set; }

    /// <summary>The person's identity document, issued by the destination, that shows regular residence there.</summary>
    public Guid? ResidenceDocumentId { get; private set; }
    public bool NeedsInterpreter { get; private set; }

    /// <summary>In a group of LM art. 120 ¶1 (child, pregnant, victim or witness, disability, older person) when started.</summary>
    public bool Vulnerable { get; private set; }

    // Assisted return: the written request (LM art. 119; RLM art. 191 fr. III).
    public DateOnly? RequestedOn { get; private set; }

    /// <summary>ISO 639-3 of the language the request was made in.</summary>
    public string? RequestLanguage { get; private set; }
    public string? InterpreterName { get; private set; }

    // Deportation: the order (LM arts. 143 and 144).
    public DateOnly? OrderedOn { get; private set; }

    /// <summary>Fractions of LM art. 144 ("I".."VI"), comma-separated.</summary>
    public string? Grounds { get; private set; }
    public string? OrderReasons { get; private set; }

    // Scheduling: one act for the whole family (travel group).
    public Guid? TravelGroupId { get; private set; }
    public string? ExitPoint { get; private set; }
    public string? Transport { get; private set; }

    /// <summary>Relatives in the procedure left out of this travel group, and why (recorded by the officer).</summary>
    public string? SeparatedPersonIds { get; private set; }
    public string? SeparationReason { get; private set; }

    public DateOnly? ExecutedOn { get; private set; }

    /// <summary>The guard's answer asked on the day of execution (allowed: database-enforced like the kernel record's).</summary>
    public Guid? ExecutionCheckId { get; private set; }
    public bool? ExecutionCheckAllowed { get; private set; }

    public DateOnly? CancelledOn { get; private set; }
    public string? CancellationReason { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedByUserId { get; private set; }
    public string CreatedByAgency { get; private set; } = "";

    /// <summary>How many acts were recorded; every act changes it, so every act moves <see cref="Version"/> (the ETag).</summary>
    public int ActCount { get; private set; }
    public int Version { get; set; }

    public List<RecordedRight> Rights { get; private set; } = [];

    /// <summary>New timeline entries of this unit of work (stored ones are read by queries).</summary>
    public List<RemovalAct> Acts { get; private set; } = [];

    private StateMachine<RemovalStatus, RemovalTrigger> Machine =>
        _machine ??= RemovalProcedure.Build(() => Status, s => Status = s, () => Kind);

    public bool CanFire(RemovalTrigger trigger) => Machine.CanFire(trigger);

    /// <exception cref="IllegalTransitionException">The table does not allow the trigger now.</exception>
    public void Ensure(RemovalTrigger trigger)
    {
        if (!Machine.CanFire(trigger))
        {
            // Fires anyway: the table's unhandled-trigger handler throws, naming the current state.
            Machine.Fire(trigger);
        }
    }

    public IReadOnlyList<string> GroundList => string.IsNullOrEmpty(Grounds) ? [] : Grounds.Split(',');

    public IReadOnlyList<Guid> SeparatedPersons =>
        string.IsNullOrEmpty(SeparatedPersonIds) ? [] : [.. SeparatedPersonIds.Split(',').Select(Guid.Parse)];

    /// <summary>The rights the law lists for this removal.</summary>
    public IReadOnlyList<RemovalRight> ApplicableRights => RemovalRights.For(Kind, NeedsInterpreter, Vulnerable);

    /// <summary>Applicable rights not yet recorded (needs <see cref="Rights"/> loaded).</summary>
    public IReadOnlyList<RemovalRight> MissingRights => [.. ApplicableRights.Where(r => Rights.All(x => x.Right != r))];

    /// <summary>Starts the procedure: requested (assisted return) or ordered (deportation).</summary>
    public static RemovalCase Start(StartFacts facts, RemovalActor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        var removal = new RemovalCase
        {
            Id = facts.Id,
            PersonId = facts.PersonId,
            Kind = facts.Kind,
            ScheduledDate = facts.PlannedDate,
            DestinationCountry = facts.DestinationCountry,
            DestinationBasis = facts.DestinationBasis,
            ResidenceDocumentId = facts.ResidenceDocumentId,
            NeedsInterpreter = facts.NeedsInterpreter,
            Vulnerable = facts.Vulnerable,
            RequestedOn = facts.RequestedOn,
            RequestLanguage = facts.RequestLanguage,
            InterpreterName = facts.InterpreterName,
            OrderedOn = facts.OrderedOn,
            Grounds = facts.Grounds.Count == 0 ? null : string.Join(',', facts.Grounds),
            OrderReasons = facts.OrderReasons,
            CreatedAt = actor.Now,
            CreatedByUserId = actor.UserId,
            CreatedByAgency = actor.Agency ?? "",
            Version = 1,
        };
        if (facts.Kind == RemovalKind.AssistedReturn)
        {
            removal.Fire(RemovalTrigger.Request, RemovalActKind.Requested, facts.RequestedOn!.Value, actor,
                $"Solicitud expresa y firmada de la persona (idioma: {facts.RequestLanguage}" +
                (facts.InterpreterName is null ? ")." : $"; intérprete: {facts.InterpreterName})."), facts.CheckId);
        }
        else
        {
            removal.Fire(RemovalTrigger.Order, RemovalActKind.Ordered, facts.OrderedOn!.Value, actor,
                $"Causales del art. 144 de la Ley de Migración: fr. {string.Join(", ", facts.Grounds)}. {facts.OrderReasons}", facts.CheckId);
        }

        return removal;
    }

    public RemovalAct RecordRight(RemovalRight right, DateOnly givenOn, bool declined, string? notes, RemovalActor actor)
    {
        Ensure(RemovalTrigger.RecordRight);
        if (!ApplicableRights.Contains(right))
        {
            throw new DomainRuleException(RemovalRules.RightNotApplicable,
                $"El derecho «{RemovalRights.Label(right)}» no corresponde a esta salida ({RemovalProcedure.KindLabel(Kind)}).",
                Kind == RemovalKind.AssistedReturn ? RemovalRules.AssistedReturnRightsBasis : RemovalRules.DeportationRightsBasis,
                StatusCodes.Status422UnprocessableEntity);
        }

        if (declined && !RemovalRights.CanBeDeclined(right))
        {
            throw new DomainRuleException(RemovalRules.RightCannotBeDeclined,
                $"«{RemovalRights.Label(right)}» es una obligación del Instituto: no puede registrarse como rechazado por la persona.",
                RemovalRights.Basis(Kind, right), StatusCodes.Status422UnprocessableEntity);
        }

        if (Rights.Any(r => r.Right == right))
        {
            throw new DomainRuleException(RemovalRules.RightAlreadyRecorded,
                $"El derecho «{RemovalRights.Label(right)}» ya está registrado.", RemovalRights.Basis(Kind, right));
        }

        Rights.Add(new RecordedRight(Id, right, givenOn, declined, notes, actor));
        return Fire(RemovalTrigger.RecordRight, RemovalActKind.RightRecorded, givenOn, actor,
            $"{RemovalRights.Label(right)} ({RemovalRights.Basis(Kind, right)}){(declined ? ": la persona no lo quiso ejercer" : "")}." +
            (notes is null ? "" : " " + notes));
    }

    /// <summary>Throws unless every applicable right is recorded (before scheduling: they come "previo al retorno").</summary>
    public void EnsureRightsRecorded(string personName)
    {
        var missing = MissingRights;
        if (missing.Count > 0)
        {
            throw new DomainRuleException(RemovalRules.RightsMissing,
                $"Faltan derechos por registrar de {personName}: {string.Join("; ", missing.Select(RemovalRights.Label))}.",
                Kind == RemovalKind.AssistedReturn ? RemovalRules.AssistedReturnRightsBasis : RemovalRules.DeportationRightsBasis);
        }
    }

    /// <summary>Schedules the removal in a travel group; the kernel record was moved to <paramref name="date"/> on a passing check.</summary>
    public RemovalAct Schedule(DateOnly date, Guid travelGroupId, string exitPoint, string? transport, IReadOnlyList<Guid> separated,
        string? separationReason, Guid checkId, DateOnly today, RemovalActor actor)
    {
        ArgumentNullException.ThrowIfNull(separated);
        Ensure(RemovalTrigger.Schedule);
        ScheduledDate = date;
        TravelGroupId = travelGroupId;
        ExitPoint = exitPoint;
        Transport = transport;
        SeparatedPersonIds = separated.Count == 0 ? null : string.Join(',', separated);
        SeparationReason = separated.Count == 0 ? null : separationReason;
        return Fire(RemovalTrigger.Schedule, RemovalActKind.Scheduled, today, actor,
            $"Programada para el {date:yyyy-MM-dd}, salida por {exitPoint}{(transport is null ? "" : $" ({transport})")}." +
            (separated.Count == 0 ? "" : $" Familiares que no viajan juntos: {separated.Count}. Motivo: {separationReason}"), checkId);
    }

    public RemovalAct Reschedule(DateOnly date, string reason, Guid checkId, DateOnly today, RemovalActor actor)
    {
        Ensure(RemovalTrigger.Reschedule);
        var before = ScheduledDate;
        ScheduledDate = date;
        return Fire(RemovalTrigger.Reschedule, RemovalActKind.Rescheduled, today, actor,
            $"Del {before:yyyy-MM-dd} al {date:yyyy-MM-dd} por caso fortuito o fuerza mayor: {reason}", checkId);
    }

    /// <summary>An amparo against this removal: a scheduled removal is suspended; otherwise the amparo is noted.</summary>
    public RemovalAct Amparo(Guid amparoId, string text, DateOnly today, RemovalActor actor) =>
        CanFire(RemovalTrigger.Suspend)
            ? Fire(RemovalTrigger.Suspend, RemovalActKind.Suspended, today, actor, text, amparoId: amparoId)
            : Fire(RemovalTrigger.NoteAmparo, RemovalActKind.AmparoNoted, today, actor, text, amparoId: amparoId);

    public RemovalAct Resume(DateOnly date, Guid checkId, DateOnly today, RemovalActor actor)
    {
        Ensure(RemovalTrigger.Resume);
        ScheduledDate = date;
        return Fire(RemovalTrigger.Resume, RemovalActKind.Resumed, today, actor,
            $"Amparo resuelto; nueva fecha: {date:yyyy-MM-dd}.", checkId);
    }

    /// <summary>The person left Mexico on <paramref name="on"/>, on the guard's passing answer of that day.</summary>
    public RemovalAct Execute(DateOnly on, Guid checkId, string? notes, RemovalActor actor)
    {
        Ensure(RemovalTrigger.Execute);
        EnsureOnScheduledDate(on);
        ExecutedOn = on;
        ExecutionCheckId = checkId;
        ExecutionCheckAllowed = true;
        return Fire(RemovalTrigger.Execute, RemovalActKind.Executed, on, actor,
            $"Salió del país por {ExitPoint} hacia {DestinationCountry}.{(notes is null ? "" : " " + notes)}", checkId);
    }

    /// <summary>A removal leaves on the day the guard allowed; another day needs a reschedule (and a new check).</summary>
    public void EnsureOnScheduledDate(DateOnly on)
    {
        if (on != ScheduledDate)
        {
            throw new DomainRuleException(RemovalRules.NotOnScheduledDate,
                $"La salida está programada para el {ScheduledDate:yyyy-MM-dd}: para ejecutarla el {on:yyyy-MM-dd} reprográmela primero " +
                "(la verificación de no devolución se hace para el día de la salida).", RemovalRules.PostponementBasis);
        }
    }

    public RemovalAct Cancel(DateOnly on, string reason, RemovalActor actor)
    {
        Ensure(RemovalTrigger.Cancel);
        CancelledOn = on;
        CancellationReason = reason;
        return Fire(RemovalTrigger.Cancel, RemovalActKind.Cancelled, on, actor, reason);
    }

    private RemovalAct Fire(RemovalTrigger trigger, RemovalActKind kind, DateOnly on, RemovalActor actor, string? text,
        Guid? checkId = null, Guid? amparoId = null)
    {
        Machine.Fire(trigger);
        ActCount++;
        var act = new RemovalAct(Id, kind, on, actor, text, checkId, amparoId);
        Acts.Add(act);
        return act;
    }
}

public enum RemovalActKind { Requested, Ordered, RightRecorded, Scheduled, Rescheduled, AmparoNoted, Suspended, Resumed, Executed, Cancelled }

/// <summary>One act of a removal's timeline (append-only).</summary>
public sealed class RemovalAct
{
    private RemovalAct() { }

    internal RemovalAct(Guid removalId, RemovalActKind kind, DateOnly occurredOn, RemovalActor actor, string? text, Guid? checkId, Guid? amparoId)
    {
        Id = Guid.CreateVersion7();
        RemovalId = removalId;
        Kind = kind;
        OccurredOn = occurredOn;
        RecordedAt = actor.Now;
        RecordedByUserId = actor.UserId;
        RecordedByUserName = actor.UserName;
        RecordedByAgency = actor.Agency;
        Text = text is { Length: > RemovalRules.Text } ? text[..RemovalRules.Text] : text;
        CheckId = checkId;
        AmparoId = amparoId;
    }

    public Guid Id { get; private set; }
    public Guid RemovalId { get; private set; }
    public RemovalActKind Kind { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public Guid? RecordedByUserId { get; private set; }
    public string? RecordedByUserName { get; private set; }
    public string? RecordedByAgency { get; private set; }
    public string? Text { get; private set; }

    /// <summary>The guard's passing answer this act rests on (start, schedule, reschedule, resume, execution).</summary>
    public Guid? CheckId { get; private set; }
    public Guid? AmparoId { get; private set; }
}

internal sealed class RemovalCaseConfiguration : IEntityTypeConfiguration<RemovalCase>
{
    public void Configure(EntityTypeBuilder<RemovalCase> b)
    {
        // TRUE is understood by PostgreSQL and by SQLite (3.23+), as in the kernel's removal_removals.
        b.ToTable("removal_cases", t => t.HasCheckConstraint("CK_removal_cases_execution_check_allowed",
            "\"ExecutionCheckAllowed\" IS NULL OR \"ExecutionCheckAllowed\" = TRUE"));
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.DestinationCountry).HasMaxLength(3).IsRequired();
        b.Property(c => c.DestinationBasis).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.RequestLanguage).HasMaxLength(3);
        b.Property(c => c.InterpreterName).HasMaxLength(200);
        b.Property(c => c.Grounds).HasMaxLength(32);
        b.Property(c => c.OrderReasons).HasMaxLength(RemovalRules.Text);
        b.Property(c => c.ExitPoint).HasMaxLength(200);
        b.Property(c => c.Transport).HasMaxLength(200);
        b.Property(c => c.SeparatedPersonIds).HasMaxLength(2000);
        b.Property(c => c.SeparationReason).HasMaxLength(RemovalRules.Text);
        b.Property(c => c.CancellationReason).HasMaxLength(RemovalRules.Text);
        b.Property(c => c.CreatedByAgency).HasMaxLength(32).IsRequired();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.GroundList);
        b.Ignore(c => c.SeparatedPersons);
        b.Ignore(c => c.ApplicableRights);
        b.Ignore(c => c.MissingRights);

        // Same id as the kernel's removal record, which cannot exist without an allowed guard check.
        b.HasOne<RemovalRecord>().WithOne().HasForeignKey<RemovalCase>(c => c.Id).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);

        // The execution rests on an allowed check of the same person, kind and day (null until executed).
        b.HasOne<RemovalCheck>().WithMany()
            .HasForeignKey(c => new { c.ExecutionCheckId, c.PersonId, c.Kind, c.ExecutedOn, c.ExecutionCheckAllowed })
            .HasPrincipalKey(k => new { k.Id, k.PersonId, k.Kind, k.OnDate, k.Allowed })
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ExecutionCheckId, c.PersonId, c.Kind, c.ExecutedOn, c.ExecutionCheckAllowed }).IsUnique();

        b.HasMany(c => c.Rights).WithOne().HasForeignKey(r => r.RemovalId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Acts).WithOne().HasForeignKey(a => a.RemovalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.PersonId, c.Status });
        b.HasIndex(c => new { c.Status, c.ScheduledDate });
        b.HasIndex(c => c.TravelGroupId);
    }
}

internal sealed class RemovalActConfiguration : IEntityTypeConfiguration<RemovalAct>
{
    public void Configure(EntityTypeBuilder<RemovalAct> b)
    {
        b.ToTable("removal_acts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Text).HasMaxLength(RemovalRules.Text);
        b.Property(a => a.RecordedByUserName).HasMaxLength(256);
        b.Property(a => a.RecordedByAgency).HasMaxLength(32);
        b.HasIndex(a => new { a.RemovalId, a.RecordedAt });
    }
}
