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
    private bool _foreignKeysDeferred;

    /// <summary>
    /// Row-by-row foreign-key triggers halve COPY's speed. A superuser session can skip them
    /// (session_replication_role = replica); every foreign key of the written tables is then checked
    /// once, set-based, in <see cref="FinishAsync"/>. Without that privilege the rows are checked as they go.
    /// </summary>
    private static async Task<bool> TryDeferForeignKeysAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rolsuper FROM pg_roles WHERE rolname = current_user";
        if (await command.ExecuteScalarAsync(ct) is not true)
        {
            return false;
        }

        command.CommandText = "SET session_replication_role = replica";
        await command.ExecuteNonQueryAsync(ct);
        return true;
    }

    /// <summary>Counts rows of the written tables whose foreign key points nowhere; throws if any.</summary>
    private async Task CheckForeignKeysAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var tables = _maps.Values.Select(m => m.Table).ToArray();
        var keys = new List<(string Name, string Child, string[] ChildColumns, string Parent, string[] ParentColumns)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text,
                       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
                       ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)
                FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY(@tables)
                """;
            command.Parameters.AddWithValue("tables", tables.Select(t => $"\"{t}\"").Concat(tables).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                keys.Add((reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(3), reader.GetString(2), reader.GetFieldValue<string[]>(4)));
            }
        }

        foreach (var (name, child, childColumns, parent, parentColumns) in keys)
        {
            await using var check = connection.CreateCommand();
            check.CommandTimeout = 0;
            var notNull = string.Join(" AND ", childColumns.Select(c => $"c.\"{c}\" IS NOT NULL"));
            var join = string.Join(" AND ", childColumns.Zip(parentColumns, (c, p) => $"p.\"{p}\" = c.\"{c}\""));
            check.CommandText = $"SELECT count(*) FROM {child} c WHERE {notNull} AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE {join})";
            var orphans = (long)(await check.ExecuteScalarAsync(ct))!;
            if (orphans > 0)
            {
                throw new InvalidOperationException($"{orphans} rows of {child} break foreign key {name}.");
            }
        }
    }

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
            _foreignKeysDeferred = await TryDeferForeignKeysAsync(_connection, ct);
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

        if (_foreignKeysDeferred)
        {
            await CheckForeignKeysAsync(_connection, ct);
        }

        // VACUUM as well as ANALYZE: freshly copied pages are not yet marked all-visible, so every
        // index-only scan (counts per status, worklists) would read the heap until autovacuum passes;
        // a database in service is in the vacuumed state, and that is the state worth measuring.
        await using var analyze = _connection.CreateCommand();
        analyze.CommandText = "VACUUM (ANALYZE)";
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
