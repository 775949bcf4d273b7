using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;

namespace Ruta.Web.Modules.Migration.Domain;

public enum CrossingDirection { Entry, Exit }

/// <summary>The conditions of stay of LM art. 52 (fractions I–IX).</summary>
public enum ConditionOfStay
{
    VisitorWithoutPermissionToWork,
    VisitorWithPermissionToWork,
    RegionalVisitor,
    BorderWorkerVisitor,
    HumanitarianVisitor,
    AdoptionVisitor,
    TemporaryResident,
    TemporaryResidentStudent,
    PermanentResident,
}

/// <summary>
/// Control migratorio: the registration of a person entering or leaving Mexico at a place of
/// international transit (an INM filter), with the travel document shown and, for an entry, the
/// condition of stay granted. A person who asks for asylum at the filter is registered as entering
/// to the asylum procedure (no document or condition needed) and COMAR is told at once; from then
/// on the removal guard refuses to reject them at the border (<see cref="AsylumRequestRemovalRule"/>).
/// </summary>
public sealed class BorderControlEntry
{
    private BorderControlEntry() { }

    public BorderControlEntry(Guid personId, Guid pointOfficeId, CrossingDirection direction, DateTime occurredAt, IdentityDocumentType? documentType,
        string? documentNumber, string? documentCountry, ConditionOfStay? conditionOfStay, bool askedForAsylum, DateTime createdAt,
        Guid? createdByUserId)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        PointOfficeId = pointOfficeId;
        Direction = direction;
        OccurredAt = occurredAt;
        DocumentType = documentType;
        DocumentNumber = documentNumber;
        DocumentCountry = documentCountry;
        ConditionOfStay = conditionOfStay;
        AskedForAsylum = askedForAsylum;
        CreatedAt = createdAt;
        CreatedByUserId = createdByUserId;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid PointOfficeId { get; private set; }
    public CrossingDirection Direction { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public IdentityDocumentType? DocumentType { get; private set; }
    public string? DocumentNumber { get; private set; }

    /// <summary>ISO 3166-1 alpha-3 of the issuing state.</summary>
    public string? DocumentCountry { get; private set; }
    public ConditionOfStay? ConditionOfStay { get; private set; }

    /// <summary>The person asked for asylum at the filter (LRPCAP art. 21): the oficio to COMAR is <see cref="AsylumNoticeId"/>.</summary>
    public bool AskedForAsylum { get; private set; }
    public Guid? AsylumNoticeId { get; internal set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedByUserId { get; private set; }
}

/// <summary>
/// A refusal of entry ("rechazo") at a filter: a written, reasoned determination (grounds and
/// reasons) that exists only with an ALLOWED removal-guard check of kind border-rejection for the
/// same person and date, saved in the same transaction (composite foreign key, as for kernel removals).
/// </summary>
public sealed class EntryRefusal
{
    private EntryRefusal() { }

    public EntryRefusal(Guid personId, Guid pointOfficeId, DateTime occurredAt, DateOnly checkedOn, IdentityDocumentType? documentType,
        string? documentNumber, string? documentCountry, string legalGrounds, string reasons, Guid checkId, DateTime createdAt, Guid? createdByUserId)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        PointOfficeId = pointOfficeId;
        OccurredAt = occurredAt;
        CheckedOn = checkedOn;
        DocumentType = documentType;
        DocumentNumber = documentNumber;
        DocumentCountry = documentCountry;
        LegalGrounds = legalGrounds;
        Reasons = reasons;
        CheckId = checkId;
        CreatedAt = createdAt;
        CreatedByUserId = createdByUserId;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid PointOfficeId { get; private set; }
    public DateTime OccurredAt { get; private set; }

    /// <summary>The Mexico City date of the refusal, the date the guard was asked about.</summary>
    public DateOnly CheckedOn { get; private set; }
    public IdentityDocumentType? DocumentType { get; private set; }
    public string? DocumentNumber { get; private set; }
    public string? DocumentCountry { get; private set; }

    /// <summary>"Fundamento": the articles applied.</summary>
    public string LegalGrounds { get; private set; } = "";

    /// <summary>"Motivación": the facts that fit them.</summary>
    public string Reasons { get; private set; } = "";
    public Guid CheckId { get; private set; }

    /// <summary>Always border-rejection: part of the foreign key to the guard's check.</summary>
    public RemovalKind CheckKind { get; private set; } = RemovalKind.BorderRejection;

    /// <summary>Always true: part of the foreign key, so only an allowed check can be named.</summary>
    public bool CheckAllowed { get; private set; } = true;
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedByUserId { get; private set; }
}

internal sealed class BorderControlEntryConfiguration : IEntityTypeConfiguration<BorderControlEntry>
{
    public void Configure(EntityTypeBuilder<BorderControlEntry> b)
    {
        b.ToTable("migration_border_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Direction).HasConversion<string>().HasMaxLength(8);
        b.Property(e => e.DocumentType).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.DocumentNumber).HasMaxLength(64);
        b.Property(e => e.DocumentCountry).HasMaxLength(3);
        b.Property(e => e.ConditionOfStay).HasConversion<string>().HasMaxLength(40);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Agencies.Office>().WithMany().HasForeignKey(e => e.PointOfficeId).OnDelete(DeleteBehavior.Restrict);
        // The removal guard looks up a person's asylum requests at the border.
        b.HasIndex(e => new { e.PersonId, e.AskedForAsylum });
        b.HasIndex(e => new { e.PointOfficeId, e.OccurredAt });
    }
}

internal sealed class EntryRefusalConfiguration : IEntityTypeConfiguration<EntryRefusal>
{
    public void Configure(EntityTypeBuilder<EntryRefusal> b)
    {
        b.ToTable("migration_entry_refusals", t =>
        {
            t.HasCheckConstraint("CK_migration_entry_refusals_check_allowed", "\"CheckAllowed\" = TRUE");
            t.HasCheckConstraint("CK_migration_entry_refusals_check_kind", "\"CheckKind\" = 'BorderRejection'");
        });
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.DocumentType).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.DocumentNumber).HasMaxLength(64);
        b.Property(r => r.DocumentCountry).HasMaxLength(3);
        b.Property(r => r.LegalGrounds).HasMaxLength(MigrationRules.ShortTextMax).IsRequired();
        b.Property(r => r.Reasons).HasMaxLength(MigrationRules.TextMax).IsRequired();
        b.Property(r => r.CheckKind).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Agencies.Office>().WithMany().HasForeignKey(r => r.PointOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RemovalCheck>().WithMany()
            .HasForeignKey(r => new { r.CheckId, r.PersonId, r.CheckKind, r.CheckedOn, r.CheckAllowed })
            .HasPrincipalKey(c => new { c.Id, c.PersonId, c.Kind, c.OnDate, c.Allowed })
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.CheckId, r.PersonId, r.CheckKind, r.CheckedOn, r.CheckAllowed }).IsUnique();
        b.HasIndex(r => r.PersonId);
    }
}
