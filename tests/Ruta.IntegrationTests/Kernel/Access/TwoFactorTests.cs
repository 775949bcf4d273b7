using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;
using static Ruta.IntegrationTests.Kernel.Access.AccessTestSupport;

namespace Ruta.IntegrationTests.Kernel.Access;

/// <summary>Two-factor sign-in with an authenticator app, set up through the pages the way a person does it.</summary>
public sealed partial class TwoFactorTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    /// <summary>Signs in, opens /Account/Manage, reads the shared key and turns 2FA on with a code computed here.</summary>
    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableThroughThePagesAsync(string userName)
    {
        using var session = await PageSession.SignInAsync(app, userName, StrongPassword);
        var html = await session.GetPageAsync("/Account/Manage");
        var key = SharedKey().Match(html).Groups[1].Value;
        Assert.NotEmpty(key);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal); // the QR code
        Assert.Contains($"otpauth://totp/Ruta:{userName}?secret={key}&issuer=Ruta", html, StringComparison.Ordinal);

        var wrong = await session.PostFormAsync("/Account/Manage?handler=EnableAuthenticator",
            [new("Code", Totp.WrongCode(key, DateTimeOffset.UtcNow))], formPage: "/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("El código no es válido", session.LastHtml, StringComparison.Ordinal);

        var enabled = await session.PostFormAsync("/Account/Manage?handler=EnableAuthenticator",
            [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))], formPage: "/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("Verificación en dos pasos activada.", session.LastHtml, StringComparison.Ordinal);
        var codes = RecoveryCode().Matches(session.LastHtml).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);

        // Shown once: the page no longer lists them.
        var again = await session.GetPageAsync("/Account/Manage");
        Assert.DoesNotContain(codes[0], again, StringComparison.Ordinal);
        Assert.Contains("Quedan 10 códigos", again, StringComparison.Ordinal);
        return (key, codes);
    }

    [Fact]
    public async Task With_two_factor_on_the_token_endpoint_wants_the_code_400_without_it_401_wrong_200_right()
    {
        await app.CreateAccountAsync("comar.dospasos", "COMAR", ["officer"]);
        var (key, _) = await EnableThroughThePagesAsync("comar.dospasos");

        var without = await app.RequestTokenAsync("comar.dospasos", StrongPassword);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("totpCode", await without.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var wrong = await app.RequestTokenAsync("comar.dospasos", StrongPassword, Totp.WrongCode(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        var right = await app.RequestTokenAsync("comar.dospasos", StrongPassword, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task The_login_page_asks_for_the_code_and_accepts_a_recovery_code_once()
    {
        await app.CreateAccountAsync("inm.dospasos", "INM", ["officer"]);
        var (key, recovery) = await EnableThroughThePagesAsync("inm.dospasos");

        using (var session = PageSession.Start(app))
        {
            var login = await session.SubmitLoginAsync("inm.dospasos", StrongPassword);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.StartsWith("/Account/LoginWith2fa", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/Account/Manage")).StatusCode); // not signed in yet

            var wrong = await session.PostFormAsync("/Account/LoginWith2fa", [new("Code", Totp.WrongCode(key, DateTimeOffset.UtcNow))]);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("El código no es válido.", session.LastHtml, StringComparison.Ordinal);

            var right = await session.PostFormAsync("/Account/LoginWith2fa", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/Account/Manage")).StatusCode);
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var session = PageSession.Start(app);
            await session.SubmitLoginAsync("inm.dospasos", StrongPassword);
            var response = await session.PostFormAsync("/Account/LoginWith2fa", [new("Code", recovery[0].ToLowerInvariant())]);
            Assert.Equal(attempt == 0 ? HttpStatusCode.Redirect : HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Neither_the_shared_key_nor_the_recovery_codes_reach_the_audit_trail()
    {
        await app.CreateAccountAsync("sre.secreto", "SRE", ["officer"]);
        var (key, recovery) = await EnableThroughThePagesAsync("sre.secreto");
        var leaked = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => (e.After != null && (e.After.Contains(key) || e.After.Contains(recovery[0])))
                || (e.Before != null && (e.Before.Contains(key) || e.Before.Contains(recovery[0]))))
            .CountAsync());
        Assert.Equal(0, leaked);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_password_and_then_tokens_need_no_code()
    {
        await app.CreateAccountAsync("dif.apagar", "DIF", ["officer"]);
        var (key, _) = await EnableThroughThePagesAsync("dif.apagar");
        using var session = PageSession.Start(app);
        await session.SubmitLoginAsync("dif.apagar", StrongPassword);
        await session.PostFormAsync("/Account/LoginWith2fa", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);

        var wrong = await session.PostFormAsync("/Account/Manage?handler=DisableAuthenticator",
            [new("CurrentPasswordToDisable", "No-Es-Mia-2026")], formPage: "/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("La contraseña actual no es correcta.", session.LastHtml, StringComparison.Ordinal);

        var off = await session.PostFormAsync("/Account/Manage?handler=DisableAuthenticator",
            [new("CurrentPasswordToDisable", StrongPassword)], formPage: "/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync("dif.apagar", StrongPassword)).StatusCode);

        // The old phone entry is useless: turning 2FA on again shows a new key.
        var html = await session.GetPageAsync("/Account/Manage");
        Assert.NotEqual(key, SharedKey().Match(html).Groups[1].Value);
    }

    [Fact]
    public async Task An_administrator_resets_two_factor_for_someone_who_lost_the_phone()
    {
        var user = await app.CreateAccountAsync("stps.perdio", "STPS", ["officer"]);
        await EnableThroughThePagesAsync("stps.perdio");
        Assert.Equal(HttpStatusCode.BadRequest, (await app.RequestTokenAsync("stps.perdio", StrongPassword)).StatusCode);

        using var admin = await PageSession.SignInAsync(app, "stps.administrator");
        var path = $"/Admin/Users/{user.Id}";
        var reset = await admin.PostFormAsync(path + "?handler=ResetTwoFactor", [], formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync("stps.perdio", StrongPassword)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_applies_the_policy()
    {
        await app.CreateAccountAsync("imme.cambio", "IMME", ["officer"]);
        using var session = await PageSession.SignInAsync(app, "imme.cambio", StrongPassword);
        KeyValuePair<string, string>[] Form(string current, string @new, string confirm) =>
            [new("Password.Current", current), new("Password.New", @new), new("Password.Confirm", confirm)];

        await session.PostFormAsync("/Account/Manage?handler=ChangePassword", Form("No-Es-Mia-2026", "Nueva-Clave-2027", "Nueva-Clave-2027"), "/Account/Manage");
        Assert.Contains("La contraseña actual no es correcta.", session.LastHtml, StringComparison.Ordinal);
        await session.PostFormAsync("/Account/Manage?handler=ChangePassword", Form(StrongPassword, "nueva", "nueva"), "/Account/Manage");
        Assert.Contains("La contraseña debe tener al menos 12 caracteres.", session.LastHtml, StringComparison.Ordinal);
        await session.PostFormAsync("/Account/Manage?handler=ChangePassword", Form(StrongPassword, "Nueva-Clave-2027", "Otra-Clave-2027"), "/Account/Manage");
        Assert.Contains("La confirmación no coincide", session.LastHtml, StringComparison.Ordinal);

        var changed = await session.PostFormAsync("/Account/Manage?handler=ChangePassword", Form(StrongPassword, "Nueva-Clave-2027", "Nueva-Clave-2027"), "/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/Account/Manage")).StatusCode); // session survives
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RequestTokenAsync("imme.cambio", StrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync("imme.cambio", "Nueva-Clave-2027")).StatusCode);
    }

    [GeneratedRegex(""""id="shared-key" data-key="([A-Z2-7]+)"""")]
    private static partial Regex SharedKey();

    [GeneratedRegex("""<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>""")]
    private static partial Regex RecoveryCode();
}
