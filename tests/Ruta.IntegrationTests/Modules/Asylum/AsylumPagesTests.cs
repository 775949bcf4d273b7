using System.Net;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.IntegrationTests.Kernel.Access;
using static Ruta.IntegrationTests.Modules.Asylum.AsylumTestKit;

namespace Ruta.IntegrationTests.Modules.Asylum;

/// <summary>The /Asylum pages as a browser without JavaScript uses them: real forms with antiforgery tokens.</summary>
public sealed class AsylumPagesTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task A_COMAR_officer_files_a_claim_choosing_the_applicant_and_a_dependent_from_the_registry()
    {
        var applicant = await app.AddAdultAsync("Wilmer");
        var dependent = await app.AddAdultAsync("Keyla");
        var office = await app.OfficeAsync("COMAR-TAP");
        using var session = await PageSession.SignInAsync(app, "comar.officer");

        var search = await session.GetPageAsync("/Asylum/File?q=wilmer");
        Assert.Contains("Wilmer Solicitante", search, StringComparison.Ordinal);
        var chosen = await session.GetPageAsync($"/Asylum/File?applicant={applicant}&d={dependent}");
        Assert.Contains("Keyla Solicitante", chosen, StringComparison.Ordinal);

        var response = await session.PostFormAsync($"/Asylum/File?applicant={applicant}&d={dependent}",
        [
            new("applicant", applicant.ToString()), new("d", dependent.ToString()), new("Input.EnteredOn", "2026-11-02"),
            new("Input.FiledOn", "2026-11-03"), new("Input.OfficeId", office.ToString()), new("Input.FiledBy", "applicant"),
        ]);
        // The result is shown, not redirected to: it carries the applicant's status secret, shown once and kept nowhere.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("Solicitud registrada: en trámite.", session.LastHtml, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"case-number\">SR-\\d{4}-\\d{6}<", session.LastHtml);
        Assert.Matches("data-testid=\"status-secret\">[0-9A-Z]{5}-[0-9A-Z]{5}<", session.LastHtml);
        var location = System.Text.RegularExpressions.Regex.Match(session.LastHtml, "href=\"(/Asylum/[0-9a-f-]{36})\"").Groups[1].Value;
        Assert.StartsWith("/Asylum/", location, StringComparison.Ordinal);

        var file = await session.GetPageAsync(location);
        Assert.Matches("SR-\\d{4}-\\d{6}", file);
        Assert.Contains("Keyla Solicitante", file, StringComparison.Ordinal);
        Assert.Contains("Registrar entrevista", file, StringComparison.Ordinal);
        Assert.Contains("Registrar la resolución", file, StringComparison.Ordinal);
        Assert.DoesNotContain("Registrar recurso de revisión", file, StringComparison.Ordinal);
        Assert.DoesNotContain("Resolver el recurso de revisión", file, StringComparison.Ordinal);

        var list = await session.GetPageAsync("/Asylum?status=in-procedure");
        Assert.Contains(location, list, StringComparison.Ordinal);
        Assert.Contains("Resolución de la solicitud de refugio", list, StringComparison.Ordinal);

        var english = await session.GetPageAsync(location + "?culture=en");
        Assert.Contains("Asylum claim of Wilmer Solicitante", english, StringComparison.Ordinal);
        Assert.Contains("Record an interview", english, StringComparison.Ordinal);
        Assert.Contains("in procedure", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_page_records_an_act_shows_field_errors_in_its_form_and_explains_a_legal_refusal()
    {
        var (claim, _, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3));
        using var session = await PageSession.SignInAsync(app, "comar.officer");
        var path = $"/Asylum/{claim}";
        var page = await session.GetPageAsync(path);
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;

        var recorded = await session.PostFormAsync($"{path}?act=interview",
            [new("Input.Version", version), new("Input.PersonId", ""), new("Input.HeldOn", "2026-11-10"), new("Input.InterpreterLanguage", "hat")]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var after = await session.GetPageAsync(path);
        Assert.Contains("Registrado: Registrar entrevista.", after, StringComparison.Ordinal);
        Assert.Contains("Intérprete:", after, StringComparison.Ordinal);

        var invalid = await session.PostFormAsync($"{path}?act=extension", [new("Input.Reason", "Carga de trabajo.")]);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Indique la fracción del art. 24", session.LastHtml, StringComparison.Ordinal);

        var refused = await session.PostFormAsync($"{path}?act=resolution",
            [new("Input.Outcome", "rejected"), new("Input.ResolvedOn", "2026-11-20"), new("Input.Reasons", "Sin temor fundado.")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("protección complementaria", html, StringComparison.Ordinal);
        Assert.Contains("LRPCAP arts. 28 y 29", html, StringComparison.Ordinal);

        var stale = await session.PostFormAsync($"{path}?act=interview", [new("Input.Version", version), new("Input.HeldOn", "2026-11-11")]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_demo_data_has_a_claim_in_procedure_one_recognized_and_one_in_its_appeal_window()
    {
        using var comar = await app.ApiAsAsync("comar.officer");
        foreach (var (status, applicant) in new[] { ("in-procedure", "José Luis"), ("recognized", "Jean-Baptiste"), ("appeal-window-open", "Yoandris") })
        {
            var list = await OkAsync(await comar.GetAsync($"/api/v1/asylum-claims?status={status}"));
            Assert.Contains(list.GetProperty("items").EnumerateArray(),
                r => r.GetProperty("applicantName").GetString()!.StartsWith(applicant, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task INM_cannot_open_the_asylum_pages_except_the_filing_form()
    {
        var (claim, _, _, _) = await app.NewClaimAsync(D(2026, 11, 2), D(2026, 11, 3));
        using var session = await PageSession.SignInAsync(app, "inm.officer");
        foreach (var path in new[] { "/Asylum", $"/Asylum/{claim}" })
        {
            var response = await session.Client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Contains("AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }
        }

        Assert.Contains("Registrar solicitud de refugio", await session.GetPageAsync("/Asylum/File"), StringComparison.Ordinal);
    }
}
