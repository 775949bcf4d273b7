using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ruta.Web.Kernel.Agencies;

/// <summary>An institution that takes part in migrant protection (reference data, seeded from the catalog).</summary>
public sealed class Agency
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public bool IsOversight { get; set; }
}

/// <summary>An office of an agency: a COMAR representation, a migration station, a Grupo Beta, a DIF system, a consulate.</summary>
public sealed class Office
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string AgencyCode { get; set; } = "";
    public OfficeKind Kind { get; set; }
    public string Name { get; set; } = "";

    /// <summary>INEGI two-digit state code; empty for offices abroad.</summary>
    public string StateCode { get; set; } = "";
    public string City { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-3 country for offices abroad; null in Mexico.</summary>
    public string? CountryCode { get; set; }
    public bool IsActive { get; set; } = true;
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.ToTable("ref_agencies");
        b.HasKey(a => a.Code);
        b.Property(a => a.Code).HasMaxLength(32);
        b.Property(a => a.Name).HasMaxLength(200).IsRequired();
        b.Property(a => a.NameEn).HasMaxLength(200).IsRequired();
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> b)
    {
        b.ToTable("ref_offices");
        b.HasKey(o => o.Id);
        b.Property(o => o.Code).HasMaxLength(64).IsRequired();
        b.HasIndex(o => o.Code).IsUnique();
        b.Property(o => o.AgencyCode).HasMaxLength(32).IsRequired();
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(o => o.Name).HasMaxLength(200).IsRequired();
        b.Property(o => o.StateCode).HasMaxLength(2);
        b.Property(o => o.City).HasMaxLength(120);
        b.Property(o => o.CountryCode).HasMaxLength(3);
        b.HasOne<Agency>().WithMany().HasForeignKey(o => o.AgencyCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.AgencyCode, o.Kind });
    }
}
