using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>
/// The acta de canalización of a child of an apprehension, kept small on purpose: who of the
/// Procuraduría de Protección appeared, to which DIF centre or office the child was canalized, and
/// when. It lets an adult who cares for the child be presented (LM art. 98). The child-protection
/// module will own the child's path (restitution of rights, best interest) and replace
/// <see cref="ICanalizationRecords"/> with its own records.
/// </summary>
public sealed class ChildCanalization
{
    private ChildCanalization() { }

    public ChildCanalization(Guid apprehensionId, Guid childId, string procuraduriaOfficial, DateTime procuraduriaAppearedAt, string careCentre,
        Guid? difOfficeId, DateTime canalizedAt, string? actaReference, DateTime recordedAt, Guid? recordedByUserId)
    {
        Id = Guid.CreateVersion7();
        ApprehensionId = apprehensionId;
        ChildId = childId;
        ProcuraduriaOfficial = procuraduriaOfficial;
        ProcuraduriaAppearedAt = procuraduriaAppearedAt;
        CareCentre = careCentre;
        DifOfficeId = difOfficeId;
        CanalizedAt = canalizedAt;
        ActaReference = actaReference;
        RecordedAt = recordedAt;
        RecordedByUserId = recordedByUserId;
    }

    public Guid Id { get; private set; }
    public Guid ApprehensionId { get; private set; }
    public Guid ChildId { get; private set; }

    /// <summary>Name and position of the Procuraduría's official who appeared.</summary>
    public string ProcuraduriaOfficial { get; private set; } = "";
    public DateTime ProcuraduriaAppearedAt { get; private set; }

    /// <summary>The Centro de Asistencia Social, shelter or DIF office that received the child.</summary>
    public string CareCentre { get; private set; } = "";
    public Guid? DifOfficeId { get; private set; }
    public DateTime CanalizedAt { get; private set; }
    public string? ActaReference { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public Guid? RecordedByUserId { get; private set; }
}

/// <summary>
/// Which children of an apprehension have their canalization recorded. The migration module reads
/// its own <see cref="ChildCanalization"/> rows; the child-protection module replaces this service
/// (services.Replace) to answer from its own records.
/// </summary>
public interface ICanalizationRecords
{
    Task<IReadOnlySet<Guid>> CanalizedAsync(Guid apprehensionId, IReadOnlyCollection<Guid> childIds, CancellationToken ct);
}

internal sealed class MigrationCanalizationRecords(RutaDbContext db) : ICanalizationRecords
{
    public async Task<IReadOnlySet<Guid>> CanalizedAsync(Guid apprehensionId, IReadOnlyCollection<Guid> childIds, CancellationToken ct) =>
        (await db.Set<ChildCanalization>().AsNoTracking()
            .Where(c => c.ApprehensionId == apprehensionId && childIds.Contains(c.ChildId))
            .Select(c => c.ChildId).ToListAsync(ct)).ToHashSet();
}

internal sealed class ChildCanalizationConfiguration : IEntityTypeConfiguration<ChildCanalization>
{
    public void Configure(EntityTypeBuilder<ChildCanalization> b)
    {
        b.ToTable("migration_child_canalizations");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.ProcuraduriaOfficial).HasMaxLength(MigrationRules.ShortTextMax).IsRequired();
        b.Property(c => c.CareCentre).HasMaxLength(MigrationRules.ShortTextMax).IsRequired();
        b.Property(c => c.ActaReference).HasMaxLength(MigrationRules.ShortTextMax);
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Apprehension>().WithMany().HasForeignKey(c => c.ApprehensionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Agencies.Office>().WithMany().HasForeignKey(c => c.DifOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ApprehensionId, c.ChildId }).IsUnique();
    }
}
