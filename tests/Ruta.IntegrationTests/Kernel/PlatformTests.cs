using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel;

public sealed class PlatformTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task Healthz_answers_healthy_when_the_database_answers()
    {
        var response = await app.Anonymous().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_model_has_no_changes_without_a_migration()
    {
        var pending = await app.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<RutaDbContext>().Database.HasPendingModelChanges()));
        Assert.False(pending, $"The EF model has changes with no {app.Provider} migration: add one (see README, 'Migrations').");
    }

    /// <summary>
    /// The snapshot can hold what no migration creates (an index once merged into the snapshot without
    /// its migration went unnoticed that way): the migrated database must hold every index of the model.
    /// </summary>
    [Fact]
    public async Task The_migrated_database_holds_every_index_of_the_model()
    {
        var (expected, missing) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var indexes = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null)
                .SelectMany(e => e.GetIndexes()).Select(i => i.GetDatabaseName()).OfType<string>().Distinct().ToList();
            var catalog = db.IsPostgres
                ? "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema()"
                : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'";
            var existing = await db.Database.SqlQueryRaw<string>(catalog).ToListAsync();
            return (indexes.Count, indexes.Except(existing, StringComparer.Ordinal).ToList());
        });
        Assert.True(expected > 50, $"only {expected} indexes in the model");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Reference_data_holds_the_agencies_and_offices_of_the_seed()
    {
        var (agencies, comarOffices, betaGroups, betaStates) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var a = await db.Set<Agency>().CountAsync();
            var c = await db.Set<Office>().CountAsync(o => o.AgencyCode == "COMAR" && (o.Kind == OfficeKind.RepresentationOffice || o.Kind == OfficeKind.LiaisonOffice));
            var b = await db.Set<Office>().CountAsync(o => o.AgencyCode == "BETA" && o.Kind == OfficeKind.BetaGroup);
            var s = await db.Set<Office>().Where(o => o.AgencyCode == "BETA").Select(o => o.StateCode).Distinct().CountAsync();
            return (a, c, b, s);
        });
        Assert.True(agencies >= 13);
        Assert.Equal(13, comarOffices);
        Assert.Equal(22, betaGroups);
        Assert.Equal(9, betaStates);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/v1/auth/token", out _));
    }

    [Fact]
    public async Task Unknown_api_routes_answer_404_problem_details()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var response = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Token_requests_with_wrong_password_get_401_problem_and_missing_fields_get_400()
    {
        using var client = app.Anonymous();
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "inm.officer", password = "nope-nope-nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);

        var missing = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        using var doc = JsonDocument.Parse(await missing.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty("password", out _));
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty("userName", out _));
    }

    [Fact]
    public async Task Malformed_json_gets_400_problem_details()
    {
        using var client = app.Anonymous();
        using var content = new StringContent("{\"userName\": ", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/v1/auth/token", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Five_failed_logins_lock_the_account_even_against_the_right_password()
    {
        using var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "stps.supervisor", password = "wrong-password-1" });
        }

        var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "stps.supervisor", password = Ruta.Web.Kernel.Access.DemoData.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("bloqueada", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
