using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Kernel.Removal;

/// <summary>
/// A removal of a person from Mexico (deportation, assisted return or rejection at the border),
/// scheduled for a date and a destination. It exists only with an allowed <see cref="RemovalCheck"/>
/// of the same person, kind and date, written in the same transaction by <see cref="RecordRemoval"/>;
/// the database refuses any other row (composite foreign key plus a check constraint).
/// The migration module will add the procedure (states, execution) on top of this record.
/// </summary>
public sealed class RemovalRecord
{
    private RemovalRecord() { }

    public RemovalRecord(Guid personId, RemovalKind kind, DateOnly scheduledDate, string destinationCountry, Guid checkId,
        Guid? createdByUserId, string? createdByUserName, string createdByAgency, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        Kind = kind;
        ScheduledDate = scheduledDate;
        DestinationCountry = destinationCountry;
        CheckId = checkId;
        CreatedByUserId = createdByUserId;
        CreatedByUserName = createdByUserName;
        CreatedByAgency = createdByAgency;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public RemovalKind Kind { get; private set; }
    public DateOnly ScheduledDate { get; private set; }

    /// <summary>ISO 3166-1 alpha-3 of the country the person is sent to.</summary>
    public string DestinationCountry { get; private set; } = "";

    /// <summary>The guard's answer that allowed this removal.</summary>
    public Guid CheckId { get; private set; }

    /// <summary>
    /// Always true: part of the foreign key to the check's (Id, PersonId, Kind, OnDate, Allowed), so
    /// that only an allowed check can be referenced. A check constraint keeps it true.
    /// </summary>
    public bool CheckAllowed { get; private set; } = true;
    public Guid? CreatedByUserId { get; private set; }
    public string? CreatedByUserName { get; private set; }
    public string CreatedByAgency { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// Points the removal to another allowed check of the same person and kind, for its new date (see
    /// <see cref="RecordRemoval.RescheduleAsync"/>); the composite foreign key refuses any other check.
    /// </summary>
    public void Reschedule(Guid allowedCheckId, DateOnly scheduledDate)
    {
        CheckId = allowedCheckId;
        ScheduledDate = scheduledDate;
    }
}

internal sealed class RemovalRecordConfiguration : IEntityTypeConfiguration<RemovalRecord>
{
    public void Configure(EntityTypeBuilder<RemovalRecord> b)
    {
        // TRUE is understood by PostgreSQL and by SQLite (3.23+, where it is 1, the stored boolean).
        b.ToTable("removal_removals", t => t.HasCheckConstraint("CK_removal_removals_check_allowed", "\"CheckAllowed\" = TRUE"));
        b.HasKey(r => r.Id);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.DestinationCountry).HasMaxLength(3).IsRequired();
        b.Property(r => r.CreatedByUserName).HasMaxLength(256);
        b.Property(r => r.CreatedByAgency).HasMaxLength(32).IsRequired();
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RemovalCheck>().WithMany()
            .HasForeignKey(r => new { r.CheckId, r.PersonId, r.Kind, r.ScheduledDate, r.CheckAllowed })
            .HasPrincipalKey(c => new { c.Id, c.PersonId, c.Kind, c.OnDate, c.Allowed })
            .OnDelete(DeleteBehavior.Restrict);

        // One check allows one removal: a passing answer cannot be reused for a second one. (Unique on the
        // whole foreign key, which equals unique on CheckId since the other columns follow from the check,
        // and serves as the foreign key's index.)
        b.HasIndex(r => new { r.CheckId, r.PersonId, r.Kind, r.ScheduledDate, r.CheckAllowed }).IsUnique();
        b.HasIndex(r => new { r.PersonId, r.ScheduledDate });
    }
}
