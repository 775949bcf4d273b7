using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Persons.Identification;
using static Ruta.IntegrationTests.Kernel.Persons.PersonsTestData;

namespace Ruta.IntegrationTests.Kernel.Persons;

public sealed class PersonsApiTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private const string Td3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private const string Td3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    private static string ValidCurp()
    {
        const string first17 = "CARM901102MNEMRR0";
        return first17 + Curp.ComputeCheckDigit(first17);
    }

    /// <summary>A well-formed CURP whose check digit is wrong.</summary>
    private static string InvalidCurp()
    {
        const string first17 = "PEPJ870314HNERRS0";
        return first17 + (char)('0' + (Curp.ComputeCheckDigit(first17) - '0' + 1) % 10);
    }

    private async Task<int> CountAsync<T>() where T : class =>
        await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<T>().CountAsync());

    [Fact]
    public async Task Registering_a_person_answers_201_with_location_etag_and_the_record_in_camel_and_kebab_case()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var body = Person(second: "Ramírez");
        body["curp"] = ValidCurp().ToLowerInvariant();
        body["phone"] = "962 123 4567";
        body["email"] = "maria@example.org";
        body["address"] = "  Albergue   Belén, Tapachula ";
        body["aliases"] = new JsonArray("Mafer Castillo");
        body["documents"] = new JsonArray(new JsonObject
        {
            ["type"] = "national-id-card", ["number"] = "0501-1990-02345", ["issuingCountry"] = "hnd", ["expiryDate"] = "2031-01-31",
        });
        body["vulnerabilities"] = new JsonArray("pregnant", "gender-violence-victim");
        body["unknownMember"] = "ignored";

        var response = await client.PostAsJsonAsync("/api/v1/persons", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var person = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = person.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/persons/{id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(1, person.GetProperty("version").GetInt32());
        Assert.Equal("female", person.GetProperty("sex").GetString());
        Assert.Equal("1990-11-02", person.GetProperty("birthDate").GetString());
        Assert.Equal(["HND"], Strings(person.GetProperty("nationalities")));
        Assert.Equal(ValidCurp(), person.GetProperty("curp").GetString());
        Assert.Equal("+529621234567", person.GetProperty("phone").GetString());
        Assert.Equal("Albergue Belén, Tapachula", person.GetProperty("address").GetString());
        Assert.Equal(["Mafer Castillo"], Strings(person.GetProperty("aliases")));
        var document = person.GetProperty("documents")[0];
        Assert.Equal("national-id-card", document.GetProperty("type").GetString());
        Assert.Equal("0501199002345", document.GetProperty("number").GetString());
        Assert.Equal("HND", document.GetProperty("issuingCountry").GetString());
        Assert.Equal("2031-01-31", document.GetProperty("expiryDate").GetString());
        Assert.Equal(["pregnant", "gender-violence-victim"], Strings(person.GetProperty("vulnerabilities")));
        Assert.False(person.GetProperty("isChild").GetBoolean());
        Assert.True(person.GetProperty("age").GetInt32() >= 35);
        Assert.Equal("COMAR", person.GetProperty("createdByAgency").GetString());
        Assert.Equal(0, person.GetProperty("familyLinks").GetArrayLength());
    }

    [Fact]
    public async Task A_child_is_reported_as_such_and_a_person_without_birth_date_is_presumed_a_child()
    {
        using var client = await app.ApiAsAsync("dif.officer");
        var child = Person("Kevin", "Hernández");
        child["birthDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10).AddDays(-2).ToString("yyyy-MM-dd");
        var unknown = Person("Bryan", "Caicedo");
        unknown.Remove("birthDate");

        var a = await CreateAsync(client, child);
        var b = await CreateAsync(client, unknown);

        Assert.True(a.GetProperty("isChild").GetBoolean());
        Assert.Equal(10, a.GetProperty("age").GetInt32());
        Assert.True(b.GetProperty("isChild").GetBoolean());
        Assert.Equal(JsonValueKind.Null, b.GetProperty("age").ValueKind);
    }

    [Fact]
    public async Task Getting_a_person_sets_the_etag_and_an_unknown_id_is_a_404_problem()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var id = await CreateIdAsync(client, Person());

        var (person, etag) = await GetAsync(client, id);
        var missing = await client.GetAsync($"/api/v1/persons/{Guid.NewGuid()}");

        Assert.Equal("\"1\"", etag);
        Assert.Equal(id, person.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await ProblemAsync(missing);
    }

    [Fact]
    public async Task Changing_details_with_the_current_etag_replaces_the_data_and_its_lists_and_moves_the_version()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var body = Person();
        body["aliases"] = new JsonArray("Mafer");
        body["documents"] = new JsonArray(new JsonObject { ["type"] = "passport", ["number"] = "E0912345", ["issuingCountry"] = "HND" });
        var id = await CreateIdAsync(client, body);
        var (_, etag) = await GetAsync(client, id);

        var changed = Person("María Fernanda", "Castillo", body["secondSurname"]!.GetValue<string>());
        changed["nationalities"] = new JsonArray("GTM", "HND");
        changed["languages"] = new JsonArray("spa", "quc");
        changed["documents"] = new JsonArray(
            new JsonObject { ["type"] = "passport", ["number"] = "E0912345", ["issuingCountry"] = "HND", ["expiryDate"] = "2030-01-01" },
            new JsonObject { ["type"] = "national-id-card", ["number"] = "2456789010101", ["issuingCountry"] = "GTM" });
        var response = await PutAsync(client, id, changed, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var (person, newTag) = await GetAsync(client, id);
        Assert.Equal("\"2\"", newTag);
        Assert.Equal(["GTM", "HND"], Strings(person.GetProperty("nationalities")));
        Assert.Equal(["quc", "spa"], Strings(person.GetProperty("languages")));
        Assert.Equal(0, person.GetProperty("aliases").GetArrayLength());
        Assert.Equal(2, person.GetProperty("documents").GetArrayLength());
        Assert.Equal("2030-01-01", person.GetProperty("documents").EnumerateArray()
            .Single(d => d.GetProperty("type").GetString() == "passport").GetProperty("expiryDate").GetString());
    }

    [Fact]
    public async Task Changing_details_with_a_stale_etag_is_refused_with_412_and_the_stored_record_is_unchanged()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var body = Person();
        var id = await CreateIdAsync(client, body);
        var (_, first) = await GetAsync(client, id);
        var edit = Person("María José", "Castillo", body["secondSurname"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(client, id, edit, first)).StatusCode);

        var stale = Person("Otra", "Persona", "Distinta");
        stale["nationalities"] = new JsonArray("CUB");
        var response = await PutAsync(client, id, stale, first);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        await ProblemAsync(response);
        var (person, etag) = await GetAsync(client, id);
        Assert.Equal("\"2\"", etag);
        Assert.Equal("María José", person.GetProperty("givenNames").GetString());
        Assert.Equal(["HND"], Strings(person.GetProperty("nationalities")));
    }

    [Fact]
    public async Task The_version_guards_the_row_so_a_write_racing_past_the_version_check_fails()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var id = await CreateIdAsync(client, Person());

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var loaded = await db.Set<Person>().SingleAsync(p => p.Id == id);
            Assert.Equal(HttpStatusCode.OK, (await PutAsync(client, id, Person("Otra", "Persona"), "\"1\"")).StatusCode);

            loaded.GivenNames = "Carrera";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        });

        var (person, _) = await GetAsync(client, id);
        Assert.Equal("Otra", person.GetProperty("givenNames").GetString());
    }

    [Fact]
    public async Task Changing_details_without_if_match_is_refused_with_428_and_nothing_is_overwritten()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var id = await CreateIdAsync(client, Person());

        var response = await PutAsync(client, id, Person("Otra", "Persona"), ifMatch: null);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        await ProblemAsync(response);
        var (person, etag) = await GetAsync(client, id);
        Assert.Equal("\"1\"", etag);
        Assert.Equal("María Fernanda", person.GetProperty("givenNames").GetString());
    }

    [Fact]
    public async Task Archiving_is_for_supervisors_needs_if_match_and_hides_the_person_from_search_but_keeps_the_record()
    {
        using var officer = await app.ApiAsAsync("inm.officer");
        using var supervisor = await app.ApiAsAsync("inm.supervisor");
        var surname = Unique();
        var id = await CreateIdAsync(officer, Person("Carlos", surname));
        var url = $"/api/v1/persons/{id}";

        Assert.Equal(HttpStatusCode.Forbidden, (await DeleteAsync(officer, url, "\"1\"")).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await DeleteAsync(supervisor, url, null)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await DeleteAsync(supervisor, url, "\"7\"")).StatusCode);
        Assert.Single(Ids(await SearchAsync(officer, "q=" + surname)));

        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(supervisor, url, "\"1\"")).StatusCode);

        var (person, etag) = await GetAsync(officer, id);
        Assert.True(person.GetProperty("isArchived").GetBoolean());
        Assert.Equal("\"2\"", etag);
        Assert.Empty(Ids(await SearchAsync(officer, "q=" + surname)));
        var edit = await PutAsync(officer, id, Person("Carlos", surname), etag);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal(PersonConflicts.PersonArchived, (await ProblemAsync(edit)).GetProperty("code").GetString());
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "missing names", """{"givenNames":" ","firstSurname":null,"sex":"male"}""", "givenNames" },
        { "overlong given names", $$"""{"givenNames":"{{new string('a', 101)}}","firstSurname":"Pérez"}""", "givenNames" },
        { "overlong address", $$"""{"givenNames":"José","address":"{{new string('x', 301)}}"}""", "address" },
        { "digits in a name", """{"givenNames":"J0sé","firstSurname":"Pérez"}""", "givenNames" },
        { "future birth date", $$"""{"givenNames":"José","birthDate":"{{DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3):yyyy-MM-dd}}"}""", "birthDate" },
        { "birth date before 1900", """{"givenNames":"José","birthDate":"1899-12-31"}""", "birthDate" },
        { "impossible birth date", """{"givenNames":"José","birthDate":"2020-13-45"}""", "birthDate" },
        { "unknown sex", """{"givenNames":"José","sex":"alien"}""", "sex" },
        { "unknown country", """{"givenNames":"José","nationalities":["HND","XYZ"]}""", "nationalities[1]" },
        { "stateless with a nationality", """{"givenNames":"José","isStateless":true,"nationalities":["HND"]}""", "nationalities" },
        { "unknown language", """{"givenNames":"José","languages":["zz9"]}""", "languages[0]" },
        { "invalid CURP", $$"""{"givenNames":"José","curp":"{{InvalidCurp()}}"}""", "curp" },
        { "CURP of another birth date", $$"""{"givenNames":"María","sex":"female","birthDate":"1991-11-02","curp":"{{ValidCurp()}}"}""", "curp" },
        { "CURP of another sex", $$"""{"givenNames":"Mario","sex":"male","curp":"{{ValidCurp()}}"}""", "curp" },
        { "bad phone", """{"givenNames":"José","phone":"12345"}""", "phone" },
        { "bad email", """{"givenNames":"José","email":"jose@"}""", "email" },
        { "document number with symbols", """{"givenNames":"José","documents":[{"type":"passport","number":"E09/12#345","issuingCountry":"HND"}]}""", "documents[0].number" },
        { "overlong document number", $$"""{"givenNames":"José","documents":[{"type":"passport","number":"{{new string('9', 31)}}","issuingCountry":"HND"}]}""", "documents[0].number" },
        { "document of an unknown country", """{"givenNames":"José","documents":[{"type":"passport","number":"E0912345","issuingCountry":"XYZ"}]}""", "documents[0].issuingCountry" },
        { "document without type", """{"givenNames":"José","documents":[{"number":"E0912345","issuingCountry":"HND"}]}""", "documents[0].type" },
        { "unknown vulnerability", """{"givenNames":"José","vulnerabilities":["bored"]}""", "vulnerabilities[0]" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_400_with_field_errors_and_nothing_is_written(string _, string json, string field)
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var persons = await CountAsync<Person>();
        var audit = await CountAsync<AuditEntry>();

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/v1/persons", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(persons, await CountAsync<Person>());
        Assert.Equal(audit, await CountAsync<AuditEntry>());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_nothing_is_written()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var persons = await CountAsync<Person>();

        using var content = new StringContent("""{"givenNames": "José", """, Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/v1/persons", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ProblemAsync(response);
        Assert.Equal(persons, await CountAsync<Person>());
    }

    [Fact]
    public async Task Bad_input_on_change_is_a_400_and_the_record_keeps_its_data_and_version()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var id = await CreateIdAsync(client, Person());
        var bad = Person();
        bad["nationalities"] = new JsonArray("XYZ");

        var response = await PutAsync(client, id, bad, "\"1\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("nationalities[0]", out _));
        var (person, etag) = await GetAsync(client, id);
        Assert.Equal("\"1\"", etag);
        Assert.Equal(["HND"], Strings(person.GetProperty("nationalities")));
    }

    [Fact]
    public async Task A_second_person_with_the_same_curp_is_a_409_naming_the_first()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        const string first17 = "LOCM901012HNEPHR0";
        var curp = first17 + Curp.ComputeCheckDigit(first17);
        var body = Person("Marvin", "López");
        body["curp"] = curp;
        body["birthDate"] = "1990-10-12";
        body["sex"] = "male";
        var id = await CreateIdAsync(client, body);
        var count = await CountAsync<Person>();

        body["secondSurname"] = Unique();
        var response = await client.PostAsJsonAsync("/api/v1/persons", body);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(PersonConflicts.CurpAlreadyRegistered, problem.GetProperty("code").GetString());
        Assert.Equal(id, problem.GetProperty("otherPersonId").GetGuid());
        Assert.Equal(count, await CountAsync<Person>());
    }

    [Fact]
    public async Task Every_change_leaves_audit_entries_with_before_and_after_under_the_person_id()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var body = Person();
        var id = await CreateIdAsync(client, body);
        var changed = Person("María José", "Castillo", body["secondSurname"]!.GetValue<string>());
        changed["nationalities"] = new JsonArray("GTM");
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(client, id, changed, "\"1\"")).StatusCode);

        var entries = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => e.RecordId == id.ToString()).OrderBy(e => e.OccurredAt).ToListAsync());

        var create = Assert.Single(entries, e => e.Action == AuditActions.Create && e.EntityType == nameof(Person));
        Assert.Null(create.Before);
        Assert.Contains("Castillo", create.After, StringComparison.Ordinal);
        var update = Assert.Single(entries, e => e.Action == AuditActions.Update && e.EntityType == nameof(Person));
        Assert.Contains("María Fernanda", update.Before, StringComparison.Ordinal);
        Assert.Contains("María José", update.After, StringComparison.Ordinal);
        var register = Assert.Single(entries, e => e.Action == "register");
        Assert.Contains("\"HND\"", register.After, StringComparison.Ordinal);
        Assert.Equal("comar.officer", register.UserName);
        Assert.Equal("COMAR", register.AgencyCode);
        var details = Assert.Single(entries, e => e.Action == "change-details");
        Assert.Contains("\"HND\"", details.Before, StringComparison.Ordinal);
        Assert.Contains("\"GTM\"", details.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cndh_auditor_may_read_but_not_write_administrators_may_not_read_and_anonymous_callers_must_sign_in()
    {
        using var officer = await app.ApiAsAsync("sre.officer");
        var id = await CreateIdAsync(officer, Person());
        using var auditor = await app.ApiAsAsync("cndh.auditor");
        using var admin = await app.ApiAsAsync("admin.administrator");
        using var anonymous = app.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/v1/persons/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/v1/persons?q=castillo")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("/api/v1/persons", Person())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(auditor, id, Person(), "\"1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/v1/persons/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/v1/persons")).StatusCode);
        var unauthenticated = await anonymous.GetAsync($"/api/v1/persons/{id}");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        await ProblemAsync(unauthenticated);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/persons", Person())).StatusCode);
    }

    [Fact]
    public async Task Parsing_the_icao_td3_specimen_returns_its_fields_all_checks_passed_and_a_suggested_person()
    {
        using var client = await app.ApiAsAsync("inm.officer");

        var response = await client.PostAsJsonAsync("/api/v1/mrz/parse", new { lines = new[] { Td3Line1, Td3Line2 } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("td3", body.GetProperty("format").GetString());
        Assert.True(body.GetProperty("isValid").GetBoolean());
        Assert.Equal(0, body.GetProperty("failedChecks").GetArrayLength());
        Assert.Equal(5, body.GetProperty("checks").GetArrayLength());
        var fields = body.GetProperty("fields");
        Assert.Equal("ERIKSSON", fields.GetProperty("primaryIdentifier").GetString());
        Assert.Equal("L898902C3", fields.GetProperty("documentNumber").GetString());
        Assert.Equal("1974-08-12", fields.GetProperty("birthDate").GetString());
        var suggested = body.GetProperty("suggested");
        Assert.Equal("Anna Maria", suggested.GetProperty("givenNames").GetString());
        Assert.Equal("Eriksson", suggested.GetProperty("firstSurname").GetString());
        Assert.Equal("female", suggested.GetProperty("sex").GetString());
        Assert.Equal("passport", suggested.GetProperty("documents")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_corrupted_check_digit_is_still_read_with_the_failed_check_named()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var corrupted = Td3Line2[..9] + "7" + Td3Line2[10..];

        var response = await client.PostAsJsonAsync("/api/v1/mrz/parse", new { lines = new[] { Td3Line1, corrupted } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.GetProperty("isValid").GetBoolean());
        Assert.Contains("documentNumber", Strings(body.GetProperty("failedChecks")));
        Assert.Contains(body.GetProperty("checks").EnumerateArray(),
            c => c.GetProperty("name").GetString() == "documentNumber" && !c.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task A_zone_of_the_wrong_shape_is_a_400_with_the_reason_under_lines()
    {
        using var client = await app.ApiAsAsync("inm.officer");

        var response = await client.PostAsJsonAsync("/api/v1/mrz/parse", new { lines = new[] { "P<UTOERIKSSON", "L898902C36" } });
        var empty = await client.PostAsJsonAsync("/api/v1/mrz/parse", new { lines = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("lines", out _));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_persons_endpoints()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/persons", out _));
        Assert.True(paths.TryGetProperty("/api/v1/persons/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/persons/{id}/family-links/{relativeId}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/mrz/parse", out _));
    }

    [Fact]
    public async Task The_demo_registry_holds_about_forty_linked_persons()
    {
        var (persons, links) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            return (await db.Set<Person>().CountAsync(p => p.SearchName.Contains("tzoc")),
                await db.Set<FamilyLink>().CountAsync());
        });
        Assert.Equal(3, persons);
        Assert.True(links >= 40);
    }
}
