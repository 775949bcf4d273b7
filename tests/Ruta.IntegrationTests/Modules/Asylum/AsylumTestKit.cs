using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.IntegrationTests.Modules.Asylum;

/// <summary>Shortcuts of the asylum tests: persons, offices, filings and acts through the API, removal checks.</summary>
internal static class AsylumTestKit
{
    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An adult with no vulnerabilities, so that only the asylum rule can block their removal.</summary>
    public static Task<Guid> AddAdultAsync(this RutaFactory app, string givenNames = "Persona") =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                GivenNames = givenNames,
                FirstSurname = "Solicitante",
                SearchName = givenNames.ToLowerInvariant() + " solicitante",
                BirthDate = new DateOnly(1990, 1, 1),
                CreatedAt = DateTime.UtcNow,
                CreatedByAgency = "COMAR",
                Version = 1,
            };
            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    public static Task<Guid> OfficeAsync(this RutaFactory app, string code) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Office>().Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    public static object Filing(Guid person, DateOnly entered, DateOnly filed, Guid office, string filedBy = "applicant", params Guid[] dependents) =>
        new { personId = person, enteredOn = Iso(entered), filedOn = Iso(filed), officeId = office, filedBy, dependentIds = dependents };

    /// <summary>Files through the API and returns the 201 body.</summary>
    public static async Task<JsonElement> FileAsync(HttpClient client, object filing)
    {
        var response = await client.PostAsJsonAsync("/api/v1/asylum-claims", filing);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        var json = Parse(body);
        Assert.Equal($"/api/v1/asylum-claims/{json.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        return json;
    }

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/asylum-claims/{id}/{action}");
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

    /// <summary>Acts and asserts 200; returns the claim as it is after the act.</summary>
    public static async Task<JsonElement> OkAsync(HttpClient client, Guid id, string action, object? body = null)
    {
        var response = await ActAsync(client, id, action, body);
        return await OkAsync(response);
    }

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

    public static async Task<JsonElement> GetClaimAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/asylum-claims/{id}");
        return await OkAsync(response);
    }

    /// <summary>The one deadline of a kind that is still open (or the only one of that kind).</summary>
    public static JsonElement Deadline(JsonElement claimOrFiling, string kind, string status = "open") =>
        claimOrFiling.GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == kind && d.GetProperty("status").GetString() == status);

    public static DateOnly Date(JsonElement element, string property) =>
        DateOnly.Parse(element.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The removal guard's answer (asked by an INM officer) for a deportation on a date.</summary>
    public static async Task<JsonElement> RemovalCheckAsync(this RutaFactory app, Guid person, DateOnly on)
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        var response = await inm.GetAsync($"/api/v1/persons/{person}/removal-check?kind=deportation&on={Iso(on)}");
        return await OkAsync(response);
    }

    public static IReadOnlyList<string> BlockCodes(JsonElement check) =>
        [.. check.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("code").GetString()!)];

    /// <summary>Files a claim for a new adult (and the given number of new adult dependents) with COMAR in Tapachula.</summary>
    public static async Task<(Guid Claim, Guid Applicant, Guid[] Dependents, JsonElement Filed)> NewClaimAsync(this RutaFactory app,
        DateOnly entered, DateOnly filed, string filedBy = "applicant", int dependents = 0)
    {
        var applicant = await app.AddAdultAsync();
        var others = new Guid[dependents];
        for (var i = 0; i < dependents; i++)
        {
            others[i] = await app.AddAdultAsync("Dependiente");
        }

        using var comar = await app.ApiAsAsync("comar.officer");
        var result = await FileAsync(comar, Filing(applicant, entered, filed, await app.OfficeAsync("COMAR-TAP"), filedBy, others));
        return (result.GetProperty("id").GetGuid(), applicant, others, result);
    }

    /// <summary>A claim resolved as rejected on <paramref name="resolvedOn"/> and notified on <paramref name="notifiedOn"/>.</summary>
    public static async Task<(Guid Claim, Guid Applicant, Guid[] Dependents, JsonElement Notified)> NotifiedRejectionAsync(this RutaFactory app,
        DateOnly filed, DateOnly resolvedOn, DateOnly notifiedOn, int dependents = 0)
    {
        var (claim, applicant, others, _) = await app.NewClaimAsync(filed.AddDays(-3), filed, dependents: dependents);
        using var comar = await app.ApiAsAsync("comar.officer");
        await OkAsync(comar, claim, "resolution", new
        {
            outcome = "rejected", resolvedOn = Iso(resolvedOn), complementaryProtectionAssessed = true,
            reasons = "No se acreditó temor fundado de persecución; se valoró la protección complementaria y no procede.",
        });
        var notified = await OkAsync(comar, claim, "notification", new { notifiedOn = Iso(notifiedOn) });
        return (claim, applicant, others, notified);
    }

    public static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
