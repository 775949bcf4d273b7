using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Access.Users;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Access;

/// <summary>Small steps the access tests share: accounts through the API, tokens for any password, ids from the database.</summary>
public static class AccessTestSupport
{
    public const string StrongPassword = "Clave-Segura-2026";

    public static object NewUser(string userName, string agency, string[] roles, string? password = StrongPassword,
        Guid? officeId = null, string displayName = "Persona de Prueba") =>
        new { userName, displayName, agencyCode = agency, officeId, roles, password };

    /// <summary>Creates an account as admin.administrator; fails the test unless it is created.</summary>
    public static async Task<ShowUser.Details> CreateAccountAsync(this RutaFactory app, string userName, string agency,
        string[] roles, string? password = StrongPassword)
    {
        using var admin = await app.ApiAsAsync("admin.administrator");
        var response = await admin.PostAsJsonAsync("/api/v1/users", NewUser(userName, agency, roles, password));
        Assert.True(response.IsSuccessStatusCode, $"Creating {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<CreateUser.Created>())!.User;
    }

    public static async Task<HttpResponseMessage> RequestTokenAsync(this RutaFactory app, string userName, string password,
        string? totpCode = null)
    {
        using var client = app.Anonymous();
        return await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totpCode });
    }

    public static async Task<string> TokenAsync(this RutaFactory app, string userName, string password = StrongPassword)
    {
        var response = await app.RequestTokenAsync(userName, password);
        Assert.True(response.IsSuccessStatusCode, $"Token for {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<IssueToken.Response>())!.AccessToken;
    }

    public static HttpClient WithToken(this RutaFactory app, string token)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<Guid> UserIdAsync(this RutaFactory app, string userName) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Users
            .Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    public static Task<Guid> OfficeOfAsync(this RutaFactory app, string agency) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Office>()
            .Where(o => o.AgencyCode == agency && o.IsActive).OrderBy(o => o.Code).Select(o => o.Id).FirstAsync());

    public static HttpRequestMessage Put(string path, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return request;
    }
}
