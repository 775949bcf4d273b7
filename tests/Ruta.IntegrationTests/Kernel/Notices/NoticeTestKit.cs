using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.IntegrationTests.Kernel.Notices;

/// <summary>Shortcuts shared by the notice tests: send through the API, act as a user in a scope, post forms.</summary>
internal static partial class NoticeTestKit
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public static readonly Regex FolioPattern = FolioRegex();

    public static object General(string recipient, string subject, int? hours = null, int? businessDays = null, Guid? personId = null,
        string? body = null) => new
    {
        recipientAgency = recipient,
        subject,
        body = body ?? "Por este medio se comunica lo siguiente para los efectos legales procedentes.",
        legalBasis = "Ley de Migración, art. 112 fr. I",
        personId,
        acknowledgeWithinHours = hours,
        acknowledgeWithinBusinessDays = businessDays,
    };

    /// <summary>Sends a general notice through the API and returns it (asserts 201).</summary>
    public static async Task<ReadNotice.Detail> SendAsync(this RutaFactory app, string userName, object request)
    {
        using var client = await app.ApiAsAsync(userName);
        var response = await client.PostAsJsonAsync("/api/v1/notices", request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var detail = await response.Content.ReadFromJsonAsync<ReadNotice.Detail>(Json);
        Assert.Equal($"/api/v1/notices/{detail!.Id}", response.Headers.Location?.OriginalString);
        return detail;
    }

    public static async Task<ReadNotice.Detail?> GetAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/notices/{id}");
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<ReadNotice.Detail>(Json) : null;
    }

    public static async Task<BrowseNotices.PageResult> ListAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/notices?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<BrowseNotices.PageResult>(Json))!;
    }

    /// <summary>The principal the application builds for a demo user (agency, office and role claims).</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<RutaUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<RutaUser>>().CreateAsync(user);
    }

    /// <summary>
    /// Makes <paramref name="principal"/> the current user of the scope (ICurrentUser, the audit trail).
    /// Synchronous on purpose: an async-local set inside an async method does not outlive it.
    /// </summary>
    public static void ActAs(IServiceProvider services, ClaimsPrincipal principal) =>
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = principal, RequestServices = services };

    /// <summary>A page as the browser shows its text (Razor encodes accented letters as entities).</summary>
    public static async Task<string> PageTextAsync(this HttpClient client, string path) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(path));

    /// <summary>A notice from the system (no signed-in user), added and saved in its own scope.</summary>
    public static Task<OfficialNotice> SendAsSystemAsync(this RutaFactory app, string sender, string recipient, string subject) =>
        app.WithScopeAsync(async sp =>
        {
            var notice = await sp.GetRequiredService<NoticeSender>().SendAsync(
                new NewNotice(recipient, NoticeTypes.General, subject, "Texto.", "LFPA art. 3", SenderAgency: sender), CancellationToken.None);
            await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
            return notice;
        });

    public static Task<Guid> AddPersonAsync(this RutaFactory app, string givenNames, string firstSurname) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var person = new Person
            {
                Id = Guid.CreateVersion7(), GivenNames = givenNames, FirstSurname = firstSurname, SearchName = givenNames.ToLowerInvariant(),
                CreatedAt = DateTime.UtcNow, CreatedByAgency = AgencyCodes.Inm,
            };
            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = TokenRegex().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, "no antiforgery token on " + path);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string token, params (string Key, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        KernelModule.ConfigureJson(options);
        return options;
    }

    [GeneratedRegex(@"^(?<agency>[A-Z]+)-(?<year>\d{4})-(?<sequence>\d{6})$")]
    private static partial Regex FolioRegex();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
