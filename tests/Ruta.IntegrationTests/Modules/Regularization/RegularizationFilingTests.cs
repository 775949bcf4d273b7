using System.Net;
using Ruta.Web.Kernel.Persons;
using static Ruta.IntegrationTests.Modules.Regularization.RegularizationTestKit;

namespace Ruta.IntegrationTests.Modules.Regularization;

/// <summary>Filing a regularization: who may, from where, on which grounds, and the rules that refuse it (SQLite and PostgreSQL).</summary>
public sealed class RegularizationFilingTests(RegularizationFactory app) : IClassFixture<RegularizationFactory>
{
    [Fact]
    public async Task A_walk_in_is_filed_in_procedure_with_30_natural_days_to_resolve_rolled_past_a_Monday_holiday()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        // Sat 17 Oct 2026 + 30 natural days = Mon 16 Nov 2026, an LFT rest day (third Monday of November): due Tue 17 Nov.
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 10, 17), detail: "Causa humanitaria acreditada."));
        Assert.Equal("in-procedure", filed.GetProperty("status").GetString());
        Assert.Equal("walk-in", filed.GetProperty("origin").GetString());
        var resolution = Deadline(filed, "regularization.resolution");
        Assert.Equal(D(2026, 11, 17), Date(resolution, "dueDate"));
        Assert.Equal(D(2026, 11, 16), Date(resolution, "adviseByDate")); // the LFPA does not list that Monday
        Assert.Equal("LM art. 136 párr. tercero", resolution.GetProperty("legalBasis").GetString());
        Assert.Equal(D(2026, 11, 17), Date(filed, "resolutionDueDate"));
        Assert.DoesNotContain(filed.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("kind").GetString() == "regularization.exit-permit");
    }

    [Fact]
    public async Task From_a_station_the_exit_permit_is_due_24_hours_after_the_accreditation_even_over_a_weekend()
    {
        var person = await app.AddPersonAsync();
        var station = await app.OfficeAsync("INM-EM-TAP");
        app.Stays.Admit(person, station, new DateTime(2026, 11, 19, 16, 0, 0, DateTimeKind.Utc));
        using var inm = await app.ApiAsAsync("inm.officer");
        // Friday 20 Nov 2026, 19:00 in Mexico City (01:00 UTC on the 21st); hours are elapsed time: Saturday 19:00, not Monday.
        var filed = await FileAsync(inm, new
        {
            personId = person, origin = "station", ground = "vulnerability", groundDetail = "Persona adulta mayor con enfermedad grave.",
            filedOn = "2026-11-20", accreditedAt = "2026-11-20T19:00:00-06:00", presented = AllRequirements,
        });
        Assert.Equal("exit-permit-due", filed.GetProperty("status").GetString());
        Assert.Equal(station, filed.GetProperty("officeId").GetGuid()); // the station's office, when none is given
        var permit = Deadline(filed, "regularization.exit-permit");
        Assert.Equal(new DateTime(2026, 11, 22, 1, 0, 0, DateTimeKind.Utc), permit.GetProperty("dueAt").GetDateTime().ToUniversalTime());
        Assert.Equal(D(2026, 11, 21), Date(permit, "dueDate"));
        Assert.Equal("hours", permit.GetProperty("unit").GetString());
        Assert.Equal("overdue", permit.GetProperty("alert").GetString()); // today is after that Saturday
    }

    [Fact]
    public async Task A_station_filing_needs_an_open_stay_and_a_walk_in_must_not_have_one()
    {
        var free = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var noStay = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            new { personId = free, origin = "station", ground = "humanitarian", groundDetail = "x", officeId = await app.OfficeAsync("INM-EM-TAP"),
                filedOn = "2026-11-20" }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_NOT_IN_STATION", noStay.GetProperty("code").GetString());

        var held = await app.AddPersonAsync();
        app.Stays.Admit(held, await app.OfficeAsync("INM-EM-TAP"), DateTime.UtcNow.AddDays(-1));
        var inStation = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            await app.WalkInAsync(held, "humanitarian", D(2026, 11, 20), detail: "x")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_PERSON_IN_STATION", inStation.GetProperty("code").GetString());
        Assert.Equal("LM art. 136 párr. segundo", inStation.GetProperty("legalBasis").GetString());
    }

    [Theory]
    [InlineData("2026-09-12", "2026-11-11", true)]  // day 60 is Wed 11 Nov: in time
    [InlineData("2026-09-12", "2026-11-12", false)] // day 61: refused, naming the last day
    [InlineData("2026-09-17", "2026-11-17", true)]  // day 60 is Mon 16 Nov, an LFT rest day: rolled to Tue 17 Nov (LFPA art. 29)
    [InlineData("2026-09-17", "2026-11-18", false)]
    [InlineData("2026-09-22", "2026-11-23", true)]  // day 60 is Sat 21 Nov: rolled to Mon 23 Nov
    [InlineData("2026-09-22", "2026-11-24", false)]
    public async Task An_overstay_may_regularize_only_within_60_natural_days_after_the_authorized_stay_expired(string expired, string filed, bool accepted)
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filing = await app.WalkInAsync(person, "expired-stay", DateOnly.Parse(filed, System.Globalization.CultureInfo.InvariantCulture),
            requested: "temporary-resident", expired: DateOnly.Parse(expired, System.Globalization.CultureInfo.InvariantCulture));
        var response = await PostAsync(inm, "/api/v1/migration/regularizations", filing);
        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }

        var refused = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_EXPIRED_STAY_WINDOW_CLOSED", refused.GetProperty("code").GetString());
        Assert.Equal("LM art. 134 fr. I", refused.GetProperty("legalBasis").GetString());
        Assert.Contains($"venció el {expired}", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overstay_filed_before_the_stay_ends_is_refused_it_is_not_an_overstay_yet()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var refused = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            await app.WalkInAsync(person, "expired-stay", D(2026, 11, 20), requested: "temporary-resident", expired: D(2026, 11, 20))),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_STAY_NOT_EXPIRED", refused.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Legal_refusals_Mexican_second_open_procedure_adult_in_abduction_proceedings()
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        var mexican = await app.AddPersonAsync("MEX");
        var notForeign = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            await app.WalkInAsync(mexican, "humanitarian", D(2026, 11, 20), detail: "x")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_PERSON_IS_MEXICAN", notForeign.GetProperty("code").GetString());

        var person = await app.AddPersonAsync();
        await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 11, 20), detail: "x"));
        var second = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            await app.WalkInAsync(person, "vulnerability", D(2026, 11, 21), detail: "y")), HttpStatusCode.Conflict);
        Assert.Equal("REG_PROCEDURE_ALREADY_OPEN", second.GetProperty("code").GetString());

        var adult = await app.AddPersonAsync();
        var abduction = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            await app.WalkInAsync(adult, "international-child-abduction", D(2026, 11, 20), detail: "Juicio de restitución.")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_ABDUCTION_NOT_A_CHILD", abduction.GetProperty("code").GetString());
        var child = await app.AddPersonAsync(born: D(2015, 3, 1));
        await FileAsync(inm, await app.WalkInAsync(child, "international-child-abduction", D(2026, 11, 20), detail: "Juicio de restitución."));
    }

    [Fact]
    public async Task A_family_link_is_refused_with_every_unmet_requirement_and_its_basis()
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        var principal = await app.AddPersonAsync("MEX");
        var sibling = await app.AddPersonAsync("GTM");
        await app.LinkAsync(principal, sibling, FamilyRelation.Sibling);
        var refused = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            await app.WalkInAsync(sibling, "family-link", D(2026, 11, 20), principal)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_FAMILY_LINK_NOT_ELIGIBLE", refused.GetProperty("code").GetString());
        Assert.Contains("Hermana o hermano", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("LM art. 133", refused.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);

        var stranger = await app.AddPersonAsync("GTM");
        var noLink = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            await app.WalkInAsync(stranger, "family-link", D(2026, 11, 20), principal)), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("LM art. 135 fr. III", noLink.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_a_400_with_Spanish_field_errors()
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        var bad = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            new { origin = "airport", ground = "luck", filedOn = "2099-01-01", presented = new[] { "bribe" } }), HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        foreach (var field in new[] { "personId", "origin", "ground", "filedOn", "presented" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var person = await app.AddPersonAsync();
        var noDetail = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            await app.WalkInAsync(person, "crime-victim-or-witness", D(2026, 11, 20))), HttpStatusCode.BadRequest);
        Assert.True(noDetail.GetProperty("errors").TryGetProperty("groundDetail", out _));
        var noCondition = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/regularizations",
            await app.WalkInAsync(person, "residence-intent", D(2026, 11, 20))), HttpStatusCode.BadRequest);
        Assert.True(noCondition.GetProperty("errors").TryGetProperty("requestedCondition", out _));
    }

    [Fact]
    public async Task Only_INM_works_regularizations_oversight_reads_and_others_are_denied()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.supervisor");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 11, 20), detail: "x"));
        var id = filed.GetProperty("id").GetGuid();

        using var comar = await app.ApiAsAsync("comar.officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await comar.GetAsync($"/api/v1/migration/regularizations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await comar.GetAsync("/api/v1/migration/regularizations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await PostAsync(comar, "/api/v1/migration/regularizations", await app.WalkInAsync(person, "humanitarian", D(2026, 11, 20)))).StatusCode);

        using var cndh = await app.ApiAsAsync("cndh.auditor");
        var read = await OkAsync(await cndh.GetAsync($"/api/v1/migration/regularizations/{id}"));
        Assert.Empty(read.GetProperty("allowedActions").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(cndh, id, "withdrawal", new { withdrawnOn = "2026-11-21", exitPeriodDays = 20 })).StatusCode);

        using var dif = await app.ApiAsAsync("dif.officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await dif.GetAsync($"/api/v1/migration/family-unity/procedures")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/migration/regularizations")).StatusCode);
    }
}
