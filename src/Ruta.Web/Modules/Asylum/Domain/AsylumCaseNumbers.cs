using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>The next case number of one year.</summary>
public sealed class AsylumCaseNumberCounter
{
    public int Year { get; set; }

    /// <summary>The number the next claim of this year will take.</summary>
    public int Next { get; set; }
}

internal sealed class AsylumCaseNumberCounterConfiguration : IEntityTypeConfiguration<AsylumCaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<AsylumCaseNumberCounter> b)
    {
        b.ToTable("asylum_case_number_counters");
        b.HasKey(c => c.Year);
        b.Property(c => c.Year).ValueGeneratedNever();
    }
}

/// <summary>
/// The case number of a claim ("número de expediente"): SR (solicitud de refugio), the year of filing
/// (Mexico City) and a six-digit sequence per year, e.g. SR-2026-000123. COMAR's one series, whoever
/// filed. The applicant types it on the public status page, so reading it forgives case, spaces,
/// missing dashes and missing leading zeros. Unique under concurrency, never reused, gaps allowed
/// (see <see cref="AtomicCounters"/>).
/// </summary>
public static partial class AsylumCaseNumbers
{
    public const int MaxLength = 16;

    public static string Format(int year, int sequence) => string.Create(CultureInfo.InvariantCulture, $"SR-{year:D4}-{sequence:D6}");

    public static async Task<string> AllocateAsync(RutaDbContext db, int year, CancellationToken ct) =>
        Format(year, await AtomicCounters.TakeAsync<AsylumCaseNumberCounter>(db, nameof(AsylumCaseNumberCounter.Next), [year], ct));

    /// <summary>The canonical form of what a person typed ("sr 2026 123" → "SR-2026-000123"), or null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 64)
        {
            return null;
        }

        var compact = string.Concat(typed.Where(c => !char.IsWhiteSpace(c)).Select(c => IsDash(c) ? '-' : char.ToUpperInvariant(c)));
        var match = Pattern().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var sequence = int.Parse(match.Groups["sequence"].Value, CultureInfo.InvariantCulture);
        return sequence == 0 ? null : Format(year, sequence);
    }

    private static bool IsDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '−' or '_' or '/' or '.';

    [GeneratedRegex("^SR-?(?<year>[0-9]{4})-?(?<sequence>[0-9]{1,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
