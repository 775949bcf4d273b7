using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Persons.Identification;
using static Ruta.IntegrationTests.Kernel.Persons.PersonsTestData;

namespace Ruta.IntegrationTests.Kernel.Persons;

public sealed class PersonSearchTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task Searching_ignores_accents_and_case_and_matches_the_start_of_each_name_word()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var tag = Unique();
        var jose = await CreateIdAsync(client, Person("José", "Pérez", tag));
        var nunez = await CreateIdAsync(client, Person("Ramón", "Núñez", tag));

        Assert.Contains(jose, Ids(await SearchAsync(client, $"q=jose+perez+{tag}")));
        Assert.Contains(jose, Ids(await SearchAsync(client, "q=jose+perez&pageSize=100")));
        Assert.Contains(jose, Ids(await SearchAsync(client, "q=PEREZ&pageSize=100")));
        Assert.Contains(jose, Ids(await SearchAsync(client, $"q={tag.ToUpperInvariant()}+JOSÉ")));
        Assert.Contains(jose, Ids(await SearchAsync(client, $"q=per+{tag[..5]}")));
        Assert.Equal([nunez], Ids(await SearchAsync(client, $"q=nunez+{tag}")));
        Assert.Equal([nunez], Ids(await SearchAsync(client, $"q=N%C3%BA%C3%B1ez+{tag}")));
    }

    [Fact]
    public async Task Searching_finds_no_person_lacking_one_of_the_words_and_no_word_matched_inside_another()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var tag = Unique();
        var jose = await CreateIdAsync(client, Person("José", "Pérez", tag));
        var gomez = await CreateIdAsync(client, Person("José", "Gómez", tag));
        var maria = await CreateIdAsync(client, Person("María", "Pérez", tag));

        Assert.Equal([jose], Ids(await SearchAsync(client, $"q=jose+perez+{tag}")));
        var everyJosePerez = await SearchAsync(client, "q=jose+perez&pageSize=100");
        Assert.DoesNotContain(gomez, Ids(everyJosePerez));
        Assert.DoesNotContain(maria, Ids(everyJosePerez));
        Assert.All(everyJosePerez.GetProperty("items").EnumerateArray(), row =>
        {
            var words = NameNormalizer.Tokens(row.GetProperty("fullName").GetString());
            Assert.Contains(words, w => w.StartsWith("jose", StringComparison.Ordinal));
            Assert.Contains(words, w => w.StartsWith("perez", StringComparison.Ordinal));
        });
        Assert.Empty(Ids(await SearchAsync(client, $"q=erez+{tag}")));
        Assert.Empty(Ids(await SearchAsync(client, $"q=nunez+{tag}")));
    }

    [Fact]
    public async Task Aliases_are_searched_like_names()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var tag = Unique();
        var body = Person("Yoandris", "Martínez", tag);
        body["aliases"] = new JsonArray("Yoan Leyva");
        var id = await CreateIdAsync(client, body);

        Assert.Equal([id], Ids(await SearchAsync(client, $"q=leyva+{tag}")));
    }

    [Fact]
    public async Task Searching_by_document_number_finds_it_however_it_is_typed()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var number = "HX" + Random.Shared.Next(10_000_000, 99_999_999);
        var body = Person();
        body["documents"] = new JsonArray(new JsonObject { ["type"] = "passport", ["number"] = number, ["issuingCountry"] = "HND" });
        var id = await CreateIdAsync(client, body);

        Assert.Equal([id], Ids(await SearchAsync(client, "document=" + number)));
        Assert.Equal([id], Ids(await SearchAsync(client, "document=" + Uri.EscapeDataString(number.ToLowerInvariant()[..4] + " " + number[4..]))));
        Assert.Empty(Ids(await SearchAsync(client, "document=" + number[..^1])));
    }

    [Fact]
    public async Task Searching_by_curp_finds_exactly_its_holder()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        const string first17 = "ZUAB050607HNERLRA";
        var curp = first17 + Curp.ComputeCheckDigit(first17);
        var body = Person("Bryan", "Zúñiga");
        body["sex"] = "male";
        body["birthDate"] = "2005-06-07";
        body["curp"] = curp;
        var id = await CreateIdAsync(client, body);

        Assert.Equal([id], Ids(await SearchAsync(client, "curp=" + curp.ToLowerInvariant())));
    }

    [Fact]
    public async Task Searching_by_nationality_and_birth_year_combines_with_the_name()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var tag = Unique();
        var nepali = Person("Pasang", "Sherpa", tag);
        nepali["nationalities"] = new JsonArray("NPL", "IND");
        nepali["birthDate"] = "1931-04-05";
        var nepaliId = await CreateIdAsync(client, nepali);
        var other = Person("Lhakpa", "Sherpa", tag);
        other["nationalities"] = new JsonArray("IND");
        other["birthDate"] = "1932-04-05";
        var otherId = await CreateIdAsync(client, other);

        Assert.Equal([nepaliId], Ids(await SearchAsync(client, "nationality=npl")));
        Assert.Equal([nepaliId, otherId], Ids(await SearchAsync(client, $"nationality=IND&q={tag}")).Order());
        Assert.Equal([nepaliId], Ids(await SearchAsync(client, "birthYear=1931")));
        Assert.Equal([otherId], Ids(await SearchAsync(client, $"birthYear=1932&nationality=IND&q=sherpa+{tag}")));
    }

    [Fact]
    public async Task Pages_are_ordered_by_surname_then_given_names_and_cover_every_match_once()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var tag = Unique();
        string[] given = ["Eva", "Ana", "Dora", "Bea", "Cira"];
        foreach (var name in given)
        {
            await CreateIdAsync(client, Person(name, tag, "López"));
        }

        var pages = new List<List<string>>();
        for (var page = 1; page <= 4; page++)
        {
            var result = await SearchAsync(client, $"q={tag}&page={page}&pageSize=2");
            Assert.Equal(5, result.GetProperty("total").GetInt32());
            pages.Add(result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("givenNames").GetString()!).ToList());
        }

        Assert.Equal([2, 2, 1, 0], pages.Select(p => p.Count));
        Assert.Equal(["Ana", "Bea", "Cira", "Dora", "Eva"], pages.SelectMany(p => p));
    }

    [Fact]
    public async Task Search_criteria_out_of_range_are_400_field_errors()
    {
        using var client = await app.ApiAsAsync("inm.officer");

        foreach (var (query, field) in new[]
                 {
                     ("pageSize=0", "pageSize"), ("pageSize=101", "pageSize"), ("page=0", "page"),
                     ("nationality=XYZ", "nationality"), ("birthYear=1800", "birthYear"), ("q=" + new string('a', 201), "q"),
                 })
        {
            var response = await client.GetAsync("/api/v1/persons?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }

    [Fact]
    public async Task The_search_handler_returns_rows_not_entities()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var tag = Unique();
        var id = await CreateIdAsync(client, Person("Génesis", "Márquez", tag));

        var outcome = await app.WithScopeAsync(sp => sp.GetRequiredService<SearchPersons.Handler>()
            .HandleAsync(new SearchPersons.Query(Q: "genesis " + tag), CancellationToken.None));

        Assert.True(outcome.IsOk);
        var row = Assert.Single(outcome.Value!.Items);
        Assert.IsType<SearchPersons.Row>(row);
        Assert.Equal(id, row.Id);
        Assert.Equal($"Génesis Márquez {tag}", row.FullName);
        Assert.Equal(["HND"], row.Nationalities);
    }
}
