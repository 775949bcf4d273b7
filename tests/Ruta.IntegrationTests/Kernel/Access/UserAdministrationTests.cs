using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Access.Users;
using Ruta.Web.Kernel.Persistence;
using static Ruta.IntegrationTests.Kernel.Access.AccessTestSupport;

namespace Ruta.IntegrationTests.Kernel.Access;

public sealed class UserAdministrationTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task An_administrator_of_ADMIN_creates_users_in_any_agency_and_reads_them_back_with_an_etag()
    {
        using var admin = await app.ApiAsAsync("admin.administrator");
        var office = await app.OfficeOfAsync("INM");
        var response = await admin.PostAsJsonAsync("/api/v1/users",
            NewUser("  INM.Lopez ", "inm", ["officer", "supervisor"], officeId: office, displayName: "Ana López"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<CreateUser.Created>())!;
        Assert.Equal("inm.lopez", created.User.UserName);
        Assert.Equal("INM", created.User.AgencyCode);
        Assert.Equal(office, created.User.OfficeId);
        Assert.Equal(["officer", "supervisor"], created.User.Roles);
        Assert.Null(created.GeneratedPassword);
        Assert.Equal($"/api/v1/users/{created.User.Id}", response.Headers.Location!.OriginalString);

        var read = await admin.GetAsync($"/api/v1/users/{created.User.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal($"\"{created.User.ConcurrencyStamp}\"", read.Headers.ETag!.ToString());
        var body = await read.Content.ReadAsStringAsync();
        Assert.DoesNotContain("passwordHash", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", body, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync("inm.lopez", StrongPassword)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_of_another_agency_manages_only_the_users_of_their_own_agency()
    {
        using var comar = await app.ApiAsAsync("comar.administrator");
        var inmOfficer = await app.UserIdAsync("inm.officer");

        Assert.Equal(HttpStatusCode.Forbidden, (await comar.PostAsJsonAsync("/api/v1/users", NewUser("inm.intruso", "INM", ["officer"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await comar.PostAsJsonAsync("/api/v1/users", NewUser("admin.intruso", "ADMIN", ["administrator"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await comar.GetAsync($"/api/v1/users/{inmOfficer}")).StatusCode);
        var stamp = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Users
            .Where(u => u.Id == inmOfficer).Select(u => u.ConcurrencyStamp).SingleAsync());
        var put = await comar.SendAsync(Put($"/api/v1/users/{inmOfficer}",
            new { displayName = "x", roles = new[] { "administrator" }, isActive = true }, $"\"{stamp}\""));
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await comar.PostAsJsonAsync($"/api/v1/users/{inmOfficer}/password-reset", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await comar.PostAsync($"/api/v1/users/{inmOfficer}/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await comar.PostAsync($"/api/v1/users/{inmOfficer}/two-factor-reset", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await comar.GetAsync("/api/v1/users?agency=INM")).StatusCode);

        var list = (await comar.GetFromJsonAsync<BrowseUsers.PageResult>("/api/v1/users?pageSize=200"))!;
        Assert.NotEmpty(list.Items);
        Assert.All(list.Items, u => Assert.Equal("COMAR", u.AgencyCode));

        var own = await comar.PostAsJsonAsync("/api/v1/users", NewUser("comar.nueva", "COMAR", ["officer"]));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);

        // Nothing was changed by the refused requests.
        var unchanged = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Users
            .Where(u => u.Id == inmOfficer).Select(u => u.ConcurrencyStamp).SingleAsync());
        Assert.Equal(stamp, unchanged);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Users
            .AnyAsync(u => u.UserName == "inm.intruso" || u.UserName == "admin.intruso")));
    }

    [Fact]
    public async Task The_list_filters_by_agency_and_searches_by_user_name()
    {
        using var admin = await app.ApiAsAsync("admin.administrator");
        var inm = (await admin.GetFromJsonAsync<BrowseUsers.PageResult>("/api/v1/users?agency=INM&pageSize=200"))!;
        Assert.Contains(inm.Items, u => u.UserName == "inm.supervisor" && u.Roles.SequenceEqual(["supervisor"]));
        Assert.All(inm.Items, u => Assert.Equal("INM", u.AgencyCode));

        var search = (await admin.GetFromJsonAsync<BrowseUsers.PageResult>("/api/v1/users?search=AUDITOR&pageSize=200"))!;
        Assert.Equal(13, search.Items.Count(u => u.UserName.EndsWith(".auditor", StringComparison.Ordinal)));
        Assert.All(search.Items, u => Assert.Contains("auditor", u.UserName, StringComparison.Ordinal));

        var paged = (await admin.GetFromJsonAsync<BrowseUsers.PageResult>("/api/v1/users?pageSize=5"))!;
        Assert.Equal(5, paged.Items.Count);
        Assert.True(paged.HasMore);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/users?pageSize=0")).StatusCode);
    }

    [Fact]
    public async Task Changing_a_user_needs_the_etag_it_read_428_without_it_and_412_when_stale()
    {
        var user = await app.CreateAccountAsync("dif.etag", "DIF", ["officer"]);
        using var admin = await app.ApiAsAsync("admin.administrator");
        var path = $"/api/v1/users/{user.Id}";
        var body = new { displayName = "Nombre Nuevo", roles = new[] { "officer" }, isActive = true };

        var missing = await admin.SendAsync(Put(path, body, null));
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        var etag = (await admin.GetAsync(path)).Headers.ETag!.ToString();
        var ok = await admin.SendAsync(Put(path, body, etag));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(etag, ok.Headers.ETag!.ToString());
        Assert.Equal("Nombre Nuevo", (await ok.Content.ReadFromJsonAsync<ShowUser.Details>())!.DisplayName);

        var stale = await admin.SendAsync(Put(path, body with { displayName = "Otro" }, etag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Invalid_changes_get_400_with_camel_case_fields_in_spanish()
    {
        var user = await app.CreateAccountAsync("sre.valida", "SRE", ["officer"]);
        using var admin = await app.ApiAsAsync("admin.administrator");
        var path = $"/api/v1/users/{user.Id}";
        var etag = (await admin.GetAsync(path)).Headers.ETag!.ToString();
        var response = await admin.SendAsync(Put(path, new { displayName = "", roles = new[] { "jefe" }, officeId = await app.OfficeOfAsync("COMAR") }, etag));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = doc.RootElement.GetProperty("errors");
        Assert.Contains("obligatorio", errors.GetProperty("displayName")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Rol desconocido", errors.GetProperty("roles")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("isActive", out _));

        var wrongOffice = await admin.SendAsync(Put(path, new { displayName = "Ok", roles = new[] { "officer" }, isActive = true, officeId = await app.OfficeOfAsync("COMAR") }, etag));
        Assert.Equal(HttpStatusCode.BadRequest, wrongOffice.StatusCode);
        Assert.Contains("no pertenece a la agencia", await wrongOffice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var badName = await admin.PostAsJsonAsync("/api/v1/users", NewUser("josé pérez", "SRE", ["officer"]));
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        Assert.Contains("userName", await badName.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var duplicate = await admin.PostAsJsonAsync("/api/v1/users", NewUser("sre.valida", "SRE", ["officer"]));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("ya existe", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weak_passwords_are_refused_with_the_policy_in_spanish()
    {
        using var admin = await app.ApiAsAsync("admin.administrator");
        var response = await admin.PostAsJsonAsync("/api/v1/users", NewUser("stps.debil", "STPS", ["officer"], password: "corta"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var messages = doc.RootElement.GetProperty("errors").GetProperty("password").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("La contraseña debe tener al menos 12 caracteres.", messages);
        Assert.Contains("La contraseña debe incluir al menos un dígito.", messages);
        Assert.Contains("La contraseña debe incluir al menos una mayúscula.", messages);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Users.AnyAsync(u => u.UserName == "stps.debil")));
    }

    [Fact]
    public async Task Without_a_password_one_is_generated_that_meets_the_policy_and_is_returned_only_once()
    {
        using var admin = await app.ApiAsAsync("admin.administrator");
        var response = await admin.PostAsJsonAsync("/api/v1/users", NewUser("imme.generada", "IMME", ["officer"], password: null));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<CreateUser.Created>())!;
        var password = created.GeneratedPassword!;
        Assert.True(password.Length >= 12 && password.Any(char.IsUpper) && password.Any(char.IsLower) && password.Any(char.IsDigit));
        Assert.DoesNotContain(password, await (await admin.GetAsync($"/api/v1/users/{created.User.Id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync("imme.generada", password)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role_nor_deactivate_themselves()
    {
        var self = await app.CreateAccountAsync("conase.jefa", "CONASE", ["administrator"]);
        using var client = app.WithToken(await app.TokenAsync("conase.jefa"));
        var path = $"/api/v1/users/{self.Id}";
        var etag = (await client.GetAsync(path)).Headers.ETag!.ToString();

        var demote = await client.SendAsync(Put(path, new { displayName = "Jefa", roles = new[] { "supervisor" }, isActive = true }, etag));
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Contains("own-administrator-role", await demote.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var deactivate = await client.SendAsync(Put(path, new { displayName = "Jefa", roles = new[] { "administrator" }, isActive = false }, etag));
        Assert.Equal(HttpStatusCode.Conflict, deactivate.StatusCode);
        Assert.Contains("own-deactivation", await deactivate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var session = await PageSession.SignInAsync(app, "conase.jefa", StrongPassword);
        var page = await session.PostFormAsync($"/Admin/Users/{self.Id}?handler=Deactivate", [], formPage: $"/Admin/Users/{self.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("No puede desactivar su propia cuenta", session.LastHtml, StringComparison.Ordinal);

        var still = await app.WithScopeAsync(sp => sp.GetRequiredService<UserManager<RutaUser>>().FindByIdAsync(self.Id.ToString()));
        Assert.True(still!.IsActive);
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<UserManager<RutaUser>>().IsInRoleAsync(still, Roles.Administrator)));
    }

    [Fact]
    public async Task Changing_roles_or_deactivating_kills_the_tokens_already_issued()
    {
        var user = await app.CreateAccountAsync("segob.roles", "SEGOB", ["administrator"]);
        var token = await app.TokenAsync("segob.roles");
        using var client = app.WithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/users")).StatusCode);

        using var admin = await app.ApiAsAsync("admin.administrator");
        var path = $"/api/v1/users/{user.Id}";
        var etag = (await admin.GetAsync(path)).Headers.ETag!.ToString();
        var changed = await admin.SendAsync(Put(path, new { displayName = "Roles", roles = new[] { "administrator", "auditor" }, isActive = true }, etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/users")).StatusCode);

        using var second = app.WithToken(await app.TokenAsync("segob.roles"));
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/audit")).StatusCode);
        var deactivated = await admin.SendAsync(Put(path, new { displayName = "Roles", roles = new[] { "administrator", "auditor" }, isActive = false },
            changed.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RequestTokenAsync("segob.roles", StrongPassword)).StatusCode);
    }

    [Fact]
    public async Task Unlock_password_reset_and_two_factor_reset_work_through_the_api()
    {
        var user = await app.CreateAccountAsync("beta.olvido", "BETA", ["officer"]);
        for (var i = 0; i < 5; i++)
        {
            await app.RequestTokenAsync("beta.olvido", "Equivocada-2026");
        }

        Assert.Contains("bloqueada", await (await app.RequestTokenAsync("beta.olvido", StrongPassword)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var admin = await app.ApiAsAsync("admin.administrator");
        var unlocked = await admin.PostAsync($"/api/v1/users/{user.Id}/unlock", null);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Null((await unlocked.Content.ReadFromJsonAsync<ShowUser.Details>())!.LockedOutUntil);
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync("beta.olvido", StrongPassword)).StatusCode);

        var weak = await admin.PostAsJsonAsync($"/api/v1/users/{user.Id}/password-reset", new { newPassword = "abc" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("newPassword", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reset = await admin.PostAsync($"/api/v1/users/{user.Id}/password-reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var generated = (await reset.Content.ReadFromJsonAsync<AccountActions.PasswordReset>())!.GeneratedPassword!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RequestTokenAsync("beta.olvido", StrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync("beta.olvido", generated)).StatusCode);

        var twoFactor = await admin.PostAsync($"/api/v1/users/{user.Id}/two-factor-reset", null);
        Assert.Equal(HttpStatusCode.OK, twoFactor.StatusCode);
        Assert.False((await twoFactor.Content.ReadFromJsonAsync<ShowUser.Details>())!.TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/users/{Guid.NewGuid()}/unlock", null)).StatusCode);
    }

    [Fact]
    public async Task An_agency_administrator_creates_a_user_through_the_form_with_an_office_of_their_agency()
    {
        using var session = await PageSession.SignInAsync(app, "comar.administrator");
        var html = await session.GetPageAsync("/Admin/Users/Create");
        Assert.DoesNotContain("value=\"INM\"", html, StringComparison.Ordinal); // only their agency is offered
        var comarOffice = await app.OfficeOfAsync("COMAR");
        var inmOffice = await app.OfficeOfAsync("INM");
        Assert.Contains(comarOffice.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain(inmOffice.ToString(), html, StringComparison.Ordinal);

        KeyValuePair<string, string>[] Form(string office, string password) =>
        [
            new("Input.UserName", "comar.formulario"), new("Input.DisplayName", "Luisa Formulario"),
            new("Input.AgencyCode", "COMAR"), new("Input.OfficeId", office),
            new("Input.Roles", "officer"), new("Input.Roles", "supervisor"), new("Input.Password", password),
        ];

        var wrong = await session.PostFormAsync("/Admin/Users/Create", Form(inmOffice.ToString(), ""));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("La oficina no pertenece a la agencia del usuario.", session.LastHtml, StringComparison.Ordinal);

        var weak = await session.PostFormAsync("/Admin/Users/Create", Form(comarOffice.ToString(), "corta"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("al menos 12 caracteres", session.LastHtml, StringComparison.Ordinal);

        var created = await session.PostFormAsync("/Admin/Users/Create", Form(comarOffice.ToString(), ""));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var password = System.Text.RegularExpressions.Regex.Match(session.LastHtml, "<code id=\"generated-password\">([^<]+)</code>").Groups[1].Value;
        Assert.NotEmpty(password);
        Assert.Contains("no-store", created.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var newcomer = await PageSession.SignInAsync(app, "comar.formulario", password);
        var details = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "comar.formulario");
            return (user.AgencyCode, user.OfficeId, await UserAdministration.RolesOfAsync(db, user.Id, default));
        });
        Assert.Equal(("COMAR", (Guid?)comarOffice), (details.AgencyCode, details.OfficeId));
        Assert.Equal(["officer", "supervisor"], details.Item3);
    }

    [Fact]
    public async Task An_agency_administrator_sees_neither_the_list_nor_the_page_of_another_agencys_user()
    {
        using var session = await PageSession.SignInAsync(app, "comar.administrator");
        var list = await session.GetPageAsync("/Admin/Users?agency=INM&search=officer");
        Assert.Contains("comar.officer", list, StringComparison.Ordinal);
        Assert.DoesNotContain("inm.officer", list, StringComparison.Ordinal);

        var inmOfficer = await app.UserIdAsync("inm.officer");
        var page = await session.Client.GetAsync($"/Admin/Users/{inmOfficer}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/AccessDenied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var admin = await PageSession.SignInAsync(app, "admin.administrator");
        Assert.Contains("inm.officer", await admin.GetPageAsync($"/Admin/Users/{inmOfficer}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edit_form_refuses_a_stale_stamp_with_a_spanish_message_and_saves_a_fresh_one()
    {
        var user = await app.CreateAccountAsync("dif.formulario", "DIF", ["officer"]);
        using var session = await PageSession.SignInAsync(app, "dif.administrator");
        var path = $"/Admin/Users/{user.Id}";
        KeyValuePair<string, string>[] Form(string stamp, string name) =>
            [new("Input.DisplayName", name), new("Input.Roles", "supervisor"), new("Input.ConcurrencyStamp", stamp), new("Input.OfficeId", "")];

        var stale = await session.PostFormAsync(path + "?handler=Save", Form("stamp-read-long-ago", "Nombre Viejo"), formPage: path);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Otra persona modificó esta cuenta", session.LastHtml, StringComparison.Ordinal);

        var saved = await session.PostFormAsync(path + "?handler=Save", Form(user.ConcurrencyStamp, "Nombre Nuevo"), formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var html = await session.GetPageAsync(path);
        Assert.Contains("Cambios guardados.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nombre Nuevo\"", html, StringComparison.Ordinal);

        var deactivated = await session.PostFormAsync(path + "?handler=Deactivate", [], formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False((await app.WithScopeAsync(sp => sp.GetRequiredService<UserManager<RutaUser>>().FindByIdAsync(user.Id.ToString())))!.IsActive);
        var reactivated = await session.PostFormAsync(path + "?handler=Reactivate", [], formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync("dif.formulario", StrongPassword)).StatusCode);
    }
}
