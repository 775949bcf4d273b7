using System.Net;
using System.Net.Http.Json;
using Ruta.IntegrationTests.Infrastructure;
using static Ruta.IntegrationTests.Kernel.Access.AccessTestSupport;

namespace Ruta.IntegrationTests.Kernel.Access;

/// <summary>Lockout, deactivation and session end, seen from the login page and the token endpoint.</summary>
public sealed class AccountSecurityTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task Five_failed_logins_through_the_login_page_lock_the_account_even_against_the_right_password()
    {
        await app.CreateAccountAsync("conase.bloqueo", "CONASE", ["officer"]);
        using var session = PageSession.Start(app);
        for (var i = 0; i < 4; i++)
        {
            var failed = await session.SubmitLoginAsync("conase.bloqueo", "Equivocada-2026");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Usuario o contraseña incorrectos.", session.LastHtml, StringComparison.Ordinal);
        }

        await session.SubmitLoginAsync("conase.bloqueo", "Equivocada-2026");
        var locked = await session.SubmitLoginAsync("conase.bloqueo", StrongPassword);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("La cuenta está bloqueada 15 minutos", session.LastHtml, StringComparison.Ordinal);
        Assert.Contains("bloqueada", await (await app.RequestTokenAsync("conase.bloqueo", StrongPassword)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_nor_use_a_token_issued_before()
    {
        var user = await app.CreateAccountAsync("registrocivil.baja", "REGISTROCIVIL", ["officer"]);
        using var client = app.WithToken(await app.TokenAsync("registrocivil.baja"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/no-such-thing")).StatusCode); // authenticated: 404, not 401

        using var admin = await app.ApiAsAsync("admin.administrator");
        var etag = (await admin.GetAsync($"/api/v1/users/{user.Id}")).Headers.ETag!.ToString();
        var deactivated = await admin.SendAsync(Put($"/api/v1/users/{user.Id}",
            new { displayName = user.DisplayName, roles = user.Roles, isActive = false }, etag));
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);

        var rejected = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RequestTokenAsync("registrocivil.baja", StrongPassword)).StatusCode);

        using var session = PageSession.Start(app);
        var login = await session.SubmitLoginAsync("registrocivil.baja", StrongPassword);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Usuario o contraseña incorrectos.", session.LastHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivation_ends_a_browser_session_at_the_next_stamp_check()
    {
        var user = await app.CreateAccountAsync("segob.sesion", "SEGOB", ["officer"]);
        using var session = await PageSession.SignInAsync(app, "segob.sesion", StrongPassword);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/Account/Manage")).StatusCode); // a stamp check that passes

        using var admin = await app.ApiAsAsync("admin.administrator");
        var etag = (await admin.GetAsync($"/api/v1/users/{user.Id}")).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(Put($"/api/v1/users/{user.Id}",
            new { displayName = user.DisplayName, roles = user.Roles, isActive = false }, etag))).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await session.Client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task There_is_no_way_to_register_oneself()
    {
        using var anonymous = app.Anonymous();
        foreach (var path in new[] { "/Account/Register", "/Identity/Account/Register", "/api/v1/auth/register", "/register" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect or HttpStatusCode.Unauthorized,
                $"{path}: {(int)response.StatusCode}");
        }

        var post = await anonymous.PostAsJsonAsync("/api/v1/users", NewUser("cualquiera", "COMAR", ["administrator"]));
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }
}
