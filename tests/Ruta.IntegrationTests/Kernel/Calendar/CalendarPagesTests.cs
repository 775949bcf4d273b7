using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Calendar;

/// <summary>"Mis plazos" (page and API), the calculator page, the closures page and the menu entries.</summary>
public sealed partial class CalendarPagesTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private Task<List<Deadline>> ScheduleAsync(params DeadlineRequest[] requests) => app.WithScopeAsync(async sp =>
    {
        var deadlines = sp.GetRequiredService<IDeadlines>();
        var scheduled = new List<Deadline>();
        foreach (var request in requests)
        {
            scheduled.Add(await deadlines.ScheduleAsync(request, CancellationToken.None));
        }

        await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
        return scheduled;
    });

    private static DeadlineRequest Request(string agency, string description, DeadlineUnit unit, int amount, DateOnly trigger, DateTimeOffset? at = null) =>
        new("AsylumClaim", Guid.CreateVersion7(), null, "test.deadline", description, "LRPCAP art. 24", agency, unit, amount, trigger, at);

    [Fact]
    public async Task My_deadlines_lists_only_the_users_agency_overdue_first_then_by_due_date()
    {
        var today = MexicoCity.Today(app.Clock);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var scheduled = await ScheduleAsync(
            Request("COMAR", $"Resolver {tag} próximo", DeadlineUnit.BusinessDays, 10, today),
            Request("COMAR", $"Resolver {tag} vencido", DeadlineUnit.BusinessDays, 5, today.AddDays(-40)),
            Request("COMAR", $"Notificar {tag} en horas", DeadlineUnit.Hours, 24, today, app.Clock.GetUtcNow()),
            Request("INM", $"Ajeno {tag}", DeadlineUnit.BusinessDays, 1, today.AddDays(-40)));

        using var client = await app.ApiAsAsync("comar.officer");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/deadlines?status=open&page=1");
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.DoesNotContain(items, i => i.GetProperty("id").GetGuid() == scheduled[3].Id);
        var mine = items.Where(i => i.GetProperty("description").GetString()!.Contains(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal([scheduled[1].Id, scheduled[2].Id, scheduled[0].Id], mine.Select(i => i.GetProperty("id").GetGuid()).ToArray());
        Assert.True(mine[0].GetProperty("isOverdue").GetBoolean());
        Assert.True(mine[0].GetProperty("daysOverdue").GetInt32() > 0);
        Assert.False(mine[2].GetProperty("isOverdue").GetBoolean());
        Assert.Equal($"/AsylumClaim/{scheduled[0].CaseId}", mine[2].GetProperty("caseLink").GetString());
        Assert.Equal("LRPCAP art. 24", mine[2].GetProperty("legalBasis").GetString());

        var dueDates = items.Select(i => i.GetProperty("dueDate").GetString()!).ToList();
        Assert.Equal(dueDates.Order(StringComparer.Ordinal), dueDates);
        var firstNotOverdue = items.FindIndex(i => !i.GetProperty("isOverdue").GetBoolean());
        Assert.True(firstNotOverdue < 0 || items.Skip(firstNotOverdue).All(i => !i.GetProperty("isOverdue").GetBoolean()));

        var inm = await (await app.ApiAsAsync("inm.officer")).GetFromJsonAsync<JsonElement>("/api/v1/deadlines");
        Assert.Contains(inm.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == scheduled[3].Id);
    }

    [Fact]
    public async Task My_deadlines_filters_by_status()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var scheduled = await ScheduleAsync(Request("DIF", $"Cancelado {tag}", DeadlineUnit.NaturalDays, 10, MexicoCity.Today(app.Clock)));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            sp.GetRequiredService<IDeadlines>().Cancel(await db.Set<Deadline>().FindAsync(scheduled[0].Id) ?? throw new InvalidOperationException(), "Caso concluido");
            await db.SaveChangesAsync();
        });

        using var client = await app.ApiAsAsync("dif.supervisor");
        var open = await client.GetFromJsonAsync<JsonElement>("/api/v1/deadlines");
        var cancelled = await client.GetFromJsonAsync<JsonElement>("/api/v1/deadlines?status=cancelled");
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == scheduled[0].Id);
        var row = Assert.Single(cancelled.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == scheduled[0].Id);
        Assert.Equal("cancelled", row.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("status=late", "status")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    public async Task My_deadlines_rejects_bad_filters_with_400(string query, string field)
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var response = await client.GetAsync("/api/v1/deadlines?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task My_deadlines_is_forbidden_to_the_CNDH()
    {
        using var client = await app.ApiAsAsync("cndh.officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/deadlines")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Deadlines")).StatusCode);
    }

    [Fact]
    public async Task The_my_deadlines_page_shows_overdue_deadlines_in_red_with_days_overdue()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await ScheduleAsync(Request("BETA", $"Entregar {tag}", DeadlineUnit.BusinessDays, 1, MexicoCity.Today(app.Clock).AddDays(-20)));

        using var client = await app.ApiAsAsync("beta.officer");
        var response = await client.GetAsync("/Deadlines");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Entregar {tag}", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"overdue\">", html, StringComparison.Ordinal);
        Assert.Matches(@"Vencido hace \d+ día\(s\)", html);
        Assert.Contains("LRPCAP art. 24", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_deadlines_pages_through_long_lists_in_the_api_and_the_page()
    {
        var today = MexicoCity.Today(app.Clock);
        await ScheduleAsync(Enumerable.Range(1, MyDeadlines.PageSize + 1)
            .Select(i => Request("IMME", $"Plazo IMME {i:D2}", DeadlineUnit.NaturalDays, i, today)).ToArray());

        using var client = await app.ApiAsAsync("imme.officer");
        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/deadlines?status=open&page=1");
        var second = await client.GetFromJsonAsync<JsonElement>("/api/v1/deadlines?status=open&page=2");
        Assert.Equal(MyDeadlines.PageSize, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.False(second.GetProperty("hasMore").GetBoolean());

        var page1 = WebUtility.HtmlDecode(await client.GetStringAsync("/Deadlines"));
        Assert.Contains("href=\"/Deadlines?status=open&page=2\"", page1, StringComparison.Ordinal);
        var page2 = WebUtility.HtmlDecode(await client.GetStringAsync("/Deadlines?status=open&page=2"));
        Assert.Contains("Plazo IMME 51", page2, StringComparison.Ordinal);
        Assert.DoesNotContain("Plazo IMME 01", page2, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", page2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_menu_offers_my_deadlines_to_case_workers_and_the_calculator_to_everyone()
    {
        using var officer = await app.ApiAsAsync("comar.officer");
        var officerHome = await officer.GetStringAsync("/");
        Assert.Contains("href=\"/Deadlines\"", officerHome, StringComparison.Ordinal);
        Assert.Contains("href=\"/Calendar/Calculator\"", officerHome, StringComparison.Ordinal);

        using var auditor = await app.ApiAsAsync("cndh.auditor");
        var auditorHome = await auditor.GetStringAsync("/");
        Assert.DoesNotContain("href=\"/Deadlines\"", auditorHome, StringComparison.Ordinal);
        Assert.Contains("href=\"/Calendar/Calculator\"", auditorHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calculator_page_shows_both_dates_the_disputed_days_and_the_skipped_days()
    {
        using var client = await app.ApiAsAsync("cndh.auditor");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Calendar/Calculator?from=2026-01-30&days=5&unit=business&authority=INM"));

        Assert.Contains("datetime=\"2026-02-10\"", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2026-02-06\"", html, StringComparison.Ordinal);
        Assert.Contains("no coinciden", html, StringComparison.Ordinal);
        Assert.Contains("LFT art. 74", html, StringComparison.Ordinal);
        Assert.Contains("Sábado", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calculator_page_shows_field_errors_instead_of_failing_on_bad_input()
    {
        using var client = await app.ApiAsAsync("comar.officer");
        var first = await client.GetAsync("/Calendar/Calculator");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("<option value=\"COMAR\" selected=\"selected\">", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await client.GetAsync("/Calendar/Calculator?from=30%2F01%2F2026&days=-1&unit=business&authority=INM");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fecha inválida: use el formato AAAA-MM-DD.", html, StringComparison.Ordinal);
        Assert.Contains("Escriba un número entero de días.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Resultado", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_records_and_deletes_a_closure_through_the_page_and_others_may_only_read()
    {
        using var admin = await app.ApiAsAsync("admin.administrator");
        var form = await admin.GetStringAsync("/Calendar/Closures");
        var token = AntiforgeryToken(form);
        var recorded = await admin.PostAsync("/Calendar/Closures?handler=Record", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.AuthorityCode"] = "CONASE",
            ["Input.FirstDay"] = "2028-07-17",
            ["Input.LastDay"] = "2028-07-28",
            ["Input.DofReference"] = "Acuerdo CONASE, DOF 30/06/2028",
            ["Input.Description"] = "primer periodo vacacional de 2028",
        }));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var listed = await admin.GetStringAsync("/Calendar/Closures");
        Assert.Contains("Acuerdo CONASE, DOF 30/06/2028", listed, StringComparison.Ordinal);
        var calculated = await (await app.ApiAsAsync("conase.officer")).GetFromJsonAsync<JsonElement>(
            "/api/v1/calendar/deadline?from=2028-07-14&days=1&unit=business&authority=CONASE");
        Assert.Equal("2028-07-31", calculated.GetProperty("dueDate").GetString());

        var invalid = await admin.PostAsync("/Calendar/Closures?handler=Record", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(listed),
            ["Input.AuthorityCode"] = "CONASE",
            ["Input.FirstDay"] = "2028-08-02",
            ["Input.LastDay"] = "2028-08-01",
            ["Input.DofReference"] = "",
            ["Input.Description"] = "x",
        }));
        var invalidHtml = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("El último día no puede ser anterior al primero.", invalidHtml, StringComparison.Ordinal);

        var id = ClosureIdIn(listed, "Acuerdo CONASE, DOF 30/06/2028");
        var deleted = await admin.PostAsync("/Calendar/Closures?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(listed),
            ["id"] = id,
        }));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("Acuerdo CONASE, DOF 30/06/2028", await admin.GetStringAsync("/Calendar/Closures"), StringComparison.Ordinal);

        using var officer = await app.ApiAsAsync("comar.officer");
        var readOnly = await officer.GetStringAsync("/Calendar/Closures");
        Assert.Contains("Acuerdo SEGOB, DOF 29/05/2024", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Record", readOnly, StringComparison.Ordinal);
        // The officer's page has no form, hence no antiforgery token of theirs: the post is refused either way.
        var refused = await officer.PostAsync("/Calendar/Closures?handler=Record", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.AuthorityCode"] = "COMAR",
            ["Input.FirstDay"] = "2028-08-01",
            ["Input.LastDay"] = "2028-08-02",
            ["Input.DofReference"] = "Acuerdo intruso",
            ["Input.Description"] = "x",
        }));
        Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, refused.StatusCode.ToString());
        Assert.DoesNotContain("Acuerdo intruso", await officer.GetStringAsync("/Calendar/Closures"), StringComparison.Ordinal);
    }

    private static string AntiforgeryToken(string html) =>
        AntiforgeryField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token in the page.");

    private static string ClosureIdIn(string html, string dofReference)
    {
        var row = html[html.IndexOf(dofReference, StringComparison.Ordinal)..];
        return HiddenId().Match(row).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"id\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex HiddenId();
}
