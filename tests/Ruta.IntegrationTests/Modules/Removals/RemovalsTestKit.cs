using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;

namespace Ruta.IntegrationTests.Modules.Removals;

/// <summary>
/// Ruta with a stand-in for the migration module's station stays (<see cref="IStationCustody"/>): a
/// person is held once <see cref="Hold"/> is called, until an "ended" line for the stay is SAVED with
/// the act that ended it (so a stay ends only in the same transaction as the removal).
/// </summary>
public sealed class RemovalsFactory : RutaFactory
{
    public ConcurrentDictionary<Guid, bool> Held { get; } = new();

    public void Hold(Guid personId) => Held[personId] = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(this);
            services.Replace(ServiceDescriptor.Scoped<IStationCustody, FakeStationCustody>());
        });
    }

    /// <summary>Whether the person's stay was ended, and by which act.</summary>
    public Task<string?> StayEndedByAsync(Guid personId) =>
        WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => e.Action == FakeStationCustody.EndedAction && e.RecordId == personId.ToString())
            .Select(e => e.After).FirstOrDefaultAsync());
}

internal sealed class FakeStationCustody(RemovalsFactory factory, RutaDbContext db) : IStationCustody
{
    public const string EndedAction = "test-station-stay-ended";

    public async Task<OpenStay?> FindOpenStayAsync(Guid personId, CancellationToken cancellationToken) =>
        factory.Held.ContainsKey(personId)
        && !await db.Set<AuditEntry>().AnyAsync(e => e.Action == EndedAction && e.RecordId == personId.ToString(), cancellationToken)
            ? new OpenStay(personId, personId, Guid.Empty, DateTime.UtcNow.AddDays(-1))
            : null;

    public Task EndStayAsync(Guid personId, StayEndReason reason, DateTime endedAt, string sourceReference, CancellationToken cancellationToken)
    {
        if (factory.Held.ContainsKey(personId))
        {
            db.Add(new AuditEntry(endedAt, null, null, null, EndedAction, "Stay", personId.ToString(), null, $"{reason}: {sourceReference}"));
        }

        return Task.CompletedTask;
    }
}

/// <summary>Shortcuts of the removal tests: persons, family links, removals and acts through the API.</summary>
internal static class RemovalsTestKit
{
    public const string Base = "/api/v1/migration/removals";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Today(this RutaFactory app) => Ruta.Web.Kernel.Calendar.MexicoCity.Today(app.Clock);

    /// <summary>A person of a nationality (null: none), born on a date, with vulnerabilities and identity documents.</summary>
    public static Task<Guid> AddPersonAsync(this RutaFactory app, string givenNames, string? nationality = "GTM", DateOnly? birthDate = null,
        Vulnerabilities vulnerabilities = Vulnerabilities.None, string? preferredLanguage = null, params IdentityDocument[] documents) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var id = Guid.CreateVersion7();
            var person = new Person
            {
                Id = id,
                GivenNames = givenNames,
                FirstSurname = "Retorno",
                SearchName = givenNames.ToLowerInvariant() + " retorno",
                BirthDate = birthDate ?? new DateOnly(1988, 4, 1),
                Vulnerabilities = vulnerabilities,
                PreferredLanguage = preferredLanguage,
                CreatedAt = DateTime.UtcNow,
                CreatedByAgency = "INM",
                Version = 1,
                Nationalities = nationality is null ? [] : [new PersonNationality { PersonId = id, CountryCode = nationality }],
            };
            foreach (var document in documents)
            {
                document.PersonId = id;
                person.Documents.Add(document);
            }

