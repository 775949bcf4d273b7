using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>Kinds of entries in a procedure's timeline; every act leaves one.</summary>
public enum RegularizationEventKind
{
    Filed,
    RequirementsUpdated,
    ExitPermitIssued,
    PreventionIssued,
    PreventionAnswered,
    Dismissed,
    Granted,
    Refused,
    Withdrawn,
    Departed,
    DepartureOrderLapsed,
}

/// <summary>One entry of a regularization's timeline: what happened on which date and who recorded it.</summary>
public sealed class RegularizationEvent
{
    private RegularizationEvent() { }

    internal RegularizationEvent(Guid procedureId, RegularizationEventKind kind, DateOnly occurredOn, ProcedureActor actor, string? text)
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
    public RegularizationEventKind Kind { get; private set; }

    /// <summary>The legal date of the act, not of its recording.</summary>
    public DateOnly OccurredOn { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public Guid? RecordedByUserId { get; private set; }
    public string? RecordedByAgency { get; private set; }
    public string? Text { get; private set; }
}

/// <summary>Field lengths shared by the mapping and the validators.</summary>
public static class RegularizationLimits
{
    public const int Text = 8000;
    public const int ShortText = 1000;
}

internal sealed class RegularizationProcedureConfiguration : IEntityTypeConfiguration<RegularizationProcedure>
{
    public void Configure(EntityTypeBuilder<RegularizationProcedure> b)
    {
        b.ToTable("reg_procedures");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Origin).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Ground).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.GroundDetail).HasMaxLength(RegularizationLimits.ShortText);
        b.Property(p => p.RelationToPrincipal).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.RequestedCondition).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.EligibleCondition).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.GrantedCondition).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.PreventionNotes).HasMaxLength(RegularizationLimits.ShortText);
        b.Property(p => p.Reasons).HasMaxLength(RegularizationLimits.Text);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.GroundInfo);
        b.Ignore(p => p.Applicable);
        b.Ignore(p => p.Missing);
        b.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(p => p.PrincipalPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Agencies.Office>().WithMany().HasForeignKey(p => p.OfficeId).OnDelete(DeleteBehavior.Restrict);
        // The admission bar and the removal rule look a person up: one indexed query.
        b.HasIndex(p => new { p.PersonId, p.Status });
        b.HasIndex(p => new { p.Status, p.FiledOn });
    }
}

internal sealed class RegularizationEventConfiguration : IEntityTypeConfiguration<RegularizationEvent>
{
    public void Configure(EntityTypeBuilder<RegularizationEvent> b)
    {
        b.ToTable("reg_procedure_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.RecordedByAgency).HasMaxLength(32);
        b.Property(e => e.Text).HasMaxLength(RegularizationLimits.Text + RegularizationLimits.ShortText);
        b.HasIndex(e => new { e.ProcedureId, e.OccurredOn });
    }
}
