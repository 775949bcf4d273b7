using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.IntegrationTests.Modules.Regularization;

/// <summary>
/// The stays of migration stations as the migration module will keep them, for these tests: a
/// person is admitted by the test; ending a stay records an audit line in the CALLER's unit of work
/// (tracked, not saved), so a test sees the stay ended only if the act that ended it was saved.
/// </summary>
public sealed class StationStays
{
    public ConcurrentDictionary<Guid, OpenStay> Open { get; } = new();

    public void Admit(Guid personId, Guid stationOfficeId, DateTime admittedAt) =>
        Open[personId] = new OpenStay(Guid.CreateVersion7(), personId, stationOfficeId, admittedAt);
}

internal sealed class FakeStationCustody(StationStays stays, RutaDbContext db) : IStationCustody
{
    public const string EndedAction = "test.station-stay-ended";

    public Task<OpenStay?> FindOpenStayAsync(Guid personId, CancellationToken cancellationToken) =>
        Task.FromResult(stays.Open.TryGetValue(personId, out var stay) ? stay : null);

    public Task EndStayAsync(Guid personId, StayEndReason reason, DateTime endedAt, string sourceReference, CancellationToken cancellationToken)
    {
        if (stays.Open.TryRemove(personId, out var stay))
        {
            db.Add(new AuditEntry(endedAt, null, null, AgencyCodes.Inm, EndedAction, "StationStay", stay.StayId.ToString(), null,
                $"{{\"personId\":\"{personId}\",\"reason\":\"{reason}\",\"source\":\"{sourceReference}\"}}"));
        }

        return Task.CompletedTask;
    }
}

/// <summary>Ruta with the test station custody in place of the no-op one.</summary>
public sealed class RegularizationFactory : RutaFactory
{
    public StationStays Stays => Services.GetRequiredService<StationStays>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<StationStays>();
            services.Replace(ServiceDescriptor.Scoped<IStationCustody, FakeStationCustody>());
        });
    }
}

/// <summary>Shortcuts of the regularization tests: persons and links, offices, filings and acts through the API.</summary>
internal static class RegularizationTestKit
{
    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public const string All = "all";

    public static readonly string[] AllRequirements =
        ["written-request", "identity-document", "family-link-proof", "expired-document", "fine-paid", "condition-requirements"];

    /// <summary>A person with a nationality ("MEX" for a Mexican) and a birth date.</summary>
    public static Task<Guid> AddPersonAsync(this RutaFactory app, string nationality = "HND", string givenNames = "Persona", DateOnly? born = null) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var id = Guid.CreateVersion7();
            var surname = "Reg" + Guid.NewGuid().ToString("N")[..8];
            db.Add(new Person
            {
                Id = id, GivenNames = givenNames, FirstSurname = surname, SearchName = (givenNames + " " + surname).ToLowerInvariant(),
                BirthDate = born ?? new DateOnly(1990, 1, 1), CreatedAt = DateTime.UtcNow, CreatedByAgency = AgencyCodes.Inm, Version = 1,
                Nationalities = [new PersonNationality { PersonId = id, CountryCode = nationality }],
            });
            await db.SaveChangesAsync();
            return id;
        });

    /// <summary>Links both ways: <paramref name="relative"/> is <paramref name="person"/>'s <paramref name="kind"/>.</summary>
    public static Task LinkAsync(this RutaFactory app, Guid person, Guid relative, FamilyRelation kind) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            db.AddRange(new FamilyLink { PersonId = person, RelativeId = relative, Kind = kind },
                new FamilyLink { PersonId = relative, RelativeId = person, Kind = kind.Inverse() });
            await db.SaveChangesAsync();
        });

    /// <summary>A Mexican principal and a foreign spouse, linked.</summary>
    public static async Task<(Guid Principal, Guid Spouse)> MexicanAndSpouseAsync(this RutaFactory app)
    {
        var principal = await app.AddPersonAsync("MEX", "Principal");
        var spouse = await app.AddPersonAsync("GTM", "Conyuge");
        await app.LinkAsync(principal, spouse, FamilyRelation.SpouseOrPartner);
        return (principal, spouse);
    }

    /// <summary>Issues a migratory card with no signed-in user, as INM (ValidFrom may be in the past).</summary>
    public static Task<IssuedDocument> IssueCardAsync(this RutaFactory app, DocumentType type, Guid holder, DateOnly from, DateOnly? until,
        Guid? replaces = null) =>
        app.WithScopeAsync(async sp =>
        {
            var issuer = sp.GetRequiredService<DocumentIssuer>();
            var request = new IssueDocumentRequest(type, holder, from, until, IssuingAgency: AgencyCodes.Inm);
            var document = replaces is { } old ? (await issuer.ReplaceAsync(old, request, "Renovación (prueba)", CancellationToken.None))!
                : await issuer.IssueAsync(request, CancellationToken.None);
            await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
            return document;
        });

    public static Task<Guid> OfficeAsync(this RutaFactory app, string code) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Office>().Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    public static async Task<object> WalkInAsync(this RutaFactory app, Guid person, string ground, DateOnly filed, Guid? principal = null,
        string[]? presented = null, string? detail = null, string? requested = null, DateOnly? expired = null) =>
        new
        {
            personId = person, origin = "walk-in", ground, groundDetail = detail, officeId = await app.OfficeAsync("INM-OR-07"), filedOn = Iso(filed),
            principalPersonId = principal, requestedCondition = requested, authorizedStayExpiredOn = expired is { } e ? Iso(e) : null,
            presented = presented ?? [],
        };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body = null, string? ifMatch = null,
        HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path);
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

    /// <summary>Files through the API and returns the 201 body (checking Location).</summary>
    public static async Task<JsonElement> FileAsync(HttpClient client, object filing, string path = "/api/v1/migration/regularizations")
    {
        var response = await client.PostAsJsonAsync(path, filing);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        var json = Parse(body);
        Assert.EndsWith(json.GetProperty("id").GetGuid().ToString(), response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return json;
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object? body = null, string? ifMatch = null) =>
        PostAsync(client, $"/api/v1/migration/regularizations/{id}/{action}", body, ifMatch);

    public static async Task<JsonElement> OkAsync(HttpClient client, Guid id, string action, object? body = null) =>
        await OkAsync(await ActAsync(client, id, action, body));

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

    public static JsonElement Deadline(JsonElement procedure, string kind, string status = "open") =>
        procedure.GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == kind && d.GetProperty("status").GetString() == status);

    public static DateOnly Date(JsonElement element, string property) =>
        DateOnly.Parse(element.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public static JsonElement Document(JsonElement procedure, string type) =>
        procedure.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("type").GetString() == type);

    public static DateOnly Today(this RutaFactory app) => MexicoCity.Today(app.Clock);

    public static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
