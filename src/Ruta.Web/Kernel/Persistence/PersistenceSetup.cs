using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ruta.Web.Kernel.Audit;

namespace Ruta.Web.Kernel.Persistence;

public static class PersistenceSetup
{
    public static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        var provider = configuration["Database:Provider"];
        if (!string.IsNullOrWhiteSpace(provider))
        {
            options.Provider = provider.Trim().ToLowerInvariant() switch
            {
                "sqlite" => DatabaseProvider.Sqlite,
                "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
                _ => throw new InvalidOperationException(
                    $"Database:Provider '{provider}' is not supported; use Sqlite or Postgres."),
            };
        }

        options.ConnectionString = configuration.GetConnectionString("Ruta");
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("ConnectionStrings:Ruta is required with Database:Provider=Postgres.");
            }

            var dataDirectory = DataDirectory(configuration);
            Directory.CreateDirectory(dataDirectory);
            options.ConnectionString = $"Data Source={Path.Combine(dataDirectory, "ruta.db")}";
        }

        return options;
    }

    /// <summary>Where Ruta keeps its files (SQLite database, keys): Ruta:DataDirectory, else ./data.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Ruta:DataDirectory"] ?? Path.Combine(Directory.GetCurrentDirectory(), "data"));

    public static IServiceCollection AddRutaPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        services.AddScoped<AuditingInterceptor>();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = PooledWithoutReset(options.ConnectionString!);
            services.AddDbContext<PostgresRutaDbContext>((sp, db) => ConfigurePostgres(db, connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
            services.AddScoped<RutaDbContext>(sp => sp.GetRequiredService<PostgresRutaDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteRutaDbContext>((sp, db) => ConfigureSqlite(db, options.ConnectionString!)
                .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), SqlitePragmas.Instance));
            services.AddScoped<RutaDbContext>(sp => sp.GetRequiredService<SqliteRutaDbContext>());
        }

        return services;
    }

    internal static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder db, string connectionString) =>
        db.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations")).ConfigureWarnings(Warnings);

    /// <summary>
    /// EF opens and closes the connection around every query, and by default Npgsql sends DISCARD ALL
    /// each time a connection goes back to the pool: a round trip per query, a removal check's seven
    /// reads paying fourteen. Ruta never changes session state on its EF connections (no SET, no
    /// LISTEN, no temporary tables; the data generator's bulk session uses its own connection string,
    /// hence its own pool), so the reset is skipped unless the configured string asks for it.
    /// </summary>
    internal static string PooledWithoutReset(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    internal static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder db, string connectionString) =>
        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations")).ConfigureWarnings(Warnings);

    /// <summary>Capped counts (COUNT over TAKE n) need no order; EF's warning about it would be logged on every search.</summary>
    private static void Warnings(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder w) =>
        w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning);
}
