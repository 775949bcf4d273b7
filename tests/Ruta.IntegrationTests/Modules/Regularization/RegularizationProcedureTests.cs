using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Persistence;
using static Ruta.IntegrationTests.Modules.Regularization.RegularizationTestKit;

namespace Ruta.IntegrationTests.Modules.Regularization;

/// <summary>The acts of a regularization through the API: exit permit, prevención, resolution, order to leave, edits (SQLite and PostgreSQL).</summary>
public sealed class RegularizationProcedureTests(RegularizationFactory app) : IClassFixture<RegularizationFactory>
{
    [Fact]
    public async Task The_walk_in_spouse_of_a_Mexican_is_granted_temporary_residence_for_one_year_and_the_card_verifies()
    {
        var (principal, spouse) = await app.MexicanAndSpouseAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(spouse, "family-link", D(2026, 11, 20), principal, AllRequirements));
        var id = filed.GetProperty("id").GetGuid();
        Assert.Equal("temporary-resident", filed.GetProperty("eligibleCondition").GetString());
        Assert.Equal(2, filed.GetProperty("maxValidityYears").GetInt32());
        Assert.Equal("spouse-or-partner", filed.GetProperty("relationToPrincipal").GetString());

        var granted = await OkAsync(inm, id, "resolution", new
        {
            outcome = "granted", resolvedOn = "2026-11-24", reasons = "Acreditó el matrimonio con persona mexicana y cubrió la multa (LM arts. 133 fr. I y 145).",
        });
        Assert.Equal("granted", granted.GetProperty("status").GetString());
        Assert.Equal("met", Deadline(granted, "regularization.resolution", "met").GetProperty("status").GetString());
        var card = Document(granted, "temporary-resident-card");
        Assert.Equal(D(2026, 11, 24), Date(card, "validFrom"));
        Assert.Equal(D(2027, 11, 23), Date(card, "validUntil"));
        Assert.StartsWith("TRT-INM-2026-", card.GetProperty("number").GetString(), StringComparison.Ordinal);

        using var anonymous = app.Anonymous();
        var code = card.GetProperty("verificationPath").GetString()!.Split('/').Last();
        var verified = await OkAsync(await anonymous.GetAsync($"/api/v1/verify/{code}"));
        Assert.Equal("valid", verified.GetProperty("status").GetString());

