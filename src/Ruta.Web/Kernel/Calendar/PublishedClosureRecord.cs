using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// A closure an authority published in the DOF (vacations, Holy Week, ad hoc suspensions), as stored:
/// the legal calendar applies it to that authority's deadlines (LFPA art. 28, last part). Created and
/// deleted by reference-data managers; never edited (a correction is a delete plus a create, both audited).
/// </summary>
public sealed class PublishedClosureRecord
{
    public Guid Id { get; set; }

    /// <summary>Agency code (<c>AgencyCodes</c>) of the authority the closure binds.</summary>
    public string AuthorityCode { get; set; } = "";
    public DateOnly FirstDay { get; set; }
    public DateOnly LastDay { get; set; }

    /// <summary>Citation of the DOF publication, e.g. "Acuerdo SEGOB, DOF 29/05/2024".</summary>
    public string DofReference { get; set; } = "";

    /// <summary>Spanish description shown with every day it closes.</summary>
    public string Description { get; set; } = "";

    /// <summary>User name of who recorded it; "ruta" for the closures Ruta ships with (<see cref="KnownClosures"/>).</summary>
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// True for the verified closures Ruta ships with. They are re-added at every start, so deleting one
    /// would not last; the API refuses it and the fix goes into <see cref="KnownClosures"/>.
    /// </summary>
    public bool IsSeeded { get; set; }

    public PublishedClosure ToClosure() => new(AuthorityCode, FirstDay, LastDay, DofReference, Description);
}

internal sealed class PublishedClosureRecordConfiguration : IEntityTypeConfiguration<PublishedClosureRecord>
{
    public void Configure(EntityTypeBuilder<PublishedClosureRecord> b)
    {
        b.ToTable("cal_closures");
        b.HasKey(c => c.Id);
        b.Property(c => c.AuthorityCode).HasMaxLength(32).IsRequired();
        b.Property(c => c.DofReference).HasMaxLength(200).IsRequired();
        b.Property(c => c.Description).HasMaxLength(300).IsRequired();
        b.Property(c => c.CreatedBy).HasMaxLength(256).IsRequired();
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AuthorityCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.AuthorityCode, c.FirstDay });
    }
}

/// <summary>
/// Brings the verified closures of <see cref="KnownClosures.Seed"/> into the database at every start
/// (reference data, all environments). Adds what is missing; never deletes or edits.
/// </summary>
internal static class ClosureSeeder
{
    public const string SeedUser = "ruta";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RutaDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var existing = await db.Set<PublishedClosureRecord>()
            .Select(c => new { c.AuthorityCode, c.FirstDay, c.LastDay })
            .ToListAsync(cancellationToken);
        var added = false;
        foreach (var seed in KnownClosures.Seed)
        {
            if (existing.Any(e => e.AuthorityCode == seed.AuthorityCode && e.FirstDay == seed.FirstDay && e.LastDay == seed.LastDay))
            {
                continue;
            }

            db.Add(new PublishedClosureRecord
            {
                Id = Guid.CreateVersion7(),
                AuthorityCode = seed.AuthorityCode,
                FirstDay = seed.FirstDay,
                LastDay = seed.LastDay,
                DofReference = seed.DofReference,
                Description = seed.Description,
                CreatedBy = SeedUser,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                IsSeeded = true,
            });
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
