using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.IntegrationTests.Kernel.Documents;

/// <summary>Ruta with a verification limit high enough that functional tests never meet it.</summary>
public sealed class DocumentsFactory : RutaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Documents:Verification:PermitsPerMinute", "100000");
    }
}

/// <summary>Ruta with a verification limit of three per minute, to watch the limiter refuse.</summary>
public sealed class RateLimitedFactory : RutaFactory
{
    public const int Permits = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Documents:Verification:PermitsPerMinute", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Shortcuts shared by the document tests: holders, issuing as a user or as the system, verifying.</summary>
internal static class DocumentsTestKit
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>A surname no other test uses, so a page can be searched for it.</summary>
    public static string UniqueSurname() =>
        "Zq" + new string(Guid.NewGuid().ToString("N")[..9].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    /// <summary>Adds a holder (Honduran, born 1990-11-02, with a CURP when asked) and returns id and surname.</summary>
    public static Task<(Guid Id, string Surname)> AddHolderAsync(this RutaFactory app, string givenNames = "Dolores Abigail", string? curp = null) =>
        app.WithScopeAsync(async sp =>
        {
            var surname = UniqueSurname();
            var db = sp.GetRequiredService<RutaDbContext>();
            var id = Guid.CreateVersion7();
            db.Add(new Person
            {
                Id = id, GivenNames = givenNames, FirstSurname = surname, Sex = Sex.Female, BirthDate = new DateOnly(1990, 11, 2),
                Curp = curp, SearchName = (givenNames + " " + surname).ToLowerInvariant(), CreatedAt = DateTime.UtcNow,
                CreatedByAgency = AgencyCodes.Inm, Nationalities = [new PersonNationality { PersonId = id, CountryCode = "HND" }],
            });
            await db.SaveChangesAsync();
            return (id, surname);
        });

    public static DateOnly Today(this RutaFactory app) => MexicoCity.Today(app.Clock);

    public static IssueDocumentRequest Tvrh(this RutaFactory app, Guid holder, string? caseType = null, Guid? caseId = null, int days = 365) =>
        new(DocumentType.HumanitarianVisitorCard, holder, app.Today(), app.Today().AddDays(days), caseType, caseId,
            "Solicitante de la condición de refugiado");

    /// <summary>Issues as a demo user (their agency) and saves, as a module's act would.</summary>
    public static Task<IssuedDocument> IssueAsAsync(this RutaFactory app, string userName, IssueDocumentRequest request) =>
        app.WithScopeAsync(async sp =>
        {
            ActAs(sp, await PrincipalAsync(sp, userName));
            var document = await sp.GetRequiredService<DocumentIssuer>().IssueAsync(request, CancellationToken.None);
            await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
            return document;
        });

    /// <summary>Issues with no signed-in user (a job), for <paramref name="agency"/>.</summary>
    public static Task<IssuedDocument> IssueAsSystemAsync(this RutaFactory app, string agency, IssueDocumentRequest request) =>
        app.WithScopeAsync(async sp =>
        {
            var document = await sp.GetRequiredService<DocumentIssuer>().IssueAsync(request with { IssuingAgency = agency }, CancellationToken.None);
            await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
            return document;
        });

    public static async Task<VerifyDocument.Result> VerifyAsync(this HttpClient client, string code)
    {
        var response = await client.GetAsync($"/api/v1/verify/{Uri.EscapeDataString(code)}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<VerifyDocument.Result>(Json))!;
    }

    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<RutaUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<RutaUser>>().CreateAsync(user);
    }

    /// <summary>Makes the principal the scope's current user. Synchronous: an async-local set in an async method would not outlive it.</summary>
    public static void ActAs(IServiceProvider services, ClaimsPrincipal principal) =>
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = principal, RequestServices = services };

    /// <summary>The PNG file signature.</summary>
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        KernelModule.ConfigureJson(options);
        return options;
    }
}
