using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Finds persons (not archived) by name, document number, CURP, nationality and birth year; all
/// given criteria must hold. Pages are ordered by surnames then given names, ties broken by id, so
/// that paging never skips or repeats a person.
/// </summary>
/// <remarks>
/// Name matching: <see cref="Query.Q"/> and the stored names and aliases are folded alike
/// (<see cref="NameNormalizer"/>: no case, no accents, punctuation as spaces), and every word
/// typed must be the beginning of some word of the name: "jose perez" and "PEREZ" find
/// "José Pérez López", "nunez" finds "Núñez", "per lop" finds him too, "erez" does not (no
/// matches inside a word). A prefix match tolerates truncated or abbreviated names as officers
/// type them; word order and extra words in the record do not matter.
/// </remarks>
public static class SearchPersons
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// Counting stops here: "more than 1 000" tells an officer to narrow the search as well as an exact
    /// figure would, and counting a million rows on every page costs more than the page itself.
    /// </summary>
    public const int CountCap = 1_000;
    private const int MaxWords = 8;

    /// <summary>pg_trgm's default similarity threshold (<c>pg_trgm.similarity_threshold</c>), applied to candidates.</summary>
    private const double SimilarityThreshold = 0.3;

    public sealed record Query(string? Q = null, string? Document = null, string? Curp = null, string? Nationality = null,
        int? BirthYear = null, int Page = 1, int PageSize = DefaultPageSize);

    public sealed record Row(Guid Id, string? GivenNames, string? FirstSurname, string? SecondSurname, string FullName,
        Sex Sex, DateOnly? BirthDate, bool BirthDateEstimated, int? Age, bool IsChild, IReadOnlyList<string> Nationalities, string? Curp);

    /// <param name="Similar">Persons whose names resemble the words typed without matching them (likely misspellings); first page only.</param>
    /// <param name="Total">Persons found, counted up to <see cref="CountCap"/> + 1 (see <see cref="TotalIsLowerBound"/>).</param>
    public sealed record PageResult(IReadOnlyList<Row> Items, int Page, int PageSize, int Total, IReadOnlyList<Row> Similar)
    {
        public bool HasMore => Page * PageSize < Total;

        /// <summary>More than <see cref="CountCap"/> persons match: <see cref="Total"/> is not the exact count.</summary>
        public bool TotalIsLowerBound => Total > CountCap;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Q).MaximumLength(200).WithMessage("La búsqueda admite como máximo 200 caracteres.");
            RuleFor(x => x.Document).MaximumLength(40).WithMessage("El número de documento admite como máximo 40 caracteres.");
            RuleFor(x => x.Curp).MaximumLength(Identification.Curp.Length).WithMessage("La CURP tiene 18 caracteres.");
            RuleFor(x => x.Nationality).Must(Countries.IsKnown).When(x => !string.IsNullOrWhiteSpace(x.Nationality))
                .WithMessage("Nacionalidad desconocida: use un código ISO 3166-1 alfa-3 (HND, GTM…).");
            RuleFor(x => x.BirthYear)
                .Must(y => y is null || (y >= PersonLimits.EarliestBirthDate.Year && y <= MexicoCity.Today(clock).Year))
                .WithMessage(_ => $"El año de nacimiento debe estar entre {PersonLimits.EarliestBirthDate.Year} y {MexicoCity.Today(clock).Year}.");
            RuleFor(x => x.Page).InclusiveBetween(1, 100_000).WithMessage("La página debe ser 1 o mayor.");
            RuleFor(x => x.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"El tamaño de página debe estar entre 1 y {MaxPageSize}.");
        }
    }

    public sealed class Handler(RutaDbContext db, Validator validator, TimeProvider clock)
    {
        public async Task<PersonsOutcome<PageResult>> HandleAsync(Query query, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(query, ct);
            if (!validation.IsValid)
            {
                return PersonsOutcome<PageResult>.Invalid(validation.ToFieldErrors());
            }

            var words = NameNormalizer.Tokens(query.Q).Distinct().Take(MaxWords).ToList();
            IQueryable<Person> persons;
            if (words.Count > 0 && db.IsPostgres)
            {
                persons = Filter(PersonNameWords.WithAll(db, words), query);
            }
            else
            {
                persons = Filter(db.Set<Person>(), query);
                foreach (var word in words)
                {
                    // SearchName holds single-space-separated words of letters and digits (no LIKE wildcards):
                    // the word starts the name or follows a space.
                    var first = word + "%";
                    var inner = "% " + word + "%";
                    persons = persons.Where(p => EF.Functions.Like(p.SearchName, first) || EF.Functions.Like(p.SearchName, inner));
                }
            }

            var total = await persons.Take(CountCap + 1).CountAsync(ct);
            var rows = await Project(persons.OrderBy(p => p.SearchName).ThenBy(p => p.Id)
                .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize), ct);
            var similar = words.Count > 0 && query.Page == 1 && total < query.PageSize && db.IsPostgres
                ? await SimilarAsync(query, words, [.. rows.Select(r => r.Id)], query.PageSize - total, ct)
                : [];

            var today = MexicoCity.Today(clock);
            return PersonsOutcome<PageResult>.Ok(new PageResult(ToRows(rows, today), query.Page, query.PageSize, total, ToRows(similar, today)));
        }

        /// <summary>Every criterion but the name; archived persons are never found.</summary>
        private static IQueryable<Person> Filter(IQueryable<Person> source, Query query)
        {
            var persons = source.AsNoTracking().Where(p => !p.IsArchived);
            var document = PersonText.DocumentNumber(query.Document);
            if (document.Length > 0)
            {
                persons = persons.Where(p => p.Documents.Any(d => d.Number == document));
            }

            if (!string.IsNullOrWhiteSpace(query.Curp))
            {
                var curp = PersonText.Code(query.Curp);
                persons = persons.Where(p => p.Curp == curp);
            }

            if (!string.IsNullOrWhiteSpace(query.Nationality))
            {
                var country = PersonText.Code(query.Nationality);
                persons = persons.Where(p => p.Nationalities.Any(n => n.CountryCode == country));
            }

            if (query.BirthYear is { } year)
            {
                var from = new DateOnly(year, 1, 1);
                var to = new DateOnly(year, 12, 31);
                persons = persons.Where(p => p.BirthDate >= from && p.BirthDate <= to);
            }

            return persons;
        }

        /// <summary>
        /// Likely misspellings of what was typed, most similar first (PostgreSQL). With two words or more:
        /// the names that hold all the words but one (a name misspelled in one word still holds the
        /// others), kept when pg_trgm finds them similar to the whole; the word index serves them. With one
        /// word: pg_trgm's similar names (its trigram index; slower, but a single word leaves nothing else).
        /// </summary>
        private async Task<List<Found>> SimilarAsync(Query query, List<string> words, List<Guid> found, int take, CancellationToken ct)
        {
            var folded = string.Join(' ', words);
            var allButOne = PersonNameWords.LeaveOneOut(words);
            var candidates = allButOne.Count > 0
                ? Filter(PersonNameWords.WithAnyOf(db, allButOne), query)
                    .Where(p => EF.Functions.TrigramsSimilarity(p.SearchName, folded) >= SimilarityThreshold)
                : Filter(db.Set<Person>(), query).Where(p => EF.Functions.TrigramsAreSimilar(p.SearchName, folded));
            return await Project(candidates
                .Where(p => !found.Contains(p.Id))
                .OrderByDescending(p => EF.Functions.TrigramsSimilarity(p.SearchName, folded)).ThenBy(p => p.Id)
                .Take(take), ct);
        }

        private static Task<List<Found>> Project(IQueryable<Person> persons, CancellationToken ct) =>
            persons
                .Select(p => new Found(p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.Sex, p.BirthDate, p.BirthDateEstimated, p.Curp,
                    p.Nationalities.Select(n => n.CountryCode).ToList()))
                .AsSplitQuery()
                .ToListAsync(ct);

        private static List<Row> ToRows(List<Found> rows, DateOnly today) =>
            [.. rows.Select(p => new Row(p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname,
                PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.Sex, p.BirthDate, p.BirthDateEstimated,
                Person.AgeOn(p.BirthDate, today), Person.IsChildOn(p.BirthDate, p.BirthDateEstimated, today),
                [.. p.Nationalities.Order(StringComparer.Ordinal)], p.Curp))];

        private sealed record Found(Guid Id, string? GivenNames, string? FirstSurname, string? SecondSurname, Sex Sex, DateOnly? BirthDate,
            bool BirthDateEstimated, string? Curp, List<string> Nationalities);
    }
}
