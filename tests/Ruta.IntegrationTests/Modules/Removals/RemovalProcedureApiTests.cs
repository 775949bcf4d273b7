using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Modules.Asylum;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;
using static Ruta.IntegrationTests.Modules.Removals.RemovalsTestKit;

namespace Ruta.IntegrationTests.Modules.Removals;

/// <summary>The removal procedure through /api/v1/migration/removals on a real database (SQLite and PostgreSQL).</summary>
public sealed class RemovalProcedureApiTests(RemovalsFactory app) : IClassFixture<RemovalsFactory>
{
    private DateOnly Today => app.Today();

    [Fact]
    public async Task An_assisted_return_is_requested_its_rights_recorded_scheduled_and_executed_ending_the_station_stay_with_every_check_audited()
    {
        var person = await app.AddPersonAsync("Marvin");
        app.Hold(person);

        var response = await app.StartAsync(AssistedReturn(person, Today.AddDays(5), language: "kek", interpreter: "Intérprete de q'eqchi'"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = Parse(await response.Content.ReadAsStringAsync());
        var id = started.GetProperty("id").GetGuid();
        Assert.Equal($"{Base}/{id}", response.Headers.Location!.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        var (view, _) = await app.GetAsync(id);
        Assert.Equal("solicitada", view.GetProperty("statusLabel").GetString());
        Assert.Contains("interpreter", view.GetProperty("missingRights").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(id, await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<RemovalRecord>().Where(r => r.Id == id)
            .Select(r => r.Id).SingleAsync()));

        // Scheduling waits for every right of LM art. 119.
        var early = await ProblemAsync(await app.ActAsync(id, "schedule", Schedule(Today)), HttpStatusCode.Conflict);
        Assert.Equal("REMOVAL_RIGHTS_NOT_RECORDED", early.GetProperty("code").GetString());
        await app.RecordAllRightsAsync(id);
        var scheduled = await OkAsync(await app.ActAsync(id, "schedule", Schedule(Today)));
        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());
        var scheduleCheck = scheduled.GetProperty("checkId").GetGuid();

        var executed = await OkAsync(await app.ActAsync(id, "execute", new { notes = "Entregado a las autoridades de Guatemala." }));
        Assert.Equal("executed", executed.GetProperty("status").GetString());
        Assert.Equal(Iso(Today), executed.GetProperty("executedOn").GetString());
        var executionCheck = executed.GetProperty("executionCheckId").GetGuid();
        Assert.NotEqual(scheduleCheck, executionCheck);
        Assert.Equal($"Removal: Salida {id}", await app.StayEndedByAsync(person));
        Assert.Empty(executed.GetProperty("allowedActions").EnumerateArray());

        // The audit trail, read through the audit API by the oversight body, has each check the removal rests on.
        using var auditor = await app.ApiAsAsync("cndh.auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?recordId={person}&pageSize=200");
        var checks = audit.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == RemovalGuard.AuditAction)
            .Select(e => JsonDocument.Parse(e.GetProperty("after").GetString()!).RootElement)
            .ToList();
        foreach (var checkId in new[] { started.GetProperty("checkId").GetGuid(), scheduleCheck, executionCheck })
        {
            var entry = checks.Single(c => c.GetProperty("checkId").GetGuid() == checkId);
            Assert.True(entry.GetProperty("allowed").GetBoolean());
            Assert.Equal("assisted-return", entry.GetProperty("kind").GetString());
        }
    }

    [Fact]
    public async Task A_claim_filed_after_scheduling_stops_the_execution_because_the_guard_is_asked_again()
    {
        var person = await app.AddPersonAsync("Yeison");
        app.Hold(person);
        var id = await app.ScheduledTodayAsync(person);

        using var comar = await app.ApiAsAsync("comar.officer");
        await AsylumTestKit.FileAsync(comar, AsylumTestKit.Filing(person, Today.AddDays(-3), Today, await app.OfficeAsync("COMAR-TAP")));

        var refused = await ProblemAsync(await app.ActAsync(id, "execute", new { }), HttpStatusCode.Conflict);
        Assert.Contains("ASYLUM_CLAIM_PENDING", Codes(refused));
        Assert.Contains("LRPCAP art. 6", refused.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        var (view, _) = await app.GetAsync(id);
        Assert.Equal("scheduled", view.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("executionCheckId").ValueKind);
        Assert.Null(await app.StayEndedByAsync(person));
    }

    [Fact]
    public async Task Relatives_in_the_procedure_are_scheduled_and_executed_together_in_one_act()
    {
        var husband = await app.AddPersonAsync("Esposo");
        var wife = await app.AddPersonAsync("Esposa");
        var brother = await app.AddPersonAsync("Hermano");
        await app.LinkAsync(husband, wife, FamilyRelation.SpouseOrPartner);
        await app.LinkAsync(wife, brother, FamilyRelation.Sibling);
        var ids = new List<Guid>();
        foreach (var person in new[] { husband, wife, brother })
        {
            app.Hold(person);
            var id = await app.StartedAsync(AssistedReturn(person, Today));
            await app.RecordAllRightsAsync(id);
            ids.Add(id);
        }

        var scheduled = await OkAsync(await app.ActAsync(ids[0], "schedule", Schedule(Today)));
        var group = scheduled.GetProperty("travelGroup").EnumerateArray().Select(e => e.GetGuid()).ToHashSet();
        Assert.Equal(ids.ToHashSet(), group);
        foreach (var id in ids)
        {
            var (view, _) = await app.GetAsync(id);
            Assert.Equal("scheduled", view.GetProperty("status").GetString());
        }

        await OkAsync(await app.ActAsync(ids[2], "execute", new { }));
        foreach (var (id, person) in ids.Zip([husband, wife, brother]))
        {
            var (view, _) = await app.GetAsync(id);
            Assert.Equal("executed", view.GetProperty("status").GetString());
            Assert.NotNull(await app.StayEndedByAsync(person));
        }
    }

    [Fact]
    public async Task A_family_is_not_split_in_one_act_without_a_recorded_reason_and_a_child_left_behind_shows_the_child_rules()
    {
        var mother = await app.AddPersonAsync("Madre");
        var daughter = await app.AddPersonAsync("Hija", birthDate: Today.AddYears(-9));
        var partner = await app.AddPersonAsync("Pareja");
        await app.LinkAsync(daughter, mother, FamilyRelation.Parent);
        await app.LinkAsync(mother, partner, FamilyRelation.SpouseOrPartner);
        var motherId = await app.StartedAsync(AssistedReturn(mother, Today.AddDays(3)));
        var partnerId = await app.StartedAsync(AssistedReturn(partner, Today.AddDays(3)));
        await app.RecordAllRightsAsync(motherId);
        await app.RecordAllRightsAsync(partnerId);

        // The child cannot travel with her family: the guard's child rule applies to her.
        var refused = await ProblemAsync(await app.ActAsync(motherId, "schedule", Schedule(Today.AddDays(3))), HttpStatusCode.Conflict);
        Assert.Equal("FAMILY_MUST_TRAVEL_TOGETHER", refused.GetProperty("code").GetString());
        var detail = refused.GetProperty("detail").GetString()!;
        Assert.Contains("Hija Retorno", detail, StringComparison.Ordinal);
        Assert.Contains("NNA_PROCURADURIA_NOT_NOTIFIED", detail, StringComparison.Ordinal);
        Assert.Equal("LM arts. 2 (unidad familiar) y 120 párr. primero", refused.GetProperty("legalBasis").GetString());

        // Leaving the partner out as well, still without a reason: refused.
        var separated = Schedule(Today.AddDays(3), [partner]);
        Assert.Equal("FAMILY_MUST_TRAVEL_TOGETHER",
            (await ProblemAsync(await app.ActAsync(motherId, "schedule", separated), HttpStatusCode.Conflict)).GetProperty("code").GetString());

        var reason = "La niña queda bajo el plan de restitución de la Procuraduría; la pareja tramita su regularización.";
        var scheduled = await OkAsync(await app.ActAsync(motherId, "schedule", Schedule(Today.AddDays(3), [partner], reason)));
        Assert.Equal([motherId], scheduled.GetProperty("travelGroup").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal(new HashSet<Guid> { daughter, partner }, scheduled.GetProperty("separatedPersonIds").EnumerateArray().Select(e => e.GetGuid()).ToHashSet());
        Assert.Equal(reason, scheduled.GetProperty("separationReason").GetString());
        Assert.Equal("requested", (await app.GetAsync(partnerId)).View.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_destination_is_only_a_country_of_nationality_or_of_documented_regular_residence()
    {
        var person = await app.AddPersonAsync("Viajero", "GTM", documents:
        [
            new IdentityDocument { Id = Guid.CreateVersion7(), Type = IdentityDocumentType.Other, Number = "RES-HND-1", IssuingCountry = "HND", ExpiryDate = Today.AddYears(1) },
            new IdentityDocument { Id = Guid.CreateVersion7(), Type = IdentityDocumentType.Other, Number = "RES-SLV-1", IssuingCountry = "SLV", ExpiryDate = Today.AddDays(-1) },
        ]);
        var documents = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<IdentityDocument>()
            .Where(d => d.PersonId == person).ToDictionaryAsync(d => d.IssuingCountry, d => d.Id));

        var refused = await ProblemAsync(await app.StartAsync(AssistedReturn(person, Today.AddDays(2), "HND")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("DESTINATION_NOT_NATIONALITY_OR_RESIDENCE", refused.GetProperty("code").GetString());
        Assert.Contains("Guatemala (GTM)", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("LM arts. 119 fr. VI y 123 párr. primero", refused.GetProperty("legalBasis").GetString());

        var expired = await ProblemAsync(await app.StartAsync(AssistedReturn(person, Today.AddDays(2), "SLV", residenceDocumentId: documents["SLV"])),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("venció", expired.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var wrongCountry = await ProblemAsync(await app.StartAsync(AssistedReturn(person, Today.AddDays(2), "NIC", residenceDocumentId: documents["HND"])),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("DESTINATION_NOT_NATIONALITY_OR_RESIDENCE", wrongCountry.GetProperty("code").GetString());
        Assert.Equal((0, 0, 0), await app.CountsAsync(person));

        var id = await app.StartedAsync(AssistedReturn(person, Today.AddDays(2), "HND", residenceDocumentId: documents["HND"]));
        var (view, _) = await app.GetAsync(id);
        Assert.Equal("residence-document", view.GetProperty("destinationBasis").GetString());
        Assert.Equal("HND", view.GetProperty("destinationCountry").GetString());
    }

    [Fact]
    public async Task A_deportation_is_ordered_by_an_INM_supervisor_on_a_ground_of_article_144_for_a_presented_person_only()
    {
        var person = await app.AddPersonAsync("Deportable");

        Assert.Equal(HttpStatusCode.Forbidden, (await app.StartAsync(Deportation(person, Today.AddDays(2)), "inm.officer")).StatusCode);
        var notHeld = await ProblemAsync(await app.StartAsync(Deportation(person, Today.AddDays(2)), "inm.supervisor"), HttpStatusCode.Conflict);
        Assert.Equal("DEPORTATION_REQUIRES_PRESENTATION", notHeld.GetProperty("code").GetString());

        app.Hold(person);
        var bad = await ProblemAsync(await app.StartAsync(new { personId = person, kind = "deportation", plannedDate = Iso(Today.AddDays(2)),
            destinationCountry = "GTM", orderedOn = Iso(Yesterday), grounds = new[] { "VII" } }, "inm.supervisor"), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("grounds[0]", out _), bad.ToString());
        Assert.True(bad.GetProperty("errors").TryGetProperty("reasons", out _));
        Assert.Equal((0, 0, 0), await app.CountsAsync(person));

        var id = await app.StartedAsync(Deportation(person, Today.AddDays(2), "GTM", "IV", "I"), "inm.supervisor");
        var (view, _) = await app.GetAsync(id);
        Assert.Equal("ordered", view.GetProperty("status").GetString());
        Assert.Equal(["I", "IV"], view.GetProperty("grounds").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["procedure-start-notice", "consular-protection", "family-notice", "procedure-and-remedy-information", "legal-advice"],
            view.GetProperty("missingRights").EnumerateArray().Select(r => r.GetString()));

        // Revoking the order is a supervisor's act too.
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ActAsync(id, "cancel", new { cancelledOn = Iso(Today), reason = "x" }, "inm.officer")).StatusCode);
        var cancelled = await OkAsync(await app.ActAsync(id, "cancel", new { cancelledOn = Iso(Today), reason = "Se revoca: regulariza por vínculo familiar." }, "inm.supervisor"));
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_amparo_suspends_a_scheduled_removal_which_resumes_only_once_it_is_resolved_with_a_new_date()
    {
        var person = await app.AddPersonAsync("Amparado");
        app.Hold(person);
        var id = await app.StartedAsync(Deportation(person, Today.AddDays(4)), "inm.supervisor");
        await app.RecordAllRightsAsync(id);
        await OkAsync(await app.ActAsync(id, "schedule", Schedule(Today.AddDays(4))));

        using var inm = await app.ApiAsAsync("inm.officer");
        var recorded = await inm.PostAsJsonAsync($"{Base}/amparos", new
        {
            removalId = id, court = "Juzgado Segundo de Distrito en Tapachula", caseNumber = "77/2026", filedOn = Iso(Yesterday),
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var amparo = Parse(await recorded.Content.ReadAsStringAsync());
        Assert.Equal("pending", amparo.GetProperty("suspension").GetString());
        var (view, _) = await app.GetAsync(id);
        Assert.Equal("suspended", view.GetProperty("status").GetString());

        var illegal = await ProblemAsync(await app.ActAsync(id, "execute", new { }), HttpStatusCode.Conflict);
        Assert.Equal("suspendida por amparo", illegal.GetProperty("currentState").GetString());
        var stillOpen = await ProblemAsync(await app.ActAsync(id, "resume", new { scheduledDate = Iso(Today.AddDays(6)) }), HttpStatusCode.Conflict);
        Assert.Equal("AMPARO_STILL_OPEN", stillOpen.GetProperty("code").GetString());

        var amparoPath = $"{Base}/amparos/{amparo.GetProperty("id").GetGuid()}";
        var read = await inm.GetAsync(amparoPath);
        using var suspension = new HttpRequestMessage(HttpMethod.Post, amparoPath + "/suspension")
        { Content = JsonContent.Create(new { suspension = "provisional", suspensionOn = Iso(Today) }) };
        suspension.Headers.IfMatch.Add(read.Headers.ETag!);
        var suspended = await OkAsync(await inm.SendAsync(suspension));
        using var stale = new HttpRequestMessage(HttpMethod.Post, amparoPath + "/resolution")
        { Content = JsonContent.Create(new { outcome = "suspension-lifted", resolvedOn = Iso(Today) }) };
        stale.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await inm.SendAsync(stale)).StatusCode);
        using var lifted = new HttpRequestMessage(HttpMethod.Post, amparoPath + "/resolution")
        { Content = JsonContent.Create(new { outcome = "suspension-lifted", resolvedOn = Iso(Today), notes = "Se revocó la suspensión provisional." }) };
        lifted.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{suspended.GetProperty("version").GetInt32()}\""));
        Assert.False((await OkAsync(await inm.SendAsync(lifted))).GetProperty("isOpen").GetBoolean());

        var resumed = await OkAsync(await app.ActAsync(id, "resume", new { scheduledDate = Iso(Today.AddDays(6)) }));
        Assert.Equal("scheduled", resumed.GetProperty("status").GetString());
        Assert.Equal(Iso(Today.AddDays(6)), resumed.GetProperty("scheduledDate").GetString());
    }

    [Fact]
    public async Task A_granted_amparo_cancels_the_removal_it_was_filed_against()
    {
        var person = await app.AddPersonAsync("Protegido");
        var id = await app.StartedAsync(AssistedReturn(person, Today.AddDays(4)));
        using var inm = await app.ApiAsAsync("inm.officer");
        var amparo = Parse(await (await inm.PostAsJsonAsync($"{Base}/amparos", new
        {
            removalId = id, court = "Juzgado Cuarto de Distrito", caseNumber = "12/2026", filedOn = Iso(Yesterday), suspension = "de-plano",
        })).Content.ReadAsStringAsync());
        Assert.Equal("requested", (await app.GetAsync(id)).View.GetProperty("status").GetString());

        using var granted = new HttpRequestMessage(HttpMethod.Post, $"{Base}/amparos/{amparo.GetProperty("id").GetGuid()}/resolution")
        { Content = JsonContent.Create(new { outcome = "granted", resolvedOn = Iso(Today) }) };
        granted.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        await OkAsync(await inm.SendAsync(granted));

        var (view, _) = await app.GetAsync(id);
        Assert.Equal("cancelled", view.GetProperty("status").GetString());
        Assert.Contains("12/2026", view.GetProperty("cancellationReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acts_need_the_ETag_read_and_a_move_the_state_does_not_allow_is_a_409_naming_it()
    {
        var person = await app.AddPersonAsync("Concurrente");
        var id = await app.StartedAsync(AssistedReturn(person, Today.AddDays(2)));
        var body = new { right = "family-notice", givenOn = Iso(Today), declined = true };

        await ProblemAsync(await app.ActAsync(id, "rights", body, ifMatch: ""), HttpStatusCode.PreconditionRequired);
        await ProblemAsync(await app.ActAsync(id, "rights", body, ifMatch: "\"999\""), HttpStatusCode.PreconditionFailed);
        var ok = await OkAsync(await app.ActAsync(id, "rights", body));
        Assert.True(ok.GetProperty("rights").EnumerateArray().Single(r => r.GetProperty("right").GetString() == "family-notice").GetProperty("declined").GetBoolean());

        var illegal = await ProblemAsync(await app.ActAsync(id, "execute", new { }), HttpStatusCode.Conflict);
        Assert.Equal("solicitada", illegal.GetProperty("currentState").GetString());
        var cannotDecline = await ProblemAsync(await app.ActAsync(id, "rights", new { right = "travel-with-belongings", givenOn = Iso(Today), declined = true }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REMOVAL_RIGHT_CANNOT_BE_DECLINED", cannotDecline.GetProperty("code").GetString());
        var invalid = await ProblemAsync(await app.ActAsync(id, "schedule", new { }), HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("scheduledDate", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("exitPoint", out _));

        var second = await ProblemAsync(await app.StartAsync(AssistedReturn(person, Today.AddDays(2))), HttpStatusCode.Conflict);
        Assert.Equal("REMOVAL_ALREADY_OPEN", second.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_INM_works_removals_and_the_oversight_body_reads_them()
    {
        var person = await app.AddPersonAsync("Acceso");
        var id = await app.StartedAsync(AssistedReturn(person, Today.AddDays(2)));

        foreach (var user in new[] { "comar.officer", "dif.officer", "procuraduria.officer", "sre.officer" })
        {
            using var other = await app.ApiAsAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{Base}/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync(Base, AssistedReturn(person, Today.AddDays(2)))).StatusCode);
        }

        using var auditor = await app.ApiAsAsync("cndh.auditor");
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"{Base}/{id}")).StatusCode);
        var list = await auditor.GetFromJsonAsync<JsonElement>($"{Base}?status=requested");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync(Base, AssistedReturn(person, Today.AddDays(2)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ActAsync(id, "cancel", new { cancelledOn = Iso(Today), reason = "x" }, "cndh.auditor")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Base)).StatusCode);
    }

    [Fact]
    public async Task The_demo_data_has_a_requested_return_a_scheduled_return_and_an_amparo_that_blocks()
    {
        using var auditor = await app.ApiAsAsync("cndh.auditor");
        var list = await auditor.GetFromJsonAsync<JsonElement>(Base);
        var rows = list.GetProperty("items").EnumerateArray().Select(r => (Name: r.GetProperty("personName").GetString(), Status: r.GetProperty("status").GetString())).ToList();
        Assert.Contains(("Carlos Manuel Obando Téllez", "requested"), rows);
        Assert.Contains(("Sebastián Núñez Arango", "scheduled"), rows);

        var luis = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Person>()
            .Where(p => p.GivenNames == "Luis Alfonso" && p.FirstSurname == "Pérez").Select(p => p.Id).SingleAsync());
        var problem = await ProblemAsync(await app.StartAsync(AssistedReturn(luis, Today.AddDays(2), "VEN")), HttpStatusCode.Conflict);
        Assert.Contains("AMPARO_AGAINST_REMOVAL", Codes(problem));
    }
}
