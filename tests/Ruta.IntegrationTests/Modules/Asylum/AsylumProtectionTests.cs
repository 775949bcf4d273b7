using System.Net;
using System.Net.Http.Json;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Modules.Asylum.Domain;
using static Ruta.IntegrationTests.Modules.Asylum.AsylumTestKit;

namespace Ruta.IntegrationTests.Modules.Asylum;

/// <summary>
/// Non-refoulement through the removal guard on dates (LRPCAP art. 6; LM art. 121 ¶2), for the
/// applicant and every dependent, and what INM may see of a claim.
/// </summary>
public sealed class AsylumProtectionTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task Removal_is_allowed_before_filing_and_blocked_for_the_applicant_and_dependents_from_the_filing()
    {
        var applicant = await app.AddAdultAsync();
        var child = await app.AddAdultAsync("Dependiente");
        Assert.True((await app.RemovalCheckAsync(applicant, D(2026, 12, 1))).GetProperty("allowed").GetBoolean());

        using var comar = await app.ApiAsAsync("comar.officer");
        await FileAsync(comar, Filing(applicant, D(2026, 11, 2), D(2026, 11, 3), await app.OfficeAsync("COMAR-TAP"), "applicant", child));

        foreach (var person in new[] { applicant, child })
        {
            var check = await app.RemovalCheckAsync(person, D(2026, 12, 1));
            Assert.False(check.GetProperty("allowed").GetBoolean());
            var block = Assert.Single(check.GetProperty("blocks").EnumerateArray());
            Assert.Equal(AsylumProtection.ClaimPending, block.GetProperty("code").GetString());
            Assert.Contains("LRPCAP art. 6", block.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
            Assert.Equal("2026-11-03", block.GetProperty("since").GetString());
        }
    }

    [Fact]
    public async Task Removal_is_refused_at_the_moment_INM_records_it_while_the_claim_is_pending()
    {
        var (_, applicant, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3));
        using var inm = await app.ApiAsAsync("inm.supervisor");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(-6)).DateTime);
        var response = await inm.PostAsJsonAsync("/api/v1/removals",
            new { personId = applicant, kind = "deportation", scheduledDate = Iso(today.AddDays(7)), destinationCountry = "HND" });
        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains(AsylumProtection.ClaimPending, problem.GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task During_the_appeal_window_removal_is_blocked_to_its_last_day_and_allowed_the_day_after_when_no_appeal_was_filed()
    {
        var (_, applicant, dependents, _) = await app.NotifiedRejectionAsync(D(2026, 10, 2), D(2026, 11, 12), D(2026, 11, 13), dependents: 1);
        foreach (var person in new[] { applicant, dependents[0] })
        {
            var lastDay = await app.RemovalCheckAsync(person, D(2026, 12, 8));
            var block = Assert.Single(lastDay.GetProperty("blocks").EnumerateArray());
            Assert.Equal(AsylumProtection.AppealWindowOpen, block.GetProperty("code").GetString());
            Assert.Contains("LFPA art. 85", block.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
            Assert.Equal("2026-12-09", block.GetProperty("until").GetString());
            Assert.True((await app.RemovalCheckAsync(person, D(2026, 12, 9))).GetProperty("allowed").GetBoolean());
        }
    }

    [Fact]
    public async Task After_recognition_protection_is_permanent_and_only_an_article_52_determination_lifts_it_for_that_person_alone()
    {
        var (claim, applicant, dependents, _) = await app.NewClaimAsync(D(2026, 10, 1), D(2026, 10, 2), dependents: 1);
        using var comar = await app.ApiAsAsync("comar.officer");
        await OkAsync(comar, claim, "resolution",
            new { outcome = "refugee", resolvedOn = "2026-11-10", reasons = "Persecución por opiniones políticas acreditada." });
        var recognized = await OkAsync(comar, claim, "notification", new { notifiedOn = "2026-11-11" });
        Assert.Equal("recognized", recognized.GetProperty("status").GetString());
        Assert.Equal("2026-11-11", recognized.GetProperty("recognizedOn").GetString());
        var resolutionNotice = recognized.GetProperty("notices").EnumerateArray().Single(n => n.GetProperty("type").GetString() == "asylum.resolution");
        Assert.Equal("INM", resolutionNotice.GetProperty("recipientAgency").GetString());

        foreach (var person in new[] { applicant, dependents[0] })
        {
            Assert.Equal([AsylumProtection.RecognizedRefugee], BlockCodes(await app.RemovalCheckAsync(person, D(2045, 1, 1))));
        }

        var determination = new { ground = "grave-crime", determinedOn = "2026-11-20", reasons = "Sentencia firme por homicidio (causa 123/2026)." };
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(comar, claim, "article-52-determination", determination)).StatusCode);
        using var supervisor = await app.ApiAsAsync("comar.supervisor");
        var noReasons = await ProblemAsync(await ActAsync(supervisor, claim, "article-52-determination",
            new { ground = "grave-crime", determinedOn = "2026-11-20" }), HttpStatusCode.BadRequest);
        Assert.True(noReasons.GetProperty("errors").TryGetProperty("reasons", out _));
        var determined = await OkAsync(supervisor, claim, "article-52-determination", determination);
        Assert.Equal("recognized", determined.GetProperty("status").GetString());
        Assert.Equal(applicant, determined.GetProperty("article52Determinations")[0].GetProperty("personId").GetGuid());

        Assert.True((await app.RemovalCheckAsync(applicant, D(2026, 12, 1))).GetProperty("allowed").GetBoolean());
        Assert.False((await app.RemovalCheckAsync(applicant, D(2026, 11, 19))).GetProperty("allowed").GetBoolean());
        Assert.Equal([AsylumProtection.RecognizedRefugee], BlockCodes(await app.RemovalCheckAsync(dependents[0], D(2026, 12, 1))));
        var again = await ProblemAsync(await ActAsync(supervisor, claim, "article-52-determination", determination), HttpStatusCode.Conflict);
        Assert.Equal(AsylumRules.Article52AlreadyDetermined, again.GetProperty("code").GetString());
    }

    [Fact]
    public async Task INM_gets_403_on_the_file_and_its_acts_but_200_on_the_minimal_status()
    {
        var (claim, applicant, dependents, _) = await app.NotifiedRejectionAsync(D(2026, 10, 2), D(2026, 11, 12), D(2026, 11, 13), dependents: 1);
        using var inm = await app.ApiAsAsync("inm.officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await inm.GetAsync($"/api/v1/asylum-claims/{claim}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inm.GetAsync("/api/v1/asylum-claims")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(inm, claim, "interview", new { heldOn = "2026-11-10" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(inm, claim, "appeal", new { filedOn = "2026-11-20" })).StatusCode);

        var response = await inm.GetAsync($"/api/v1/asylum-claims/{claim}/status");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var secret in new[] { "timeline", "reasons", "Reasons", "interview", "opinion", "evidence", "No se acreditó temor" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        var status = Parse(text);
        Assert.True(status.GetProperty("exists").GetBoolean());
        Assert.Equal("appeal-window-open", status.GetProperty("claimStatus").GetString());
        var persons = status.GetProperty("persons").EnumerateArray().ToDictionary(p => p.GetProperty("personId").GetGuid());
        Assert.Equal("applicant", persons[applicant].GetProperty("role").GetString());
        Assert.Equal("dependent", persons[dependents[0]].GetProperty("role").GetString());

        var byPerson = await OkAsync(await inm.GetAsync($"/api/v1/asylum-claims/status?personId={dependents[0]}"));
        Assert.Equal(claim, byPerson.GetProperty("claimId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await inm.GetAsync($"/api/v1/asylum-claims/{Guid.NewGuid()}/status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await inm.GetAsync($"/api/v1/asylum-claims/status?personId={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_status_tells_INM_who_is_protected_today_and_until_when()
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(-6)).DateTime);
        var (claim, applicant, _, _) = await app.NewClaimAsync(today.AddDays(-3), today.AddDays(-2));
        using var inm = await app.ApiAsAsync("inm.officer");
        var pending = await OkAsync(await inm.GetAsync($"/api/v1/asylum-claims/{claim}/status"));
        var person = pending.GetProperty("persons")[0];
        Assert.Equal(applicant, person.GetProperty("personId").GetGuid());
        Assert.True(person.GetProperty("protected").GetBoolean());
        Assert.Equal(AsylumProtection.ClaimPending, person.GetProperty("protectionCode").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, person.GetProperty("protectedUntil").ValueKind);
        Assert.Contains(pending.GetProperty("documentsDue").EnumerateArray(), d => d.GetProperty("document").GetString() == "tvrh");

        using var comar = await app.ApiAsAsync("comar.officer");
        await OkAsync(comar, claim, "resolution", new { outcome = "rejected", resolvedOn = Iso(today), reasons = "Sin temor fundado.",
            complementaryProtectionAssessed = true });
        var notified = await OkAsync(comar, claim, "notification", new { notifiedOn = Iso(today) });
        var window = await OkAsync(await inm.GetAsync($"/api/v1/asylum-claims/{claim}/status"));
        var protectedUntil = window.GetProperty("persons")[0].GetProperty("protectedUntil").GetString();
        Assert.Equal(notified.GetProperty("appealDueDate").GetString(), protectedUntil);
        Assert.Equal(AsylumProtection.AppealWindowOpen, window.GetProperty("persons")[0].GetProperty("protectionCode").GetString());
    }
}
