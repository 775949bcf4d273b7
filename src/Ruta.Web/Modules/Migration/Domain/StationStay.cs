using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Stateless;

namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>The grounds of LM art. 111 on which the 15 business days may be exceeded (fractions I–V).</summary>
public enum StayExtensionGround
{
    /// <summary>I. No reliable information on identity or nationality, or documents hard to obtain.</summary>
    IdentityOrDocuments,

    /// <summary>II. The consulate needs more time to issue identity and travel documents.</summary>
    ConsularDelay,

    /// <summary>III. An impediment to travel through other countries or to set the itinerary.</summary>
    TransitObstacle,

    /// <summary>IV. Illness or physical or mental disability, medically certified, that prevents travel.</summary>
    IllnessOrDisability,

    /// <summary>V. An administrative or judicial recourse, or amparo with an express ban on transfer or leaving (no cap).</summary>
    RecourseOrAmparo,
}

/// <summary>Why a person was released from a station.</summary>
public enum ReleaseGround
{
    /// <summary>No acuerdo de presentación within 24 hours of the puesta a disposición (LM art. 100).</summary>
    NoAgreementWithin24Hours,

    /// <summary>36 hours from the puesta a disposición (LM art. 68; SCJN AR 388/2022).</summary>
    DetentionLimit36Hours,

    /// <summary>The 15 business days (or the extended period) of LM art. 111 ended.</summary>
    StayLimitReached,

    /// <summary>Alternative to detention: custody of a consulate or organization, guarantee (LM arts. 101–102).</summary>
    AlternativeToDetention,

    /// <summary>The authority resolved the situation without a return or deportation.</summary>
    AuthorityDecision,

    /// <summary>A judge ordered it (amparo).</summary>
    JudicialOrder,

    /// <summary>Another reason, stated.</summary>
    Other,
}

/// <summary>Whether the person wanted their consulate told (LM art. 109 fr. III; never for asylum applicants without consent).</summary>
public enum ConsularAssistance { Declined, Requested }

/// <summary>Whether an interpreter was needed and provided (LM art. 109 fr. VI).</summary>
public enum InterpreterNeed { NotNeeded, Provided }

/// <summary>
/// The rights of LM art. 109 recorded as given at admission: information on the reasons, the
/// procedure and the right to ask for asylum, regularization or assisted return (fr. II); consular
/// notice only if wanted (fr. III); rights in writing (fr. IV); legal advice and the file (fr. V);
/// an interpreter (fr. VI); a phone call (fr. VII); visits (fr. IX).
/// </summary>
public sealed record RightsChecklist(
    bool Informed, bool RightsInWriting, ConsularAssistance Consular, bool LegalAdvice, InterpreterNeed Interpreter,
    string? InterpreterLanguage, bool PhoneCall, bool Visits);

/// <summary>Who acts and when: stamped on every timeline entry.</summary>
public sealed record StayActor(DateTime Now, Guid? UserId, string? Agency);

/// <summary>
/// A person's stay in INM's custody for one puesta a disposición: at disposal awaiting the acuerdo de
/// presentación, then presented and held in a migration station, until they leave (released, exit for
/// regularization, removal, canalization). Its states and legal moves are ONE table
/// (<see cref="StationProcedure"/>). Only adults have stays: every row names an adult age check of the
/// same person (composite foreign key), and so does the admission (<see cref="StationAgeCheck"/>).
/// Deadlines are scheduled by the acts through the kernel (IDeadlines, case type "StationStay").
/// </summary>
public sealed class StationStay : IVersioned
{
    private StateMachine<StationStayStatus, StationStayTrigger>? _machine;

    private StationStay() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid ApprehensionId { get; private set; }
    public Guid StationOfficeId { get; private set; }
    public StationStayStatus Status { get; private set; } = StationStayStatus.New;

    /// <summary>The puesta a disposición: the 24 h (LM art. 100) and 36 h (LM art. 68) run from it.</summary>
    public DateTime DisposedAt { get; private set; }

    /// <summary>The age check that let the stay exist (always an adult check; enforced by the database).</summary>
    public Guid AgeCheckId { get; private set; }
    public bool AgeCheckAdult { get; private set; } = true;

    public DateTime? AdmittedAt { get; private set; }
    public string? AgreementReference { get; private set; }

