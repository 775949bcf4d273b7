using System.Collections;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Synthetic;

/// <summary>Writes batches of generated rows straight to their tables, bypassing the change tracker.</summary>
internal interface IBulkSink : IAsyncDisposable
{
    /// <summary>Writes one batch in one transaction (all of it or nothing).</summary>
    Task WriteAsync(SyntheticRows rows, CancellationToken ct);

    /// <summary>After the last batch: refresh the planner's statistics.</summary>
    Task FinishAsync(CancellationToken ct);
}

/// <summary>
/// How EF maps an entity to its table: table and column names, and for each column the getter and
/// the type mapping with its value converter (enums as text, UTC timestamps, flags as integers).
/// Read from the model, so the bulk path always writes what EF would write.
/// </summary>
internal sealed class TableMap
{
    private TableMap(string table, Column[] columns)
    {
        Table = table;
        Columns = columns;
    }

    public string Table { get; }
    public Column[] Columns { get; }

    public string QuotedColumns => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    public sealed record Column(string Name, Func<object, object?> Get, RelationalTypeMapping Mapping, string DataTypeName)
    {
        /// <summary>The value as the database stores it (after the EF value converter), or null.</summary>
        public object? ProviderValue(object entity)
        {
            var value = Get(entity);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }

    public static TableMap For(IModel model, Type type)
    {
        var entityType = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
        var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p =>
            {
                var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
                var storeType = mapping.StoreType;
                var facet = storeType.IndexOf('(', StringComparison.Ordinal);
                return new Column(p.GetColumnName(store) ?? p.Name, AuditSnapshots.Getter(type, p), mapping,
                    facet < 0 ? storeType : storeType[..facet].Trim());
            })
            .ToArray();
        return new TableMap(table, columns);
    }
}

/// <summary>PostgreSQL: one binary COPY per table and batch, all the batch's tables in one transaction.</summary>
internal sealed class PostgresCopySink(IModel model, string connectionString) : IBulkSink
{
    private readonly Dictionary<Type, TableMap> _maps = [];
    private NpgsqlConnection? _connection;

    public async Task WriteAsync(SyntheticRows rows, CancellationToken ct)
    {
        if (_connection is null)
        {
            _connection = new NpgsqlConnection(connectionString);
            await _connection.OpenAsync(ct);
            await using var setup = _connection.CreateCommand();
            // Bulk load: no need to wait for each commit's WAL flush (a crash loses whole batches, never half of one).
            setup.CommandText = "SET synchronous_commit = off";
            await setup.ExecuteNonQueryAsync(ct);
        }

        await using var transaction = await _connection.BeginTransactionAsync(ct);
        foreach (var (type, list) in rows.Tables)
        {
            if (!_maps.TryGetValue(type, out var map))
            {
                _maps[type] = map = TableMap.For(model, type);
            }

            Copy(_connection, map, list);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>Synchronous on purpose: one writer thread, and an await per value would cost more than the copy.</summary>
    private static void Copy(NpgsqlConnection connection, TableMap map, IList rows)
    {
        using var importer = connection.BeginBinaryImport($"COPY \"{map.Table}\" ({map.QuotedColumns}) FROM STDIN (FORMAT BINARY)");
        var columns = map.Columns;
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var column in columns)
            {
                var value = column.ProviderValue(row!);
                if (value is null)
                {
                    importer.WriteNull();
                }
                else
                {
                    importer.Write(value, column.DataTypeName);
                }
            }
        }

        importer.Complete();
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        if (_connection is null)
        {
            return;
        }

        await using var analyze = _connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>
/// SQLite: batched transactions of prepared INSERTs (one statement text per table, reused), with
/// parameters made by EF's own type mappings (so GUIDs, dates and enums are stored as EF stores them).
/// Foreign keys are checked at each commit (documents replaced by others point both ways).
/// </summary>
internal sealed class SqliteBatchSink(IModel model, string connectionString) : IBulkSink
{
    private readonly Dictionary<Type, TableMap> _maps = [];
    private SqliteConnection? _connection;

    public async Task WriteAsync(SyntheticRows rows, CancellationToken ct)
    {
        if (_connection is null)
        {
            _connection = new SqliteConnection(connectionString);
            await _connection.OpenAsync(ct);
            await ExecuteAsync(_connection, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;", ct);
        }

        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
        await ExecuteAsync(_connection, transaction, "PRAGMA defer_foreign_keys=ON;", ct);
        foreach (var (type, list) in rows.Tables)
        {
            if (!_maps.TryGetValue(type, out var map))
            {
                _maps[type] = map = TableMap.For(model, type);
            }

            await using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                $"INSERT INTO \"{map.Table}\" ({map.QuotedColumns}) VALUES ({string.Join(", ", map.Columns.Select((_, i) => $"@p{i}"))})";
            foreach (var row in list)
            {
                command.Parameters.Clear();
                for (var i = 0; i < map.Columns.Length; i++)
                {
                    var column = map.Columns[i];
                    command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{i}", column.Get(row!)));
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }

        await transaction.CommitAsync(ct);
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        if (_connection is not null)
        {
            await ExecuteAsync(_connection, null, "PRAGMA optimize;", ct);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

internal static class BulkSinks
{
    public static IBulkSink For(RutaDbContext db, DatabaseOptions options) => options.Provider == DatabaseProvider.Postgres
        ? new PostgresCopySink(db.Model, options.ConnectionString!)
        : new SqliteBatchSink(db.Model, options.ConnectionString!);
}
