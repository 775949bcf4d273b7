namespace Ruta.Web.Kernel.Persistence;

/// <summary>Which database Ruta runs on. SQLite is the zero-setup default; PostgreSQL is for production.</summary>
public enum DatabaseProvider { Sqlite, Postgres }

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite defaults to a file under ./data/.</summary>
    public string? ConnectionString { get; set; }
}