    /// <summary>The age check made at admission (an adult check; enforced by the database).</summary>
    public Guid? AdmissionAgeCheckId { get; private set; }
    public bool AdmissionAgeCheckAdult { get; private set; } = true;

    public bool InformedOfRights { get; private set; }
    public bool RightsInWriting { get; private set; }
    public ConsularAssistance? Consular { get; private set; }
    public bool LegalAdvice { get; private set; }
    public InterpreterNeed? Interpreter { get; private set; }
    public string? InterpreterLanguage { get; private set; }
    public bool PhoneCall { get; private set; }
    public bool Visits { get; private set; }

    public DateTime? AsylumRequestedAt { get; private set; }
    public Guid? AsylumNoticeId { get; private set; }

    /// <summary>The last extension's ground; an extension on fr. I–IV happens once (it reaches the 60-day cap).</summary>
    public StayExtensionGround? ExtensionGround { get; private set; }
    public DateOnly? ExtendedOn { get; private set; }
    public string? ExtensionReason { get; private set; }
    public bool ExtendedToCap { get; private set; }

    public DateTime? EndedAt { get; private set; }
    public StayEndReason? EndReason { get; private set; }
    public ReleaseGround? ReleaseGround { get; private set; }

    /// <summary>What ended the stay: the act's own reference (e.g. "regularization:{id}") or the release reasons.</summary>
    public string? EndReference { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedByUserId { get; private set; }

    /// <summary>How many acts were recorded; every act changes it, so every act moves <see cref="Version"/> (the ETag).</summary>
    public int ActCount { get; private set; }
    public int Version { get; set; }

    /// <summary>New timeline entries of this unit of work (stored ones are read by queries).</summary>
    public List<StationStayEvent> Events { get; private set; } = [];

    private StateMachine<StationStayStatus, StationStayTrigger> Machine =>
        _machine ??= StationProcedure.Build(() => Status, s => Status = s);

    public bool IsOpen => StationProcedure.IsOpen(Status);

    public bool CanFire(StationStayTrigger trigger) => Machine.CanFire(trigger);

    /// <summary>Throws, naming the current state, unless the table allows <paramref name="trigger"/> now.</summary>
    /// <exception cref="IllegalTransitionException">Not allowed in the current state.</exception>
    public void Ensure(StationStayTrigger trigger)
    {
        if (!Machine.CanFire(trigger))
        {
            Machine.Fire(trigger); // the table's unhandled-trigger handler throws, naming the current state
        }
    }

    /// <summary>An adult put at INM's disposal, held at <paramref name="stationOfficeId"/> until the acuerdo de presentación.</summary>
    public static StationStay PutAtDisposal(Guid personId, Guid apprehensionId, Guid stationOfficeId, DateTime disposedAt, StationAgeCheck adultCheck,
        StayActor actor)
    {
        ArgumentNullException.ThrowIfNull(adultCheck);
        ArgumentNullException.ThrowIfNull(actor);
        if (!adultCheck.IsAdult || adultCheck.PersonId != personId)
        {
            throw new InvalidOperationException("A stay needs an adult age check of the same person.");
        }

        var stay = new StationStay
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            ApprehensionId = apprehensionId,
            StationOfficeId = stationOfficeId,
            DisposedAt = disposedAt,
            AgeCheckId = adultCheck.Id,
            CreatedAt = actor.Now,
            CreatedByUserId = actor.UserId,
            Version = 1,
        };
        stay.Fire(StationStayTrigger.PutAtDisposal, StayEventKind.PutAtDisposal, disposedAt, actor);
        return stay;
    }

    /// <summary>The acuerdo de presentación with the rights given. The act checks age, carer, bars and the 24 h first.</summary>
    public StationStayEvent Admit(DateTime agreedAt, string agreementReference, RightsChecklist rights, StationAgeCheck adultCheck, StayActor actor)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(adultCheck);
        Ensure(StationStayTrigger.Admit);
        if (!adultCheck.IsAdult || adultCheck.PersonId != PersonId)
        {
            throw new InvalidOperationException("An admission needs an adult age check of the same person.");
        }

