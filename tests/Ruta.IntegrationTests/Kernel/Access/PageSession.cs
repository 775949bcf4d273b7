using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;

namespace Ruta.IntegrationTests.Kernel.Access;

/// <summary>
/// A browser without JavaScript: keeps cookies, reads each form's antiforgery token and posts forms
/// like a person would. Use <see cref="SignInAsync"/> to start signed in through the login page.
/// </summary>
public sealed partial class PageSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    /// <summary>The last page fetched by <see cref="GetPageAsync"/> or a form post, HTML entities decoded ("contraseña", not "contrase&amp;#xF1;a").</summary>
    public string LastHtml { get; private set; } = "";

    public static PageSession Start(RutaFactory app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Signs in through /Account/Login; fails the test unless the form accepts the credentials.</summary>
    public static async Task<PageSession> SignInAsync(RutaFactory app, string userName, string password = DemoData.Password)
    {
        var session = Start(app);
        var response = await session.SubmitLoginAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/",
            $"Sign-in of {userName} through the login page failed: {(int)response.StatusCode} {response.Headers.Location}");
        return session;
    }

    public async Task<HttpResponseMessage> SubmitLoginAsync(string userName, string password) =>
        await PostFormAsync("/Account/Login", [new("Input.UserName", userName), new("Input.Password", password)]);

    public async Task<string> GetPageAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return LastHtml = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens <paramref name="formPage"/> (default: <paramref name="path"/>) for its antiforgery token, then posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var pagePath = formPage ?? (path.Contains('?', StringComparison.Ordinal) ? path[..path.IndexOf('?', StringComparison.Ordinal)] : path);
        var page = await Client.GetAsync(pagePath);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {pagePath} ({(int)page.StatusCode}).");
        var all = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))).ToList();
        using var content = new FormUrlEncodedContent(all);
        var response = await Client.PostAsync(path, content);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            LastHtml = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        return response;
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"""")]
    private static partial Regex AntiforgeryToken();
}
