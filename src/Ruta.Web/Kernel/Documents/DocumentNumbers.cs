using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Documents;

/// <summary>The next number of one series: one document type (its prefix), one issuing agency, one year.</summary>
public sealed class DocumentNumberCounter
{
    public string Series { get; set; } = "";
    public string AgencyCode { get; set; } = "";
    public int Year { get; set; }

    /// <summary>The number the next document of this series will take.</summary>
    public int Next { get; set; }
}

internal sealed class DocumentNumberCounterConfiguration : IEntityTypeConfiguration<DocumentNumberCounter>
{
    public void Configure(EntityTypeBuilder<DocumentNumberCounter> b)
    {
        b.ToTable("doc_number_counters");
        b.HasKey(c => new { c.Series, c.AgencyCode, c.Year });
        b.Property(c => c.Series).HasMaxLength(16);
        b.Property(c => c.AgencyCode).HasMaxLength(32);
    }
}

/// <summary>
/// Numbers of issued documents: type prefix, issuing agency, year (Mexico City date of issue) and a
/// six-digit sequence per type, agency and year (TVRH-INM-2026-000042). Unique under concurrency,
/// never reused, gaps allowed: see <see cref="AtomicCounters"/>.
/// </summary>
public static class DocumentNumbers
{
    public static string Format(DocumentType type, string agencyCode, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{DocumentTypes.Prefix(type)}-{agencyCode}-{year:D4}-{sequence:D6}");

    public static async Task<string> AllocateAsync(RutaDbContext db, DocumentType type, string agencyCode, int year, CancellationToken ct)
    {
        var sequence = await AtomicCounters.TakeAsync<DocumentNumberCounter>(db, nameof(DocumentNumberCounter.Next),
            [DocumentTypes.Prefix(type), agencyCode, year], ct);
        return Format(type, agencyCode, year, sequence);
    }
}
