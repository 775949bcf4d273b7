using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.IntegrationTests.Kernel.Access;
using Ruta.IntegrationTests.Kernel.Documents;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Asylum.Features;
using static Ruta.IntegrationTests.Modules.Asylum.AsylumTestKit;

namespace Ruta.IntegrationTests.Modules.Asylum;

/// <summary>Ruta with a per-address limit high enough that the functional checks never meet it.</summary>
public sealed class PublicStatusFactory : RutaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Asylum:PublicStatus:PermitsPerMinute", "100000");
    }
}

/// <summary>
/// The applicant's public status (page /estado-solicitud and POST /api/v1/public/asylum-status):
/// case number and secret in; stage, next date and what to bring out; nothing else; guessing stopped.
/// </summary>
public sealed partial class AsylumPublicStatusTests(PublicStatusFactory app) : IClassFixture<PublicStatusFactory>
{
    private const string Api = "/api/v1/public/asylum-status";

    private sealed record Filed(Guid Claim, Guid Applicant, Guid[] Dependents, string CaseNumber, string Secret, JsonElement Body);

    /// <summary>A claim filed today (Mexico City) through the API, with the access the filing gives.</summary>
    private async Task<Filed> FileTodayAsync(int dependents = 0, string filedBy = "applicant")
    {
        var today = app.Today();
        var (claim, applicant, others, body) = await app.NewClaimAsync(today.AddDays(-5), today, filedBy, dependents);
        var access = body.GetProperty("statusAccess");
        Assert.Equal(claim, access.GetProperty("claimId").GetGuid());
        Assert.Equal("/estado-solicitud", access.GetProperty("statusPath").GetString());
        return new Filed(claim, applicant, others, access.GetProperty("caseNumber").GetString()!, access.GetProperty("secret").GetString()!, body);
    }

    private async Task<HttpResponseMessage> CheckAsync(string? caseNumber, string? secret, string? language = null)
    {
        using var anonymous = app.Anonymous();
        return await anonymous.PostAsJsonAsync(Api, new { caseNumber, secret, language });
    }

    private static string WrongSecret(string secret) => (secret[0] == '2' ? "3" : "2") + secret[1..];

