namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// The trigram index that serves name search on PostgreSQL: it answers the LIKE word matches of
/// <see cref="SearchPersons"/> ('% jose%') and its similarity query for misspelled names without
/// reading every row. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may
/// create it. Not part of the EF model (SQLite has no such index): the PostgreSQL migration runs it.
/// </summary>
public static class PersonSearchIndexes
{
    public const string PostgresUp = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX IF NOT EXISTS "IX_person_persons_SearchName_trgm" ON person_persons USING gin ("SearchName" gin_trgm_ops);
        """;

    public const string PostgresDown = """
        DROP INDEX IF EXISTS "IX_person_persons_SearchName_trgm";
        """;
}
