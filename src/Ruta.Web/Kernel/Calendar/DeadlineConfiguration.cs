using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Agencies;

namespace Ruta.Web.Kernel.Calendar;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> b)
    {
        b.ToTable("cal_deadlines");
        b.HasKey(d => d.Id);
        b.Property(d => d.CaseType).HasMaxLength(64).IsRequired();
        b.Property(d => d.Kind).HasMaxLength(64).IsRequired();
        b.Property(d => d.Description).HasMaxLength(500).IsRequired();
        b.Property(d => d.LegalBasis).HasMaxLength(200).IsRequired();
        b.Property(d => d.ResponsibleAgency).HasMaxLength(32).IsRequired();
        b.Property(d => d.Unit).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.StatusReason).HasMaxLength(500);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasOne<Agency>().WithMany().HasForeignKey(d => d.ResponsibleAgency).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deadline>().WithMany().HasForeignKey(d => d.ExtendsDeadlineId).OnDelete(DeleteBehavior.Restrict);

        // "Mis plazos": an agency's deadlines in a status, by urgency.
        b.HasIndex(d => new { d.ResponsibleAgency, d.Status, d.DueDate });
        // A case's deadlines.
        b.HasIndex(d => new { d.CaseType, d.CaseId });
        // The missed-deadline job: open deadlines by due date.
        b.HasIndex(d => new { d.Status, d.DueDate });
        b.HasIndex(d => d.MissedInPass);
    }
}
