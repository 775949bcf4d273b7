using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.IntegrationTests.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Migration.Domain;
using Ruta.Web.Modules.Migration.Features;
using static Ruta.IntegrationTests.Modules.Migration.MigrationTestKit;

namespace Ruta.IntegrationTests.Modules.Migration;

/// <summary>Who reaches the migration records, and the rule that a child never appears on a station roster (page, API, handler, database).</summary>
public sealed class StationAccessAndRosterTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Theory]
    [InlineData("comar.officer")]
    [InlineData("dif.officer")]
    [InlineData("procuraduria.supervisor")]
    [InlineData("beta.officer")]
    [InlineData("inm.auditor")]
    public async Task Other_agencies_and_roles_are_refused_every_migration_endpoint(string user)
    {
        using var client = await app.ApiAsAsync(user);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/migration/station-stays")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/migration/apprehensions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/migration/apprehensions", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/migration/refusals", new { })).StatusCode);
    }

    [Fact]
    public async Task The_CNDH_auditor_reads_the_roster_and_a_stay_and_changes_nothing()
    {
        var person = await app.AddAdultAsync("Supervisada");
        var view = await app.ApprehendAsync(app.Clock.GetUtcNow().AddHours(-1), Member(person));
        var stay = StayOf(view, person);
        using var cndh = await app.ApiAsAsync("cndh.auditor");
        var roster = await StatusAsync(await cndh.GetAsync("/api/v1/migration/station-stays"), HttpStatusCode.OK);
        Assert.Contains(roster.GetProperty("items").EnumerateArray(), r => r.GetProperty("stayId").GetGuid() == stay);
        var file = await app.GetStayAsync(stay, "cndh.auditor");
        Assert.Empty(file.GetProperty("allowedActions").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await cndh.PostAsJsonAsync($"/api/v1/migration/station-stays/{stay}/release",
            new { ground = "other", reasons = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cndh.GetAsync($"/api/v1/migration/apprehensions/{view.GetProperty("id").GetGuid()}")).StatusCode);

        using var page = await PageSession.SignInAsync(app, "cndh.auditor");
        var html = await page.GetPageAsync("/Migration");
        Assert.Contains("Supervisada Prueba", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Registrar puesta a disposición", html, StringComparison.Ordinal);
        var stayPage = await page.GetPageAsync($"/Migration/Stays/{stay}");
        Assert.DoesNotContain("Acciones disponibles", stayPage, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await page.Client.GetAsync("/Migration/Apprehensions/New")).StatusCode);

        using var comar = await PageSession.SignInAsync(app, "comar.officer");
        Assert.NotEqual(HttpStatusCode.OK, (await comar.Client.GetAsync("/Migration")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await comar.Client.GetAsync($"/Migration/Stays/{stay}")).StatusCode);
    }

    [Fact]
    public async Task A_child_never_appears_on_the_station_roster_through_the_page_the_API_or_the_handler()
    {
        var mother = await app.AddPersonAsync("MadreRoster", new DateOnly(1987, 1, 1));
        var son = await app.AddPersonAsync("HijoRoster", new DateOnly(2013, 1, 1));
        var doubtful = await app.AddPersonAsync("DudosoRoster", new DateOnly(2007, 1, 1), estimated: true);
        var view = await app.ApprehendAsync(app.Clock.GetUtcNow().AddHours(-2), Member(mother), Member(son, mother), Member(doubtful));
        var apprehension = view.GetProperty("id").GetGuid();
        using var inm = await app.ApiAsAsync("inm.officer");
        var now = app.Clock.GetUtcNow();
        await StatusAsync(await inm.PostAsJsonAsync($"/api/v1/migration/apprehensions/{apprehension}/canalizations", new
        {
            childId = son, procuraduriaOfficial = "Lic. Ana Ruiz", procuraduriaAppearedAt = At(now.AddMinutes(-30)), careCentre = "CAS Tapachula",
            canalizedAt = At(now.AddMinutes(-20)),
        }), HttpStatusCode.Created);
        await StatusAsync(await app.AdmitAsync(apprehension, Admission(mother)), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await app.AdmitAsync(apprehension, Admission(son))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await app.AdmitAsync(apprehension, Admission(doubtful))).StatusCode);

        var ids = (await app.RosterAsync()).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("personId").GetGuid()).ToList();
        Assert.Contains(mother, ids);
        Assert.DoesNotContain(son, ids);
        Assert.DoesNotContain(doubtful, ids);

        var handled = await app.WithScopeAsync(async sp =>
        {
            SetUser(sp, await PrincipalAsync(sp, "inm.supervisor"));
            return await sp.GetRequiredService<BrowseStationRoster.Handler>().HandleAsync(await app.OfficeAsync("INM-EM-TAP"), CancellationToken.None);
        });
        Assert.Contains(handled.Value!.Items, r => r.PersonId == mother);
        Assert.DoesNotContain(handled.Value.Items, r => r.PersonId == son || r.PersonId == doubtful);

        using var page = await PageSession.SignInAsync(app, "inm.officer");
        var html = await page.GetPageAsync("/Migration");
        Assert.Contains("MadreRoster Prueba", html, StringComparison.Ordinal);
        Assert.DoesNotContain("HijoRoster", html, StringComparison.Ordinal);
        Assert.DoesNotContain("DudosoRoster", html, StringComparison.Ordinal);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<StationStay>()
            .AnyAsync(s => s.PersonId == son || s.PersonId == doubtful)));
    }

    [Fact]
    public async Task The_database_refuses_a_stay_or_an_admission_for_a_child_even_outside_the_handlers()
    {
        var adult = await app.AddAdultAsync("AdultoBd");
        var child = await app.AddPersonAsync("NiñoBd", new DateOnly(2015, 5, 5));
        var view = await app.ApprehendAsync(app.Clock.GetUtcNow().AddHours(-1), Member(adult), Member(child, adult));
        var stayId = StayOf(view, adult);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var childCheck = await db.Set<StationAgeCheck>().SingleAsync(c => c.PersonId == child);
            Assert.False(childCheck.IsAdult);
            var stay = await db.Set<StationStay>().SingleAsync(s => s.Id == stayId);
            // Move the stay onto the child and its (child) age check: no adult check of the child exists to point at.
            db.Entry(stay).Property(s => s.PersonId).CurrentValue = child;
            db.Entry(stay).Property(s => s.AgeCheckId).CurrentValue = childCheck.Id;
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var stay = await db.Set<StationStay>().SingleAsync(s => s.Id == stayId);
            // Claiming the check was not an adult's breaks the check constraint.
            db.Entry(stay).Property(s => s.AgeCheckAdult).CurrentValue = false;
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var stay = await db.Set<StationStay>().SingleAsync(s => s.Id == stayId);
            // An admission without its admission age check.
            db.Entry(stay).Property(s => s.AdmittedAt).CurrentValue = DateTime.UtcNow;
            db.Entry(stay).Property(s => s.Status).CurrentValue = StationStayStatus.Admitted;
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
    }
}
