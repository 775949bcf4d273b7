using System.Net;
using Ruta.IntegrationTests.Infrastructure;
using static Ruta.IntegrationTests.Modules.Asylum.AsylumTestKit;

namespace Ruta.IntegrationTests.Modules.Asylum;

/// <summary>The procedure through the API: extension, opinions, resolution, notification, appeal, endings, concurrency.</summary>
public sealed class AsylumProcedureApiTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task The_resolution_period_is_extended_once_by_45_business_days_only_on_a_ground_of_article_24()
    {
        var (claim, _, _, filed) = await app.NewClaimAsync(D(2026, 10, 5), D(2026, 11, 17));
        Assert.Equal(D(2027, 1, 22), Date(Deadline(filed, "asylum.resolution"), "dueDate"));
        using var comar = await app.ApiAsAsync("comar.officer");

        var noGround = await ProblemAsync(await ActAsync(comar, claim, "extension", new { reason = "Carga de trabajo." }), HttpStatusCode.BadRequest);
        Assert.True(noGround.GetProperty("errors").TryGetProperty("ground", out _));
        var badGround = await ProblemAsync(await ActAsync(comar, claim, "extension", new { ground = "VI", reason = "Carga de trabajo." }),
            HttpStatusCode.BadRequest);
        Assert.Contains("fracciones I a V", badGround.GetProperty("errors").GetProperty("ground")[0].GetString(), StringComparison.Ordinal);

        var extended = await OkAsync(comar, claim, "extension",
            new { ground = "II", reason = "No hay intérprete de kreyòl disponible.", agreedOn = "2026-11-24" });
        // From Fri 22 Jan 2027: skips Mon 1 Feb (LFT), Fri 5 Feb (LFPA) and Mon 15 Mar (LFT).
        var running = Deadline(extended, "asylum.resolution");
        Assert.Equal(D(2027, 3, 31), Date(running, "dueDate"));
        Assert.Equal(D(2027, 3, 26), Date(running, "adviseByDate"));
        Assert.Equal(D(2027, 3, 31), Date(extended, "resolutionDueDate"));
        Assert.Equal("II", extended.GetProperty("extensionGround").GetString());
        Assert.Equal("extended", Deadline(extended, "asylum.resolution", "extended").GetProperty("status").GetString());

        var second = await ProblemAsync(await ActAsync(comar, claim, "extension", new { ground = "V", reason = "Fuerza mayor." }),
            HttpStatusCode.Conflict);
        Assert.Equal("ASYLUM_EXTENSION_ALREADY_GRANTED", second.GetProperty("code").GetString());
        Assert.Contains("LRPCAP art. 24", second.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_the_state_does_not_allow_is_a_409_naming_the_current_state()
    {
        var (claim, _, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3));
        using var comar = await app.ApiAsAsync("comar.officer");
        var appeal = await ProblemAsync(await ActAsync(comar, claim, "appeal", new { filedOn = "2026-11-20" }), HttpStatusCode.Conflict);
        Assert.Equal("en trámite", appeal.GetProperty("currentState").GetString());
        Assert.Contains("interponer recurso de revisión", appeal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var notify = await ProblemAsync(await ActAsync(comar, claim, "notification", new { notifiedOn = "2026-11-20" }), HttpStatusCode.Conflict);
        Assert.Equal("en trámite", notify.GetProperty("currentState").GetString());
        // The state is checked before the input: an empty body still gets the 409 naming the state.
        var empty = await ProblemAsync(await ActAsync(comar, claim, "appeal-window-lapse"), HttpStatusCode.Conflict);
        Assert.Equal("en trámite", empty.GetProperty("currentState").GetString());
        var sloppy = await ProblemAsync(await ActAsync(comar, claim, "appeal", new { }), HttpStatusCode.Conflict);
        Assert.Equal("en trámite", sloppy.GetProperty("currentState").GetString());

        var file = await GetClaimAsync(comar, claim);
        var allowed = file.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("resolution", allowed);
        Assert.Contains("interview", allowed);
        Assert.DoesNotContain("appeal", allowed);
        Assert.DoesNotContain("appeal-decision", allowed); // an officer; the table would allow it to nobody here anyway
    }

    [Fact]
    public async Task If_Match_is_optional_on_acts_but_a_stale_one_is_refused_with_412()
    {
        var (claim, _, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3));
        using var comar = await app.ApiAsAsync("comar.officer");
        var read = await comar.GetAsync($"/api/v1/asylum-claims/{claim}");
        var etag = read.Headers.ETag!.Tag;
        var interview = new { heldOn = "2026-11-10", interpreterLanguage = "hat", notes = "Relato coherente." };

        var ok = await ActAsync(comar, claim, "interview", interview, etag);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(etag, ok.Headers.ETag!.Tag);
        await ProblemAsync(await ActAsync(comar, claim, "interview", interview, etag), HttpStatusCode.PreconditionFailed);
        var without = await OkAsync(await ActAsync(comar, claim, "interview", interview));
        var interviews = without.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "interview").ToList();
        Assert.Equal(2, interviews.Count);
        Assert.Equal("hat", interviews[0].GetProperty("language").GetString());
    }

    [Fact]
    public async Task The_resolution_waits_for_a_pending_opinion_and_a_rejection_must_assess_complementary_protection()
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(-6)).DateTime);
        var (claim, _, _, _) = await app.NewClaimAsync(today.AddDays(-10), today.AddDays(-5));
        using var comar = await app.ApiAsAsync("comar.officer");
        var requested = await OkAsync(comar, claim, "opinion-request", new { requestedOn = Iso(today), subject = "Situación en el país de origen." });
        var opinion = Deadline(requested, "asylum.opinion");
        Assert.Equal("SRE", opinion.GetProperty("responsibleAgency").GetString());
        Assert.Equal(15, opinion.GetProperty("amount").GetInt32());

        var rejection = new { outcome = "rejected", resolvedOn = Iso(today), reasons = "No hay temor fundado." };
        var pending = await ProblemAsync(await ActAsync(comar, claim, "resolution", new { rejection.outcome, rejection.resolvedOn, rejection.reasons,
            complementaryProtectionAssessed = true }), HttpStatusCode.Conflict);
        Assert.Equal("ASYLUM_OPINION_PENDING", pending.GetProperty("code").GetString());

        var requestId = requested.GetProperty("timeline").EnumerateArray()
            .Single(e => e.GetProperty("kind").GetString() == "opinion-requested").GetProperty("id").GetGuid();
        var answered = await OkAsync(comar, claim, "opinion-response", new { requestId, receivedOn = Iso(today), summary = "Sin elementos." });
        Assert.Equal("met", Deadline(answered, "asylum.opinion", "met").GetProperty("status").GetString());
        var twice = await ProblemAsync(await ActAsync(comar, claim, "opinion-response", new { requestId, receivedOn = Iso(today), summary = "Otra." }),
            HttpStatusCode.BadRequest);
        Assert.True(twice.GetProperty("errors").TryGetProperty("requestId", out _));

        var unassessed = await ProblemAsync(await ActAsync(comar, claim, "resolution", rejection), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ASYLUM_COMPLEMENTARY_PROTECTION_NOT_ASSESSED", unassessed.GetProperty("code").GetString());
        Assert.Contains("LRPCAP arts. 28", unassessed.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        var noReasons = await ProblemAsync(await ActAsync(comar, claim, "resolution",
            new { outcome = "refugee", resolvedOn = Iso(today), reasons = " " }), HttpStatusCode.BadRequest);
        Assert.True(noReasons.GetProperty("errors").TryGetProperty("reasons", out _));

        var resolved = await OkAsync(comar, claim, "resolution", new { rejection.outcome, rejection.resolvedOn, rejection.reasons,
            complementaryProtectionAssessed = true });
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        Assert.True(resolved.GetProperty("complementaryProtectionAssessed").GetBoolean());
    }

    [Fact]
    public async Task Notified_on_Friday_13_November_2026_the_appeal_window_ends_on_Tuesday_8_December_skipping_16_and_20_November()
    {
        var (_, _, _, notified) = await app.NotifiedRejectionAsync(D(2026, 10, 2), D(2026, 11, 12), D(2026, 11, 13));
        Assert.Equal("appeal-window-open", notified.GetProperty("status").GetString());
        var window = Deadline(notified, "asylum.appeal");
        Assert.Equal(15, window.GetProperty("amount").GetInt32());
        Assert.Equal(D(2026, 12, 8), Date(window, "dueDate"));
        // Mon 16 Nov (LFT only) and Fri 20 Nov (LFPA only) count in the advise-by reading.
        Assert.Equal(D(2026, 12, 4), Date(window, "adviseByDate"));
        Assert.Equal(D(2026, 12, 8), Date(notified, "appealDueDate"));
        Assert.Contains(notified.GetProperty("notices").EnumerateArray(), n => n.GetProperty("type").GetString() == "asylum.resolution");
    }

    [Fact]
    public async Task An_appeal_after_the_window_is_refused_with_its_reason_and_a_timely_one_is_decided_by_a_supervisor()
    {
        // Notified Fri 16 Oct 2026: the 15 business days end Fri 6 Nov 2026.
        var (claim, applicant, _, notified) = await app.NotifiedRejectionAsync(D(2026, 10, 2), D(2026, 10, 15), D(2026, 10, 16));
        Assert.Equal(D(2026, 11, 6), Date(notified, "appealDueDate"));
        using var comar = await app.ApiAsAsync("comar.officer");
        var late = await ProblemAsync(await ActAsync(comar, claim, "appeal", new { filedOn = "2026-11-09" }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ASYLUM_APPEAL_LATE", late.GetProperty("code").GetString());
        Assert.Contains("LFPA art. 88 fr. I", late.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Contains("no interpuesto", late.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var appealed = await OkAsync(comar, claim, "appeal", new { filedOn = "2026-11-06" });
        Assert.Equal("appeal-pending", appealed.GetProperty("status").GetString());
        // Filed in time but recorded after the window: met (the act's date counts, not the typing).
        var window = appealed.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "asylum.appeal");
        Assert.Equal("met", window.GetProperty("status").GetString());
        Assert.Equal(["APPEAL_PENDING"], BlockCodes(await app.RemovalCheckAsync(applicant, D(2027, 6, 1))));

        var decision = new { decision = "revoked", outcome = "complementary-protection", decidedOn = "2026-11-20", reasons = "Riesgo de tortura acreditado." };
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(comar, claim, "appeal-decision", decision)).StatusCode);
        using var supervisor = await app.ApiAsAsync("comar.supervisor");
        var missingOutcome = await ProblemAsync(await ActAsync(supervisor, claim, "appeal-decision",
            new { decision = "revoked", decidedOn = "2026-11-20", reasons = "x" }), HttpStatusCode.BadRequest);
        Assert.True(missingOutcome.GetProperty("errors").TryGetProperty("outcome", out _));
        var revoked = await OkAsync(supervisor, claim, "appeal-decision", decision);
        Assert.Equal("recognized", revoked.GetProperty("status").GetString());
        Assert.Equal("complementary-protection", revoked.GetProperty("outcome").GetString());
        Assert.Equal(["COMPLEMENTARY_PROTECTION"], BlockCodes(await app.RemovalCheckAsync(applicant, D(2040, 1, 1))));
        Assert.All(revoked.GetProperty("documentsDue").EnumerateArray(), d => Assert.Equal("trp", d.GetProperty("document").GetString()));
    }

    [Fact]
    public async Task A_new_resolution_ordered_on_appeal_puts_the_claim_back_in_procedure_and_a_confirmation_closes_it()
    {
        using var supervisor = await app.ApiAsAsync("comar.supervisor");
        var (claim, applicant, _, _) = await app.NotifiedRejectionAsync(D(2026, 10, 2), D(2026, 10, 15), D(2026, 10, 16));
        await OkAsync(supervisor, claim, "appeal", new { filedOn = "2026-11-02" });
        var reopened = await OkAsync(supervisor, claim, "appeal-decision",
            new { decision = "new-resolution-ordered", decidedOn = "2026-11-20", reasons = "Faltó valorar pruebas." });
        Assert.Equal("in-procedure", reopened.GetProperty("status").GetString());
        Assert.Equal(["ASYLUM_CLAIM_PENDING"], BlockCodes(await app.RemovalCheckAsync(applicant, D(2027, 6, 1))));

        var (confirmed, other, _, _) = await app.NotifiedRejectionAsync(D(2026, 10, 2), D(2026, 10, 15), D(2026, 10, 16));
        await OkAsync(supervisor, confirmed, "appeal", new { filedOn = "2026-11-02" });
        var closed = await OkAsync(supervisor, confirmed, "appeal-decision",
            new { decision = "confirmed", decidedOn = "2026-11-20", reasons = "Se confirma." });
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("rejected-final", closed.GetProperty("closingReason").GetString());
        Assert.True((await app.RemovalCheckAsync(other, D(2026, 12, 1))).GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task After_the_window_closes_with_no_appeal_the_rejection_becomes_final_and_INM_is_told()
    {
        var (claim, applicant, _, _) = await app.NotifiedRejectionAsync(D(2026, 10, 2), D(2026, 10, 15), D(2026, 10, 16));
        Assert.True((await app.RemovalCheckAsync(applicant, D(2026, 11, 9))).GetProperty("allowed").GetBoolean());
        using var comar = await app.ApiAsAsync("comar.officer");
        var final = await OkAsync(comar, claim, "appeal-window-lapse");
        Assert.Equal("rejected-final", final.GetProperty("closingReason").GetString());
        Assert.Equal(2, final.GetProperty("notices").EnumerateArray().Count(n => n.GetProperty("type").GetString() == "asylum.resolution"));
        Assert.Empty(final.GetProperty("allowedActions").EnumerateArray());
    }

    [Fact]
    public async Task Missed_signings_ground_an_abandonment_and_a_withdrawal_ends_the_claim_for_the_dependents_too()
    {
        var (claim, _, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3));
        using var comar = await app.ApiAsAsync("comar.officer");
        var abandonment = new { ground = "missed-signings", declaredOn = "2026-11-24", reasons = "No acudió a firmar." };
        var none = await ProblemAsync(await ActAsync(comar, claim, "abandonment", abandonment), HttpStatusCode.Conflict);
        Assert.Equal("ASYLUM_NO_MISSED_SIGNING", none.GetProperty("code").GetString());
        var signed = await OkAsync(comar, claim, "signing", new { scheduledOn = "2026-11-10", attended = false });
        Assert.Equal(1, signed.GetProperty("missedSignings").GetInt32());
        var abandoned = await OkAsync(comar, claim, "abandonment", abandonment);
        Assert.Equal("abandoned", abandoned.GetProperty("closingReason").GetString());

        var (withdrawn, _, dependents, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3), dependents: 1);
        var closed = await OkAsync(comar, withdrawn, "withdrawal", new { withdrawnOn = "2026-11-20" });
        Assert.Equal("withdrawn", closed.GetProperty("closingReason").GetString());
        Assert.True((await app.RemovalCheckAsync(dependents[0], D(2026, 12, 1))).GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task Consular_contact_is_refused_without_the_persons_express_consent_and_recorded_with_it()
    {
        var (claim, applicant, dependents, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3), dependents: 1);
        using var comar = await app.ApiAsAsync("comar.officer");
        var refused = await ProblemAsync(await ActAsync(comar, claim, "consular-contact", new { purpose = "Obtener su pasaporte." }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ASYLUM_CONSULAR_CONTACT_WITHOUT_CONSENT", refused.GetProperty("code").GetString());
        Assert.Contains("LRPCAP art. 21", refused.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);

        using var inm = await app.ApiAsAsync("inm.officer");
        var recorded = await OkAsync(await ActAsync(inm, claim, "consular-contact", new
        {
            personId = dependents[0], expressConsent = true, consentGivenOn = "2026-11-20",
            consentEvidence = "Escrito firmado ante el INM el 20/11/2026", purpose = "Obtener su acta de nacimiento.",
        }));
        Assert.Equal(dependents[0], recorded.GetProperty("personId").GetGuid());
        Assert.False(recorded.TryGetProperty("timeline", out _));
        var file = await GetClaimAsync(comar, claim);
        Assert.Contains(file.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "consular-contact");
        Assert.NotEqual(applicant, dependents[0]);
    }

    [Fact]
    public async Task A_CNDH_auditor_reads_the_file_and_the_worklist_but_cannot_act()
    {
        var (claim, _, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3));
        using var auditor = await app.ApiAsAsync("cndh.auditor");
        var file = await GetClaimAsync(auditor, claim);
        Assert.Empty(file.GetProperty("allowedActions").EnumerateArray());
        var list = await OkAsync(await auditor.GetAsync("/api/v1/asylum-claims?status=in-procedure"));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == claim);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(auditor, claim, "interview", new { heldOn = "2026-11-10" })).StatusCode);
        var badStatus = await ProblemAsync(await auditor.GetAsync("/api/v1/asylum-claims?status=pending"), HttpStatusCode.BadRequest);
        Assert.True(badStatus.GetProperty("errors").TryGetProperty("status", out _));
    }
}