            db.Add(person);
            await db.SaveChangesAsync();
            return id;
        });

    /// <summary>Links two persons both ways ("relative is the person's kind").</summary>
    public static Task LinkAsync(this RutaFactory app, Guid person, Guid relative, FamilyRelation kind) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            db.Add(new FamilyLink { PersonId = person, RelativeId = relative, Kind = kind });
            db.Add(new FamilyLink { PersonId = relative, RelativeId = person, Kind = kind.Inverse() });
            await db.SaveChangesAsync();
        });

    /// <summary>A date that is never after today in Mexico City, whatever the test clock (it only moves forward).</summary>
    public static DateOnly Yesterday => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));

    public static object AssistedReturn(Guid person, DateOnly planned, string destination = "GTM", string language = "spa",
        string? interpreter = null, Guid? residenceDocumentId = null, DateOnly? requestedOn = null) =>
        new
        {
            personId = person, kind = "assisted-return", plannedDate = Iso(planned), destinationCountry = destination, residenceDocumentId,
            requestedOn = Iso(requestedOn ?? Yesterday), signed = true, language, interpreterName = interpreter,
        };

    public static object Deportation(Guid person, DateOnly planned, string destination = "GTM", params string[] grounds) =>
        new
        {
            personId = person, kind = "deportation", plannedDate = Iso(planned), destinationCountry = destination,
            orderedOn = Iso(Yesterday),
            grounds = grounds.Length == 0 ? ["I"] : grounds,
            reasons = "Se internó por un lugar no autorizado para el tránsito internacional de personas (hechos del acta de verificación).",
        };

    public static async Task<HttpResponseMessage> StartAsync(this RutaFactory app, object body, string user = "inm.officer")
    {
        using var client = await app.ApiAsAsync(user);
        return await client.PostAsJsonAsync(Base, body);
    }

    /// <summary>Starts and asserts 201; returns the removal's id.</summary>
    public static async Task<Guid> StartedAsync(this RutaFactory app, object body, string user = "inm.officer")
    {
        var response = await app.StartAsync(body, user);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {text}");
        return Parse(text).GetProperty("id").GetGuid();
    }

    public static async Task<(JsonElement View, string ETag)> GetAsync(this RutaFactory app, Guid id, string user = "inm.officer")
    {
        using var client = await app.ApiAsAsync(user);
        var response = await client.GetAsync($"{Base}/{id}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return (Parse(text), response.Headers.ETag!.Tag.ToString());
    }

    /// <summary>Acts with the current ETag (or the one given; "" sends none).</summary>
    public static async Task<HttpResponseMessage> ActAsync(this RutaFactory app, Guid id, string action, object body, string user = "inm.officer",
        string? ifMatch = null)
    {
        ifMatch ??= (await app.GetAsync(id)).ETag;
        using var client = await app.ApiAsAsync(user);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/{id}/{action}") { Content = JsonContent.Create(body) };
        if (ifMatch.Length > 0)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return Parse(text);
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return Parse(text);
    }

    /// <summary>Records every missing right as given.</summary>
    public static async Task RecordAllRightsAsync(this RutaFactory app, Guid id)
    {
        var (view, _) = await app.GetAsync(id);
        foreach (var right in view.GetProperty("missingRights").EnumerateArray().Select(r => r.GetString()!))
        {
            await OkAsync(await app.ActAsync(id, "rights", new { right, givenOn = Iso(app.Today()), notes = "Informado por escrito y de palabra." }));
        }
    }

    public static object Schedule(DateOnly date, IEnumerable<Guid>? separated = null, string? reason = null) =>
        new { scheduledDate = Iso(date), exitPoint = "Puerto fronterizo de Ciudad Hidalgo", transport = "Autobús del Instituto", separatedPersonIds = separated, separationReason = reason };

    /// <summary>An assisted return of an adult, with every right recorded, scheduled for today.</summary>
    public static async Task<Guid> ScheduledTodayAsync(this RutaFactory app, Guid person, string destination = "GTM")
    {
        var id = await app.StartedAsync(AssistedReturn(person, app.Today(), destination));
        await app.RecordAllRightsAsync(id);
        await OkAsync(await app.ActAsync(id, "schedule", Schedule(app.Today())));
        return id;
    }

    public static IReadOnlyList<string> Codes(JsonElement problem) => problem.GetProperty("code").GetString()!.Split(',');

    public static Task<(int Cases, int Records, int Checks)> CountsAsync(this RutaFactory app, Guid person) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            return (await db.Set<Ruta.Web.Modules.Removals.Domain.RemovalCase>().CountAsync(c => c.PersonId == person),
                await db.Set<RemovalRecord>().CountAsync(r => r.PersonId == person),
                await db.Set<RemovalCheck>().CountAsync(c => c.PersonId == person));
        });

    public static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
