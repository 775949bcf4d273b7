using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ruta.Web.Kernel.Persistence;

/// <summary>
/// Sequence numbers that never repeat (oficio folios, issued-document numbers): one counter row per
/// series, keyed by the counter entity's primary key (e.g. agency and year), holding the next number.
/// </summary>
/// <remarks>
/// Uniqueness under concurrency comes from one atomic statement, an upsert that increments the
/// counter and returns the number it held (INSERT … ON CONFLICT DO UPDATE … RETURNING, native to
/// SQLite ≥ 3.35 and PostgreSQL ≥ 9.5). PostgreSQL serialises concurrent upserts of the same row
/// on its row lock, and SQLite serialises all writers on its database lock, so no two statements
/// can return the same number. A unique index on the number built from it is the last line of defence.
/// The statement joins the caller's transaction when there is one (then the number commits or
/// rolls back with the act); otherwise it commits on its own, and a failed act leaves a gap,
/// which is allowed: numbers must never repeat, they need not be consecutive.
/// </remarks>
public static class AtomicCounters
{
    /// <summary>
    /// Takes the next number of one series (1 for a new series) and moves the counter on.
    /// </summary>
    /// <typeparam name="TCounter">A mapped counter entity: its primary key identifies the series.</typeparam>
    /// <param name="nextProperty">The int property holding the number the next call will take.</param>
    /// <param name="key">Values of the primary key, in the order of its declaration (HasKey).</param>
    public static async Task<int> TakeAsync<TCounter>(RutaDbContext db, string nextProperty, IReadOnlyList<object> key, CancellationToken ct)
        where TCounter : class
    {
        var entity = db.Model.FindEntityType(typeof(TCounter))
            ?? throw new InvalidOperationException($"{typeof(TCounter).Name} is not mapped.");
        var keyProperties = entity.FindPrimaryKey()!.Properties;
        if (keyProperties.Count != key.Count)
        {
            throw new ArgumentException($"{typeof(TCounter).Name} has {keyProperties.Count} key columns, {key.Count} values given.", nameof(key));
        }

        var table = entity.GetTableName();
        var next = entity.FindProperty(nextProperty)?.GetColumnName()
            ?? throw new ArgumentException($"{typeof(TCounter).Name} has no property {nextProperty}.", nameof(nextProperty));
        var keyColumns = string.Join(", ", keyProperties.Select(p => $"\"{p.GetColumnName()}\""));
        var parameters = string.Join(", ", keyProperties.Select((_, i) => $"@k{i}"));

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                $"""
                INSERT INTO "{table}" ({keyColumns}, "{next}") VALUES ({parameters}, 2)
                ON CONFLICT ({keyColumns}) DO UPDATE SET "{next}" = "{table}"."{next}" + 1
                RETURNING "{next}" - 1
                """;
            for (var i = 0; i < key.Count; i++)
            {
                // Stored the way EF stores it (an enum key kept as text goes in as text).
                var converter = keyProperties[i].GetTypeMapping().Converter;
                AddParameter(command, $"@k{i}", converter is null ? key[i] : converter.ConvertToProvider(key[i])!);
            }

            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
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
