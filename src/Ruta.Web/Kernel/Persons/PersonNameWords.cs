using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Persons whose names hold typed words, on PostgreSQL, through the <c>SearchPrefixes</c> column
/// (<see cref="PersonSearchIndexes.PrefixesUp"/>). Each query is the root of a LINQ query: PostgreSQL
/// pulls the subquery up, so the other criteria, the order and the page are planned together with it.
/// </summary>
public static class PersonNameWords
{
    /// <summary>Every word begins some word of the name (as <c>LIKE 'w%' OR LIKE '% w%'</c> per word).</summary>
    public static IQueryable<Person> WithAll(RutaDbContext db, IReadOnlyList<string> words) =>
        WithAnyOf(db, [words]);

    /// <summary>At least one of the sets of words is all in the name.</summary>
    public static IQueryable<Person> WithAnyOf(RutaDbContext db, IReadOnlyList<IReadOnlyList<string>> sets)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sets.Count);
        // Only placeholders ({0}, {1}…) are put into the text; the words travel as parameters.
        var sql = "SELECT * FROM person_persons WHERE " + string.Join(" OR ", sets.Select((_, i) => $"\"SearchPrefixes\" @> {{{i}}}"));
        return db.Set<Person>().FromSqlRaw(sql, [.. sets.Select(s => (object)s.ToArray())]);
    }

    /// <summary>
    /// The typed words with one left out, for each word in turn: a name misspelled in one word still
    /// holds all the others. Two words at least (leaving out the only word would match everyone).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> LeaveOneOut(IReadOnlyList<string> words) =>
        words.Count < 2 ? [] : [.. Enumerable.Range(0, words.Count).Select(i => (IReadOnlyList<string>)[.. words.Where((_, j) => j != i)])];
}
