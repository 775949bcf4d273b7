namespace Ruta.Web.Kernel.Audit;

/// <summary>
/// Database triggers that make the audit table append-only, so that not even a hand-written SQL
/// statement can rewrite history. Called from each provider's migration.
/// </summary>
public static class AuditTriggers
{
    public const string SqliteUp = """
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS audit_entries_no_update;
        DROP TRIGGER IF EXISTS audit_entries_no_delete;
        """;

    public const string PostgresUp = """
        CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END; $$ LANGUAGE plpgsql;
        DROP TRIGGER IF EXISTS audit_entries_no_change ON audit_entries;
        CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS audit_entries_no_change ON audit_entries;
        DROP FUNCTION IF EXISTS audit_entries_append_only();
        """;
}
