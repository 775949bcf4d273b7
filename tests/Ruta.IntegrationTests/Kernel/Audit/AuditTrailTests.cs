using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.IntegrationTests.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;
using static Ruta.IntegrationTests.Kernel.Access.AccessTestSupport;

namespace Ruta.IntegrationTests.Kernel.Audit;

/// <summary>The audit trail is complete (every write leaves a line, in the same transaction) and append-only (nothing rewrites it).</summary>
public sealed class AuditTrailTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private static Office NewOffice(string code) => new()
    {
        Id = Guid.CreateVersion7(), Code = code, AgencyCode = "COMAR", Kind = OfficeKind.LiaisonOffice,
        Name = "Oficina de prueba", StateCode = "07", City = "Tapachula",
    };

    private Task<List<AuditEntry>> EntriesForAsync(string recordId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.RecordId == recordId).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task Every_create_update_and_delete_writes_one_entry_with_the_values_before_and_after()
    {
        var office = NewOffice("TEST-AUDIT-1");
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            db.Add(office);
            await db.SaveChangesAsync();
        });
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var loaded = await db.Set<Office>().SingleAsync(o => o.Id == office.Id);
            loaded.City = "Tuxtla Gutiérrez";
            await db.SaveChangesAsync();
            db.Remove(loaded);
            await db.SaveChangesAsync();
        });

        var entries = await EntriesForAsync(office.Id.ToString());
        Assert.Equal([AuditActions.Create, AuditActions.Update, AuditActions.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("Office", e.EntityType));
        Assert.Null(entries[0].Before);
        Assert.Contains("Tapachula", entries[0].After, StringComparison.Ordinal);
        var change = AuditDiff.Compare(entries[1].Before, entries[1].After);
        Assert.Equal(["City"], change.Where(f => f.Changed).Select(f => f.Name));
        Assert.Equal(("Tapachula", "Tuxtla Gutiérrez"), (change.Single(f => f.Changed).Before, change.Single(f => f.Changed).After));
        Assert.Null(entries[2].After);
    }

    [Fact]
    public async Task A_failing_save_writes_neither_the_change_nor_its_audit_entry()
    {
        var first = NewOffice("TEST-AUDIT-DUP");
        var duplicate = NewOffice("TEST-AUDIT-DUP"); // office codes are unique
        var valid = NewOffice("TEST-AUDIT-OK");
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            db.Add(first);
            await db.SaveChangesAsync();
        });

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            db.Add(valid);
            db.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        Assert.Empty(await EntriesForAsync(duplicate.Id.ToString()));
        Assert.Empty(await EntriesForAsync(valid.Id.ToString())); // the whole SaveChanges rolled back, its entries too
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Office>().AnyAsync(o => o.Id == valid.Id)));
        Assert.Single(await EntriesForAsync(first.Id.ToString()));
    }

    [Fact]
    public async Task Changes_made_through_the_api_name_the_user_and_agency_who_made_them()
    {
        var user = await app.CreateAccountAsync("inm.auditada", "INM", ["officer"]);
        var entries = await EntriesForAsync(user.Id.ToString());
        var create = entries.Single(e => e.Action == AuditActions.Create);
        Assert.Equal(("admin.administrator", "ADMIN", "RutaUser"), (create.UserName, create.AgencyCode, create.EntityType));
        Assert.DoesNotContain(StrongPassword, create.After!, StringComparison.Ordinal);
        Assert.Contains("\"PasswordHash\":\"***\"", create.After!, StringComparison.Ordinal);
        Assert.Contains(entries, e => e.Action == "roles" && e.After!.Contains("officer", StringComparison.Ordinal));
    }

    [Fact]
    public void No_api_endpoint_can_write_edit_or_delete_audit_entries()
    {
        var writes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith("/api/v1/audit", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
            .Where(m => m is not ("GET" or "HEAD"))
            .ToList();
        Assert.Empty(writes);
        Assert.Contains(app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>(),
            e => e.RoutePattern.RawText?.TrimStart('/') == "api/v1/audit");
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET \"Purpose\" = 'reescrita'")]
    [InlineData("DELETE FROM audit_entries")]
    public async Task The_database_refuses_raw_sql_that_rewrites_or_deletes_entries(string sql)
    {
        var before = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>().CountAsync());
        Assert.True(before > 0);
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Database.ExecuteSqlRawAsync(sql)));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        var after = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>().CountAsync(e => e.Purpose == "reescrita"));
        Assert.Equal(0, after);
    }

    [Fact]
    public async Task Wholesale_removal_is_refused_too_truncate_on_postgres_and_unconditional_delete_on_sqlite()
    {
        var sql = app.Provider == DatabaseProvider.Postgres ? "TRUNCATE audit_entries" : "DELETE FROM audit_entries WHERE 1 = 1";
        await Assert.ThrowsAnyAsync<Exception>(() =>
            app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Database.ExecuteSqlRawAsync(sql)));
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>().AnyAsync()));
    }

    [Fact]
    public async Task The_interceptor_refuses_to_modify_or_delete_an_entry_through_ef()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var entry = await db.Set<AuditEntry>().OrderBy(e => e.OccurredAt).FirstAsync();
            db.Entry(entry).Property(e => e.Purpose).CurrentValue = "reescrita";
            var modify = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", modify.Message, StringComparison.Ordinal);

            db.ChangeTracker.Clear();
            db.Remove(await db.Set<AuditEntry>().OrderBy(e => e.OccurredAt).FirstAsync());
            var delete = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        });
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>().CountAsync(e => e.Purpose == "reescrita")));
    }

    [Fact]
    public async Task The_api_filters_by_record_and_user_name_and_an_agency_auditor_sees_only_their_agency()
    {
        var user = await app.CreateAccountAsync("comar.filtrada", "COMAR", ["officer"]);
        using (var comarAdmin = await app.ApiAsAsync("comar.administrator"))
        {
            var etag = (await comarAdmin.GetAsync($"/api/v1/users/{user.Id}")).Headers.ETag!.ToString();
            var put = await comarAdmin.SendAsync(Put($"/api/v1/users/{user.Id}", new { displayName = "Filtrada", roles = new[] { "supervisor" }, isActive = true }, etag));
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        using var cndh = await app.ApiAsAsync("cndh.auditor");
        var all = (await cndh.GetFromJsonAsync<BrowseAudit.PageResult>($"/api/v1/audit?recordId={user.Id}"))!;
        Assert.Contains(all.Items, e => e.UserName == "admin.administrator" && e.Action == "create");
        Assert.Contains(all.Items, e => e.UserName == "comar.administrator" && e.Action == "update");

        var byUser = (await cndh.GetFromJsonAsync<BrowseAudit.PageResult>($"/api/v1/audit?recordId={user.Id}&userName=COMAR.administrator"))!;
        Assert.NotEmpty(byUser.Items);
        Assert.All(byUser.Items, e => Assert.Equal("comar.administrator", e.UserName));

        using var comarAuditor = await app.ApiAsAsync("comar.auditor");
        var own = (await comarAuditor.GetFromJsonAsync<BrowseAudit.PageResult>($"/api/v1/audit?recordId={user.Id}"))!;
        Assert.NotEmpty(own.Items);
        Assert.All(own.Items, e => Assert.Equal("COMAR", e.AgencyCode));

        using var inmAuditor = await app.ApiAsAsync("inm.auditor");
        Assert.Empty((await inmAuditor.GetFromJsonAsync<BrowseAudit.PageResult>($"/api/v1/audit?recordId={user.Id}"))!.Items);
    }

    [Fact]
    public async Task The_audit_page_shows_a_records_history_with_the_changed_fields_marked()
    {
        var user = await app.CreateAccountAsync("dif.historia", "DIF", ["officer"]);
        using (var admin = await app.ApiAsAsync("admin.administrator"))
        {
            var etag = (await admin.GetAsync($"/api/v1/users/{user.Id}")).Headers.ETag!.ToString();
            await admin.SendAsync(Put($"/api/v1/users/{user.Id}", new { displayName = "Nombre Corregido", roles = new[] { "officer" }, isActive = true }, etag));
        }

        using var session = await PageSession.SignInAsync(app, "admin.administrator");
        var html = await session.GetPageAsync($"/Audit?recordId={user.Id}");
        Assert.Contains("<th scope=\"row\">DisplayName</th>", html, StringComparison.Ordinal);
        Assert.Contains("<del>Persona de Prueba</del>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>Nombre Corregido</mark>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Audit?recordId={user.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("campos sin cambio", html, StringComparison.Ordinal);

        var today = app.Clock.GetUtcNow().UtcDateTime;
        var filtered = await session.GetPageAsync($"/Audit?userName=admin.administrator&entityType=RutaUser&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Assert.Contains("dif.historia", filtered, StringComparison.Ordinal);
        var empty = await session.GetPageAsync($"/Audit?recordId={user.Id}&from=2020-01-01&to=2020-01-31");
        Assert.Contains("No hay entradas que coincidan.", empty, StringComparison.Ordinal);
        var reversed = await session.GetPageAsync("/Audit?from=2026-02-01&to=2026-01-01");
        Assert.Contains("La fecha final no puede ser anterior a la inicial.", reversed, StringComparison.Ordinal);

        var pages = Regex.Matches(await session.GetPageAsync("/Audit"), "rel=\"next\"").Count;
        Assert.Equal(1, pages); // the demo data alone fills more than one page
    }
}
