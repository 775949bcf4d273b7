using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;

namespace Ruta.IntegrationTests.Kernel.Removal;

public sealed class RemovalGuardTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private static readonly DateOnly On = new(2026, 6, 15);

    private async Task<(HttpStatusCode Status, JsonElement Body)> CheckAsync(Guid personId, string kind, string on = "2026-06-15",
        string user = "inm.officer")
    {
        using var client = await app.ApiAsAsync(user);
        var response = await client.GetAsync($"/api/v1/persons/{personId}/removal-check?kind={kind}&on={on}");
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string[] Codes(JsonElement body) =>
        body.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("code").GetString()!).ToArray();

    private static JsonElement Block(JsonElement body, string code) =>
        body.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("code").GetString() == code);

    [Fact]
    public async Task A_child_under_18_is_never_deported_citing_LM_art_120_until_the_18th_birthday()
    {
        var birth = On.AddYears(-15);
        var person = await app.AddPersonAsync(birth);

        var (status, body) = await CheckAsync(person, "deportation");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("allowed").GetBoolean());
        Assert.Equal([ChildIsNeverDeported.Code], Codes(body));
        var block = Block(body, "CHILD_NEVER_DEPORTED");
        Assert.Equal("Ley de Migración, art. 120", block.GetProperty("legalBasis").GetString());
        Assert.False(string.IsNullOrWhiteSpace(block.GetProperty("reason").GetString()));
        Assert.Equal(birth.ToString("yyyy-MM-dd"), block.GetProperty("since").GetString());
        Assert.Equal(birth.AddYears(18).ToString("yyyy-MM-dd"), block.GetProperty("until").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("checkId").GetString(), out _));
    }

    [Fact]
    public async Task A_person_without_birth_date_is_presumed_a_child_and_never_deported()
    {
        var person = await app.AddPersonAsync(birthDate: null);

        var (_, body) = await CheckAsync(person, "deportation");

        Assert.False(body.GetProperty("allowed").GetBoolean());
        var block = Block(body, "CHILD_NEVER_DEPORTED");
        Assert.Equal(JsonValueKind.Null, block.GetProperty("since").ValueKind);
        Assert.Equal(JsonValueKind.Null, block.GetProperty("until").ValueKind);
        Assert.Contains("presume", block.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_estimated_to_be_19_is_presumed_a_child_and_never_deported()
    {
        var birth = On.AddYears(-19);
        var person = await app.AddPersonAsync(birth, estimated: true);

        var (_, body) = await CheckAsync(person, "deportation");

        Assert.False(body.GetProperty("allowed").GetBoolean());
        var block = Block(body, "CHILD_NEVER_DEPORTED");
        Assert.Equal(birth.ToString("yyyy-MM-dd"), block.GetProperty("since").GetString());
        Assert.Equal(JsonValueKind.Null, block.GetProperty("until").ValueKind);
    }

    [Theory]
    [InlineData("assisted-return")]
    [InlineData("border-rejection")]
    public async Task A_child_is_never_returned_or_rejected_without_child_protection_evidence(string kind)
    {
        var person = await app.AddPersonAsync(On.AddYears(-10));

        var (status, body) = await CheckAsync(person, kind);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("allowed").GetBoolean());
        // The children module replaced the kernel's provisional rule (same name): one block per missing evidence.
        Assert.DoesNotContain("CHILD_RETURN_REQUIRES_PROTECTION_EVIDENCE", Codes(body));
        var risk = Block(body, "NNA_RETURN_RISK_NOT_ASSESSED").GetProperty("legalBasis").GetString()!;
        Assert.Contains("art. 74", risk, StringComparison.Ordinal);
        var plan = Block(body, "NNA_RETURN_PLAN_DOES_NOT_ALLOW_LEAVING").GetProperty("legalBasis").GetString()!;
        Assert.Contains("112", plan, StringComparison.Ordinal);
        Assert.Contains("LGDNNA", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deportation")]
    [InlineData("assisted-return")]
    [InlineData("border-rejection")]
    public async Task An_adult_with_no_protection_flags_may_be_removed_by_any_kind(string kind)
    {
        var person = await app.AddPersonAsync(On.AddYears(-30));

        var (status, body) = await CheckAsync(person, kind);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("allowed").GetBoolean());
        Assert.Empty(Codes(body));
    }

    [Theory]
    [InlineData(Vulnerabilities.CrimeVictimOrWitness)]
    [InlineData(Vulnerabilities.TraffickingVictim)]
    public async Task A_victim_or_witness_of_a_grave_crime_is_never_deported_but_may_take_assisted_return(Vulnerabilities flag)
    {
        var person = await app.AddPersonAsync(On.AddYears(-35), vulnerabilities: flag | Vulnerabilities.Pregnant);

        var (_, deportation) = await CheckAsync(person, "deportation");
        var (_, assistedReturn) = await CheckAsync(person, "assisted-return");

        Assert.False(deportation.GetProperty("allowed").GetBoolean());
        Assert.Equal(["CRIME_VICTIM_NEVER_DEPORTED"], Codes(deportation));
        Assert.Equal("Ley de Migración, art. 120", Block(deportation, "CRIME_VICTIM_NEVER_DEPORTED").GetProperty("legalBasis").GetString());
        Assert.True(assistedReturn.GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task A_child_who_is_also_a_crime_victim_gets_every_reason()
    {
        var person = await app.AddPersonAsync(On.AddYears(-16), vulnerabilities: Vulnerabilities.TraffickingVictim);

        var (_, body) = await CheckAsync(person, "deportation");

        Assert.Equal(["CHILD_NEVER_DEPORTED", "CRIME_VICTIM_NEVER_DEPORTED"], Codes(body));
    }

    [Fact]
    public async Task The_block_ends_on_the_18th_birthday_not_the_day_before()
    {
        var birth = new DateOnly(2008, 6, 15);
        var person = await app.AddPersonAsync(birth);

        var (_, dayBefore) = await CheckAsync(person, "deportation", on: "2026-06-14");
        var (_, birthday) = await CheckAsync(person, "deportation", on: "2026-06-15");
        var (_, returnDayBefore) = await CheckAsync(person, "assisted-return", on: "2026-06-14");
        var (_, returnBirthday) = await CheckAsync(person, "assisted-return", on: "2026-06-15");

        Assert.False(dayBefore.GetProperty("allowed").GetBoolean());
        Assert.Equal("2026-06-15", Block(dayBefore, "CHILD_NEVER_DEPORTED").GetProperty("until").GetString());
        Assert.True(birthday.GetProperty("allowed").GetBoolean());
        Assert.False(returnDayBefore.GetProperty("allowed").GetBoolean());
        Assert.True(returnBirthday.GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task Every_check_is_persisted_and_audited_with_who_asked_and_the_answer()
    {
        var person = await app.AddPersonAsync(On.AddYears(-12));

        var (_, blocked) = await CheckAsync(person, "deportation", user: "comar.supervisor");
        var (_, allowedAnswer) = await CheckAsync(person, "deportation", on: "2040-01-01", user: "comar.supervisor");

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var checks = await db.Set<RemovalCheck>().Where(c => c.PersonId == person).ToListAsync();
            Assert.Equal(2, checks.Count);

            var first = checks.Single(c => c.Id == Guid.Parse(blocked.GetProperty("checkId").GetString()!));
            Assert.Equal(RemovalKind.Deportation, first.Kind);
            Assert.Equal(On, first.OnDate);
            Assert.False(first.Allowed);
            Assert.Equal(ChildIsNeverDeported.Code, Assert.Single(first.ReadBlocks()).Code);
            Assert.Equal("comar.supervisor", first.AskedByUserName);
            Assert.Equal("COMAR", first.AskedByAgency);
            Assert.NotNull(first.AskedByUserId);

            var second = checks.Single(c => c.Id == Guid.Parse(allowedAnswer.GetProperty("checkId").GetString()!));
            Assert.True(second.Allowed);
            Assert.Empty(second.ReadBlocks());

            var audit = await db.Set<AuditEntry>()
                .Where(e => e.Action == RemovalGuard.AuditAction && e.RecordId == person.ToString())
                .ToListAsync();
            Assert.Equal(2, audit.Count);
            var firstAudit = audit.Single(e => e.After!.Contains(first.Id.ToString(), StringComparison.Ordinal));
            Assert.Equal("comar.supervisor", firstAudit.UserName);
            Assert.Equal("COMAR", firstAudit.AgencyCode);
            using var answer = JsonDocument.Parse(firstAudit.After!);
            Assert.False(answer.RootElement.GetProperty("allowed").GetBoolean());
            Assert.Equal("deportation", answer.RootElement.GetProperty("kind").GetString());
            Assert.Equal("CHILD_NEVER_DEPORTED", answer.RootElement.GetProperty("blocks")[0].GetProperty("code").GetString());
            Assert.Contains(audit, e => e.After!.Contains("\"allowed\":true", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task An_unknown_person_gets_404()
    {
        var (status, body) = await CheckAsync(Guid.CreateVersion7(), "deportation");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("expulsion", "2026-06-15", "kind")]
    [InlineData("", "2026-06-15", "kind")]
    [InlineData("deportation", "2026-13-01", "on")]
    [InlineData("deportation", "15/06/2026", "on")]
    public async Task A_bad_kind_or_date_gets_400_with_the_field_named(string kind, string on, string field)
    {
        var person = await app.AddPersonAsync(On.AddYears(-30));

        var (status, body) = await CheckAsync(person, kind, on);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Without_a_date_the_guard_answers_for_today()
    {
        var person = await app.AddPersonAsync(MexicoCity.Today(app.Clock).AddYears(-18).AddDays(1));
        using var client = await app.ApiAsAsync("inm.officer");

        var response = await client.GetAsync($"/api/v1/persons/{person}/removal-check?kind=deportation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.GetProperty("allowed").GetBoolean());
    }

    [Theory]
    [InlineData("cndh.officer", HttpStatusCode.Forbidden)]
    [InlineData("beta.supervisor", HttpStatusCode.Forbidden)]
    [InlineData("stps.officer", HttpStatusCode.Forbidden)]
    [InlineData("admin.administrator", HttpStatusCode.Forbidden)]
    [InlineData("cndh.auditor", HttpStatusCode.OK)]
    [InlineData("procuraduria.officer", HttpStatusCode.OK)]
    [InlineData("dif.supervisor", HttpStatusCode.OK)]
    [InlineData("sre.officer", HttpStatusCode.OK)]
    public async Task Only_agencies_that_act_on_removals_or_oversee_them_may_ask(string user, HttpStatusCode expected)
    {
        var person = await app.AddPersonAsync(On.AddYears(-30));

        var (status, _) = await CheckAsync(person, "deportation", user: user);

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task The_child_protection_module_can_replace_the_child_return_rule_by_its_name()
    {
        var person = await app.AddPersonAsync(On.AddYears(-10));
        await using var replaced = app.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddRemovalRule<ReturnAllowedByRestitutionPlan>(RemovalRuleNames.ChildReturnRequiresProtectionEvidence)));

        await using var scope = replaced.Services.CreateAsyncScope();
        var guard = scope.ServiceProvider.GetRequiredService<RemovalGuard>();
        var assistedReturn = await guard.EvaluateAsync(person, RemovalKind.AssistedReturn, On, CancellationToken.None);
        var deportation = await guard.EvaluateAsync(person, RemovalKind.Deportation, On, CancellationToken.None);

        Assert.Equal(["PLAN_SEEN"], assistedReturn!.Blocks.Select(b => b.Code));
        Assert.Equal([ChildIsNeverDeported.Code], deportation!.Blocks.Select(b => b.Code));
        await using var original = app.Services.CreateAsyncScope();
        Assert.Equal(original.ServiceProvider.GetRequiredService<RemovalRuleSet>().Names.Count,
            scope.ServiceProvider.GetRequiredService<RemovalRuleSet>().Names.Count); // replaced, not added (modules add their own rules)
    }

    /// <summary>Stands in for the child-protection module's rule.</summary>
    private sealed class ReturnAllowedByRestitutionPlan : IRemovalRule
    {
        public Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<RemovalBlock>>(kind == RemovalKind.AssistedReturn
                ? [new RemovalBlock("PLAN_SEEN", "LGDNNA, art. 123", "Regla de prueba.", null, null)]
                : []);
    }
}