    [Fact]
    public async Task Filing_gives_a_case_number_and_a_secret_of_which_only_a_salted_hash_is_stored()
    {
        var filed = await FileTodayAsync();
        Assert.Matches(@"^SR-\d{4}-\d{6}$", filed.CaseNumber);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$", filed.Secret);

        var (stored, caseNumber, audit) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var hash = await db.Set<AsylumStatusAccess>().Where(a => a.ClaimId == filed.Claim).Select(a => a.SecretHash).SingleAsync();
            var number = await db.Set<AsylumClaim>().Where(c => c.Id == filed.Claim).Select(c => c.CaseNumber).SingleAsync();
            var trail = await db.Set<AuditEntry>().Where(e => e.RecordId == filed.Claim.ToString() && e.EntityType == nameof(AsylumStatusAccess))
                .Select(e => e.After).ToListAsync();
            return (hash, number, trail);
        });
        Assert.Equal(filed.CaseNumber, caseNumber);
        Assert.StartsWith("pbkdf2-sha256$", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(filed.Secret.Replace("-", "", StringComparison.Ordinal), stored, StringComparison.Ordinal);
        var created = Assert.Single(audit);
        Assert.Contains("\"SecretHash\":\"***\"", created, StringComparison.Ordinal);
        Assert.DoesNotContain("pbkdf2", created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_secret_shows_the_stage_the_next_date_and_what_to_bring_and_nothing_personal()
    {
        var filed = await FileTodayAsync(dependents: 1);
        var response = await CheckAsync(filed.CaseNumber.ToLowerInvariant(), filed.Secret.Replace("-", " ", StringComparison.Ordinal));
        var body = await OkAsync(response);
        Assert.True(response.Headers.CacheControl?.NoStore);

        Assert.Equal(filed.CaseNumber, body.GetProperty("caseNumber").GetString());
        Assert.Equal("in-procedure", body.GetProperty("stage").GetString());
        Assert.Equal("Su solicitud está en trámite en la COMAR.", body.GetProperty("stageText").GetString());
        var next = body.GetProperty("nextDate");
        Assert.Equal("resolution-due-date", next.GetProperty("kind").GetString());
        Assert.Equal(Date(Deadline(filed.Body, AsylumRules.ResolutionKind), "dueDate"), Date(next, "date"));
        Assert.False(next.GetProperty("mustAttend").GetBoolean());
        Assert.Equal("es", body.GetProperty("language").GetString());

        // An interview appointment becomes the next date, with what to bring.
        using var comar = await app.ApiAsAsync("comar.officer");
        var interview = app.Today().AddDays(3);
        await OkAsync(comar, filed.Claim, "appointment", new { kind = "interview", on = Iso(interview), at = "10:30" });
        body = await OkAsync(await CheckAsync(filed.CaseNumber, filed.Secret));
        next = body.GetProperty("nextDate");
        Assert.Equal("interview", next.GetProperty("kind").GetString());
        Assert.Equal(interview, Date(next, "date"));
        Assert.Equal("10:30", next.GetProperty("time").GetString());
        Assert.True(next.GetProperty("mustAttend").GetBoolean());
        Assert.Equal(["Su constancia de trámite.", "Una identificación, si tiene una.", "Los documentos o pruebas que apoyen su solicitud."],
            body.GetProperty("whatToBring").EnumerateArray().Select(e => e.GetString()!).ToArray());

        // Only those fields: no ids, names, nationality, office, reasons.
        var text = body.GetRawText();
        Assert.Equal(["caseNumber", "stage", "stageText", "nextDate", "whatToBring", "language"],
            body.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var secret in new[] { filed.Claim.ToString(), filed.Applicant.ToString(), filed.Dependents[0].ToString(), "Persona", "Solicitante",
                     "Dependiente", "Tapachula", filed.Secret })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_wrong_secret_and_an_unknown_case_number_get_the_same_refusal()
    {
        var filed = await FileTodayAsync();
        var wrong = await CheckAsync(filed.CaseNumber, WrongSecret(filed.Secret));
        var unknown = await CheckAsync("SR-1999-999999", filed.Secret);
        var notIssued = await CheckAsync("SR-2026-999998", "ABCDE-FGHJK");

        var wrongBody = await ProblemAsync(wrong, HttpStatusCode.NotFound);
        foreach (var other in new[] { unknown, notIssued })
        {
            var otherBody = await ProblemAsync(other, HttpStatusCode.NotFound);
            Assert.Equal(wrongBody.GetProperty("title").GetString(), otherBody.GetProperty("title").GetString());
            Assert.Equal(wrongBody.GetProperty("detail").GetString(), otherBody.GetProperty("detail").GetString());
            Assert.Equal(wrongBody.EnumerateObject().Select(p => p.Name).Order(), otherBody.EnumerateObject().Select(p => p.Name).Order());
        }

        Assert.Equal("No encontramos su solicitud", wrongBody.GetProperty("title").GetString());

        // The page gives the same refusal too.
        using var page = PageSession.Start(app);
        var pageWrong = await page.PostFormAsync("/estado-solicitud", [new("CaseNumber", filed.CaseNumber), new("Secret", WrongSecret(filed.Secret))]);
        var wrongHtml = Alert(WebUtility.HtmlDecode(await pageWrong.Content.ReadAsStringAsync()));
        var pageUnknown = await page.PostFormAsync("/estado-solicitud", [new("CaseNumber", "SR-1999-999997"), new("Secret", filed.Secret)]);
        var unknownHtml = Alert(WebUtility.HtmlDecode(await pageUnknown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, pageWrong.StatusCode);
        Assert.Equal(pageWrong.StatusCode, pageUnknown.StatusCode);
        Assert.Equal(wrongHtml, unknownHtml);
        Assert.Contains("El número de caso o la clave no son correctos", wrongHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_five_wrong_secrets_in_fifteen_minutes_the_case_is_locked_even_for_the_right_secret_until_the_window_passes()
    {
        var filed = await FileTodayAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(1)); // the clock is frozen: answers come after the secret was issued
        for (var i = 0; i < 5; i++)
        {
            await ProblemAsync(await CheckAsync(filed.CaseNumber, WrongSecret(filed.Secret)), HttpStatusCode.NotFound);
            app.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        var locked = await CheckAsync(filed.CaseNumber, filed.Secret);
        var problem = await ProblemAsync(locked, HttpStatusCode.TooManyRequests);
        Assert.Equal("Demasiados intentos", problem.GetProperty("title").GetString());
        Assert.Contains("espere 13 minutos", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(13), locked.Headers.RetryAfter?.Delta);

        // Another case is not affected; an unknown number locks the same way (no hint that it does not exist).
        var other = await FileTodayAsync();
        await OkAsync(await CheckAsync(other.CaseNumber, other.Secret));
        for (var i = 0; i < 5; i++)
        {
            await ProblemAsync(await CheckAsync("SR-1999-000042", filed.Secret), HttpStatusCode.NotFound);
        }

        await ProblemAsync(await CheckAsync("SR-1999-000042", filed.Secret), HttpStatusCode.TooManyRequests);

        // Once the oldest wrong answer is 15 minutes old, the right secret opens it again.
        app.Clock.Advance(TimeSpan.FromMinutes(13));
        await OkAsync(await CheckAsync(filed.CaseNumber, filed.Secret));
    }

    [Fact]
    public async Task A_right_answer_starts_the_count_again()
    {
        var filed = await FileTodayAsync();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1));
                await ProblemAsync(await CheckAsync(filed.CaseNumber, WrongSecret(filed.Secret)), HttpStatusCode.NotFound);
            }

            app.Clock.Advance(TimeSpan.FromSeconds(1));
            await OkAsync(await CheckAsync(filed.CaseNumber, filed.Secret));
        }

        // Eight wrong answers within the quarter hour, but never five in a row: still open.
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await OkAsync(await CheckAsync(filed.CaseNumber, filed.Secret));
    }

    [Fact]
    public async Task Reissuing_the_secret_invalidates_the_old_one_lifts_the_lock_and_is_audited()
    {
        var filed = await FileTodayAsync();
        for (var i = 0; i < 5; i++)
        {
            await CheckAsync(filed.CaseNumber, WrongSecret(filed.Secret));
        }

        using var inm = await app.ApiAsAsync("inm.officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await inm.PostAsync($"/api/v1/asylum-claims/{filed.Claim}/status-secret", null)).StatusCode);

        using var comar = await app.ApiAsAsync("comar.officer");
        var reissued = await comar.PostAsync($"/api/v1/asylum-claims/{filed.Claim}/status-secret", null);
        var body = await OkAsync(reissued);
        Assert.True(reissued.Headers.CacheControl?.NoStore);
        Assert.Equal(filed.CaseNumber, body.GetProperty("caseNumber").GetString());
        var secret = body.GetProperty("secret").GetString()!;
        Assert.NotEqual(filed.Secret, secret);

        await ProblemAsync(await CheckAsync(filed.CaseNumber, filed.Secret), HttpStatusCode.NotFound);
        await OkAsync(await CheckAsync(filed.CaseNumber, secret));

        var update = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => e.RecordId == filed.Claim.ToString() && e.EntityType == nameof(AsylumStatusAccess) && e.Action == AuditActions.Update)
            .SingleAsync());
        Assert.Equal("comar.officer", update.UserName);
        Assert.Contains("\"IssueCount\":2", update.After, StringComparison.Ordinal);
        Assert.Contains("\"SecretHash\":\"***\"", update.After, StringComparison.Ordinal);
        Assert.DoesNotContain(secret.Replace("-", "", StringComparison.Ordinal), update.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_check_is_audited_with_the_claim_and_its_result_and_never_the_secret()
    {
        var filed = await FileTodayAsync();
        await CheckAsync(filed.CaseNumber, WrongSecret(filed.Secret));
        await CheckAsync(filed.CaseNumber, filed.Secret);
        await CheckAsync("SR-1999-000077", filed.Secret);

        var entries = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => e.Action.StartsWith("asylum-status-") && (e.RecordId == filed.Claim.ToString() || e.RecordId == "SR-1999-000077"))
            .OrderBy(e => e.OccurredAt).ToListAsync());
        Assert.Equal([CheckAsylumStatus.RefusedAction, CheckAsylumStatus.ShownAction, CheckAsylumStatus.RefusedAction],
            entries.Select(e => e.Action).ToArray());
        Assert.Equal([nameof(AsylumClaim), nameof(AsylumClaim), "AsylumCaseNumber"], entries.Select(e => e.EntityType).ToArray());
        Assert.Contains("wrong-secret", entries[0].After, StringComparison.Ordinal);
        Assert.Contains("unknown-case", entries[2].After, StringComparison.Ordinal);
        Assert.All(entries, e =>
        {
            Assert.Null(e.UserId);
            Assert.DoesNotContain(filed.Secret.Replace("-", "", StringComparison.Ordinal), e.After!, StringComparison.Ordinal);
            Assert.DoesNotContain(filed.Secret, e.After!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Bad_input_is_a_400_with_field_errors_in_the_language_asked_for()
    {
        var response = await CheckAsync("12345", "ABC", "fr");
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("La demande contient des données invalides", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.StartsWith("Saisissez le numéro de dossier", errors.GetProperty("caseNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Le code secret comporte 10", errors.GetProperty("secret")[0].GetString(), StringComparison.Ordinal);

        var language = await ProblemAsync(await CheckAsync("SR-2026-000001", "ABCDE-FGHJK", "de"), HttpStatusCode.BadRequest);
        Assert.True(language.GetProperty("errors").TryGetProperty("language", out _));
    }

    [Theory]
    [InlineData("en", "Your claim is being processed by COMAR.", "Deadline for COMAR to decide on your claim.")]
    [InlineData("fr", "Votre demande est en cours de traitement à la COMAR.", "Date limite pour que la COMAR statue sur votre demande.")]
    [InlineData("ht", "Demann ou an ap trete nan COMAR.", "Dat limit pou COMAR pran desizyon sou demann ou an.")]
    public async Task The_api_answers_in_english_french_and_haitian_creole(string language, string stage, string next)
    {
        var filed = await FileTodayAsync();
        var body = await OkAsync(await CheckAsync(filed.CaseNumber, filed.Secret, language));
        Assert.Equal(language, body.GetProperty("language").GetString());
        Assert.Equal(stage, body.GetProperty("stageText").GetString());
        Assert.StartsWith(next, body.GetProperty("nextDate").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "es-MX", "Estado de su solicitud de refugio", "Su solicitud está en trámite en la COMAR.", "Qué llevar")]
    [InlineData("en", "en", "Status of your asylum claim", "Your claim is being processed by COMAR.", "What to bring")]
    [InlineData("fr", "fr", "État de votre demande d'asile", "Votre demande est en cours de traitement à la COMAR.", "À apporter")]
    [InlineData("ht", "ht", "Eta demann azil ou", "Demann ou an ap trete nan COMAR.", "Sa pou w pote")]
    public async Task The_page_works_without_javascript_in_spanish_english_french_and_haitian_creole(string? culture, string htmlLang,
        string heading, string stage, string bring)
    {
        var filed = await FileTodayAsync();
        var query = culture is null ? "" : "?culture=" + culture;
        using var page = PageSession.Start(app);
        var form = await page.GetPageAsync("/estado-solicitud" + query);
        Assert.Contains($"<html lang=\"{htmlLang}\">", form, StringComparison.Ordinal);
        Assert.Contains(heading, form, StringComparison.Ordinal);
        Assert.Contains("Kreyòl ayisyen", form, StringComparison.Ordinal);
        Assert.Contains("Français", form, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", form, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Cerrar sesión", form, StringComparison.Ordinal);

        var shown = await page.PostFormAsync("/estado-solicitud" + query, [new("CaseNumber", filed.CaseNumber), new("Secret", filed.Secret)]);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var html = page.LastHtml;
        Assert.Contains(stage, html, StringComparison.Ordinal);
        Assert.Contains(bring, html, StringComparison.Ordinal);
        Assert.Contains(filed.CaseNumber, html, StringComparison.Ordinal);
        // The secret is not written back into the page.
        Assert.DoesNotContain(filed.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Solicitante", html, StringComparison.Ordinal);
        if (culture == "ht")
        {
            var due = Date(Deadline(filed.Body, AsylumRules.ResolutionKind), "dueDate");
            string[] months = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"];
            Assert.Contains($"{due.Day} {months[due.Month - 1]} {due.Year}", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_filing_page_shows_the_secret_once_and_prints_the_access_sheet_only_with_the_current_secret()
    {
        var applicant = await app.AddAdultAsync("Rose");
        var office = await app.OfficeAsync("COMAR-TAP");
        using var session = await PageSession.SignInAsync(app, "comar.officer");
        var today = Iso(app.Today());
        var filing = await session.PostFormAsync($"/Asylum/File?applicant={applicant}",
        [
            new("applicant", applicant.ToString()), new("Input.EnteredOn", today), new("Input.FiledOn", today),
            new("Input.OfficeId", office.ToString()), new("Input.FiledBy", "applicant"),
        ]);
        Assert.Equal(HttpStatusCode.OK, filing.StatusCode);
        var caseNumber = TestId(session.LastHtml, "case-number");
        var secret = TestId(session.LastHtml, "status-secret");
        var claim = Guid.Parse(Regex.Match(session.LastHtml, "/Asylum/([0-9a-f-]{36})/AccessSheet").Groups[1].Value);

        var sheet = await session.PostFormAsync($"/Asylum/{claim}/AccessSheet", [new("secret", secret)], formPage: $"/Asylum/{claim}/StatusAccess");
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        var printed = session.LastHtml;
        Assert.Equal(caseNumber, TestId(printed, "sheet-case-number"));
        Assert.Equal(secret, TestId(printed, "sheet-secret"));
        Assert.Contains("/estado-solicitud", printed, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", printed, StringComparison.Ordinal);
        foreach (var instructions in new[] { "Guarde esta hoja", "Keep this sheet", "Conservez cette fiche", "Kenbe fèy sa a" })
        {
            Assert.Contains(instructions, printed, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Rose", printed, StringComparison.Ordinal);
        var forged = await session.PostFormAsync($"/Asylum/{claim}/AccessSheet", [new("secret", WrongSecret(secret))], formPage: $"/Asylum/{claim}/StatusAccess");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        // Reissued from the file: a new secret, shown once; the old sheet no longer prints.
        var status = await session.GetPageAsync($"/Asylum/{claim}/StatusAccess");
        Assert.Contains(caseNumber, status, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, status, StringComparison.Ordinal);
        var reissue = await session.PostFormAsync($"/Asylum/{claim}/StatusAccess", []);
        Assert.Equal(HttpStatusCode.OK, reissue.StatusCode);
        var renewed = TestId(session.LastHtml, "status-secret");
        Assert.NotEqual(secret, renewed);
        Assert.Equal(HttpStatusCode.NotFound,
            (await session.PostFormAsync($"/Asylum/{claim}/AccessSheet", [new("secret", secret)], formPage: $"/Asylum/{claim}/StatusAccess")).StatusCode);
        await OkAsync(await CheckAsync(caseNumber, renewed));
    }

    [Fact]
    public async Task INMs_oficios_on_filing_and_on_recognition_lead_to_the_page_where_INM_issues_the_cards()
    {
        var filed = await FileTodayAsync(dependents: 1);
        var notice = filed.Body.GetProperty("notice").GetProperty("id").GetGuid();
        using var inm = await app.ApiAsAsync("inm.officer");
        var read = await OkAsync(await inm.GetAsync($"/api/v1/notices/{notice}"));
        Assert.Equal($"/Asylum/{filed.Claim}/Documents", read.GetProperty("link").GetProperty("path").GetString());
        Assert.Contains("(TVRH)", read.GetProperty("link").GetProperty("label").GetString(), StringComparison.Ordinal);

        using (var inmPages = await PageSession.SignInAsync(app, "inm.officer"))
        {
            var html = await inmPages.GetPageAsync($"/Notices/{notice}");
            Assert.Contains($"href=\"/Asylum/{filed.Claim}/Documents\"", html, StringComparison.Ordinal);
            Assert.Contains("Expedir las tarjetas de visitante por razones humanitarias (TVRH)", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await inmPages.Client.GetAsync($"/Asylum/{filed.Claim}/Documents")).StatusCode);
        }

        // The sender sees no link: the page is INM's.
        using var comar = await app.ApiAsAsync("comar.officer");
        var sent = await OkAsync(await comar.GetAsync($"/api/v1/notices/{notice}"));
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("link").ValueKind);

        await OkAsync(comar, filed.Claim, "resolution", new
        {
            outcome = "refugee", resolvedOn = Iso(app.Today()), reasons = "Temor fundado de persecución por opiniones políticas.",
        });
        var recognized = await OkAsync(comar, filed.Claim, "notification", new { notifiedOn = Iso(app.Today()) });
        var resolution = recognized.GetProperty("notices").EnumerateArray().Single(n => n.GetProperty("type").GetString() == "asylum.resolution");
        var recognition = await OkAsync(await inm.GetAsync($"/api/v1/notices/{resolution.GetProperty("id").GetGuid()}"));
        Assert.Equal($"/Asylum/{filed.Claim}/Documents", recognition.GetProperty("link").GetProperty("path").GetString());
        Assert.Contains("(TRP)", recognition.GetProperty("link").GetProperty("label").GetString(), StringComparison.Ordinal);

        var status = await OkAsync(await CheckAsync(filed.CaseNumber, filed.Secret));
        Assert.Equal("recognized", status.GetProperty("stage").GetString());
        Assert.Contains("INM", status.GetProperty("stageText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_resolution_notice_has_no_link_and_the_applicant_sees_the_last_day_of_the_appeal()
    {
        var filed = await FileTodayAsync();
        using var comar = await app.ApiAsAsync("comar.officer");
        await OkAsync(comar, filed.Claim, "resolution", new
        {
            outcome = "rejected", resolvedOn = Iso(app.Today()), complementaryProtectionAssessed = true,
            reasons = "No se acreditó temor fundado; no procede la protección complementaria.",
        });
        var notified = await OkAsync(comar, filed.Claim, "notification", new { notifiedOn = Iso(app.Today()) });
        var notice = notified.GetProperty("notices").EnumerateArray().Single(n => n.GetProperty("type").GetString() == "asylum.resolution");
        using var inm = await app.ApiAsAsync("inm.officer");
        var read = await OkAsync(await inm.GetAsync($"/api/v1/notices/{notice.GetProperty("id").GetGuid()}"));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("link").ValueKind);

        var status = await OkAsync(await CheckAsync(filed.CaseNumber, filed.Secret));
        Assert.Equal("appeal-window-open", status.GetProperty("stage").GetString());
        Assert.Equal("appeal-deadline", status.GetProperty("nextDate").GetProperty("kind").GetString());
        Assert.Equal(Date(notified, "appealDueDate"), Date(status.GetProperty("nextDate"), "date"));
        Assert.DoesNotContain("temor", status.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_appointment_is_refused_in_the_past_and_when_the_state_does_not_allow_it()
    {
        var filed = await FileTodayAsync();
        using var comar = await app.ApiAsAsync("comar.officer");
        var past = await ProblemAsync(await ActAsync(comar, filed.Claim, "appointment", new { kind = "signing", on = Iso(app.Today().AddDays(-1)) }),
            HttpStatusCode.BadRequest);
        Assert.True(past.GetProperty("errors").TryGetProperty("on", out _));
        await ProblemAsync(await ActAsync(comar, filed.Claim, "appointment", new { kind = "party", on = Iso(app.Today()) }), HttpStatusCode.BadRequest);

        await OkAsync(comar, filed.Claim, "withdrawal", new { withdrawnOn = Iso(app.Today()) });
        var closed = await ProblemAsync(await ActAsync(comar, filed.Claim, "appointment", new { kind = "signing", on = Iso(app.Today()) }),
            HttpStatusCode.Conflict);
        Assert.Equal("concluida", closed.GetProperty("currentState").GetString());
        Assert.Equal("El procedimiento de su solicitud concluyó.",
            (await OkAsync(await CheckAsync(filed.CaseNumber, filed.Secret))).GetProperty("stageText").GetString());
    }

    private static string TestId(string html, string id)
    {
        var match = Regex.Match(html, $"data-testid=\"{id}\">([^<]+)<");
        Assert.True(match.Success, $"No {id} in the page.");
        return match.Groups[1].Value.Trim();
    }

    private static string Alert(string html) => AlertBlock().Match(html).Value;

    [GeneratedRegex("<div class=\"notice bad\" role=\"alert\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex AlertBlock();
}

/// <summary>Ruta with a public-status limit of three checks per minute per address.</summary>
public sealed class PublicStatusRateLimitedFactory : RutaFactory
{
    public const int Permits = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Asylum:PublicStatus:PermitsPerMinute", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class AsylumPublicStatusRateLimitTests(PublicStatusRateLimitedFactory app) : IClassFixture<PublicStatusRateLimitedFactory>
{
    [Fact]
    public async Task Checks_beyond_the_per_minute_limit_of_an_address_get_429_while_opening_the_form_is_never_limited()
    {
        using var anonymous = app.Anonymous();
        for (var i = 0; i < PublicStatusRateLimitedFactory.Permits; i++)
        {
            var refused = await anonymous.PostAsJsonAsync("/api/v1/public/asylum-status", new { caseNumber = $"SR-1999-00010{i}", secret = "ABCDE-FGHJK" });
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        var limited = await anonymous.PostAsJsonAsync("/api/v1/public/asylum-status", new { caseNumber = "SR-1999-000109", secret = "ABCDE-FGHJK" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter);

        for (var i = 0; i < PublicStatusRateLimitedFactory.Permits + 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/estado-solicitud?culture=fr")).StatusCode);
        }

        // The page's checks share the address's budget: a French page for the refusal.
        using var page = PageSession.Start(app);
        var post = await page.PostFormAsync("/estado-solicitud?culture=fr", [new("CaseNumber", "SR-1999-000110"), new("Secret", "ABCDE-FGHJK")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, post.StatusCode);
        var html = WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync());
        Assert.Contains("Trop de demandes", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
    }
}
