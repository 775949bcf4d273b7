using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>Kinds of entries in a claim's timeline; every act of the procedure leaves one.</summary>
public enum AsylumEventKind
{
    Filed,
    Ratified,
    RatificationLapsed,
    LateFilingAdmitted,
    LateFilingRefused,
    Interview,
    Signing,
    OpinionRequested,
    OpinionReceived,
    EvidenceReceived,
    Extended,
    Resolved,
    Notified,
    AppealFiled,
    AppealWindowLapsed,
    AppealDecided,
    Abandoned,
    Withdrawn,
    Article52Determined,
    ConsularContact,
    AppointmentScheduled,
}

/// <summary>
/// One entry of a claim's timeline: what happened on which date, who recorded it and, for some
/// kinds, the details (interpreter language, attendance, consulted agency, the text of reasons or
/// evidence). Confidential (LRPCAP art. 10): only COMAR and oversight read it, never INM.
/// </summary>
public sealed class AsylumEvent
{
    private AsylumEvent() { }

    internal AsylumEvent(Guid claimId, AsylumEventKind kind, DateOnly occurredOn, AsylumActor actor, Guid? personId, string? text)
    {
        Id = Guid.CreateVersion7();
        ClaimId = claimId;
        Kind = kind;
        OccurredOn = occurredOn;
        RecordedAt = actor.Now;
        RecordedByUserId = actor.UserId;
        RecordedByAgency = actor.Agency;
        PersonId = personId;
        Text = text;
    }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public AsylumEventKind Kind { get; private set; }

    /// <summary>The date of the act (interview held, resolution signed, notification made), not of its recording.</summary>
    public DateOnly OccurredOn { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public Guid? RecordedByUserId { get; private set; }
    public string? RecordedByAgency { get; private set; }

    /// <summary>The applicant or dependent the entry is about (interview, signing, evidence, consular contact).</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>Interview: ISO 639-3 code of the interpreter's language, if one took part.</summary>
    public string? Language { get; internal set; }

    /// <summary>Signing: whether the person came.</summary>
    public bool? Attended { get; internal set; }

    /// <summary>Opinion: the agency consulted (e.g. SRE).</summary>
    public string? Agency { get; internal set; }

    /// <summary>Opinion request: its deadline for the consulted agency.</summary>
    public Guid? DeadlineId { get; internal set; }

    /// <summary>Opinion received: the request it answers.</summary>
    public Guid? RelatedEventId { get; internal set; }

    /// <summary>Reasons, notes, evidence description: plain text.</summary>
    public string? Text { get; private set; }
}

/// <summary>A family member in Mexico included in the claim; follows the applicant's outcome (LRPCAP art. 12).</summary>
public sealed class AsylumDependent
{
    private AsylumDependent() { }

    internal AsylumDependent(Guid claimId, Guid personId)
    {
        ClaimId = claimId;
        PersonId = personId;
    }

    public Guid ClaimId { get; private set; }
    public Guid PersonId { get; private set; }
}

/// <summary>
/// A COMAR supervisor's determination under LRPCAP art. 52 about one person of a recognized claim:
/// from <see cref="DeterminedOn"/>, that person's protection against return is lifted. Never automatic.
/// </summary>
public sealed class Article52Determination
{
    private Article52Determination() { }

    internal Article52Determination(Guid claimId, Guid personId, Article52Ground ground, DateOnly determinedOn, string reasons, AsylumActor actor)
    {
        Id = Guid.CreateVersion7();
        ClaimId = claimId;
        PersonId = personId;
        Ground = ground;
        DeterminedOn = determinedOn;
        Reasons = reasons;
        RecordedAt = actor.Now;
        DeterminedByUserId = actor.UserId;
    }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public Guid PersonId { get; private set; }
    public Article52Ground Ground { get; private set; }
    public DateOnly DeterminedOn { get; private set; }
    public string Reasons { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
    public Guid? DeterminedByUserId { get; private set; }
}

/// <summary>Field lengths shared by the mapping and the validators.</summary>
public static class AsylumLimits
{
    public const int Text = 8000;
    public const int ShortText = 1000;
    public const int MaxDependents = 30;
}

internal sealed class AsylumClaimConfiguration : IEntityTypeConfiguration<AsylumClaim>
{
    public void Configure(EntityTypeBuilder<AsylumClaim> b)
    {
        b.ToTable("asylum_claims");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.FiledByAgency).HasMaxLength(32).IsRequired();
        b.Property(c => c.FiledBy).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.ClosingReason).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.AppealDecision).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.ExtensionGround).HasMaxLength(3);
        b.Property(c => c.ExtensionReason).HasMaxLength(AsylumLimits.Text);
        b.Property(c => c.ResolutionReasons).HasMaxLength(AsylumLimits.Text);
        b.Property(c => c.ClosingReasons).HasMaxLength(AsylumLimits.Text);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.PersonIds);
        b.Ignore(c => c.IsPositive);
        b.HasMany(c => c.Dependents).WithOne().HasForeignKey(d => d.ClaimId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Article52Determinations).WithOne().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Appointments).WithOne().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.CaseNumber).HasMaxLength(AsylumCaseNumbers.MaxLength);
        b.HasIndex(c => c.CaseNumber).IsUnique();
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(c => c.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Agencies.Office>().WithMany().HasForeignKey(c => c.OfficeId).OnDelete(DeleteBehavior.Restrict);
        // The removal guard looks a person up as applicant (here) and as dependent (asylum_claim_dependents).
        b.HasIndex(c => c.ApplicantId);
        b.HasIndex(c => new { c.Status, c.FiledOn });
        // The worklist without a status filter: newest first, ties by id (a page is read from the index, not sorted).
        b.HasIndex(c => new { c.FiledOn, c.Id });
    }
}

internal sealed class AsylumDependentConfiguration : IEntityTypeConfiguration<AsylumDependent>
{
    public void Configure(EntityTypeBuilder<AsylumDependent> b)
    {
        b.ToTable("asylum_claim_dependents");
        b.HasKey(d => new { d.ClaimId, d.PersonId });
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => d.PersonId);
    }
}

internal sealed class AsylumEventConfiguration : IEntityTypeConfiguration<AsylumEvent>
{
    public void Configure(EntityTypeBuilder<AsylumEvent> b)
    {
        b.ToTable("asylum_claim_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.RecordedByAgency).HasMaxLength(32);
        b.Property(e => e.Language).HasMaxLength(3);
        b.Property(e => e.Agency).HasMaxLength(32);
        b.Property(e => e.Text).HasMaxLength(AsylumLimits.Text + 2 * AsylumLimits.ShortText);
        b.HasIndex(e => new { e.ClaimId, e.OccurredOn });
    }
}

internal sealed class Article52DeterminationConfiguration : IEntityTypeConfiguration<Article52Determination>
{
    public void Configure(EntityTypeBuilder<Article52Determination> b)
    {
        b.ToTable("asylum_article52_determinations");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Ground).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Reasons).HasMaxLength(AsylumLimits.Text).IsRequired();
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        // One determination per person and claim; the guard reads it by (claim, person).
        b.HasIndex(a => new { a.ClaimId, a.PersonId }).IsUnique();
        b.HasIndex(a => a.PersonId);
    }
}
