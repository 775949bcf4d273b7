using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Migration.Domain;
using static Ruta.IntegrationTests.Modules.Migration.MigrationTestKit;

namespace Ruta.IntegrationTests.Modules.Migration;

/// <summary>Control migratorio at the filters: entries and exits, asylum requests, refusals of entry through the removal guard.</summary>
public sealed class BorderControlTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private static object Passport => new { type = "passport", number = "E0912345", issuingCountry = "HND" };

    [Fact]
    public async Task An_entry_is_registered_with_its_document_and_condition_of_stay_and_an_exit_with_its_document()
    {
        var person = await app.AddAdultAsync("Viajera");
        var point = await app.OfficeAsync("INM-PI-AICM");
        using var inm = await app.ApiAsAsync("inm.officer");
        var at = At(app.Clock.GetUtcNow().AddHours(-1));
        var response = await inm.PostAsJsonAsync("/api/v1/migration/entries", new
        {
            personId = person, pointId = point, direction = "entry", occurredAt = at, document = Passport, conditionOfStay = "visitor-without-permission-to-work",
        });
        var entry = await StatusAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/v1/migration/entries/{entry.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Aeropuerto Internacional de la Ciudad de México", entry.GetProperty("pointName").GetString());
        Assert.Equal("visitor-without-permission-to-work", entry.GetProperty("conditionOfStay").GetString());
        await StatusAsync(await inm.GetAsync(response.Headers.Location), HttpStatusCode.OK);

        await StatusAsync(await inm.PostAsJsonAsync("/api/v1/migration/entries", new
        {
            personId = person, pointId = point, direction = "exit", occurredAt = At(app.Clock.GetUtcNow()), document = Passport,
        }), HttpStatusCode.Created);

        var invalid = await ProblemAsync(await inm.PostAsJsonAsync("/api/v1/migration/entries", new
        {
            personId = person, pointId = point, direction = "entry", occurredAt = at, document = new { type = "passport", number = "", issuingCountry = "ZZZ" },
        }), HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.True(errors.TryGetProperty("document.number", out _));
        Assert.True(errors.TryGetProperty("document.issuingCountry", out _));
        Assert.True(errors.TryGetProperty("conditionOfStay", out _));

        var notAPoint = await ProblemAsync(await inm.PostAsJsonAsync("/api/v1/migration/entries", new
        {
            personId = person, pointId = await app.OfficeAsync("INM-EM-TAP"), direction = "exit", occurredAt = at, document = Passport,
        }), HttpStatusCode.BadRequest);
        Assert.True(notAPoint.GetProperty("errors").TryGetProperty("pointId", out _));
    }

    [Fact]
    public async Task A_person_who_asks_for_asylum_at_the_filter_enters_without_documents_COMAR_is_told_and_their_rejection_is_refused()
    {
        var person = await app.AddAdultAsync("Solicitante");
        var point = await app.OfficeAsync("INM-PI-CHI");
        using var inm = await app.ApiAsAsync("inm.officer");
        var entry = await StatusAsync(await inm.PostAsJsonAsync("/api/v1/migration/entries", new
        {
            personId = person, pointId = point, direction = "entry", occurredAt = At(app.Clock.GetUtcNow().AddMinutes(-30)), askedForAsylum = true,
        }), HttpStatusCode.Created);
        Assert.True(entry.GetProperty("askedForAsylum").GetBoolean());
        Assert.StartsWith("INM-", entry.GetProperty("asylumNoticeFolio").GetString(), StringComparison.Ordinal);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var notice = await db.Set<OfficialNotice>().SingleAsync(n => n.Id == entry.GetProperty("asylumNoticeId").GetGuid());
            Assert.Equal("COMAR", notice.RecipientAgency);
            Assert.Contains("LRPCAP arts. 6 y 21", notice.LegalBasis, StringComparison.Ordinal);
            Assert.Equal("07", await db.Set<Office>().Where(o => o.Id == notice.RecipientOfficeId).Select(o => o.StateCode).SingleAsync());
        });

        var refusal = await ProblemAsync(await inm.PostAsJsonAsync("/api/v1/migration/refusals", new
        {
            personId = person, pointId = point, occurredAt = At(app.Clock.GetUtcNow()), legalGrounds = "Ley de Migración, art. 43 fr. I",
            reasons = "No presentó documento de viaje válido ni visa mexicana.",
        }), HttpStatusCode.Conflict);
        Assert.Equal(MigrationRules.AsylumRequested, refusal.GetProperty("code").GetString());
        Assert.Contains("LRPCAP arts. 6 y 21", refusal.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            // The attempt is kept: a blocked border-rejection check, audited; no refusal exists.
            var check = await db.Set<RemovalCheck>().SingleAsync(c => c.PersonId == person);
            Assert.Equal(RemovalKind.BorderRejection, check.Kind);
            Assert.False(check.Allowed);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.Action == RemovalGuard.AuditAction && a.RecordId == person.ToString()));
            Assert.False(await db.Set<EntryRefusal>().AnyAsync(r => r.PersonId == person));
        });
    }

    [Fact]
    public async Task A_refusal_of_entry_is_written_reasoned_and_saved_with_the_guard_check_that_allowed_it()
    {
        var person = await app.AddAdultAsync("Rechazada");
        var point = await app.OfficeAsync("INM-PI-TIJ");
        using var inm = await app.ApiAsAsync("inm.officer");
        var unreasoned = await ProblemAsync(await inm.PostAsJsonAsync("/api/v1/migration/refusals", new
        {
            personId = person, pointId = point, occurredAt = At(app.Clock.GetUtcNow()), legalGrounds = "", reasons = "corto",
        }), HttpStatusCode.BadRequest);
        Assert.True(unreasoned.GetProperty("errors").TryGetProperty("legalGrounds", out _));
        Assert.True(unreasoned.GetProperty("errors").TryGetProperty("reasons", out _));

        var response = await inm.PostAsJsonAsync("/api/v1/migration/refusals", new
        {
            personId = person, pointId = point, occurredAt = At(app.Clock.GetUtcNow()), document = Passport,
            legalGrounds = "Ley de Migración, arts. 37 y 43 fr. I", reasons = "Presentó un pasaporte con datos alterados en la página de identificación.",
        });
        var refusal = await StatusAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/v1/migration/refusals/{refusal.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        var checkId = refusal.GetProperty("checkId").GetGuid();
        await app.WithScopeAsync(async sp =>
        {
            var check = await sp.GetRequiredService<RutaDbContext>().Set<RemovalCheck>().SingleAsync(c => c.Id == checkId);
            Assert.True(check.Allowed);
            Assert.Equal(RemovalKind.BorderRejection, check.Kind);
            Assert.Equal(person, check.PersonId);
        });
    }

    [Fact]
    public async Task A_child_is_not_rejected_at_the_border_and_the_database_ties_a_refusal_to_an_allowed_check()
    {
        var child = await app.AddChildAsync("NiñaFrontera");
        var point = await app.OfficeAsync("INM-PI-CJS");
        using var inm = await app.ApiAsAsync("inm.officer");
        var refused = await ProblemAsync(await inm.PostAsJsonAsync("/api/v1/migration/refusals", new
        {
            personId = child, pointId = point, occurredAt = At(app.Clock.GetUtcNow()), legalGrounds = "Ley de Migración, art. 43",
            reasons = "Viaja sin documento de viaje ni autorización.",
        }), HttpStatusCode.Conflict);
        Assert.Contains("NNA_PROCURADURIA_NOT_NOTIFIED", refused.GetProperty("code").GetString(), StringComparison.Ordinal);

        // Outside the handler: a refusal naming the blocked check is refused by the database.
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var blocked = await db.Set<RemovalCheck>().SingleAsync(c => c.PersonId == child);
            db.Add(new EntryRefusal(child, point, DateTime.UtcNow, blocked.OnDate, null, null, null, "LM art. 43", "Prueba de integridad.", blocked.Id,
                DateTime.UtcNow, null));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
    }
}
