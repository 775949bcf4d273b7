using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using static Ruta.IntegrationTests.Modules.Children.ChildrenTestKit;

namespace Ruta.IntegrationTests.Modules.Children;

/// <summary>Identification: the presumption of childhood, accompaniment, the immediate notice to the competent Procuraduría, canalization and TVRH.</summary>
public sealed class ChildIdentificationTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task INM_identifies_an_unaccompanied_15_year_old_and_notifies_the_procuraduria_of_the_state_at_once_with_a_24_hour_alert()
    {
        var child = await app.AddPersonAsync("Kevin", 15);
        using var inm = await app.ApiAsAsync("inm.officer");

        var identified = await IdentifyAsync(inm, Identification([child]));

        var row = identified.GetProperty("children")[0];
        Assert.Equal("unaccompanied", row.GetProperty("accompaniment").GetString());
        Assert.False(row.GetProperty("agePresumed").GetBoolean());
        Assert.Equal("notified", row.GetProperty("status").GetString());
        var folio = row.GetProperty("noticeFolio").GetString()!;
        var chiapas = await app.OfficeAsync("PROCURADURIA-07");
        var (notice, deadline) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var n = await db.Set<OfficialNotice>().AsNoTracking().SingleAsync(x => x.Folio == folio);
            var d = await db.Set<Deadline>().AsNoTracking().SingleAsync(x => x.CaseId == n.Id && x.Kind == NoticeSender.AcknowledgementKind);
            return (n, d);
        });
        Assert.Equal("PROCURADURIA", notice.RecipientAgency);
        Assert.Equal(chiapas, notice.RecipientOfficeId);
        Assert.Equal(NoticeTypes.ChildIdentified, notice.Type);
        Assert.Equal(child, notice.PersonId);
        Assert.Contains("no acompañado", notice.Body, StringComparison.Ordinal);
        Assert.Contains("112", notice.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(DeadlineUnit.Hours, deadline.Unit);
        Assert.Equal(24, deadline.Amount);
        Assert.Equal(notice.SentAt.AddHours(24), deadline.DueAt);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(19, true)]
    [InlineData(17, false)]
    public async Task A_person_under_18_or_of_uncertain_age_is_identified_as_a_child(int? age, bool estimated)
    {
        var person = await app.AddPersonAsync("Presunto", age, estimated);
        using var inm = await app.ApiAsAsync("inm.officer");

        var identified = await IdentifyAsync(inm, Identification([person]));

        Assert.Equal(age is null || estimated, identified.GetProperty("children")[0].GetProperty("agePresumed").GetBoolean());
    }

    [Fact]
    public async Task An_adult_whose_age_is_certain_is_refused_with_the_legal_basis_of_the_presumption()
    {
        var adult = await app.AddPersonAsync("Adulta", 18);
        using var inm = await app.ApiAsAsync("inm.officer");

        var problem = await ProblemAsync(await PostIdentificationAsync(inm, Identification([adult])), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("NNA_NOT_A_CHILD", problem.GetProperty("code").GetString());
        Assert.Contains("art. 3 fr. XVI", problem.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mother_with_her_two_children_makes_them_accompanied_and_INM_documents_all_three_at_once_with_no_document_or_fee()
    {
        var mother = await app.AddPersonAsync("Juana", 35);
        var son = await app.AddPersonAsync("Josué", 13);
        var daughter = await app.AddPersonAsync("Rosa", 9);
        await app.LinkParentAsync(son, mother);
        await app.LinkParentAsync(daughter, mother);
        var dif = await app.OfficeAsync("DIF-M-TAP");
        using var inm = await app.ApiAsAsync("inm.officer");

        var identified = await IdentifyAsync(inm, Identification([son, daughter], [(mother, "parent-or-guardian")], dif, tvrh: true));

        var children = identified.GetProperty("children").EnumerateArray().ToList();
        Assert.All(children, c => Assert.Equal("accompanied", c.GetProperty("accompaniment").GetString()));
        Assert.All(children, c => Assert.StartsWith("ACTA-NNA-INM-", c.GetProperty("canalizationActNumber").GetString(), StringComparison.Ordinal));
        Assert.NotEqual(children[0].GetProperty("noticeFolio").GetString(), children[1].GetProperty("noticeFolio").GetString());
        var holders = identified.GetProperty("tvrhs").EnumerateArray().Select(t => t.GetProperty("personId").GetGuid()).ToList();
        Assert.Equal([son, daughter, mother], holders);
        var documents = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<IssuedDocument>().AsNoTracking()
            .Where(d => holders.Contains(d.HolderPersonId)).ToListAsync());
        Assert.Equal(3, documents.Count);
        Assert.All(documents, d =>
        {
            Assert.Equal(DocumentType.HumanitarianVisitorCard, d.Type);
            Assert.Equal("ChildCase", d.CaseType);
            Assert.Equal(app.Today(), d.ValidFrom);
            Assert.Contains("LM art. 52 fr. V inciso b", d.Description, StringComparison.Ordinal);
        });
        var difNotices = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<OfficialNotice>().AsNoTracking()
            .CountAsync(n => n.Type == NoticeTypes.ChildCanalized && (n.PersonId == son || n.PersonId == daughter) && n.RecipientOfficeId == dif));
        Assert.Equal(2, difNotices);
    }

    [Fact]
    public async Task A_declared_relation_that_contradicts_the_registry_is_refused()
    {
        var mother = await app.AddPersonAsync("Madre", 30);
        var child = await app.AddPersonAsync("Hijo", 8);
        await app.LinkParentAsync(child, mother);
        using var inm = await app.ApiAsAsync("inm.officer");

        var problem = await ProblemAsync(await PostIdentificationAsync(inm, Identification([child], [(mother, "unrelated")])), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("adults[0].relation", out _));
    }

    [Fact]
    public async Task A_customary_caregiver_makes_the_child_separated_and_an_adult_presumed_a_child_cannot_be_listed_as_an_adult()
    {
        var aunt = await app.AddPersonAsync("Tía", 28);
        var teen = await app.AddPersonAsync("Acompañante", null);
        var child = await app.AddPersonAsync("Sobrino", 14);
        using var beta = await app.ApiAsAsync("beta.officer");

        var separated = await IdentifyAsync(beta, Identification([child], [(aunt, "customary-caregiver")]));
        Assert.Equal("separated", separated.GetProperty("children")[0].GetProperty("accompaniment").GetString());

        var other = await app.AddPersonAsync("Otro", 10);
        var problem = await ProblemAsync(await PostIdentificationAsync(beta, Identification([other], [(teen, "unrelated")])), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("adults[0].personId", out _));
    }

    [Fact]
    public async Task A_child_with_an_open_case_is_not_identified_twice()
    {
        var child = await app.AddPersonAsync("Dos veces", 12);
        using var inm = await app.ApiAsAsync("inm.officer");
        await IdentifyAsync(inm, Identification([child]));

        var problem = await ProblemAsync(await PostIdentificationAsync(inm, Identification([child])), HttpStatusCode.Conflict);

        Assert.Equal("NNA_CASE_ALREADY_OPEN", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_procuraduria_that_meets_a_child_detects_the_case_itself_and_sends_no_notice()
    {
        var child = await app.AddPersonAsync("Detectado", 11);
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");

        var identified = await IdentifyAsync(procuraduria, Identification([child]));

        var row = identified.GetProperty("children")[0];
        Assert.Equal("received", row.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("noticeFolio").ValueKind);
    }

    [Fact]
    public async Task Only_INM_issues_the_TVRH_and_oversight_cannot_identify()
    {
        var child = await app.AddPersonAsync("Sin TVRH", 10);
        using var dif = await app.ApiAsAsync("dif.officer");
        using var cndh = await app.ApiAsAsync("cndh.auditor");

        var problem = await ProblemAsync(await PostIdentificationAsync(dif, Identification([child], tvrh: true)), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("issueTvrh", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostIdentificationAsync(cndh, Identification([child]))).StatusCode);
    }
}
