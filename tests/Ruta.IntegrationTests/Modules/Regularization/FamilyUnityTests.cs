using System.Net;
using System.Text.Json;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persons;
using static Ruta.IntegrationTests.Modules.Regularization.RegularizationTestKit;

namespace Ruta.IntegrationTests.Modules.Regularization;

/// <summary>
/// Family unity from data: the principal's standing (registry nationality, valid cards, recognized
/// asylum claims), the links, the relative's cards and presence; the eligibility explanation; the visa
/// at INM and the change of condition (SQLite and PostgreSQL).
/// </summary>
public sealed class FamilyUnityTests(RegularizationFactory app) : IClassFixture<RegularizationFactory>
{
    private async Task<JsonElement> EligibilityAsync(Guid principal, Guid relative, string procedure, string? target = null)
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        var response = await inm.GetAsync($"/api/v1/migration/family-unity/eligibility?principalId={principal}&relativeId={relative}&procedure={procedure}" +
            (target is null ? "" : $"&targetCondition={target}"));
        return await OkAsync(response);
    }

    private static string[] Unmet(JsonElement explanation) =>
        [.. explanation.GetProperty("unmet").EnumerateArray().Select(u => u.GetProperty("code").GetString()!)];

    [Fact]
    public async Task The_explanation_lists_every_requirement_with_its_basis_before_filing()
    {
        var (principal, spouse) = await app.MexicanAndSpouseAsync();
        var regularization = await EligibilityAsync(principal, spouse, "regularization");
        Assert.True(regularization.GetProperty("eligible").GetBoolean());
        Assert.Equal("mexican", regularization.GetProperty("standing").GetString());
        Assert.Equal("temporary-resident", regularization.GetProperty("condition").GetString());
        Assert.Equal(2, regularization.GetProperty("maxValidityYears").GetInt32());
        Assert.Equal("INM", regularization.GetProperty("authorizingAgency").GetString());
        var requirements = regularization.GetProperty("requirements").EnumerateArray().ToList();
        Assert.All(requirements, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("legalBasis").GetString())));
        Assert.Contains(requirements, r => r.GetProperty("code").GetString() == "relation-qualifies"
            && r.GetProperty("legalBasis").GetString()!.Contains("LM art. 133 párr. segundo fr. I", StringComparison.Ordinal));

        var change = await EligibilityAsync(principal, spouse, "change-of-condition");
        Assert.False(change.GetProperty("eligible").GetBoolean());
        Assert.Equal(["relative-current-condition"], Unmet(change));

        using var inm = await app.ApiAsAsync("inm.officer");
        var bad = await ProblemAsync(await inm.GetAsync($"/api/v1/migration/family-unity/eligibility?principalId={principal}&procedure=marriage"),
            HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("relativeId", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("procedure", out _));
        await ProblemAsync(await inm.GetAsync($"/api/v1/migration/family-unity/eligibility?principalId={Guid.NewGuid()}&relativeId={spouse}&procedure=visa"),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_principal_standing_comes_from_data_nationality_valid_cards_and_recognized_asylum()
    {
        var foreigner = await app.AddPersonAsync("COL");
        var relative = await app.AddPersonAsync("COL");
        await app.LinkAsync(foreigner, relative, FamilyRelation.SpouseOrPartner);
        var none = await EligibilityAsync(foreigner, relative, "regularization");
        Assert.Equal(["principal-standing", "relation-qualifies"], Unmet(none));

        // A valid permanent residence card makes a permanent resident (it has no end).
        await app.IssueCardAsync(DocumentType.PermanentResidentCard, foreigner, D(2020, 1, 1), null);
        var permanent = await EligibilityAsync(foreigner, relative, "regularization");
        Assert.True(permanent.GetProperty("eligible").GetBoolean());
        Assert.Equal("permanent-resident", permanent.GetProperty("standing").GetString());

        var temporary = await app.AddPersonAsync("ARG");
        var child = await app.AddPersonAsync("ARG", born: D(2016, 5, 5));
        await app.LinkAsync(temporary, child, FamilyRelation.Child);
        await app.IssueCardAsync(DocumentType.TemporaryResidentCard, temporary, D(2024, 1, 1), D(2025, 12, 31));
        Assert.Equal(["principal-standing", "relation-qualifies"], Unmet(await EligibilityAsync(temporary, child, "regularization")));
        var trt = await app.IssueCardAsync(DocumentType.TemporaryResidentCard, temporary, D(2026, 1, 1), D(2027, 3, 31));
        var capped = await EligibilityAsync(temporary, child, "regularization");
        Assert.True(capped.GetProperty("eligible").GetBoolean());
        Assert.Equal(D(2027, 3, 31), Date(capped, "validUntilCap"));
        Assert.Contains(trt.Number, capped.GetProperty("standingDetail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recognized_refugee_is_a_principal_and_INM_is_not_competent_for_the_refugee_visa()
    {
        var (claim, refugee, _, _) = await Asylum.AsylumTestKit.NewClaimAsync(app, D(2026, 10, 1), D(2026, 10, 5));
        using (var comar = await app.ApiAsAsync("comar.officer"))
        {
            await Asylum.AsylumTestKit.OkAsync(comar, claim, "resolution", new
            {
                outcome = "refugee", resolvedOn = "2026-11-10", reasons = "Temor fundado de persecución por opiniones políticas.",
            });
            await Asylum.AsylumTestKit.OkAsync(comar, claim, "notification", new { notifiedOn = "2026-11-11" });
        }

        var wife = await app.AddPersonAsync("NIC");
        await app.LinkAsync(refugee, wife, FamilyRelation.SpouseOrPartner);
        var regularization = await EligibilityAsync(refugee, wife, "regularization");
        Assert.True(regularization.GetProperty("eligible").GetBoolean());
        Assert.Equal("refugee", regularization.GetProperty("standing").GetString());
        var visa = await EligibilityAsync(refugee, wife, "visa");
        Assert.Equal(["competent-authority"], Unmet(visa));
        Assert.Equal("COMAR", visa.GetProperty("authorizingAgency").GetString());
        Assert.Contains("LRPCAP art. 58", visa.GetProperty("unmet")[0].GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_missing_requirement_is_refused_with_its_reason_from_the_data()
    {
        var (principal, spouse) = await app.MexicanAndSpouseAsync();
        var mexicanRelative = await app.AddPersonAsync("MEX");
        await app.LinkAsync(principal, mexicanRelative, FamilyRelation.Sibling);
        Assert.Contains("relative-foreign", Unmet(await EligibilityAsync(principal, mexicanRelative, "regularization")));

        var stranger = await app.AddPersonAsync("GTM");
        Assert.Contains("family-link", Unmet(await EligibilityAsync(principal, stranger, "regularization")));

        var sibling = await app.AddPersonAsync("GTM");
        await app.LinkAsync(principal, sibling, FamilyRelation.Sibling);
        Assert.Equal(["relation-qualifies"], Unmet(await EligibilityAsync(principal, sibling, "regularization")));
        Assert.Equal(["relative-minor"], Unmet(await EligibilityAsync(principal, sibling, "visa")));

        var held = await app.AddPersonAsync("GTM");
        await app.LinkAsync(principal, held, FamilyRelation.Parent);
        app.Stays.Admit(held, await app.OfficeAsync("INM-EM-TAP"), DateTime.UtcNow.AddDays(-1));
        var inStation = await EligibilityAsync(principal, held, "visa");
        Assert.Equal(["relative-abroad"], Unmet(inStation));
        Assert.Contains("estación migratoria", inStation.GetProperty("unmet")[0].GetProperty("detail").GetString(), StringComparison.Ordinal);

        var visitor = await app.AddPersonAsync("GTM");
        await app.LinkAsync(principal, visitor, FamilyRelation.SpouseOrPartner);
        await app.IssueCardAsync(DocumentType.HumanitarianVisitorCard, visitor, D(2026, 6, 1), D(2027, 5, 31));
        Assert.Equal(["relative-irregular"], Unmet(await EligibilityAsync(principal, visitor, "regularization")));
        Assert.Equal(["relative-abroad"], Unmet(await EligibilityAsync(principal, visitor, "visa")));
        Assert.True((await EligibilityAsync(principal, visitor, "change-of-condition")).GetProperty("eligible").GetBoolean());

        using var inm = await app.ApiAsAsync("inm.officer");
        await FileAsync(inm, await app.WalkInAsync(spouse, "family-link", D(2026, 11, 20), principal), "/api/v1/migration/family-unity/regularizations");
        Assert.Contains("no-identical-request", Unmet(await EligibilityAsync(principal, spouse, "regularization")));
    }

    [Fact]
    public async Task The_spouse_waits_two_years_as_temporary_resident_counted_across_renewals()
    {
        var (principal, spouse) = await app.MexicanAndSpouseAsync();
        var first = await app.IssueCardAsync(DocumentType.TemporaryResidentCard, spouse, D(2025, 6, 1), D(2026, 5, 31));
        await app.IssueCardAsync(DocumentType.TemporaryResidentCard, spouse, D(2026, 6, 1), D(2027, 5, 31), first.Id);
        var waiting = await EligibilityAsync(principal, spouse, "change-of-condition", "permanent-resident");
        Assert.Equal(["waiting-period"], Unmet(waiting));
        Assert.Contains("desde el 2025-06-01: cumple dos años el 2027-06-01", waiting.GetProperty("unmet")[0].GetProperty("detail").GetString(),
            StringComparison.Ordinal);

        var (principal2, spouse2) = await app.MexicanAndSpouseAsync();
        var old = await app.IssueCardAsync(DocumentType.TemporaryResidentCard, spouse2, D(2024, 10, 1), D(2025, 9, 30));
        await app.IssueCardAsync(DocumentType.TemporaryResidentCard, spouse2, D(2025, 10, 1), D(2026, 12, 31), old.Id);
        var ready = await EligibilityAsync(principal2, spouse2, "change-of-condition", "permanent-resident");
        Assert.True(ready.GetProperty("eligible").GetBoolean());
        Assert.Equal("permanent-resident", ready.GetProperty("condition").GetString());

        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, new
        {
            principalPersonId = principal2, relativePersonId = spouse2, targetCondition = "permanent-resident", officeId = await app.OfficeAsync("INM-OR-09"),
            filedOn = "2026-11-23", presented = new[] { "written-request", "principal-identity", "relative-passport", "family-link-proof", "fees-paid" },
        }, "/api/v1/migration/family-unity/changes-of-condition");
        var granted = await OkAsync(await PostAsync(inm, $"/api/v1/migration/family-unity/procedures/{filed.GetProperty("id").GetGuid()}/resolution",
            new { outcome = "granted", resolvedOn = "2026-11-24", reasons = "Dos años de residencia temporal y el matrimonio subsiste." }));
        Assert.Equal("granted", granted.GetProperty("status").GetString());
        var trp = Document(granted, "permanent-resident-card");
        Assert.Equal(JsonValueKind.Null, trp.GetProperty("validUntil").ValueKind);
        var replaced = await OkAsync(await inm.GetAsync($"/api/v1/documents/{trp.GetProperty("id").GetGuid()}"));
        Assert.NotEqual(JsonValueKind.Null, replaced.GetProperty("replacesId").ValueKind); // the TRT it takes the place of
    }

    [Fact]
    public async Task A_visa_por_unidad_familiar_is_resolved_in_20_business_days_and_authorized_with_an_oficio_to_SRE()
    {
        var (principal, husband) = await app.MexicanAndSpouseAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filing = new
        {
            principalPersonId = principal, relativePersonId = husband, officeId = await app.OfficeAsync("INM-OR-09"), filedOn = "2026-11-09",
            presented = new[] { "written-request", "principal-identity", "relative-passport" },
        };
        var filed = await FileAsync(inm, filing, "/api/v1/migration/family-unity/visa-requests");
        var id = filed.GetProperty("id").GetGuid();
        Assert.Equal("visa", filed.GetProperty("kind").GetString());
        Assert.Equal("temporary-resident", filed.GetProperty("targetCondition").GetString());
        // Mon 9 Nov 2026 + 20 business days, skipping Mon 16 Nov (LFT) and Fri 20 Nov (LFPA): Wed 9 Dec; advise by Mon 7 Dec.
        var resolution = Deadline(filed, "family-unity.resolution");
        Assert.Equal(D(2026, 12, 9), Date(resolution, "dueDate"));
        Assert.Equal(D(2026, 12, 7), Date(resolution, "adviseByDate"));
        Assert.Equal("LM art. 128", resolution.GetProperty("legalBasis").GetString());

        var identical = await ProblemAsync(await PostAsync(inm, "/api/v1/migration/family-unity/visa-requests", filing), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no hay otra solicitud igual", identical.GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);

        var missing = await ProblemAsync(await PostAsync(inm, $"/api/v1/migration/family-unity/procedures/{id}/resolution",
            new { outcome = "granted", resolvedOn = "2026-11-24", reasons = "Procede." }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_REQUIREMENTS_MISSING", missing.GetProperty("code").GetString());
        // Prevención within the first third (6 business days, Mon 16 Nov not counted: by Wed 18 Nov); a whole new period runs from the answer (LM art. 128).
        var late = await ProblemAsync(await PostAsync(inm, $"/api/v1/migration/family-unity/procedures/{id}/prevention", new { notifiedOn = "2026-11-19" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("REG_PREVENTION_AFTER_FIRST_THIRD", late.GetProperty("code").GetString());
        await OkAsync(await PostAsync(inm, $"/api/v1/migration/family-unity/procedures/{id}/prevention", new { notifiedOn = "2026-11-18" }));
        var read = await inm.GetAsync($"/api/v1/migration/family-unity/procedures/{id}");
        await OkAsync(await PostAsync(inm, $"/api/v1/migration/family-unity/procedures/{id}/requirements",
            new { presented = new[] { "written-request", "principal-identity", "relative-passport", "family-link-proof" } }, read.Headers.ETag!.Tag,
            HttpMethod.Put));
        var answered = await OkAsync(await PostAsync(inm, $"/api/v1/migration/family-unity/procedures/{id}/prevention-answer",
            new { answeredOn = "2026-11-19" }));
        Assert.Equal(D(2026, 12, 18), Date(Deadline(answered, "family-unity.resolution"), "dueDate"));

        var granted = await OkAsync(await PostAsync(inm, $"/api/v1/migration/family-unity/procedures/{id}/resolution",
            new { outcome = "granted", resolvedOn = "2026-11-24", reasons = "Acreditó el matrimonio con persona mexicana (LM art. 56 fr. II)." }));
        Assert.Equal("granted", granted.GetProperty("status").GetString());
        var authorization = Document(granted, "other");
        Assert.Equal(D(2027, 1, 7), Date(authorization, "validUntil")); // 30 business days (skips 25 Dec and 1 Jan)
        Assert.False(string.IsNullOrWhiteSpace(granted.GetProperty("noticeFolio").GetString()));
        using var sre = await app.ApiAsAsync("sre.officer");
        var notice = await OkAsync(await sre.GetAsync($"/api/v1/notices/{granted.GetProperty("noticeId").GetGuid()}"));
        Assert.Equal("family-unity.visa-authorized", notice.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Who_qualifies_for_a_principal_lists_each_registered_relative_for_the_three_procedures()
    {
        var (principal, spouse) = await app.MexicanAndSpouseAsync();
        var sibling = await app.AddPersonAsync("GTM", born: D(2012, 1, 1));
        await app.LinkAsync(principal, sibling, FamilyRelation.Sibling);
        using var inm = await app.ApiAsAsync("inm.officer");
        var answer = await OkAsync(await inm.GetAsync($"/api/v1/migration/family-unity/principals/{principal}/relatives"));
        Assert.Equal("mexican", answer.GetProperty("standing").GetString());
        var rows = answer.GetProperty("relatives").EnumerateArray().ToDictionary(r => r.GetProperty("relative").GetProperty("id").GetGuid());
        bool Eligible(Guid relative, string procedure) => rows[relative].GetProperty("procedures").EnumerateArray()
            .Single(p => p.GetProperty("procedure").GetString() == procedure).GetProperty("eligible").GetBoolean();
        Assert.True(Eligible(spouse, "regularization"));
        Assert.True(Eligible(spouse, "visa"));
        Assert.False(Eligible(spouse, "change-of-condition"));
        Assert.False(Eligible(sibling, "regularization")); // LM art. 133 does not list siblings
        Assert.True(Eligible(sibling, "visa")); // LM art. 56 fr. VI: a minor sibling
    }
}
