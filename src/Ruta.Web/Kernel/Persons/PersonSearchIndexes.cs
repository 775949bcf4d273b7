namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// What serves name search on PostgreSQL, outside the EF model (SQLite has no such thing; there the
/// search uses LIKE over <c>SearchName</c>, with the same meaning):
/// <list type="bullet">
/// <item><c>SearchPrefixes</c>, a generated column holding every beginning of every word of
/// <c>SearchName</c> ("vaca" → v, va, vac, vaca), with a GIN index: "every word typed begins some word
/// of the name" is one containment, <c>"SearchPrefixes" @> ARRAY['jose','rojo']</c>, which the index
/// answers for a million names in milliseconds, and which the planner can also check cheaply row by
/// row while it walks the name order (<see cref="PersonNameWords"/>);</item>
/// <item>the pg_trgm index, for the similarity query on a single misspelled word.</item>
/// </list>
/// pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
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

    /// <summary>
    /// The word-prefix column. The function must be IMMUTABLE to define a generated column: it reads
    /// only its argument. Single letters are kept, so that "j perez" means what it means on SQLite.
    /// </summary>
    public const string PrefixesUp = """
        CREATE OR REPLACE FUNCTION ruta_name_prefixes(name text) RETURNS text[]
          LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
        DECLARE
          result text[] := '{}';
          word text;
        BEGIN
          FOREACH word IN ARRAY string_to_array(name, ' ') LOOP
            FOR n IN 1..length(word) LOOP
              result := result || left(word, n);
            END LOOP;
          END LOOP;
          RETURN result;
        END $$;
        ALTER TABLE person_persons ADD COLUMN IF NOT EXISTS "SearchPrefixes" text[]
          GENERATED ALWAYS AS (ruta_name_prefixes("SearchName")) STORED;
        CREATE INDEX IF NOT EXISTS "IX_person_persons_SearchPrefixes" ON person_persons USING gin ("SearchPrefixes");
        """;

    public const string PrefixesDown = """
        DROP INDEX IF EXISTS "IX_person_persons_SearchPrefixes";
        ALTER TABLE person_persons DROP COLUMN IF EXISTS "SearchPrefixes";
        DROP FUNCTION IF EXISTS ruta_name_prefixes(text);
        """;
}
