using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using static Ruta.IntegrationTests.Kernel.Persons.PersonsTestData;

namespace Ruta.IntegrationTests.Kernel.Persons;

/// <summary>The persons pages driven as a browser without JavaScript would: real forms, antiforgery tokens, cookies.</summary>
public sealed partial class PersonsPagesTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private const string Td3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private const string Td3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    /// <summary>The page as text: Razor writes non-ASCII letters as character references ("Josu&amp;#xE9;").</summary>
    private static async Task<string> HtmlAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await HtmlAsync(client, "/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = DemoData.Password,
            ["__RequestVerificationToken"] = Token(login),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string action, Dictionary<string, string> fields)
    {
        var page = await HtmlAsync(client, pageUrl);
        fields["__RequestVerificationToken"] = Token(page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private async Task<int> CountPersonsAsync() =>
        await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Person>().CountAsync());

    [Fact]
    public async Task The_list_searches_accent_free_and_opens_the_record_with_its_family()
    {
        using var client = await SignInAsync("comar.officer");

        var list = await HtmlAsync(client, "/Persons?q=tzoc+juana");
        var id = Regex.Match(list, "href=\"/Persons/([0-9a-f-]{36})\">Tzoc Tum, Juana Ixchel</a>").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Contains("1 personas encontradas", list, StringComparison.Ordinal);

        var details = await HtmlAsync(client, $"/Persons/{id}");
        Assert.Contains("Josué Baltazar Tzoc Tum", details, StringComparison.Ordinal);
        Assert.Contains("Hija o hijo", details, StringComparison.Ordinal);
        Assert.Contains($"/Persons/{id}/Edit", details, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/v1/audit", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_menu_offers_persons_to_those_who_may_read_them()
    {
        using var officer = await SignInAsync("inm.officer");
        using var admin = await SignInAsync("admin.administrator");

        Assert.Contains("href=\"/Persons\"", await HtmlAsync(officer, "/"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Persons\"", await HtmlAsync(admin, "/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/Persons")).StatusCode);
    }

    [Fact]
    public async Task Registering_through_the_form_saves_the_person_and_opens_the_record()
    {
        using var client = await SignInAsync("inm.officer");
        var surname = Unique();

        var response = await PostFormAsync(client, "/Persons/Create", "/Persons/Create", new Dictionary<string, string>
        {
            ["Form.GivenNames"] = "Kenia Yamileth",
            ["Form.FirstSurname"] = surname,
            ["Form.Sex"] = "Female",
            ["Form.BirthDate"] = "1994-05-25",
            ["Form.Nationalities[0]"] = "HND",
            ["Form.Nationalities[1]"] = "",
            ["Form.Languages[0]"] = "spa",
            ["Form.Documents[0].Type"] = "NationalIdCard",
            ["Form.Documents[0].Number"] = "0801-1994-05555",
            ["Form.Documents[0].IssuingCountry"] = "HND",
            ["Form.Documents[1].Type"] = "",
            ["Form.Documents[1].Number"] = "",
            ["Form.Phone"] = "962 123 4567",
            ["Form.Vulnerabilities"] = "Pregnant",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/Persons/[0-9a-f-]{36}$", location);
        var details = await HtmlAsync(client, location);
        Assert.Contains($"Kenia Yamileth {surname}", details, StringComparison.Ordinal);
        Assert.Contains("0801199405555", details, StringComparison.Ordinal);
        Assert.Contains("+529621234567", details, StringComparison.Ordinal);
        Assert.Contains("Embarazo", details, StringComparison.Ordinal);
        Assert.Contains("Persona registrada.", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_errors_shows_spanish_messages_on_the_fields_and_saves_nothing()
    {
        using var client = await SignInAsync("inm.officer");
        var before = await CountPersonsAsync();

        var response = await PostFormAsync(client, "/Persons/Create", "/Persons/Create", new Dictionary<string, string>
        {
            ["Form.GivenNames"] = "",
            ["Form.FirstSurname"] = "",
            ["Form.Nationalities[0]"] = "",
            ["Form.Nationalities[1]"] = "XYZ",
            ["Form.Phone"] = "12345",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("al menos uno es obligatorio", html, StringComparison.Ordinal);
        Assert.Contains("no es un código de país ISO 3166-1 alfa-3 conocido", html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Form.Nationalities[0]\"", html, StringComparison.Ordinal);
        Assert.Matches("field-validation-error\" data-valmsg-for=\"Form.Phone\"", html);
        Assert.Equal(before, await CountPersonsAsync());
    }

    [Fact]
    public async Task Pasting_an_mrz_prefills_the_form_and_names_the_failed_check()
    {
        using var client = await SignInAsync("inm.officer");
        var corrupted = Td3Line2[..9] + "7" + Td3Line2[10..];

        var response = await PostFormAsync(client, "/Persons/Create", "/Persons/Create?handler=Mrz", new Dictionary<string, string>
        {
            ["Form.MrzText"] = Td3Line1 + "\r\n" + corrupted,
            ["Form.Phone"] = "962 123 4567",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("value=\"Anna Maria\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Eriksson\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"1974-08-12\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"L898902C3\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"962 123 4567\"", html, StringComparison.Ordinal);
        Assert.Contains("Dígito de control del número de documento", html, StringComparison.Ordinal);
        Assert.Matches("<option selected=\"selected\" value=\"Female\">", html);
    }

    [Fact]
    public async Task Saving_an_edit_made_on_an_old_version_shows_the_conflict_and_overwrites_nothing()
    {
        using var api = await app.ApiAsAsync("inm.officer");
        var body = Person("Carlos Manuel", "Obando");
        var id = await CreateIdAsync(api, body);
        using var client = await SignInAsync("inm.officer");
        var edit = await HtmlAsync(client, $"/Persons/{id}/Edit");
        Assert.Contains("name=\"Form.Version\" value=\"1\"", edit, StringComparison.Ordinal);
        var other = Person("Carlos Manuel", "Obando", body["secondSurname"]!.GetValue<string>());
        other["nationalities"] = new JsonArray("NIC");
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(api, id, other, "\"1\"")).StatusCode);

        var response = await client.PostAsync($"/Persons/{id}/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.GivenNames"] = "Carlos",
            ["Form.FirstSurname"] = "Obando",
            ["Form.Version"] = "1",
            ["__RequestVerificationToken"] = Token(edit),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Otra persona modificó este registro", await HtmlAsync(response), StringComparison.Ordinal);
        var (person, etag) = await GetAsync(api, id);
        Assert.Equal("\"2\"", etag);
        Assert.Equal("Carlos Manuel", person.GetProperty("givenNames").GetString());
    }

    [Fact]
    public async Task A_relative_is_found_picked_and_linked_from_the_record_and_removed_again()
    {
        using var api = await app.ApiAsAsync("dif.officer");
        var tag = Unique();
        var child = await CreateIdAsync(api, Person("Ashley Nicole", "Ordóñez", tag));
        var mother = await CreateIdAsync(api, Person("Kenia", "Ordóñez", tag));
        using var client = await SignInAsync("dif.officer");

        var search = await HtmlAsync(client, $"/Persons/{child}?relative=kenia+ordonez+{tag}");
        Assert.Contains($"name=\"relativeId\" value=\"{mother}\"", search, StringComparison.Ordinal);
        var linked = await client.PostAsync($"/Persons/{child}?handler=Link", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["relativeId"] = mother.ToString(),
            ["kind"] = "Parent",
            ["__RequestVerificationToken"] = Token(search),
        }));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);

        var details = await HtmlAsync(client, $"/Persons/{child}");
        Assert.Contains($"<a href=\"/Persons/{mother}\">Kenia Ordóñez {tag}</a>", details, StringComparison.Ordinal);
        Assert.Contains("Madre o padre", details, StringComparison.Ordinal);
        Assert.Contains("Hija o hijo", await HtmlAsync(client, $"/Persons/{mother}"), StringComparison.Ordinal);

        var removed = await client.PostAsync($"/Persons/{mother}?handler=Unlink", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["relativeId"] = child.ToString(),
            ["kind"] = "Child",
            ["__RequestVerificationToken"] = Token(details),
        }));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Sin vínculos familiares registrados.", await HtmlAsync(client, $"/Persons/{child}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_auditor_reads_the_record_with_a_link_to_its_audit_but_cannot_edit()
    {
        using var api = await app.ApiAsAsync("inm.officer");
        var id = await CreateIdAsync(api, Person());
        using var auditor = await SignInAsync("cndh.auditor");

        var details = await HtmlAsync(auditor, $"/Persons/{id}");

        Assert.Contains($"/api/v1/audit?recordId={id}", details, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Persons/{id}/Edit", details, StringComparison.Ordinal);
        Assert.DoesNotContain("Agregar un familiar", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await auditor.GetAsync($"/Persons/{id}/Edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await auditor.GetAsync("/Persons/Create")).StatusCode);
        var audit = await auditor.GetAsync($"/api/v1/audit?recordId={id}");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Contains("register", await audit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_archives_from_the_record_after_confirming()
    {
        using var api = await app.ApiAsAsync("inm.officer");
        var id = await CreateIdAsync(api, Person());
        using var supervisor = await SignInAsync("inm.supervisor");
        var details = await HtmlAsync(supervisor, $"/Persons/{id}");

        var unconfirmed = await supervisor.PostAsync($"/Persons/{id}?handler=Archive", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = "1",
            ["__RequestVerificationToken"] = Token(details),
        }));
        Assert.Contains("confirmación", await HtmlAsync(unconfirmed), StringComparison.Ordinal);
        var archived = await supervisor.PostAsync($"/Persons/{id}?handler=Archive", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = "1",
            ["confirm"] = "true",
            ["__RequestVerificationToken"] = Token(details),
        }));

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var (person, _) = await GetAsync(api, id);
        Assert.True(person.GetProperty("isArchived").GetBoolean());
    }
}