        // Beyond the two years the law gives a spouse: refused with its basis.
        var (_, other) = await app.MexicanAndSpouseAsync();
        var otherPrincipal = (await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Ruta.Web.Kernel.Persons.FamilyLink>()
            .Where(l => l.PersonId == other).Select(l => l.RelativeId).SingleAsync()));
        var second = await FileAsync(inm, await app.WalkInAsync(other, "family-link", D(2026, 11, 20), otherPrincipal, AllRequirements));
        var tooLong = await ProblemAsync(await ActAsync(inm, second.GetProperty("id").GetGuid(), "resolution", new
        {
            outcome = "granted", resolvedOn = "2026-11-24", reasons = "Procede.", validUntil = "2028-11-24",
        }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_VALIDITY_EXCEEDS_LIMIT", tooLong.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_exit_permit_ends_the_stay_in_the_same_transaction_and_issuing_it_late_marks_the_24_hours_missed()
    {
        var person = await app.AddPersonAsync();
        var station = await app.OfficeAsync("INM-EM-TAP");
        app.Stays.Admit(person, station, new DateTime(2026, 11, 19, 16, 0, 0, DateTimeKind.Utc));
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, new
        {
            personId = person, origin = "station", ground = "crime-victim-or-witness", groundDetail = "Identificada por la FGR como víctima de secuestro.",
            filedOn = "2026-11-20", accreditedAt = "2026-11-20T19:00:00-06:00", presented = AllRequirements,
        });
        var id = filed.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(inm, id, "resolution", new { outcome = "refused" })).StatusCode);

        var permitted = await OkAsync(inm, id, "exit-permit");
        Assert.Equal("in-procedure", permitted.GetProperty("status").GetString());
        var permit = Document(permitted, "station-exit-permit");
        Assert.StartsWith("OSE-INM-", permit.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(Date(permitted, "resolutionDueDate"), Date(permit, "validUntil"));
        Assert.Equal("missed", Deadline(permitted, "regularization.exit-permit", "missed").GetProperty("status").GetString());
        Assert.Null(await app.WithScopeAsync(sp => sp.GetRequiredService<IStationCustody>().FindOpenStayAsync(person, CancellationToken.None)));
        var ended = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(a => a.Action == FakeStationCustody.EndedAction && a.After!.Contains(person.ToString())).Select(a => a.After).SingleAsync());
        Assert.Contains("\"reason\":\"Regularization\"", ended, StringComparison.Ordinal);
        Assert.Contains(permit.GetProperty("number").GetString()!, ended, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exit_permit_issued_within_the_24_hours_meets_its_deadline()
    {
        var person = await app.AddPersonAsync();
        app.Stays.Admit(person, await app.OfficeAsync("INM-EM-TAP"), DateTime.UtcNow.AddDays(-2));
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, new
        {
            personId = person, origin = "station", ground = "humanitarian", groundDetail = "Causa humanitaria.", filedOn = Iso(app.Today()),
            accreditedAt = app.Clock.GetUtcNow().AddHours(-3), presented = AllRequirements,
        });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, Deadline(filed, "regularization.exit-permit").GetProperty("alert").ValueKind); // 21 hours left
        var permitted = await OkAsync(inm, filed.GetProperty("id").GetGuid(), "exit-permit");
        Assert.Equal("met", Deadline(permitted, "regularization.exit-permit", "met").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_prevention_gives_10_business_days_across_holidays_and_suspends_the_resolution()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "expired-stay", D(2026, 11, 6), requested: "temporary-resident",
            expired: D(2026, 10, 30), presented: ["written-request", "identity-document"]));
        var id = filed.GetProperty("id").GetGuid();
        // Notified Fri 13 Nov 2026: Mon 16 Nov (LFT) and Fri 20 Nov (LFPA) do not count: the 10th business day is Tue 1 Dec.
        var prevented = await OkAsync(inm, id, "prevention", new { notifiedOn = "2026-11-13" });
        Assert.Equal("prevention-pending", prevented.GetProperty("status").GetString());
        var answer = Deadline(prevented, "regularization.prevention-answer");
        Assert.Equal(D(2026, 12, 1), Date(answer, "dueDate"));
        Assert.Equal(D(2026, 11, 27), Date(answer, "adviseByDate"));
        Assert.Equal("LM art. 130; LFPA art. 17-A", answer.GetProperty("legalBasis").GetString());
        Assert.Equal("suspended", Deadline(prevented, "regularization.resolution", "suspended").GetProperty("status").GetString());
        Assert.Equal(["expired-document", "fine-paid", "condition-requirements"],
            prevented.GetProperty("preventionMissing").EnumerateArray().Select(m => m.GetString()!).ToArray());

        var twice = await ProblemAsync(await ActAsync(inm, id, "prevention", new { notifiedOn = "2026-11-14" }), HttpStatusCode.Conflict);
        Assert.Equal("prevenida (requisitos faltantes)", twice.GetProperty("currentState").GetString());

        // Dismissal must wait for the end of the 10 business days (today is within them).
        var early = await ProblemAsync(await ActAsync(inm, id, "dismissal", new { dismissedOn = Iso(app.Today()), exitPeriodDays = 20 }),
            HttpStatusCode.Conflict);
        Assert.Equal("REG_PREVENTION_TERM_RUNNING", early.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_answer_resumes_the_30_natural_days_from_the_business_day_after_it_with_the_days_left()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 11, 2), detail: "Causa humanitaria.",
            presented: ["written-request"]));
        var id = filed.GetProperty("id").GetGuid();
        await OkAsync(inm, id, "prevention", new { notifiedOn = "2026-11-06" }); // 4 of the 30 days had run
        var read = await inm.GetAsync($"/api/v1/migration/regularizations/{id}");
        var etag = read.Headers.ETag!.Tag;
        await OkAsync(await PostAsync(inm, $"/api/v1/migration/regularizations/{id}/requirements",
            new { presented = AllRequirements }, etag, HttpMethod.Put));
        // Answered Fri 13 Nov; Mon 16 Nov is an LFT rest day, so the period resumes Tue 17 Nov with 26 days: Sat 12 Dec → Mon 14 Dec.
        var answered = await OkAsync(inm, id, "prevention-answer", new { answeredOn = "2026-11-13" });
        Assert.Equal("in-procedure", answered.GetProperty("status").GetString());
        var resumed = Deadline(answered, "regularization.resolution");
        Assert.Equal(26, resumed.GetProperty("amount").GetInt32());
        Assert.Equal(D(2026, 11, 16), Date(resumed, "triggerDate"));
        Assert.Equal(D(2026, 12, 14), Date(resumed, "dueDate"));
        Assert.Equal(D(2026, 12, 14), Date(answered, "resolutionDueDate"));
        // Answered in time (13 Nov, due 24 Nov) but recorded today, after the due date: closed as cancelled, saying so, not missed.
        Assert.Contains("registrado después del vencimiento", await app.WithScopeAsync(sp =>
            sp.GetRequiredService<RutaDbContext>().Set<Ruta.Web.Kernel.Calendar.Deadline>()
                .Where(d => d.CaseId == id && d.Kind == "regularization.prevention-answer").Select(d => d.StatusReason!).SingleAsync()), StringComparison.Ordinal);
        Assert.Equal("cancelled", Deadline(answered, "regularization.resolution", "cancelled").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_prevention_after_the_first_third_of_the_period_is_refused()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 11, 2), detail: "x"));
        var late = await ProblemAsync(await ActAsync(inm, filed.GetProperty("id").GetGuid(), "prevention", new { notifiedOn = "2026-11-13" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_PREVENTION_AFTER_FIRST_THIRD", late.GetProperty("code").GetString());
        Assert.Contains("2026-11-12", late.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_issues_the_order_to_leave_with_its_exit_period_rolled_past_a_holiday()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "residence-intent", D(2026, 10, 20), requested: "temporary-resident",
            presented: AllRequirements));
        var id = filed.GetProperty("id").GetGuid();
        var noPeriod = await ProblemAsync(await ActAsync(inm, id, "resolution", new { outcome = "refused", resolvedOn = "2026-10-27", reasons = "No acreditó solvencia." }),
            HttpStatusCode.BadRequest);
        Assert.True(noPeriod.GetProperty("errors").TryGetProperty("exitPeriodDays", out _));
        var tooShort = await ProblemAsync(await ActAsync(inm, id, "resolution",
            new { outcome = "refused", resolvedOn = "2026-10-27", reasons = "No acreditó solvencia.", exitPeriodDays = 10 }), HttpStatusCode.BadRequest);
        Assert.Contains("20 a 30", tooShort.GetProperty("errors").GetProperty("exitPeriodDays")[0].GetString(), StringComparison.Ordinal);

        // Tue 27 Oct 2026 + 20 natural days = Mon 16 Nov (LFT rest day): the last day to leave is Tue 17 Nov.
        var refused = await OkAsync(inm, id, "resolution",
            new { outcome = "refused", resolvedOn = "2026-10-27", reasons = "No acreditó la solvencia económica que exige la residencia temporal.", exitPeriodDays = 20 });
        Assert.Equal("departure-ordered", refused.GetProperty("status").GetString());
        Assert.Equal(20, refused.GetProperty("exitPeriodDays").GetInt32());
        Assert.Equal(D(2026, 11, 17), Date(refused, "departureDueDate"));
        var order = Document(refused, "departure-order");
        Assert.Equal(D(2026, 10, 27), Date(order, "validFrom"));
        Assert.Equal(D(2026, 11, 17), Date(order, "validUntil"));
        var departure = Deadline(refused, "regularization.departure");
        Assert.Equal(D(2026, 11, 17), Date(departure, "dueDate"));
        Assert.Equal(D(2026, 11, 16), Date(departure, "adviseByDate"));
        Assert.Equal("overdue", departure.GetProperty("alert").GetString());

        var lapsed = await OkAsync(inm, id, "departure-order-lapse");
        Assert.Equal("concluded", lapsed.GetProperty("status").GetString());
        Assert.True(lapsed.GetProperty("departureOrderBreached").GetBoolean());
    }

    [Fact]
    public async Task While_the_exit_period_runs_the_order_alerts_before_it_ends_and_the_lapse_waits()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var today = app.Today();
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "residence-intent", today.AddDays(-30), requested: "temporary-resident",
            presented: AllRequirements));
        var id = filed.GetProperty("id").GetGuid();
        var withdrawn = await OkAsync(inm, id, "withdrawal", new { withdrawnOn = Iso(today.AddDays(-25)), exitPeriodDays = 28 });
        var alert = Deadline(withdrawn, "regularization.departure").GetProperty("alert").GetString();
        var due = Date(withdrawn, "departureDueDate");
        Assert.True(due >= today);
        Assert.Equal(due.DayNumber - today.DayNumber <= 5 ? "due-soon" : null, alert);
        var running = await ProblemAsync(await ActAsync(inm, id, "departure-order-lapse"), HttpStatusCode.Conflict);
        Assert.Equal("REG_DEPARTURE_PERIOD_RUNNING", running.GetProperty("code").GetString());
        var left = await OkAsync(inm, id, "departure", new { departedOn = Iso(today) });
        Assert.Equal("concluded", left.GetProperty("status").GetString());
        Assert.False(left.GetProperty("departureOrderBreached").GetBoolean());
        Assert.Equal("met", Deadline(left, "regularization.departure", "met").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_requirements_are_an_edit_that_needs_If_Match_and_a_stale_one_is_412()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 11, 20), detail: "x"));
        var id = filed.GetProperty("id").GetGuid();
        var path = $"/api/v1/migration/regularizations/{id}/requirements";
        await ProblemAsync(await PostAsync(inm, path, new { presented = AllRequirements }, method: HttpMethod.Put), (HttpStatusCode)428);
        var etag = (await inm.GetAsync($"/api/v1/migration/regularizations/{id}")).Headers.ETag!.Tag;
        var updated = await PostAsync(inm, path, new { presented = new[] { "written-request", "identity-document" } }, etag, HttpMethod.Put);
        var body = await OkAsync(updated);
        Assert.NotEqual(etag, updated.Headers.ETag!.Tag);
        var presented = body.GetProperty("requirements").EnumerateArray().Where(r => r.GetProperty("presented").GetBoolean())
            .Select(r => r.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(["written-request", "identity-document"], presented);
        await ProblemAsync(await PostAsync(inm, path, new { presented = AllRequirements }, etag, HttpMethod.Put), HttpStatusCode.PreconditionFailed);
        await ProblemAsync(await PostAsync(inm, path, new { presented = new[] { "bribe" } }, updated.Headers.ETag!.Tag, HttpMethod.Put),
            HttpStatusCode.BadRequest);

        var missing = await ProblemAsync(await ActAsync(inm, id, "resolution",
            new { outcome = "granted", resolvedOn = "2026-11-24", reasons = "Procede." }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_REQUIREMENTS_MISSING", missing.GetProperty("code").GetString());
        Assert.Contains("Requisitos de la condición de estancia solicitada", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_the_state_does_not_allow_is_a_409_naming_the_state_before_the_input_is_read()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 11, 20), detail: "x"));
        var id = filed.GetProperty("id").GetGuid();
        var illegal = await ProblemAsync(await ActAsync(inm, id, "exit-permit"), HttpStatusCode.Conflict);
        Assert.Equal("en trámite", illegal.GetProperty("currentState").GetString());
        var sloppy = await ProblemAsync(await ActAsync(inm, id, "departure", new { }), HttpStatusCode.Conflict);
        Assert.Equal("en trámite", sloppy.GetProperty("currentState").GetString());
        var allowed = filed.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Equal(["requirements", "prevention", "resolution", "withdrawal"], allowed);
        var stale = await ActAsync(inm, id, "withdrawal", new { withdrawnOn = "2026-11-21", exitPeriodDays = 20 }, "\"99\"");
        await ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(inm, Guid.NewGuid(), "withdrawal", new { withdrawnOn = "2026-11-21", exitPeriodDays = 20 })).StatusCode);
    }
}
