using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;
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
/// </summary>
/// <remarks>
/// Uniqueness under concurrency comes from one atomic statement, an upsert that increments the
/// counter and returns the number it held (INSERT … ON CONFLICT DO UPDATE … RETURNING, native to
/// SQLite ≥ 3.35 and PostgreSQL ≥ 9.5). PostgreSQL serialises concurrent upserts of the same row
/// on its row lock, and SQLite serialises all writers on its database lock, so no two statements
/// can return the same number. The unique index on the folio is the last line of defence.
/// The statement joins the caller's transaction when there is one (then the number commits or
/// rolls back with the act); otherwise it commits on its own, and a failed act leaves a gap,
/// which is allowed: folios must never repeat, they need not be consecutive.
/// </remarks>
public static class Folios
{
    public static string Format(string agencyCode, int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{agencyCode}-{year:D4}-{sequence:D6}");

    public static async Task<string> AllocateAsync(RutaDbContext db, string agencyCode, int year, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(NoticeFolioCounter))!;
        var table = entity.GetTableName();
        string Column(string property) => entity.FindProperty(property)!.GetColumnName();
        var agency = Column(nameof(NoticeFolioCounter.AgencyCode));
        var yearColumn = Column(nameof(NoticeFolioCounter.Year));
        var next = Column(nameof(NoticeFolioCounter.Next));

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                $"""
                INSERT INTO "{table}" ("{agency}", "{yearColumn}", "{next}") VALUES (@agency, @year, 2)
                ON CONFLICT ("{agency}", "{yearColumn}") DO UPDATE SET "{next}" = "{table}"."{next}" + 1
                RETURNING "{next}" - 1
                """;
            AddParameter(command, "@agency", agencyCode);
            AddParameter(command, "@year", year);
            var sequence = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            return Format(agencyCode, year, sequence);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
