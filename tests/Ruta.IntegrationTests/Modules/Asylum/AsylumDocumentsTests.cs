using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.IntegrationTests.Kernel.Access;
using static Ruta.IntegrationTests.Modules.Asylum.AsylumTestKit;

namespace Ruta.IntegrationTests.Modules.Asylum;

/// <summary>The documents of the procedure: COMAR's constancia with the filing, INM's TVRH and TRP.</summary>
public sealed class AsylumDocumentsTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private static Task<HttpResponseMessage> IssueAsync(HttpClient client, Guid claim, Guid person, string type, DateOnly? validUntil = null) =>
        client.PostAsJsonAsync($"/api/v1/asylum-claims/{claim}/documents",
            new { personId = person, type, validUntil = validUntil is { } until ? Iso(until) : null });

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return Parse(body);
    }

    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(-6));

    [Fact]
    public async Task COMAR_issues_the_constancia_to_the_applicant_and_each_dependent_with_the_filing_and_it_verifies_as_valid()
    {
        var (claim, applicant, dependents, filed) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3), dependents: 2);
        var issued = filed.GetProperty("documentsIssued").EnumerateArray().ToList();
        Assert.Equal(3, issued.Count);
        Assert.All(issued, d => Assert.Equal("asylum-application-certificate", d.GetProperty("type").GetString()));
        Assert.All(issued, d => Assert.StartsWith("CONST-COMAR-", d.GetProperty("number").GetString(), StringComparison.Ordinal));
        Assert.Equal(new[] { applicant }.Concat(dependents).Order(), issued.Select(d => d.GetProperty("holderPersonId").GetGuid()).Order());

        using var comar = await app.ApiAsAsync("comar.officer");
        using var anonymous = app.CreateClient();
        foreach (var person in new[] { applicant }.Concat(dependents))
        {
            var list = await OkAsync(await comar.GetAsync($"/api/v1/persons/{person}/documents"));
            var constancia = list.EnumerateArray().Single();
            Assert.Equal("asylum-application-certificate", constancia.GetProperty("type").GetString());
            Assert.Equal("2026-11-03", constancia.GetProperty("validFrom").GetString());
            Assert.Equal(JsonValueKind.Null, constancia.GetProperty("validUntil").ValueKind);
            Assert.Equal(claim, constancia.GetProperty("caseId").GetGuid());
            Assert.Equal("COMAR", constancia.GetProperty("issuingAgency").GetString());
            var verified = Parse(await anonymous.GetStringAsync($"/api/v1/verify/{constancia.GetProperty("verificationCode").GetString()}"));
            Assert.True(verified.GetProperty("genuine").GetBoolean());
            Assert.Equal("valid", verified.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_claim_filed_by_a_representative_gets_its_constancia_with_the_ratification_and_an_INM_filing_leaves_it_due_to_COMAR()
    {
        var (claim, applicant, _, filed) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3), filedBy: "representative");
        Assert.Empty(filed.GetProperty("documentsIssued").EnumerateArray());
        using var comar = await app.ApiAsAsync("comar.officer");
        Assert.Empty((await OkAsync(await comar.GetAsync($"/api/v1/persons/{applicant}/documents"))).EnumerateArray());
        await OkAsync(comar, claim, "ratification", new { ratifiedOn = "2026-11-04" });
        var constancia = (await OkAsync(await comar.GetAsync($"/api/v1/persons/{applicant}/documents"))).EnumerateArray().Single();
        Assert.Equal("asylum-application-certificate", constancia.GetProperty("type").GetString());

        using var inm = await app.ApiAsAsync("inm.officer");
        var person = await app.AddAdultAsync();
        var byInm = await FileAsync(inm, Filing(person, D(2026, 11, 2), D(2026, 11, 3), await app.OfficeAsync("INM-OR-20")));
        Assert.Empty(byInm.GetProperty("documentsIssued").EnumerateArray());
        var due = byInm.GetProperty("documentsDue").EnumerateArray()
            .Single(d => d.GetProperty("document").GetString() == "constancia-de-tramite");
        Assert.Equal("COMAR", due.GetProperty("issuingAgency").GetString());
    }

    [Fact]
    public async Task INM_issues_the_TVRH_while_the_claim_is_pending_and_a_second_one_renews_it()
    {
        var (claim, applicant, dependents, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3), dependents: 1);
        using var inm = await app.ApiAsAsync("inm.officer");
        var first = await CreatedAsync(await IssueAsync(inm, claim, dependents[0], "humanitarian-visitor-card", Today.AddYears(1)));
        Assert.Equal("humanitarian-visitor-card", first.GetProperty("type").GetString());
        Assert.StartsWith("TVRH-INM-", first.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(dependents[0], first.GetProperty("holderPersonId").GetGuid());

        var renewal = await CreatedAsync(await IssueAsync(inm, claim, dependents[0], "humanitarian-visitor-card", Today.AddYears(1).AddDays(30)));
        Assert.Equal(first.GetProperty("id").GetGuid(), renewal.GetProperty("replacesId").GetGuid());
        var documents = (await OkAsync(await inm.GetAsync($"/api/v1/persons/{dependents[0]}/documents"))).EnumerateArray()
            .Where(d => d.GetProperty("type").GetString() == "humanitarian-visitor-card").ToList();
        Assert.Equal("replaced", documents.Single(d => d.GetProperty("id").GetGuid() == first.GetProperty("id").GetGuid()).GetProperty("status").GetString());
        Assert.Equal("valid", documents.Single(d => d.GetProperty("id").GetGuid() == renewal.GetProperty("id").GetGuid()).GetProperty("status").GetString());

        // A TVRH states its last day; the applicant's TRP is refused while the claim is pending; INM still cannot open the file.
        var noEnd = await ProblemAsync(await IssueAsync(inm, claim, applicant, "humanitarian-visitor-card"), HttpStatusCode.BadRequest);
        Assert.True(noEnd.GetProperty("errors").TryGetProperty("validUntil", out _));
        var trp = await ProblemAsync(await IssueAsync(inm, claim, applicant, "permanent-resident-card"), HttpStatusCode.Conflict);
        Assert.Equal("ASYLUM_TRP_NOT_RECOGNIZED", trp.GetProperty("code").GetString());
        Assert.Contains("LRPCAP art. 48", trp.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await inm.GetAsync($"/api/v1/asylum-claims/{claim}")).StatusCode);
    }

    [Fact]
    public async Task Only_persons_of_the_claim_get_its_documents_only_INM_issues_them_and_the_type_must_be_known()
    {
        var (claim, applicant, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3));
        using var inm = await app.ApiAsAsync("inm.officer");
        var stranger = await app.AddAdultAsync("Ajena");
        var notCovered = await ProblemAsync(await IssueAsync(inm, claim, stranger, "humanitarian-visitor-card", Today.AddYears(1)),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ASYLUM_DOCUMENT_PERSON_NOT_COVERED", notCovered.GetProperty("code").GetString());
        Assert.Equal("LRPCAP art. 12", notCovered.GetProperty("legalBasis").GetString());

        var badType = await ProblemAsync(await IssueAsync(inm, claim, applicant, "passport"), HttpStatusCode.BadRequest);
        Assert.True(badType.GetProperty("errors").TryGetProperty("type", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await IssueAsync(inm, Guid.CreateVersion7(), applicant, "permanent-resident-card")).StatusCode);

        using var comar = await app.ApiAsAsync("comar.officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await IssueAsync(comar, claim, applicant, "humanitarian-visitor-card", Today.AddYears(1))).StatusCode);
    }

    [Fact]
    public async Task After_recognition_INM_issues_the_TRP_which_replaces_the_TVRH_and_no_longer_a_TVRH()
    {
        var (claim, applicant, _, _) = await app.NewClaimAsync(D(2026, 10, 1), D(2026, 10, 2));
        using var inm = await app.ApiAsAsync("inm.officer");
        var tvrh = await CreatedAsync(await IssueAsync(inm, claim, applicant, "humanitarian-visitor-card", Today.AddYears(1)));

        using var comar = await app.ApiAsAsync("comar.officer");
        await OkAsync(comar, claim, "resolution",
            new { outcome = "refugee", resolvedOn = "2026-11-10", reasons = "Persecución por opiniones políticas acreditada." });
        await OkAsync(comar, claim, "notification", new { notifiedOn = "2026-11-11" });

        var late = await ProblemAsync(await IssueAsync(inm, claim, applicant, "humanitarian-visitor-card", Today.AddYears(1)), HttpStatusCode.Conflict);
        Assert.Equal("ASYLUM_TVRH_CLAIM_NOT_PROTECTING", late.GetProperty("code").GetString());
        Assert.Contains("LM art. 52 fr. V", late.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);

        var trp = await CreatedAsync(await IssueAsync(inm, claim, applicant, "permanent-resident-card"));
        Assert.StartsWith("TRP-INM-", trp.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, trp.GetProperty("validUntil").ValueKind);
        Assert.Equal(tvrh.GetProperty("id").GetGuid(), trp.GetProperty("replacesId").GetGuid());
        var again = await ProblemAsync(await IssueAsync(inm, claim, applicant, "permanent-resident-card"), HttpStatusCode.Conflict);
        Assert.Equal("ASYLUM_TRP_ALREADY_ISSUED", again.GetProperty("code").GetString());

        using var anonymous = app.CreateClient();
        var verified = Parse(await anonymous.GetStringAsync($"/api/v1/verify/{trp.GetProperty("verificationCode").GetString()}"));
        Assert.True(verified.GetProperty("genuine").GetBoolean());
        Assert.Equal("valid", verified.GetProperty("status").GetString());
    }

    [Fact]
    public async Task In_the_appeal_window_the_TVRH_is_still_issued()
    {
        var (claim, applicant, _, _) = await app.NotifiedRejectionAsync(D(2026, 11, 3), D(2026, 11, 20), Today);
        using var inm = await app.ApiAsAsync("inm.officer");
        await CreatedAsync(await IssueAsync(inm, claim, applicant, "humanitarian-visitor-card", Today.AddMonths(6)));
    }

    [Fact]
    public async Task INM_issues_the_TVRH_from_its_page_of_the_claim_and_sees_a_refusal_in_Spanish()
    {
        var (claim, applicant, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3));
        using var session = await PageSession.SignInAsync(app, "inm.officer");
        var page = await session.GetPageAsync($"/Asylum/{claim}/Documents");
        Assert.Contains("Documentos migratorios de la solicitud de refugio", page, StringComparison.Ordinal);

        var refused = await session.PostFormAsync($"/Asylum/{claim}/Documents",
            [new("Input.PersonId", applicant.ToString()), new("Input.Type", "permanent-resident-card")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("LRPCAP art. 48", session.LastHtml, StringComparison.Ordinal);

        var issued = await session.PostFormAsync($"/Asylum/{claim}/Documents",
            [new("Input.PersonId", applicant.ToString()), new("Input.Type", "humanitarian-visitor-card"), new("Input.ValidUntil", Iso(Today.AddYears(1)))]);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.StartsWith("/Documents/", issued.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var comar = await PageSession.SignInAsync(app, "comar.officer");
        var denied = await comar.Client.GetAsync($"/Asylum/{claim}/Documents");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }
}
