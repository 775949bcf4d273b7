using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Persistence;
using static Ruta.IntegrationTests.Kernel.Persons.PersonsTestData;

namespace Ruta.IntegrationTests.Kernel.Persons;

/// <summary>
/// Misspelled names: the words typed match no one, so PostgreSQL lists the names that resemble them
/// (all the words typed but one, and similar to the whole by pg_trgm) apart from the results; SQLite,
/// which has no trigram similarity, lists none.
/// </summary>
public sealed class PersonSimilarNameTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task A_misspelled_surname_finds_no_exact_match_and_on_PostgreSQL_lists_the_person_among_similar_names()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var tag = Unique();
        var person = await CreateIdAsync(client, Person("Wideline", "Jean-Baptiste", "Saint" + tag));

        var page = await SearchAsync(client, $"q=wideline+jean+baptiste+saimt{tag}");
        Assert.Empty(Ids(page));
        var similar = page.GetProperty("similar").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        if (app.Provider == DatabaseProvider.Postgres)
        {
            Assert.Equal(person, similar.First());
        }
        else
        {
            Assert.Empty(similar);
        }
    }

    [Theory]
    [InlineData("wodeline+jean+baptiste+saint{0}")]
    [InlineData("wideline+jaen+baptiste+saint{0}")]
    [InlineData("saint{0}+wideline+baptisteh")]
    public async Task Any_one_misspelled_word_in_any_order_still_lists_the_person_among_similar_names_on_PostgreSQL(string typed)
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var tag = Unique();
        var person = await CreateIdAsync(client, Person("Wideline", "Jean-Baptiste", "Saint" + tag));
        await CreateIdAsync(client, Person("Wideline", "Pierre", "Louis" + tag));

        var page = await SearchAsync(client, "q=" + string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, tag));
        Assert.Empty(Ids(page));
        var similar = page.GetProperty("similar").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Guid[] expected = app.Provider == DatabaseProvider.Postgres ? [person] : [];
        Assert.Equal(expected, similar);
    }

    [Fact]
    public async Task Similar_names_are_only_offered_when_the_words_typed_match_less_than_a_page()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var tag = Unique();
        await CreateIdAsync(client, Person("Marie", "Joseph", tag));

        var page = await SearchAsync(client, $"q=marie+joseph+{tag}");
        Assert.Single(Ids(page));
        var notSimilar = page.GetProperty("similar").EnumerateArray().Select(r => r.GetProperty("id").GetGuid());
        Assert.DoesNotContain(Ids(page)[0], notSimilar);
    }
}
