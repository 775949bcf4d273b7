using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using static Ruta.IntegrationTests.Modules.Children.ChildrenTestKit;

namespace Ruta.IntegrationTests.Modules.Children;

/// <summary>
/// No migration procedure about a child before the notice to the Procuraduría (the kernel gate other
/// modules call), and the international-protection screening: notices to COMAR and INM, no consular
/// contact, the need pending while COMAR has the claim.
/// </summary>
public sealed class ChildGateAndScreeningTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private Task EnsureAsync(Guid person) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IChildProtectionGate>().EnsureProcuraduriaNotifiedAsync(person, CancellationToken.None));

    [Fact]
    public async Task No_migration_procedure_about_a_child_starts_before_the_procuraduria_is_notified()
    {
        var child = await app.AddPersonAsync("Sin aviso", 16);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => EnsureAsync(child));
        Assert.Equal("NNA_PROCURADURIA_NOT_NOTIFIED", refused.Code);
        Assert.Contains("98", refused.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("112 fr. II", refused.LegalBasis, StringComparison.Ordinal);

        using var inm = await app.ApiAsAsync("inm.officer");
        var identified = await IdentifyAsync(inm, Identification([child]));
        await EnsureAsync(child);
        var notice = await app.WithScopeAsync(sp => sp.GetRequiredService<IChildProtectionGate>().FindNoticeAsync(child, CancellationToken.None));
        Assert.Equal(CaseId(identified), notice!.CaseId);
        Assert.Equal(identified.GetProperty("children")[0].GetProperty("noticeFolio").GetString(), notice.NoticeFolio);
    }

    [Fact]
    public async Task The_gate_presumes_childhood_when_the_age_is_unknown_and_lets_adults_through()
    {
        var unknown = await app.AddPersonAsync("Edad desconocida", null);
        var adult = await app.AddPersonAsync("Adulta", 30);

        Assert.Equal("NNA_PROCURADURIA_NOT_NOTIFIED", (await Assert.ThrowsAsync<DomainRuleException>(() => EnsureAsync(unknown))).Code);
        await EnsureAsync(adult);
    }

    [Fact]
    public async Task A_closed_case_does_not_open_the_gate_a_new_identification_does()
    {
        var child = await app.AddPersonAsync("Cerrado", 17, estimated: false);
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        var id = CaseId(await IdentifyAsync(procuraduria, Identification([child])));
        await EnsureAsync(child);

        var stillChild = await ProblemAsync(await ActAsync(procuraduria, id, "closure", new { reason = "reached-adulthood", notes = "Cumplió 18." }),
            HttpStatusCode.Conflict);
        Assert.Equal("NNA_STILL_A_CHILD", stillChild.GetProperty("code").GetString());
        var leftWithoutDecision = await ProblemAsync(await ActAsync(procuraduria, id, "closure", new { reason = "left-country", notes = "Salió." }),
            HttpStatusCode.Conflict);
        Assert.Equal("NNA_NO_DEPARTURE_DECISION", leftWithoutDecision.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_possible_protection_need_notifies_COMAR_and_INM_and_bars_consular_contact()
    {
        var child = await app.AddPersonAsync("Temor", 14);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var dif = await app.ApiAsAsync("dif.officer");
        var id = CaseId(await IdentifyAsync(inm, Identification([child], dif: await app.OfficeAsync("DIF-07"))));

        await OkAsync(dif, id, "screening", new { result = "need-identified", notes = "Dice que una pandilla mató a su hermano." });

        var notices = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<OfficialNotice>().AsNoTracking()
            .Where(n => n.PersonId == child && n.Type == NoticeTypes.ChildProtectionNeed).Select(n => new { n.RecipientAgency, n.Body }).ToListAsync());
        Assert.Equal(["COMAR", "INM"], notices.Select(n => n.RecipientAgency).Order());
        Assert.All(notices, n => Assert.DoesNotContain("pandilla", n.Body, StringComparison.Ordinal));
        var barred = await ProblemAsync(await ActAsync(inm, id, "consular-notice", new
        {
            purpose = "canalization", countryCode = "HND", consulate = "Consulado de Honduras en Tapachula", reference = "INM/1",
        }), HttpStatusCode.Conflict);
        Assert.Equal("NNA_CONSULAR_CONTACT_BARRED", barred.GetProperty("code").GetString());
        Assert.Contains("112 fr. V", barred.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_COMAR_has_the_childs_claim_the_need_stays_pending_and_consular_contact_stays_barred()
    {
        var child = await app.AddPersonAsync("Solicitante", 15);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        using var comar = await app.ApiAsAsync("comar.officer");
        var id = CaseId(await IdentifyAsync(inm, Identification([child])));
        await OkAsync(procuraduria, id, "screening", new { result = "need-identified", notes = "Teme persecución." });
        var office = await app.OfficeAsync("COMAR-TAP");
        var filed = await comar.PostAsJsonAsync("/api/v1/asylum-claims", new
        {
            personId = child, enteredOn = Iso(app.Today().AddDays(-3)), filedOn = Iso(app.Today()), officeId = office, filedBy = "representative",
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);

        var pending = await ProblemAsync(await ActAsync(procuraduria, id, "protection-need-resolution",
            new { resolution = "not-pursued", reasons = "Decidió no solicitar." }), HttpStatusCode.Conflict);

        Assert.Equal("NNA_ASYLUM_CLAIM_ACTIVE", pending.GetProperty("code").GetString());
        var view = await InmViewAsync(inm, id);
        Assert.True(view.GetProperty("protectionNeedPending").GetBoolean());
    }

    [Fact]
    public async Task With_no_indication_of_a_need_INM_tells_the_consulate_of_the_canalization()
    {
        var child = await app.AddPersonAsync("Consulado", 12);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var dif = await app.ApiAsAsync("dif.officer");
        var id = CaseId(await IdentifyAsync(inm, Identification([child], dif: await app.OfficeAsync("DIF-07"))));
        await OkAsync(dif, id, "screening", new { result = "no-indication", notes = "Sin temor." });

        await OkAsync(inm, id, "consular-notice", new { purpose = "canalization", countryCode = "GTM", consulate = "Consulado de Guatemala", reference = "INM/2" });

        var view = await InmViewAsync(inm, id);
        Assert.Equal("canalization", view.GetProperty("consularNotices")[0].GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task No_child_is_ever_admitted_to_a_migration_station_and_an_adult_is_not_barred_by_this_rule()
    {
        var unknown = await app.AddPersonAsync("Sin edad en estación", null);
        var adult = await app.AddPersonAsync("Adulto en estación", 40);

        var (childBars, adultBars) = await app.WithScopeAsync(async sp =>
        {
            var bars = sp.GetServices<Ruta.Web.Kernel.Custody.IStationAdmissionBar>().ToList();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var forChild = new List<Ruta.Web.Kernel.Custody.AdmissionBar>();
            var forAdult = new List<Ruta.Web.Kernel.Custody.AdmissionBar>();
            foreach (var bar in bars)
            {
                if (await bar.EvaluateAsync(unknown, now, CancellationToken.None) is { } b) { forChild.Add(b); }
                if (await bar.EvaluateAsync(adult, now, CancellationToken.None) is { } a) { forAdult.Add(a); }
            }

            return (forChild, forAdult);
        });

        var bar = Assert.Single(childBars, b => b.Code == "NNA_NEVER_IN_STATION");
        Assert.Contains("99", bar.LegalBasis, StringComparison.Ordinal);
        Assert.DoesNotContain(adultBars, b => b.Code == "NNA_NEVER_IN_STATION");
    }

    [Fact]
    public async Task The_authority_that_met_the_child_canalizes_it_and_an_unrelated_agency_cannot()
    {
        var child = await app.AddPersonAsync("Canalización", 13);
        using var comar = await app.ApiAsAsync("comar.officer");
        using var sre = await app.ApiAsAsync("sre.officer");
        var id = CaseId(await IdentifyAsync(comar, Identification([child])));
        var dif = await app.OfficeAsync("DIF-07");

        var refused = await ProblemAsync(await ActAsync(sre, id, "canalization", new { difOfficeId = dif }), HttpStatusCode.Forbidden);
        Assert.Equal("NNA_NOT_YOUR_CASE", refused.GetProperty("code").GetString());
        await OkAsync(comar, id, "canalization", new { difOfficeId = dif });
        var again = await ProblemAsync(await ActAsync(comar, id, "canalization", new { difOfficeId = dif }), HttpStatusCode.Conflict);
        Assert.Equal("NNA_ALREADY_CANALIZED", again.GetProperty("code").GetString());
    }
}
