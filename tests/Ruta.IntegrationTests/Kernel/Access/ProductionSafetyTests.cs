using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Access.Users;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Access;

/// <summary>Ruta started as in production, with Ruta:DemoData=true left in its configuration by mistake.</summary>
public sealed class ProductionRutaFactory : RutaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionSafetyTests(ProductionRutaFactory app) : IClassFixture<ProductionRutaFactory>
{
    private const string AdminPassword = "Primer-Admin-2026";

    private async Task<(int Exit, string Output)> CreateAdminAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CreateAdminCommand.RunAsync(app.Services, args, new StringReader(stdin), output);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task In_production_no_demo_user_is_created_even_when_demo_data_is_enabled()
    {
        var demoNames = DemoData.Logins().Select(l => l.UserName).ToList();
        var demoUsers = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Users
            .CountAsync(u => demoNames.Contains(u.UserName!)));
        Assert.Equal(0, demoUsers);

        var demoLogin = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin.administrator", password = DemoData.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, demoLogin.StatusCode);
    }

    [Fact]
    public async Task Create_admin_reads_the_password_from_standard_input_and_creates_an_administrator_of_ADMIN()
    {
        var (exit, output) = await CreateAdminAsync(AdminPassword + "\n", "--user", "Raiz.Admin", "--name", "Administración Central");
        Assert.True(exit == 0, output);
        Assert.Contains("Administrador raiz.admin creado en ADMIN.", output, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminPassword, output, StringComparison.Ordinal);

        var (agency, isAdmin, name) = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RutaUser>>();
            var user = (await users.FindByNameAsync("raiz.admin"))!;
            return (user.AgencyCode, await users.IsInRoleAsync(user, Roles.Administrator), user.DisplayName);
        });
        Assert.Equal(("ADMIN", true, "Administración Central"), (agency, isAdmin, name));

        // The first administrator can work at once: token, then manage users of every agency.
        var token = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = "raiz.admin", password = AdminPassword });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<IssueToken.Response>())!.AccessToken);
        var created = await client.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "comar.primera", displayName = "Primera Oficial", agencyCode = "COMAR", roles = new[] { "officer" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull((await created.Content.ReadFromJsonAsync<CreateUser.Created>())!.GeneratedPassword);
    }

    [Fact]
    public async Task Create_admin_refuses_a_weak_password_and_creates_nothing()
    {
        var (exit, output) = await CreateAdminAsync("debil\n", "--user", "admin.debil");
        Assert.Equal(1, exit);
        Assert.Contains("al menos 12 caracteres", output, StringComparison.Ordinal);
        Assert.Null(await app.WithScopeAsync(sp => sp.GetRequiredService<UserManager<RutaUser>>().FindByNameAsync("admin.debil")));
    }

    [Fact]
    public async Task Create_admin_refuses_an_existing_user_and_changes_nothing()
    {
        Assert.Equal(0, (await CreateAdminAsync(AdminPassword + "\n", "--user", "admin.unica")).Exit);
        var hash = await app.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<RutaUser>>().FindByNameAsync("admin.unica"))!.PasswordHash);

        var (exit, output) = await CreateAdminAsync("Otra-Clave-Segura-2026\n", "--user", "admin.unica");
        Assert.Equal(1, exit);
        Assert.Contains("ya existe", output, StringComparison.Ordinal);
        var after = await app.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<RutaUser>>().FindByNameAsync("admin.unica"))!.PasswordHash);
        Assert.Equal(hash, after);
    }

    [Fact]
    public async Task Create_admin_refuses_missing_input_and_unknown_agencies()
    {
        Assert.Equal(2, (await CreateAdminAsync("", "--user", "admin.vacia")).Exit);
        Assert.Equal(2, (await CreateAdminAsync(AdminPassword + "\n", "--user", "admin.x", "--agency", "NASA")).Exit);
        Assert.Equal(2, (await CreateAdminAsync(AdminPassword + "\n")).Exit);
    }
}
