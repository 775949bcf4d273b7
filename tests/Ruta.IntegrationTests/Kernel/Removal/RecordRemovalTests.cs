using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;

namespace Ruta.IntegrationTests.Kernel.Removal;

public sealed class RecordRemovalTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private DateOnly Scheduled => MexicoCity.Today(app.Clock).AddDays(7);

    private async Task<HttpResponseMessage> PostAsync(object body, string user = "inm.supervisor")
    {
        using var client = await app.ApiAsAsync(user);
        return await client.PostAsJsonAsync("/api/v1/removals", body);
    }

    private Task<(int Checks, int Removals, int Audit)> CountsAsync(Guid personId) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            return (await db.Set<RemovalCheck>().CountAsync(c => c.PersonId == personId),
                await db.Set<RemovalRecord>().CountAsync(r => r.PersonId == personId),
                await db.Set<AuditEntry>().CountAsync());
        });

    [Fact]
    public async Task A_removal_of_a_blocked_person_is_refused_with_every_code_and_basis_and_nothing_is_written()
    {
        var person = await app.AddPersonAsync(Scheduled.AddYears(-14), vulnerabilities: Ruta.Web.Kernel.Persons.Vulnerabilities.CrimeVictimOrWitness);
        var before = await CountsAsync(person);

        var response = await PostAsync(new { personId = person, kind = "deportation", scheduledDate = Scheduled, destinationCountry = "GTM" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var code = problem.RootElement.GetProperty("code").GetString()!;
        Assert.Contains("CHILD_NEVER_DEPORTED", code, StringComparison.Ordinal);
        Assert.Contains("CRIME_VICTIM_NEVER_DEPORTED", code, StringComparison.Ordinal);
        Assert.Contains("Ley de Migración, art. 120", problem.RootElement.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(person));
    }

    [Fact]
    public async Task A_removal_of_an_allowed_adult_is_recorded_with_its_passing_check()
    {
        var person = await app.AddPersonAsync(Scheduled.AddYears(-40));

        var response = await PostAsync(new { personId = person, kind = "assisted-return", scheduledDate = Scheduled, destinationCountry = "hnd" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var row = await response.Content.ReadFromJsonAsync<JsonElement>();
        var removalId = Guid.Parse(row.GetProperty("id").GetString()!);
        Assert.Equal("HND", row.GetProperty("destinationCountry").GetString());
        Assert.Equal("assisted-return", row.GetProperty("kind").GetString());
        Assert.EndsWith($"/api/v1/removals/{removalId}", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var removal = await db.Set<RemovalRecord>().SingleAsync(r => r.Id == removalId);
            var check = await db.Set<RemovalCheck>().SingleAsync(c => c.Id == removal.CheckId);
            Assert.True(check.Allowed);
            Assert.Equal(person, check.PersonId);
            Assert.Equal(RemovalKind.AssistedReturn, check.Kind);
            Assert.Equal(Scheduled, check.OnDate);
            Assert.Equal(Scheduled, removal.ScheduledDate);
            Assert.Equal("INM", removal.CreatedByAgency);
            Assert.Equal("inm.supervisor", check.AskedByUserName);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == RemovalGuard.AuditAction && e.RecordId == person.ToString()));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == AuditActions.Create && e.RecordId == removalId.ToString()));
        });

        using var reader = await app.ApiAsAsync("comar.officer");
        var read = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/removals/{removalId}");
        Assert.Equal(removalId, Guid.Parse(read.GetProperty("id").GetString()!));
    }

    [Theory]
    [InlineData("inm.officer")]
    [InlineData("comar.supervisor")]
    [InlineData("cndh.auditor")]
    public async Task Only_INM_supervisors_may_record_a_removal(string user)
    {
        var person = await app.AddPersonAsync(Scheduled.AddYears(-40));

        var response = await PostAsync(new { personId = person, kind = "deportation", scheduledDate = Scheduled, destinationCountry = "GTM" }, user);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal((0, 0), await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            return (await db.Set<RemovalCheck>().CountAsync(c => c.PersonId == person), await db.Set<RemovalRecord>().CountAsync(r => r.PersonId == person));
        }));
    }

    [Fact]
    public async Task A_removal_for_an_unknown_person_gets_404()
    {
        var response = await PostAsync(new { personId = Guid.CreateVersion7(), kind = "deportation", scheduledDate = Scheduled, destinationCountry = "GTM" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_removal_with_bad_fields_gets_400_naming_each_field()
    {
        var response = await PostAsync(new { personId = Guid.Empty, scheduledDate = Scheduled.AddDays(-30), destinationCountry = "MEX" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        foreach (var field in new[] { "personId", "kind", "scheduledDate", "destinationCountry" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var badKind = await PostAsync(new { personId = Guid.CreateVersion7(), kind = "expulsion", scheduledDate = Scheduled, destinationCountry = "GTM" });
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
    }

    /// <summary>Writes a removal straight through EF, bypassing the handler; returns the database's refusal, if any.</summary>
    private Task<DbUpdateException?> InsertDirectlyAsync(Guid personId, RemovalKind kind, DateOnly date, Guid checkId, bool? forceCheckAllowed = null) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var removal = new RemovalRecord(personId, kind, date, "GTM", checkId, null, "sql", "INM", app.Clock.GetUtcNow().UtcDateTime);
            db.Add(removal);
            if (forceCheckAllowed is { } value)
            {
                db.Entry(removal).Property(r => r.CheckAllowed).CurrentValue = value;
            }

            try
            {
                await db.SaveChangesAsync();
                return null;
            }
            catch (DbUpdateException refused)
            {
                return refused;
            }
        });

    private Task<RemovalCheckResult> CheckAsync(Guid personId, RemovalKind kind, DateOnly date) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<RemovalGuard>().CheckAsync(personId, kind, date, CancellationToken.None))!);

    [Fact]
    public async Task The_database_refuses_a_removal_that_names_a_failing_check()
    {
        var child = await app.AddPersonAsync(Scheduled.AddYears(-9));
        var failing = await CheckAsync(child, RemovalKind.Deportation, Scheduled);
        Assert.False(failing.Allowed);

        Assert.NotNull(await InsertDirectlyAsync(child, RemovalKind.Deportation, Scheduled, failing.CheckId));
        // Claiming the failing check was allowed=false matches its key: the check constraint refuses it.
        Assert.NotNull(await InsertDirectlyAsync(child, RemovalKind.Deportation, Scheduled, failing.CheckId, forceCheckAllowed: false));
        Assert.Equal(0, (await CountsAsync(child)).Removals);
    }

    [Fact]
    public async Task The_database_refuses_a_removal_that_names_another_persons_kinds_or_dates_check()
    {
        var adult = await app.AddPersonAsync(Scheduled.AddYears(-30));
        var child = await app.AddPersonAsync(Scheduled.AddYears(-9));
        var adultsCheck = await CheckAsync(adult, RemovalKind.Deportation, Scheduled);
        Assert.True(adultsCheck.Allowed);

        Assert.NotNull(await InsertDirectlyAsync(child, RemovalKind.Deportation, Scheduled, adultsCheck.CheckId));
        Assert.NotNull(await InsertDirectlyAsync(adult, RemovalKind.BorderRejection, Scheduled, adultsCheck.CheckId));
        Assert.NotNull(await InsertDirectlyAsync(adult, RemovalKind.Deportation, Scheduled.AddDays(1), adultsCheck.CheckId));
        Assert.NotNull(await InsertDirectlyAsync(adult, RemovalKind.Deportation, Scheduled, Guid.CreateVersion7()));
        Assert.Equal(0, (await CountsAsync(child)).Removals);
        Assert.Equal(0, (await CountsAsync(adult)).Removals);

        // The matching allowed check is accepted once, and cannot be reused for a second removal.
        Assert.Null(await InsertDirectlyAsync(adult, RemovalKind.Deportation, Scheduled, adultsCheck.CheckId));
        Assert.NotNull(await InsertDirectlyAsync(adult, RemovalKind.Deportation, Scheduled, adultsCheck.CheckId));
        Assert.Equal(1, (await CountsAsync(adult)).Removals);
    }
}
