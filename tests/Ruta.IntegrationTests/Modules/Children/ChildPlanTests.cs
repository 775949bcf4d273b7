using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using static Ruta.IntegrationTests.Modules.Children.ChildrenTestKit;

namespace Ruta.IntegrationTests.Modules.Children;

/// <summary>The restitution procedure through the API and the plan that binds INM (LM art. 112 fr. III).</summary>
public sealed class ChildPlanTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private async Task<(Guid Case, Guid Child, Guid Mother)> AccompaniedCaseAsync()
    {
        var mother = await app.AddPersonAsync("Madre", 33);
        var child = await app.AddPersonAsync("Hija", 14);
        await app.LinkParentAsync(child, mother);
        using var inm = await app.ApiAsAsync("inm.officer");
        var identified = await IdentifyAsync(inm, Identification([child], [(mother, "parent-or-guardian")], await app.OfficeAsync("DIF-07")));
        return (CaseId(identified), child, mother);
    }

    [Fact]
    public async Task The_stages_run_in_order_and_a_skipped_stage_is_refused_naming_the_state()
    {
        var (id, _, _) = await AccompaniedCaseAsync();
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");

        var early = await ProblemAsync(await ActAsync(procuraduria, id, "family-diagnosis", new { diagnosis = "x" }), HttpStatusCode.Conflict);
        Assert.Equal("notificado a la Procuraduría", early.GetProperty("currentState").GetString());

        await ToBestInterestAsync(procuraduria, id);
        var file = await FileAsync(procuraduria, id);
        Assert.Equal("best-interest-determined", file.GetProperty("status").GetString());
        var allowed = file.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("plan", allowed);
        Assert.DoesNotContain("inm-decision", allowed);
        Assert.DoesNotContain("reception", allowed);
    }

    [Fact]
    public async Task A_best_interest_without_the_adolescents_opinion_is_refused()
    {
        var (id, _, _) = await AccompaniedCaseAsync();
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        await OkAsync(procuraduria, id, "reception");
        await OkAsync(procuraduria, id, "family-diagnosis", new { diagnosis = "Diagnóstico." });
        await OkAsync(procuraduria, id, "rights", new { findings = new[] { new { right = "Salud", violated = false } } });

        var problem = await ProblemAsync(await ActAsync(procuraduria, id, "best-interest", new
        {
            participants = new[] { new { name = "Lic. A", role = "Procuraduría" } },
            opinionNotHeardReason = "No quiso hablar.",
            reasons = "Razones.",
        }), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("NNA_CHILD_OPINION_NOT_HEARD", problem.GetProperty("code").GetString());
        Assert.Contains("LGDNNA", problem.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task INMs_decision_outside_the_plan_is_refused_with_409_and_the_legal_basis_and_the_allowed_one_is_recorded_with_family_unity()
    {
        var (id, child, mother) = await AccompaniedCaseAsync();
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        using var inmSupervisor = await app.ApiAsAsync("inm.supervisor");
        using var inmOfficer = await app.ApiAsAsync("inm.officer");
        await ToBestInterestAsync(procuraduria, id);

        var tooEarly = await ProblemAsync(await ActAsync(inmSupervisor, id, "inm-decision",
            new { outcome = "regularization", reasons = "R." }), HttpStatusCode.Conflict);
        Assert.Equal("etapa IV: interés superior determinado", tooEarly.GetProperty("currentState").GetString());

        await OkAsync(procuraduria, id, "plan", Plan(app.Today().AddDays(30), ["regularization"], [mother]));

        var refused = await ProblemAsync(await ActAsync(inmSupervisor, id, "inm-decision",
            new { outcome = "assisted-return", reasons = "Retorno." }), HttpStatusCode.Conflict);
        Assert.Equal("NNA_DECISION_NOT_IN_PLAN", refused.GetProperty("code").GetString());
        Assert.Contains("LM arts. 20 fr. IV, 79 párr. segundo y 112 fr. III", refused.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(inmSupervisor, id, "inm-decision", new { outcome = "deportation", reasons = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(inmOfficer, id, "inm-decision", new { outcome = "regularization", reasons = "x" })).StatusCode);

        await OkAsync(inmSupervisor, id, "inm-decision", new { outcome = "regularization", reasons = "Conforme al plan.", familyUnityPersonIds = new[] { mother } });

        var decision = await app.WithScopeAsync(sp => sp.GetRequiredService<IChildProtectionGate>().FindPlanDecisionAsync(child, CancellationToken.None));
        Assert.NotNull(decision);
        Assert.Equal(ChildProtectionOutcome.Regularization, decision.Outcome);
        Assert.Equal([mother], decision.FamilyUnityPersonIds);
        Assert.NotNull(decision.PlanNoticeFolio);
    }

    [Fact]
    public async Task The_plan_reaches_INM_as_an_oficio_with_the_outcomes_only_never_the_diagnosis_the_reasons_or_the_childs_words()
    {
        var (id, child, mother) = await AccompaniedCaseAsync();
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        await ToBestInterestAsync(procuraduria, id);
        await OkAsync(procuraduria, id, "plan", Plan(app.Today().AddDays(30), ["regularization", "asylum-procedure"], [mother]));

        var notice = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<OfficialNotice>().AsNoTracking()
            .SingleAsync(n => n.PersonId == child && n.Type == NoticeTypes.ChildRestitutionPlan));

        Assert.Equal("INM", notice.RecipientAgency);
        Assert.Contains("regularización migratoria", notice.Body, StringComparison.Ordinal);
        Assert.Contains("refugiado", notice.Body, StringComparison.Ordinal);
        foreach (var secret in new[] { "DIAGNOSTICO-CONFIDENCIAL", "OPINION-CONFIDENCIAL", "RAZONES-CONFIDENCIALES", "SUSTENTO-CONFIDENCIAL" })
        {
            Assert.DoesNotContain(secret, notice.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_revised_plan_replaces_the_previous_one_and_INM_must_decide_again()
    {
        var (id, _, _) = await AccompaniedCaseAsync();
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        using var inm = await app.ApiAsAsync("inm.supervisor");
        await ToBestInterestAsync(procuraduria, id);
        await OkAsync(procuraduria, id, "plan", Plan(app.Today().AddDays(30), ["regularization"]));
        await OkAsync(inm, id, "inm-decision", new { outcome = "regularization", reasons = "Conforme al plan." });
        var again = await ProblemAsync(await ActAsync(inm, id, "inm-decision", new { outcome = "regularization", reasons = "Otra." }), HttpStatusCode.Conflict);
        Assert.Equal("NNA_DECISION_ALREADY_RECORDED", again.GetProperty("code").GetString());

        await OkAsync(procuraduria, id, "plan", Plan(app.Today().AddDays(30), ["family-reunification-in-mexico"]));

        var view = await InmViewAsync(await app.ApiAsAsync("inm.officer"), id);
        Assert.Equal(2, view.GetProperty("plan").GetProperty("sequence").GetInt32());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("decision").ValueKind);
        await OkAsync(inm, id, "inm-decision", new { outcome = "family-reunification-in-mexico", reasons = "Conforme al plan modificado." });
    }

    [Fact]
    public async Task Follow_up_runs_until_every_measure_is_fulfilled_and_then_the_case_closes_restored()
    {
        var (id, _, _) = await AccompaniedCaseAsync();
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        await ToBestInterestAsync(procuraduria, id);
        await OkAsync(procuraduria, id, "plan", Plan(app.Today().AddDays(3), ["regularization"]));
        var measure = (await FileAsync(procuraduria, id)).GetProperty("plans")[0].GetProperty("measures")[0].GetProperty("id").GetGuid();

        var due = await OkAsync(await procuraduria.GetAsync("/api/v1/children/worklists/procuraduria"));
        Assert.Contains(due.GetProperty("followUpsDue").EnumerateArray(), r => r.GetProperty("measureId").GetGuid() == measure);
        var pending = await ProblemAsync(await ActAsync(procuraduria, id, "closure", new { reason = "rights-restored", notes = "Fin." }), HttpStatusCode.Conflict);
        Assert.Equal("NNA_MEASURES_PENDING", pending.GetProperty("code").GetString());

        await OkAsync(procuraduria, id, "follow-up", new { measureId = measure, status = "in-progress", notes = "Trámite iniciado.", nextFollowUpOn = Iso(app.Today().AddDays(10)) });
        await OkAsync(procuraduria, id, "follow-up", new { measureId = measure, status = "fulfilled", notes = "Inscrita en la escuela." });
        await OkAsync(procuraduria, id, "reunification", new
        {
            relativeName = "Abuela materna", relation = "abuela", inMexico = true, place = "Tapachula, Chiapas", outcome = "reunified",
            childOpinion = "Quiere vivir con su abuela y su mamá.",
        });
        var closed = await OkAsync(procuraduria, id, "closure", new { reason = "rights-restored", notes = "Todos los derechos garantizados." });

        Assert.Equal("closed", closed.GetProperty("status").GetString());
        var file = await FileAsync(procuraduria, id);
        Assert.Equal("Reunified", file.GetProperty("reunifications")[0].GetProperty("outcome").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task A_stale_If_Match_is_refused_with_412()
    {
        var (id, _, _) = await AccompaniedCaseAsync();
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");

        var response = await ActAsync(procuraduria, id, "reception", ifMatch: "\"999\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }
}
