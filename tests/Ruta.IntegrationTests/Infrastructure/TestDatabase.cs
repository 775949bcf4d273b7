using Npgsql;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway database for one test fixture, on the provider chosen by RUTA_TEST_DB
/// (sqlite, the default, or postgres with RUTA_TEST_PG as the server's connection string).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;
    private readonly string? _sqliteFile;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresAdmin, string? postgresName, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
        _sqliteFile = sqliteFile;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static DatabaseProvider ConfiguredProvider =>
        (Environment.GetEnvironmentVariable("RUTA_TEST_DB") ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            _ => DatabaseProvider.Sqlite,
        };

    public static async Task<TestDatabase> CreateAsync()
    {
        if (ConfiguredProvider == DatabaseProvider.Postgres)
        {
            var admin = Environment.GetEnvironmentVariable("RUTA_TEST_PG")
                ?? throw new InvalidOperationException("RUTA_TEST_DB=postgres needs RUTA_TEST_PG (a connection string to a server where databases may be created).");
            var name = "ruta_t_" + Guid.NewGuid().ToString("N")[..20];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"CREATE DATABASE {name}";
                await command.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 30 };
            return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, admin, name, null);
        }

        var file = Path.Combine(Path.GetTempPath(), "ruta-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False", null, null, file);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresAdmin is not null && _postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }

        if (_sqliteFile is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try
                {
                    File.Delete(_sqliteFile + suffix);
                }
                catch (IOException)
                {
                    // A file still open by a finished test host is removed with the temp dir later.
                }
            }
        }
    }
}
