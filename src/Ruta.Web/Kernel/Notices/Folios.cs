using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Notices;

/// <summary>The next folio number of one agency in one year.</summary>
public sealed class NoticeFolioCounter
{
    public string AgencyCode { get; set; } = "";
    public int Year { get; set; }

    /// <summary>The number the next notice of this agency and year will take.</summary>
    public int Next { get; set; }
}

internal sealed class NoticeFolioCounterConfiguration : IEntityTypeConfiguration<NoticeFolioCounter>
{
    public void Configure(EntityTypeBuilder<NoticeFolioCounter> b)
    {
        b.ToTable("notice_folio_counters");
        b.HasKey(c => new { c.AgencyCode, c.Year });
        b.Property(c => c.AgencyCode).HasMaxLength(32);
    }
}

/// <summary>
/// Hands out folios: agency code, year and a per-agency, per-year sequence (COMAR-2026-000123).
/// Unique under concurrency, never reused, gaps allowed: see <see cref="AtomicCounters"/>.
/// </summary>
public static class Folios
{
    public static string Format(string agencyCode, int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{agencyCode}-{year:D4}-{sequence:D6}");

    public static async Task<string> AllocateAsync(RutaDbContext db, string agencyCode, int year, CancellationToken ct)
    {
        var sequence = await AtomicCounters.TakeAsync<NoticeFolioCounter>(db, nameof(NoticeFolioCounter.Next), [agencyCode, year], ct);
        return Format(agencyCode, year, sequence);
    }
}
