using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.IntegrationTests.Modules.Migration;

/// <summary>Shortcuts of the migration tests: persons and family links, offices, apprehensions and admissions through the API.</summary>
internal static class MigrationTestKit
{
    public static readonly TimeSpan Mexico = TimeSpan.FromHours(-6);

    /// <summary>A person of the registry; no birth date means childhood is presumed.</summary>
    public static Task<Guid> AddPersonAsync(this RutaFactory app, string givenNames, DateOnly? birthDate, bool estimated = false,
        bool needsInterpreter = false, string nationality = "HND") =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                GivenNames = givenNames,
                FirstSurname = "Prueba",
                SearchName = givenNames.ToLowerInvariant() + " prueba",
                BirthDate = birthDate,
                BirthDateEstimated = estimated,
                NeedsInterpreter = needsInterpreter,
                CreatedAt = DateTime.UtcNow,
                CreatedByAgency = "INM",
                Version = 1,
            };
            person.Nationalities.Add(new PersonNationality { PersonId = person.Id, CountryCode = nationality });
            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    public static Task<Guid> AddAdultAsync(this RutaFactory app, string givenNames = "Adulto") => app.AddPersonAsync(givenNames, new DateOnly(1988, 4, 2));

    public static Task<Guid> AddChildAsync(this RutaFactory app, string givenNames = "Niña") => app.AddPersonAsync(givenNames, new DateOnly(2016, 8, 9));

    /// <summary>Registers <paramref name="child"/> as <paramref name="parent"/>'s child (and the inverse).</summary>
    public static Task LinkParentAsync(this RutaFactory app, Guid parent, Guid child) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            db.AddRange(
                new FamilyLink { PersonId = parent, RelativeId = child, Kind = FamilyRelation.Child },
                new FamilyLink { PersonId = child, RelativeId = parent, Kind = FamilyRelation.Parent });
            await db.SaveChangesAsync();
        });

    public static Task<Guid> OfficeAsync(this RutaFactory app, string code) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Office>().Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    public static string At(DateTimeOffset instant) => instant.ToOffset(Mexico).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    public static object Member(Guid person, Guid? carer = null) => new { personId = person, carerId = carer };

    public static object Apprehension(Guid station, DateTimeOffset disposedAt, params object[] members) => new
    {
        operation = "revision",
        orderReference = "INM/ORCHIS/REV/0001/2026",
        legalBasis = "Ley de Migración, arts. 97 y 99",
        stateCode = "07",
        municipality = "Tapachula",
        place = "Punto de revisión El Manguito",
        disposedAt = At(disposedAt),
        disposedBy = "Agentes federales de migración del INM",
        stationId = station,
        persons = members,
    };

    public static object Admission(Guid person, DateTimeOffset? agreedAt = null, string interpreter = "not-needed", string? language = null) => new
    {
        personId = person,
        agreedAt = agreedAt is { } a ? At(a) : null,
        agreementReference = "EM-TAP/AP/0001/2026",
        informed = true,
        rightsInWriting = true,
        consular = "declined",
        legalAdvice = true,
        interpreter,
        interpreterLanguage = language,
        phoneCall = true,
        visits = true,
    };

    /// <summary>Records an apprehension through the API (as inm.officer) and returns the 201 body.</summary>
    public static async Task<JsonElement> ApprehendAsync(this RutaFactory app, DateTimeOffset disposedAt, params object[] members)
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        var response = await inm.PostAsJsonAsync("/api/v1/migration/apprehensions", Apprehension(await app.OfficeAsync("INM-EM-TAP"), disposedAt, members));
        var json = await StatusAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/v1/migration/apprehensions/{json.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        return json;
    }

    public static async Task<HttpResponseMessage> AdmitAsync(this RutaFactory app, Guid apprehension, object admission, string user = "inm.officer")
    {
        using var inm = await app.ApiAsAsync(user);
        return await inm.PostAsJsonAsync($"/api/v1/migration/apprehensions/{apprehension}/admissions", admission);
    }

    public static async Task<HttpResponseMessage> ActAsync(this RutaFactory app, Guid stay, string action, object body, string? ifMatch = null)
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/migration/station-stays/{stay}/{action}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(ifMatch));
        }

        return await inm.SendAsync(request);
    }

    public static async Task<JsonElement> GetStayAsync(this RutaFactory app, Guid stay, string user = "inm.officer")
    {
        using var client = await app.ApiAsAsync(user);
        return await StatusAsync(await client.GetAsync($"/api/v1/migration/station-stays/{stay}"), HttpStatusCode.OK);
    }

    public static async Task<JsonElement> RosterAsync(this RutaFactory app, string user = "inm.officer")
    {
        using var client = await app.ApiAsAsync(user);
        return await StatusAsync(await client.GetAsync("/api/v1/migration/station-stays"), HttpStatusCode.OK);
    }

    public static async Task<JsonElement> StatusAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var json = await StatusAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return json;
    }

    /// <summary>The person's entry in an apprehension view.</summary>
    public static JsonElement PersonIn(JsonElement apprehension, Guid person) =>
        apprehension.GetProperty("persons").EnumerateArray().Single(p => p.GetProperty("personId").GetGuid() == person);

    public static Guid StayOf(JsonElement apprehension, Guid person) => PersonIn(apprehension, person).GetProperty("stayId").GetGuid();

    public static JsonElement Deadline(JsonElement stay, string kind, string status = "open") =>
        stay.GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == kind && d.GetProperty("status").GetString() == status);

    public static DateOnly Date(JsonElement element, string property) =>
        DateOnly.Parse(element.GetProperty(property).GetString()!, CultureInfo.InvariantCulture);

    /// <summary>Synchronous on purpose: an async-local set inside an async method does not outlive it.</summary>
    public static void SetUser(IServiceProvider services, ClaimsPrincipal principal) =>
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = principal, RequestServices = services };

    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<RutaUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<RutaUser>>().CreateAsync(user);
    }
}
