using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Calendar;

/// <summary>The deadline calculator API and the published-closures API, against a real database.</summary>
public sealed class CalendarApiTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private async Task<JsonElement> CalculateAsync(string query, string user = "inm.officer")
    {
        using var client = await app.ApiAsAsync(user);
        var response = await client.GetAsync("/api/v1/calendar/deadline?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string[] Dates(JsonElement result) =>
        result.GetProperty("nonWorkingDays").EnumerateArray().Select(d => d.GetProperty("date").GetString()!).ToArray();

    [Fact]
    public async Task One_business_day_from_a_Friday_is_due_on_Monday_skipping_the_weekend()
    {
        var result = await CalculateAsync("from=2025-06-06&days=1&unit=business&authority=INM");

        Assert.Equal("2025-06-09", result.GetProperty("dueDate").GetString());
        Assert.Equal("2025-06-09", result.GetProperty("adviseByDate").GetString());
        Assert.Equal(["2025-06-07", "2025-06-08"], Dates(result));
        var reasons = result.GetProperty("nonWorkingDays").EnumerateArray().Select(d => d.GetProperty("reason").GetString()!).ToArray();
        Assert.Equal(["Sábado", "Domingo"], reasons);
    }

    [Fact]
    public async Task The_LFT_Monday_and_the_LFPA_fixed_date_push_the_due_date_but_not_the_advise_by_date()
    {
        // 2026: LFT art. 74 rests on Monday 2 February; LFPA art. 28 lists Thursday 5 February. Each law alone.
        var result = await CalculateAsync("from=2026-01-30&days=5&unit=business&authority=INM");

        Assert.Equal("2026-02-10", result.GetProperty("dueDate").GetString());
        Assert.Equal("2026-02-06", result.GetProperty("adviseByDate").GetString());
        Assert.True(result.GetProperty("lawsDisagree").GetBoolean());
        Assert.Equal(["2026-02-02", "2026-02-05"], result.GetProperty("disputedDays").EnumerateArray().Select(d => d.GetString()!).ToArray());
        Assert.Contains("2026-02-02", Dates(result));
        Assert.Contains("2026-02-05", Dates(result));
        var monday = result.GetProperty("nonWorkingDays").EnumerateArray().First(d => d.GetProperty("date").GetString() == "2026-02-02");
        Assert.StartsWith("LFT art. 74", monday.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(["lft"], monday.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }

    [Fact]
    public async Task The_2030_transition_day_1_October_is_non_working_under_the_LFT_only()
    {
        var result = await CalculateAsync("from=2030-09-30&days=1&unit=business&authority=COMAR");

        Assert.Equal("2030-10-02", result.GetProperty("dueDate").GetString());
        Assert.Equal("2030-10-01", result.GetProperty("adviseByDate").GetString());
        Assert.Equal(["2030-10-01"], Dates(result));
    }

    [Fact]
    public async Task The_COMAR_closure_of_May_2024_delays_COMAR_deadlines_but_not_INM_deadlines()
    {
        var comar = await CalculateAsync("from=2024-05-28&days=1&unit=business&authority=COMAR");
        var inm = await CalculateAsync("from=2024-05-28&days=1&unit=business&authority=INM");

        Assert.Equal("2024-06-03", comar.GetProperty("dueDate").GetString());
        Assert.Equal("2024-06-03", comar.GetProperty("adviseByDate").GetString());
        Assert.Contains(comar.GetProperty("nonWorkingDays").EnumerateArray(),
            d => d.GetProperty("date").GetString() == "2024-05-29" && d.GetProperty("reason").GetString()!.Contains("DOF", StringComparison.Ordinal));
        Assert.Equal("2024-05-29", inm.GetProperty("dueDate").GetString());
        Assert.Empty(Dates(inm));
    }

    [Fact]
    public async Task Natural_days_count_every_day_and_a_last_day_on_a_weekend_rolls_to_Monday()
    {
        var result = await CalculateAsync("from=2025-06-02&days=5&unit=natural&authority=INM");

        Assert.Equal("2025-06-09", result.GetProperty("dueDate").GetString());
        Assert.Equal("2025-06-09", result.GetProperty("adviseByDate").GetString());
        Assert.Equal(["2025-06-07", "2025-06-08"], Dates(result));
    }

    [Fact]
    public async Task A_natural_period_ending_on_the_LFT_Monday_rolls_the_due_date_but_not_the_advise_by_date()
    {
        var result = await CalculateAsync("from=2026-01-28&days=5&unit=NATURAL&authority=inm");

        Assert.Equal("2026-02-03", result.GetProperty("dueDate").GetString());
        Assert.Equal("2026-02-02", result.GetProperty("adviseByDate").GetString());
        Assert.Equal("INM", result.GetProperty("authority").GetString());
    }

    [Theory]
    [InlineData("from=2025-06-06&days=1&unit=business&authority=XYZ", "authority")]
    [InlineData("from=2025-06-06&days=1&unit=business&authority=", "authority")]
    [InlineData("from=2025-06-06&days=0&unit=business&authority=INM", "days")]
    [InlineData("from=2025-06-06&days=366&unit=business&authority=INM", "days")]
    [InlineData("from=2025-06-06&days=-3&unit=business&authority=INM", "days")]
    [InlineData("from=2025-06-06&days=abc&unit=business&authority=INM", "days")]
    [InlineData("from=2025-06-06&days=99999999999999&unit=business&authority=INM", "days")]
    [InlineData("from=2025-06-06&days=1&unit=weeks&authority=INM", "unit")]
    [InlineData("from=2025-13-01&days=1&unit=business&authority=INM", "from")]
    [InlineData("from=06/06/2025&days=1&unit=business&authority=INM", "from")]
    [InlineData("from=1999-01-04&days=1&unit=business&authority=INM", "from")]
    [InlineData("days=1&unit=business&authority=INM", "from")]
    [InlineData("from=2025-06-06&unit=business&authority=INM", "days")]
    [InlineData("from=2025-06-06&days=1&authority=INM", "unit")]
    [InlineData("from=2025-06-06&days=1&unit=business", "authority")]
    public async Task Bad_calculator_input_gets_400_problem_details_naming_the_field(string query, string field)
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var response = await client.GetAsync("/api/v1/calendar/deadline?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = doc.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"expected an error for {field}: {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Single(errors.EnumerateObject());
    }

    [Fact]
    public async Task A_request_with_no_parameters_gets_an_error_for_each_field()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var response = await client.GetAsync("/api/v1/calendar/deadline");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = doc.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(["authority", "days", "from", "unit"], fields);
    }

    [Fact]
    public async Task The_calculator_is_open_to_any_signed_in_user_but_not_to_anonymous_callers()
    {
        var result = await CalculateAsync("from=2025-06-06&days=1&unit=business&authority=INM", user: "cndh.auditor");
        Assert.Equal("2025-06-09", result.GetProperty("dueDate").GetString());

        var anonymous = await app.Anonymous().GetAsync("/api/v1/calendar/deadline?from=2025-06-06&days=1&unit=business&authority=INM");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_seeded_COMAR_closure_is_listed_once_and_seeding_again_adds_nothing()
    {
        await app.WithScopeAsync(sp => ClosureSeeder.SeedAsync(sp, CancellationToken.None));

        using var client = await app.ApiAsAsync("comar.officer");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/calendar/closures?authority=COMAR");
        var seeded = list.EnumerateArray().Where(c => c.GetProperty("firstDay").GetString() == "2024-05-29").ToList();
        Assert.Single(seeded);
        Assert.True(seeded[0].GetProperty("isSeeded").GetBoolean());
        Assert.Equal("2024-05-31", seeded[0].GetProperty("lastDay").GetString());
    }

    [Fact]
    public async Task Recording_and_deleting_a_closure_changes_the_calculators_answer_and_is_audited()
    {
        const string query = "from=2027-03-05&days=1&unit=business&authority=SRE";
        Assert.Equal("2027-03-08", (await CalculateAsync(query)).GetProperty("dueDate").GetString());

        using var admin = await app.ApiAsAsync("admin.administrator");
        var created = await admin.PostAsJsonAsync("/api/v1/calendar/closures", new
        {
            authorityCode = "sre",
            firstDay = "2027-03-08",
            lastDay = "2027-03-09",
            dofReference = "Acuerdo SRE, DOF 01/03/2027",
            description = "suspensión de labores del 8 y 9 de marzo de 2027",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var closure = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = closure.GetProperty("id").GetGuid();
        Assert.Equal("SRE", closure.GetProperty("authorityCode").GetString());
        Assert.Equal($"/api/v1/calendar/closures/{id}", created.Headers.Location?.OriginalString);

        var closed = await CalculateAsync(query);
        Assert.Equal("2027-03-10", closed.GetProperty("dueDate").GetString());
        Assert.Equal("2027-03-10", closed.GetProperty("adviseByDate").GetString());
        Assert.Contains(closed.GetProperty("nonWorkingDays").EnumerateArray(),
            d => d.GetProperty("reason").GetString()!.Contains("Acuerdo SRE, DOF 01/03/2027", StringComparison.Ordinal));
        Assert.Equal("2027-03-08", (await CalculateAsync(query.Replace("SRE", "INM", StringComparison.Ordinal))).GetProperty("dueDate").GetString());

        var deleted = await admin.DeleteAsync($"/api/v1/calendar/closures/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("2027-03-08", (await CalculateAsync(query)).GetProperty("dueDate").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/calendar/closures/{id}")).StatusCode);

        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => e.EntityType == nameof(PublishedClosureRecord) && e.RecordId == id.ToString())
            .Select(e => new { e.Action, e.UserName })
            .ToListAsync());
        Assert.Equal(["create", "delete"], actions.Select(a => a.Action).Order().ToArray());
        Assert.All(actions, a => Assert.Equal("admin.administrator", a.UserName));
    }

    [Fact]
    public async Task Only_reference_data_managers_may_record_or_delete_closures()
    {
        using var officer = await app.ApiAsAsync("comar.supervisor");
        var body = new { authorityCode = "COMAR", firstDay = "2027-04-01", lastDay = "2027-04-02", dofReference = "DOF", description = "x" };
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/v1/calendar/closures", body)).StatusCode);

        var seededId = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/calendar/closures?authority=COMAR"))
            .EnumerateArray().First(c => c.GetProperty("isSeeded").GetBoolean()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.DeleteAsync($"/api/v1/calendar/closures/{seededId}")).StatusCode);

        using var admin = await app.ApiAsAsync("admin.administrator");
        var refused = await admin.DeleteAsync($"/api/v1/calendar/closures/{seededId}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("calendar.seeded-closure", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/calendar/closures/{Guid.CreateVersion7()}")).StatusCode);
    }

    [Theory]
    [InlineData("XYZ", "2027-05-03", "2027-05-04", "DOF 1", "d", "authorityCode")]
    [InlineData("INM", "2027-05-04", "2027-05-03", "DOF 1", "d", "lastDay")]
    [InlineData("INM", "2027-05-32", "2027-06-03", "DOF 1", "d", "firstDay")]
    [InlineData("INM", "2027-05-03", "2029-05-03", "DOF 1", "d", "lastDay")]
    [InlineData("INM", "2027-05-03", "2027-05-04", "", "d", "dofReference")]
    [InlineData("INM", "2027-05-03", "2027-05-04", "DOF 1", " ", "description")]
    public async Task An_invalid_closure_gets_400_naming_the_field(string authority, string first, string last, string dof, string description, string field)
    {
        using var admin = await app.ApiAsAsync("admin.administrator");
        var response = await admin.PostAsJsonAsync("/api/v1/calendar/closures",
            new { authorityCode = authority, firstDay = first, lastDay = last, dofReference = dof, description });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty(field, out _), doc.RootElement.ToString());
    }

    [Fact]
    public async Task A_closure_already_recorded_for_the_same_days_is_refused_with_409()
    {
        using var admin = await app.ApiAsAsync("admin.administrator");
        var body = new { authorityCode = "STPS", firstDay = "2027-07-19", lastDay = "2027-07-30", dofReference = "Acuerdo STPS, DOF 10/07/2027", description = "vacaciones de verano" };
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/calendar/closures", body)).StatusCode);
        var again = await admin.PostAsJsonAsync("/api/v1/calendar/closures", body);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("calendar.duplicate-closure", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
