using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ruta.IntegrationTests.Infrastructure;
using static Ruta.IntegrationTests.Modules.Asylum.AsylumTestKit;

namespace Ruta.IntegrationTests.Modules.Asylum;

/// <summary>
/// Filing a claim: in time or late (LRPCAP art. 18), by a representative (art. 11), the oficio to INM
/// and its acknowledgement, and who may file where. Worked dates: entry Mon 5 Oct 2026; the 30th
/// business day is Tue 17 Nov 2026 (Mon 16 Nov is the LFT rest day for 20 November).
/// </summary>
public sealed class AsylumFilingTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task A_claim_filed_on_the_30th_business_day_after_entry_is_in_procedure_with_its_resolution_deadline_and_documents_due()
    {
        var (_, applicant, dependents, filed) = await app.NewClaimAsync(D(2026, 10, 5), D(2026, 11, 17), dependents: 1);

        Assert.Equal("in-procedure", filed.GetProperty("status").GetString());
        Assert.False(filed.GetProperty("isLateFiling").GetBoolean());
        Assert.Equal(D(2026, 11, 17), Date(filed, "lastTimelyFilingDay"));
        // 45 business days from Wed 18 Nov: skips Fri 20 Nov (LFPA), 25 Dec and 1 Jan.
        var resolution = Deadline(filed, "asylum.resolution");
        Assert.Equal(D(2027, 1, 22), Date(resolution, "dueDate"));
        // 20 Nov is only in the LFPA list: the advise-by reading counts it, one day earlier.
        Assert.Equal(D(2027, 1, 21), Date(resolution, "adviseByDate"));
        Assert.Equal("COMAR", resolution.GetProperty("responsibleAgency").GetString());
        var acknowledgement = Deadline(filed, "notice.acknowledgement");
        Assert.Equal("INM", acknowledgement.GetProperty("responsibleAgency").GetString());
        Assert.Equal("hours", acknowledgement.GetProperty("unit").GetString());
        Assert.Equal(72, acknowledgement.GetProperty("amount").GetInt32());

        var documents = filed.GetProperty("documentsDue").EnumerateArray().ToList();
        var proofs = documents.Where(d => d.GetProperty("document").GetString() == "constancia-de-tramite")
            .Select(d => d.GetProperty("personId").GetGuid()).ToHashSet();
        Assert.Equal(new[] { applicant, dependents[0] }.Order(), proofs.Order());
        Assert.Equal(2, documents.Count(d => d.GetProperty("document").GetString() == "tvrh"));
    }

    [Fact]
    public async Task A_claim_filed_on_the_31st_business_day_is_not_rejected_but_goes_to_a_late_filing_review_with_a_prevencion()
    {
        var (claim, _, _, filed) = await app.NewClaimAsync(D(2026, 10, 5), D(2026, 11, 18));

        Assert.Equal("late-filing-review", filed.GetProperty("status").GetString());
        Assert.True(filed.GetProperty("isLateFiling").GetBoolean());
        var prevention = Deadline(filed, "asylum.late-filing-answer");
        Assert.Equal(5, prevention.GetProperty("amount").GetInt32());
        Assert.Equal(D(2026, 11, 26), Date(prevention, "dueDate"));
        Assert.Equal(D(2026, 11, 25), Date(prevention, "adviseByDate"));
        Assert.Equal(D(2027, 1, 25), Date(Deadline(filed, "asylum.resolution"), "dueDate"));

        using var comar = await app.ApiAsAsync("comar.officer");
        var early = await ProblemAsync(await ActAsync(comar, claim, "late-filing-decision",
            new { admitted = false, decidedOn = "2026-11-25", reasons = "No explicó el retraso." }), HttpStatusCode.Conflict);
        Assert.Equal("ASYLUM_PREVENTION_TERM_RUNNING", early.GetProperty("code").GetString());
        Assert.Contains("LFPA art. 17-A", early.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);

        var admitted = await OkAsync(comar, claim, "late-filing-decision",
            new { admitted = true, decidedOn = "2026-11-25", answeredOn = "2026-11-24", reasons = "Estuvo hospitalizada tras su ingreso." });
        Assert.Equal("in-procedure", admitted.GetProperty("status").GetString());
        Assert.Equal("met", Deadline(admitted, "asylum.late-filing-answer", "met").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_claim_filed_by_a_representative_is_ratified_within_three_business_days_or_held_not_filed()
    {
        var (claim, _, _, filed) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 18), "representative");
        Assert.Equal("awaiting-ratification", filed.GetProperty("status").GetString());
        var ratification = Deadline(filed, "asylum.ratification");
        // Thu 19, (Fri 20 LFPA), Mon 23, Tue 24.
        Assert.Equal(D(2026, 11, 24), Date(ratification, "dueDate"));
        Assert.Equal(D(2026, 11, 23), Date(ratification, "adviseByDate"));
        Assert.Empty(filed.GetProperty("documentsDue").EnumerateArray());

        using var comar = await app.ApiAsAsync("comar.officer");
        var late = await ProblemAsync(await ActAsync(comar, claim, "ratification", new { ratifiedOn = "2026-11-25" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ASYLUM_RATIFICATION_LATE", late.GetProperty("code").GetString());
        Assert.Contains("LRPCAP art. 11", late.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        var ratified = await OkAsync(comar, claim, "ratification", new { ratifiedOn = "2026-11-24" });
        Assert.Equal("in-procedure", ratified.GetProperty("status").GetString());

        var (unratified, person, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 18), "representative");
        Assert.Equal(["ASYLUM_CLAIM_PENDING"], BlockCodes(await app.RemovalCheckAsync(person, D(2026, 12, 1))));
        var lapsed = await OkAsync(comar, unratified, "ratification-lapse");
        Assert.Equal("closed", lapsed.GetProperty("status").GetString());
        Assert.Equal("not-filed", lapsed.GetProperty("closingReason").GetString());
        Assert.Equal("cancelled", Deadline(lapsed, "asylum.resolution", "cancelled").GetProperty("status").GetString());
        Assert.True((await app.RemovalCheckAsync(person, D(2026, 12, 1))).GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task The_ratification_cannot_be_declared_lapsed_while_its_three_days_run()
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(-6)).DateTime);
        var (claim, _, _, _) = await app.NewClaimAsync(today.AddDays(-1), today, "representative");
        using var comar = await app.ApiAsAsync("comar.officer");
        var running = await ProblemAsync(await ActAsync(comar, claim, "ratification-lapse"), HttpStatusCode.Conflict);
        Assert.Equal("ASYLUM_RATIFICATION_TERM_RUNNING", running.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_filing_sends_INM_an_oficio_that_INM_acknowledges_closing_its_72_hour_deadline()
    {
        var (claim, applicant, _, filed) = await app.NewClaimAsync(D(2026, 10, 5), D(2026, 11, 17));
        var noticeId = filed.GetProperty("notice").GetProperty("id").GetGuid();

        using var inm = await app.ApiAsAsync("inm.officer");
        var notice = await OkAsync(await inm.GetAsync($"/api/v1/notices/{noticeId}"));
        Assert.Equal("asylum.claim-filed", notice.GetProperty("type").GetString());
        Assert.Equal("COMAR", notice.GetProperty("senderAgency").GetString());
        Assert.Equal("INM", notice.GetProperty("recipientAgency").GetString());
        Assert.Equal(applicant, notice.GetProperty("personId").GetGuid());
        Assert.Equal(claim, notice.GetProperty("caseId").GetGuid());
        Assert.Contains("LRPCAP art. 21", notice.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Contains("NO VERIFICADO", notice.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        var sentAt = notice.GetProperty("sentAt").GetDateTime();
        Assert.Equal(sentAt.AddHours(72), notice.GetProperty("acknowledgementDue").GetProperty("dueAt").GetDateTime());

        var acknowledged = await inm.PostAsync($"/api/v1/notices/{noticeId}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        using var comar = await app.ApiAsAsync("comar.officer");
        var file = await GetClaimAsync(comar, claim);
        Assert.Equal("met", Deadline(file, "notice.acknowledgement", "met").GetProperty("status").GetString());
        Assert.Contains(file.GetProperty("notices").EnumerateArray(), n => n.GetProperty("id").GetGuid() == noticeId);
    }

    [Fact]
    public async Task Bad_filing_input_is_a_400_with_Spanish_field_errors()
    {
        using var comar = await app.ApiAsAsync("comar.officer");
        var person = await app.AddAdultAsync();
        var office = await app.OfficeAsync("COMAR-TAP");
        var response = await comar.PostAsJsonAsync("/api/v1/asylum-claims", new
        {
            enteredOn = "2026-11-10", filedOn = "2026-11-09", officeId = office, filedBy = "lawyer", dependentIds = new[] { person },
        });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("personId", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("filedOn", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("filedBy", out _), errors.ToString());

        var unknown = await ProblemAsync(await comar.PostAsJsonAsync("/api/v1/asylum-claims",
            Filing(Guid.NewGuid(), D(2026, 11, 1), D(2026, 11, 2), office)), HttpStatusCode.BadRequest);
        Assert.Equal("La persona no existe en el registro.", unknown.GetProperty("errors").GetProperty("personId")[0].GetString());

        var self = await ProblemAsync(await comar.PostAsJsonAsync("/api/v1/asylum-claims",
            Filing(person, D(2026, 11, 1), D(2026, 11, 2), office, "applicant", person)), HttpStatusCode.BadRequest);
        Assert.True(self.GetProperty("errors").TryGetProperty("dependentIds[0]", out _), self.ToString());

        var inmOffice = await ProblemAsync(await comar.PostAsJsonAsync("/api/v1/asylum-claims",
            Filing(person, D(2026, 11, 1), D(2026, 11, 2), await app.OfficeAsync("INM-OR-20"))), HttpStatusCode.BadRequest);
        Assert.True(inmOffice.GetProperty("errors").TryGetProperty("officeId", out _), inmOffice.ToString());
    }

    [Fact]
    public async Task A_person_on_an_open_claim_cannot_be_on_another_one()
    {
        var (_, _, dependents, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3), dependents: 1);
        using var comar = await app.ApiAsAsync("comar.officer");
        var twice = await ProblemAsync(await comar.PostAsJsonAsync("/api/v1/asylum-claims",
            Filing(dependents[0], D(2026, 11, 2), D(2026, 11, 4), await app.OfficeAsync("COMAR-TAP"))), HttpStatusCode.Conflict);
        Assert.Equal("ASYLUM_CLAIM_ALREADY_ACTIVE", twice.GetProperty("code").GetString());
    }

    [Fact]
    public async Task INM_files_only_where_COMAR_has_no_office_and_then_tells_COMAR_but_cannot_open_the_file()
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        var person = await app.AddAdultAsync();
        var chiapas = await ProblemAsync(await inm.PostAsJsonAsync("/api/v1/asylum-claims",
            Filing(person, D(2026, 11, 2), D(2026, 11, 3), await app.OfficeAsync("INM-EM-TAP"))), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ASYLUM_FILE_AT_COMAR", chiapas.GetProperty("code").GetString());

        var filed = await FileAsync(inm, Filing(person, D(2026, 11, 2), D(2026, 11, 3), await app.OfficeAsync("INM-OR-20")));
        Assert.Equal("COMAR", filed.GetProperty("notice").GetProperty("recipientAgency").GetString());
        var id = filed.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await inm.GetAsync($"/api/v1/asylum-claims/{id}")).StatusCode);

        using var comar = await app.ApiAsAsync("comar.officer");
        var file = await GetClaimAsync(comar, id);
        Assert.Equal("INM", file.GetProperty("filedByAgency").GetString());
        Assert.Equal(JsonValueKind.Array, file.GetProperty("timeline").ValueKind);
    }
}
