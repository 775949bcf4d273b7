using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.IntegrationTests.Modules.Children;

/// <summary>Shortcuts of the children tests: persons, identifications and acts through the API, the removal guard.</summary>
internal static class ChildrenTestKit
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Today(this RutaFactory app) => MexicoCity.Today(app.Clock);

    /// <summary>A person of the registry; <paramref name="age"/> null leaves the birth date unknown.</summary>
    public static Task<Guid> AddPersonAsync(this RutaFactory app, string given, int? age, bool estimated = false, string surname = "Prueba") =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var today = MexicoCity.Today(app.Clock);
            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                GivenNames = given,
                FirstSurname = surname,
                SearchName = NameNormalizer.Normalize($"{surname} {given}"),
                BirthDate = age is { } a ? today.AddYears(-a).AddDays(-30) : null,
                BirthDateEstimated = estimated,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                CreatedByAgency = "INM",
                Version = 1,
            };
            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    /// <summary>Records in the registry that <paramref name="parent"/> is <paramref name="child"/>'s parent (both sides).</summary>
    public static Task LinkParentAsync(this RutaFactory app, Guid child, Guid parent) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            db.AddRange(new FamilyLink { PersonId = child, RelativeId = parent, Kind = FamilyRelation.Parent },
                new FamilyLink { PersonId = parent, RelativeId = child, Kind = FamilyRelation.Child });
            await db.SaveChangesAsync();
        });

    public static Task<Guid> OfficeAsync(this RutaFactory app, string code) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Office>().Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    public static object Identification(Guid[] children, (Guid Person, string Relation)[]? adults = null, Guid? dif = null, bool tvrh = false,
        string state = "07") =>
        new
        {
            childIds = children,
            adults = (adults ?? []).Select(a => new { personId = a.Person, relation = a.Relation }).ToArray(),
            stateCode = state,
            municipality = "Tapachula",
            placeDetail = "Revisión migratoria, carretera costera",
            difOfficeId = dif,
            issueTvrh = tvrh,
        };

    public static async Task<HttpResponseMessage> PostIdentificationAsync(HttpClient client, object identification) =>
        await client.PostAsJsonAsync("/api/v1/children/cases", identification);

    /// <summary>Identifies through the API and returns the 201 body.</summary>
    public static async Task<JsonElement> IdentifyAsync(HttpClient client, object identification)
    {
        var response = await PostIdentificationAsync(client, identification);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return Parse(body);
    }

    public static Guid CaseId(JsonElement identified, int index = 0) =>
        identified.GetProperty("children")[index].GetProperty("caseId").GetGuid();

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, Guid caseId, string action, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/children/cases/{caseId}/{action}");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return await client.SendAsync(request);
    }

    /// <summary>Acts and asserts 200; returns the answer.</summary>
    public static async Task<JsonElement> OkAsync(HttpClient client, Guid caseId, string action, object? body = null) =>
        await OkAsync(await ActAsync(client, caseId, action, body));

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return Parse(body);
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return Parse(body);
    }

    public static async Task<JsonElement> FileAsync(HttpClient client, Guid caseId, string purpose = "case-follow-up") =>
        await OkAsync(await client.GetAsync($"/api/v1/children/cases/{caseId}?purpose={purpose}"));

    public static async Task<JsonElement> InmViewAsync(HttpClient client, Guid caseId, string purpose = "migration-decision") =>
        await OkAsync(await client.GetAsync($"/api/v1/children/cases/{caseId}/inm-view?purpose={purpose}"));

    /// <summary>The removal guard's answer (asked by an INM officer).</summary>
    public static async Task<JsonElement> RemovalCheckAsync(this RutaFactory app, Guid person, string kind, DateOnly on)
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        return await OkAsync(await inm.GetAsync($"/api/v1/persons/{person}/removal-check?kind={kind}&on={Iso(on)}"));
    }

    public static IReadOnlyList<string> BlockCodes(JsonElement check) =>
        [.. check.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("code").GetString()!)];

    public static JsonElement Parse(string body) => JsonDocument.Parse(body).RootElement.Clone();

    /// <summary>The Procuraduría walks a case from reception to the best-interest determination.</summary>
    public static async Task ToBestInterestAsync(HttpClient procuraduria, Guid caseId, string opinion = "Quiero quedarme con mi mamá.")
    {
        await OkAsync(procuraduria, caseId, "reception");
        await OkAsync(procuraduria, caseId, "family-diagnosis", new { diagnosis = "DIAGNOSTICO-CONFIDENCIAL: la familia huyó de amenazas." });
        await OkAsync(procuraduria, caseId, "rights", new { findings = new[] { new { right = "Derecho a la educación", violated = true, notes = "Sin escuela." } } });
        await OkAsync(procuraduria, caseId, "best-interest", new
        {
            participants = new[] { new { name = "Lic. Ana Ruiz", role = "Procuraduría de Protección, abogada" }, new { name = "la adolescente", role = "niña, niño o adolescente" } },
            childOpinion = "OPINION-CONFIDENCIAL: " + opinion,
            reasons = "RAZONES-CONFIDENCIALES: la unidad familiar y la educación.",
        });
    }

    public static object Plan(DateOnly followUp, string[] outcomes, Guid[]? familyUnity = null) => new
    {
        outcomes,
        summary = "SUSTENTO-CONFIDENCIAL del plan.",
        measures = new[] { new { description = "Inscripción escolar", responsibleInstitution = "Secretaría de Educación", followUpOn = Iso(followUp) } },
        familyUnityPersonIds = familyUnity ?? [],
    };
}
