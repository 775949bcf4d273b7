using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ruta.Web.Kernel.Audit;

/// <summary>
/// One append-only line of the audit trail: who (user, agency) did what (action) to which record,
/// when, with the values before and after. Written in the same transaction as the change it
/// describes. Nothing in Ruta updates or deletes an entry; the database refuses it too (triggers).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTime occurredAt, Guid? userId, string? userName, string? agencyCode, string action,
        string entityType, string recordId, string? before, string? after, string? purpose = null, string? correlationId = null)
    {
        Id = Guid.CreateVersion7();
        OccurredAt = occurredAt;
        UserId = userId;
        UserName = userName;
        AgencyCode = agencyCode;
        Action = action;
        EntityType = entityType;
        RecordId = recordId;
        Before = before;
        After = after;
        Purpose = purpose;
        CorrelationId = correlationId;
    }

    public Guid Id { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string? AgencyCode { get; private set; }

    /// <summary>create, update, delete, or a domain event such as read or removal-check.</summary>
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string RecordId { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }

    /// <summary>Why a sensitive record was read or checked, when the law asks for it.</summary>
    public string? Purpose { get; private set; }
    public string? CorrelationId { get; private set; }
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Read = "read";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.AgencyCode).HasMaxLength(32);
        b.Property(e => e.Action).HasMaxLength(64).IsRequired();
        b.Property(e => e.EntityType).HasMaxLength(128).IsRequired();
        b.Property(e => e.RecordId).HasMaxLength(128).IsRequired();
        b.Property(e => e.Purpose).HasMaxLength(500);
        b.Property(e => e.CorrelationId).HasMaxLength(128);
        b.HasIndex(e => new { e.RecordId, e.OccurredAt });
        b.HasIndex(e => e.OccurredAt);
        b.HasIndex(e => new { e.UserId, e.OccurredAt });
    }
}