        AdmittedAt = agreedAt;
        AgreementReference = agreementReference;
        AdmissionAgeCheckId = adultCheck.Id;
        InformedOfRights = rights.Informed;
        RightsInWriting = rights.RightsInWriting;
        Consular = rights.Consular;
        LegalAdvice = rights.LegalAdvice;
        Interpreter = rights.Interpreter;
        InterpreterLanguage = rights.Interpreter == InterpreterNeed.Provided ? rights.InterpreterLanguage : null;
        PhoneCall = rights.PhoneCall;
        Visits = rights.Visits;
        return Fire(StationStayTrigger.Admit, StayEventKind.Admitted, agreedAt, actor, $"Acuerdo de presentación {agreementReference}.");
    }

    /// <summary>The person asked for asylum while held; the act sends the oficio to COMAR and passes its id.</summary>
    public StationStayEvent RecordAsylumRequest(DateTime requestedAt, Guid noticeId, string? statement, StayActor actor)
    {
        Ensure(StationStayTrigger.RecordAsylumRequest);
        if (AsylumRequestedAt is { } earlier)
        {
            throw new DomainRuleException(MigrationRules.AsylumAlreadyRequested,
                $"La solicitud de refugio ya se registró el {Kernel.Notices.MexicoTime.Short(earlier)} y se avisó a la COMAR.",
                MigrationRules.AsylumWhileHeldBasis);
        }

        AsylumRequestedAt = requestedAt;
        AsylumNoticeId = noticeId;
        var entry = Fire(StationStayTrigger.RecordAsylumRequest, StayEventKind.AsylumRequested, requestedAt, actor, statement);
        entry.NoticeId = noticeId;
        return entry;
    }

    /// <summary>Records an extension on a ground of LM art. 111; the act moves the deadline (cap for I–IV, suspension for V).</summary>
    public StationStayEvent Extend(StayExtensionGround ground, string reason, DateOnly agreedOn, StayActor actor)
    {
        Ensure(StationStayTrigger.Extend);
        if (ground != StayExtensionGround.RecourseOrAmparo && ExtendedToCap)
        {
            throw new DomainRuleException(MigrationRules.ExtensionCapReached,
                $"El alojamiento ya se amplió hasta el límite de {MigrationRules.StayCapBusinessDays} días hábiles (fracción {Fraction(ExtensionGround!.Value)}); " +
                "por las fracciones I a IV no puede excederse.", MigrationRules.ExtensionBasis);
        }

        ExtensionGround = ground;
        ExtendedOn = agreedOn;
        ExtensionReason = reason;
        if (ground != StayExtensionGround.RecourseOrAmparo)
        {
            ExtendedToCap = true;
        }

        return Fire(StationStayTrigger.Extend, StayEventKind.Extended, actor.Now, actor, $"Fracción {Fraction(ground)}: {reason}");
    }

    /// <summary>Ends the stay; the trigger follows the reason. Throws if the stay is not open.</summary>
    public StationStayEvent End(StayEndReason reason, DateTime endedAt, string reference, ReleaseGround? releaseGround, StayActor actor)
    {
        var (trigger, kind) = reason switch
        {
            StayEndReason.Release => (StationStayTrigger.Release, StayEventKind.Released),
            StayEndReason.Regularization => (StationStayTrigger.ExitToRegularize, StayEventKind.ExitForRegularization),
            StayEndReason.Removal => (StationStayTrigger.Remove, StayEventKind.Removed),
            StayEndReason.Canalization => (StationStayTrigger.Canalize, StayEventKind.Canalized),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
        };
        Ensure(trigger);
        EndedAt = endedAt;
        EndReason = reason;
        ReleaseGround = reason == StayEndReason.Release ? releaseGround ?? Domain.ReleaseGround.Other : null;
        EndReference = reference;
        return Fire(trigger, kind, endedAt, actor, reference);
    }

    /// <summary>The fraction of LM art. 111 as officers write it ("I" … "V").</summary>
    public static string Fraction(StayExtensionGround ground) => ground switch
    {
        StayExtensionGround.IdentityOrDocuments => "I",
        StayExtensionGround.ConsularDelay => "II",
        StayExtensionGround.TransitObstacle => "III",
        StayExtensionGround.IllnessOrDisability => "IV",
        _ => "V",
    };

    private StationStayEvent Fire(StationStayTrigger trigger, StayEventKind kind, DateTime occurredAt, StayActor actor, string? text = null)
    {
        Machine.Fire(trigger);
        ActCount++;
        var entry = new StationStayEvent(Id, kind, occurredAt, actor, text);
        Events.Add(entry);
        return entry;
    }
}

