using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ruta.Web.Kernel.Persistence;

/// <summary>Used only by `dotnet ef migrations add ... --context SqliteRutaDbContext`.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRutaDbContext>
{
    public SqliteRutaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteRutaDbContext>();
        PersistenceSetup.ConfigureSqlite(builder, "Data Source=design.db");
        return new SqliteRutaDbContext(builder.Options);
    }
}

/// <summary>Used only by `dotnet ef migrations add ... --context PostgresRutaDbContext`.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRutaDbContext>
{
    public PostgresRutaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresRutaDbContext>();
        PersistenceSetup.ConfigurePostgres(builder, "Host=localhost;Database=ruta_design");
        return new PostgresRutaDbContext(builder.Options);
    }
}
