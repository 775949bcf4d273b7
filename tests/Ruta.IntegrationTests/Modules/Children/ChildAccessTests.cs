using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;
using static Ruta.IntegrationTests.Modules.Children.ChildrenTestKit;

namespace Ruta.IntegrationTests.Modules.Children;

/// <summary>
/// The file is the Procuraduría's and DIF's; INM sees only its view (never the diagnosis or the
/// child's statements); oversight reads; everyone else is refused; every read names a purpose and
/// is logged.
/// </summary>
public sealed class ChildAccessTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private static readonly string[] Secrets =
        ["DIAGNOSTICO-CONFIDENCIAL", "OPINION-CONFIDENCIAL", "RAZONES-CONFIDENCIALES", "SUSTENTO-CONFIDENCIAL", "TEMOR-CONFIDENCIAL", "RIESGO-CONFIDENCIAL"];

    private async Task<Guid> CaseWithEverythingAsync()
    {
        var child = await app.AddPersonAsync("Confidencial", 15);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        using var dif = await app.ApiAsAsync("dif.officer");
        var id = CaseId(await IdentifyAsync(inm, Identification([child], dif: await app.OfficeAsync("DIF-07"))));
        await OkAsync(dif, id, "screening", new { result = "no-indication", notes = "TEMOR-CONFIDENCIAL: ninguno expresado." });
        await ToBestInterestAsync(procuraduria, id);
        await OkAsync(procuraduria, id, "risk-assessment", new { countryCode = "SLV", result = "no-risk", assessedBy = "Lic. B", reasons = "RIESGO-CONFIDENCIAL: ninguno." });
        await OkAsync(procuraduria, id, "plan", Plan(app.Today().AddDays(15), ["regularization", "assisted-return"]));
        return id;
    }

    [Fact]
    public async Task INM_cannot_read_the_file_and_its_view_never_carries_the_diagnosis_or_the_childs_statements()
    {
        var id = await CaseWithEverythingAsync();
        using var inm = await app.ApiAsAsync("inm.officer");

        Assert.Equal(HttpStatusCode.Forbidden, (await inm.GetAsync($"/api/v1/children/cases/{id}?purpose=migration-decision")).StatusCode);
        var response = await inm.GetAsync($"/api/v1/children/cases/{id}/inm-view?purpose=migration-decision");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        var view = Parse(text);
        Assert.Equal(["regularization", "assisted-return"], view.GetProperty("plan").GetProperty("allowedOutcomes").EnumerateArray().Select(o => o.GetString()));
        Assert.Contains("inm-decision", (await InmViewAsync(await app.ApiAsAsync("inm.supervisor"), id)).GetProperty("allowedActions").EnumerateArray()
            .Select(a => a.GetString()));
    }

    [Fact]
    public async Task The_procuraduria_DIF_and_oversight_read_the_whole_file()
    {
        var id = await CaseWithEverythingAsync();

        foreach (var user in new[] { "procuraduria.officer", "dif.supervisor", "cndh.auditor" })
        {
            using var client = await app.ApiAsAsync(user);
            var text = (await FileAsync(client, id, user == "cndh.auditor" ? "oversight" : "case-follow-up")).GetRawText();
            Assert.Contains("DIAGNOSTICO-CONFIDENCIAL", text, StringComparison.Ordinal);
            Assert.Contains("OPINION-CONFIDENCIAL", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("comar.officer")]
    [InlineData("beta.officer")]
    [InlineData("sre.supervisor")]
    [InlineData("inm.supervisor")]
    [InlineData("procuraduria.auditor")]
    [InlineData("admin.administrator")]
    public async Task Everyone_else_is_refused_the_file(string user)
    {
        var id = await CaseWithEverythingAsync();
        using var client = await app.ApiAsAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/children/cases/{id}?purpose=other&purposeDetail=curiosidad")).StatusCode);
    }

    [Fact]
    public async Task Oversight_reads_but_acts_on_nothing()
    {
        var id = await CaseWithEverythingAsync();
        using var cndh = await app.ApiAsAsync("cndh.auditor");

        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(cndh, id, "follow-up", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cndh.GetAsync($"/api/v1/children/cases/{id}/inm-view?purpose=oversight")).StatusCode);
    }

    [Fact]
    public async Task A_read_without_a_purpose_is_refused_and_every_read_is_logged_with_its_purpose()
    {
        var id = await CaseWithEverythingAsync();
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        using var inm = await app.ApiAsAsync("inm.officer");

        var missing = await ProblemAsync(await procuraduria.GetAsync($"/api/v1/children/cases/{id}"), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("purpose", out _));
        await ProblemAsync(await procuraduria.GetAsync($"/api/v1/children/cases/{id}?purpose=other"), HttpStatusCode.BadRequest);

        await FileAsync(procuraduria, id, "diagnosis");
        await OkAsync(await procuraduria.GetAsync($"/api/v1/children/cases/{id}?purpose=other&purposeDetail=audiencia%20judicial"));
        await InmViewAsync(inm, id);

        var reads = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.RecordId == id.ToString() && e.Action == AuditActions.Read).OrderBy(e => e.OccurredAt)
            .Select(e => new { e.UserName, e.AgencyCode, e.Purpose, e.EntityType }).ToListAsync());
        Assert.Equal(3, reads.Count);
        Assert.Equal(("procuraduria.officer", "diagnosis"), (reads[0].UserName, reads[0].Purpose));
        Assert.Equal("other: audiencia judicial", reads[1].Purpose);
        Assert.Equal(("INM", "migration-decision"), (reads[2].AgencyCode, reads[2].Purpose));
        Assert.All(reads, r => Assert.Equal("ChildCase", r.EntityType));
    }

    [Fact]
    public async Task INM_sees_its_notices_but_not_the_other_agencies_oficios_about_the_child()
    {
        var id = await CaseWithEverythingAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        using var beta = await app.ApiAsAsync("beta.officer");

        var inbox = await OkAsync(await inm.GetAsync("/api/v1/notices?box=inbox"));
        var betaInbox = await OkAsync(await beta.GetAsync("/api/v1/notices?box=inbox"));

        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("type").GetString() == "child.restitution-plan");
        Assert.DoesNotContain(betaInbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("type").GetString()!.StartsWith("child.", StringComparison.Ordinal));
        Assert.NotEqual(Guid.Empty, id);
    }
}