/// <summary>Kinds of entries in a stay's timeline; every act leaves one.</summary>
public enum StayEventKind
{
    PutAtDisposal,
    Admitted,
    AsylumRequested,
    Extended,
    Released,
    ExitForRegularization,
    Removed,
    Canalized,
}

/// <summary>One entry of a stay's timeline: what happened when, who recorded it, and its text or oficio.</summary>
public sealed class StationStayEvent
{
    private StationStayEvent() { }

    internal StationStayEvent(Guid stayId, StayEventKind kind, DateTime occurredAt, StayActor actor, string? text)
    {
        Id = Guid.CreateVersion7();
        StayId = stayId;
        Kind = kind;
        OccurredAt = occurredAt;
        RecordedAt = actor.Now;
        RecordedByUserId = actor.UserId;
        RecordedByAgency = actor.Agency;
        Text = text;
    }

    public Guid Id { get; private set; }
    public Guid StayId { get; private set; }
    public StayEventKind Kind { get; private set; }

    /// <summary>When the act happened (the acuerdo, the release), not when it was recorded.</summary>
    public DateTime OccurredAt { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public Guid? RecordedByUserId { get; private set; }
    public string? RecordedByAgency { get; private set; }
    public string? Text { get; private set; }
    public Guid? NoticeId { get; internal set; }
}

internal sealed class StationStayConfiguration : IEntityTypeConfiguration<StationStay>
{
    public void Configure(EntityTypeBuilder<StationStay> b)
    {
        // TRUE is understood by PostgreSQL and by SQLite (3.23+). The two checks keep the foreign keys below
        // pointing at ADULT age checks only, and an admitted stay always has its admission check.
        b.ToTable("migration_station_stays", t =>
        {
            t.HasCheckConstraint("CK_migration_station_stays_age_check_adult", "\"AgeCheckAdult\" = TRUE");
            t.HasCheckConstraint("CK_migration_station_stays_admission_check_adult", "\"AdmissionAgeCheckAdult\" = TRUE");
            t.HasCheckConstraint("CK_migration_station_stays_admitted_with_check",
                "\"AdmittedAt\" IS NULL OR \"AdmissionAgeCheckId\" IS NOT NULL");
        });
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.AgreementReference).HasMaxLength(MigrationRules.ShortTextMax);
        b.Property(s => s.Consular).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Interpreter).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.InterpreterLanguage).HasMaxLength(3);
        b.Property(s => s.ExtensionGround).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.ExtensionReason).HasMaxLength(MigrationRules.TextMax);
        b.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.ReleaseGround).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.EndReference).HasMaxLength(MigrationRules.TextMax);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.IsOpen);
        b.HasMany(s => s.Events).WithOne().HasForeignKey(e => e.StayId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Agencies.Office>().WithMany().HasForeignKey(s => s.StationOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Apprehension>().WithMany().HasForeignKey(s => s.ApprehensionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StationAgeCheck>().WithMany()
            .HasForeignKey(s => new { s.AgeCheckId, s.PersonId, s.AgeCheckAdult })
            .HasPrincipalKey(c => new { c.Id, c.PersonId, c.IsAdult })
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StationAgeCheck>().WithMany()
            .HasForeignKey(s => new { s.AdmissionAgeCheckId, s.PersonId, s.AdmissionAgeCheckAdult })
            .HasPrincipalKey(c => new { c.Id, c.PersonId, c.IsAdult })
            .IsRequired(false)
            .OnDelete(DeleteBehavior.Restrict);
        // One check lets one stay exist, and admits at most one.
        b.HasIndex(s => new { s.AgeCheckId, s.PersonId, s.AgeCheckAdult }).IsUnique();
        b.HasIndex(s => new { s.AdmissionAgeCheckId, s.PersonId, s.AdmissionAgeCheckAdult }).IsUnique();
        b.HasIndex(s => new { s.PersonId, s.Status });
        b.HasIndex(s => new { s.Status, s.StationOfficeId });
        b.HasIndex(s => s.ApprehensionId);
    }
}

internal sealed class StationStayEventConfiguration : IEntityTypeConfiguration<StationStayEvent>
{
    public void Configure(EntityTypeBuilder<StationStayEvent> b)
    {
        b.ToTable("migration_stay_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.RecordedByAgency).HasMaxLength(32);
        b.Property(e => e.Text).HasMaxLength(MigrationRules.TextMax);
        b.HasIndex(e => new { e.StayId, e.OccurredAt });
    }
}
