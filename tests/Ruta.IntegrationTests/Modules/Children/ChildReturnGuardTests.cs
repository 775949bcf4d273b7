using System.Net;
using Ruta.IntegrationTests.Infrastructure;
using static Ruta.IntegrationTests.Modules.Children.ChildrenTestKit;

namespace Ruta.IntegrationTests.Modules.Children;

/// <summary>
/// The removal guard's child rule (replacing the kernel's provisional one) through the real
/// removal-check API: each condition of an assisted return alone missing blocks it; all met, it is
/// allowed; a child is never deported; a rejection at the border needs the risk assessment.
/// </summary>
public sealed class ChildReturnGuardTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private DateOnly Departure => app.Today().AddDays(10);

    /// <summary>An unaccompanied child with every condition of an assisted return met, except those named.</summary>
    private async Task<Guid> ReturnCaseAsync(params string[] missing)
    {
        var child = await app.AddPersonAsync("Retorno", 15);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var inmSupervisor = await app.ApiAsAsync("inm.supervisor");
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        using var dif = await app.ApiAsAsync("dif.officer");
        var id = CaseId(await IdentifyAsync(inm, Identification([child], dif: await app.OfficeAsync("DIF-07"))));
        await OkAsync(dif, id, "screening", new { result = "no-indication", notes = "Sin temor de regresar; quiere volver con su abuela." });
        await ToBestInterestAsync(procuraduria, id, "Quiero volver con mi abuela.");
        if (!missing.Contains("risk"))
        {
            await OkAsync(procuraduria, id, "risk-assessment", new
            {
                countryCode = "GTM", result = missing.Contains("risk-found") ? "risk-found" : "no-risk",
                assessedBy = "Psic. Laura Gómez, Procuraduría de Protección de Chiapas", reasons = "Entrevista y contacto con la familia en Huehuetenango.",
            });
        }

        await OkAsync(procuraduria, id, "plan", Plan(app.Today().AddDays(20), ["assisted-return"]));
        if (!missing.Contains("decision"))
        {
            await OkAsync(inmSupervisor, id, "inm-decision", new { outcome = "assisted-return", reasons = "Conforme al plan de restitución." });
        }

        if (!missing.Contains("consulate"))
        {
            await OkAsync(inm, id, "consular-notice", new
            {
                purpose = "assisted-return", countryCode = "GTM", consulate = "Consulado de Guatemala en Tapachula", reference = "INM/CHIS/0001/2026",
            });
        }

        if (!missing.Contains("escort"))
        {
            await OkAsync(inm, id, "escort", new { name = "Mtra. Rosa Díaz", agency = "Oficial de Protección a la Infancia, INM", specialized = true });
        }

        if (!missing.Contains("receiving"))
        {
            await OkAsync(inm, id, "receiving-authority", new { authority = "Procuraduría General de la Nación de Guatemala, Unidad de Niñez", countryCode = "GTM" });
        }

        if (missing.Contains("protection"))
        {
            await OkAsync(dif, id, "screening", new { result = "need-identified", notes = "Dijo temer a una pandilla." });
        }

        return child;
    }

    [Fact]
    public async Task With_every_condition_met_the_assisted_return_of_a_child_is_allowed_but_deportation_never()
    {
        var child = await ReturnCaseAsync();

        var assisted = await app.RemovalCheckAsync(child, "assisted-return", Departure);
        var deportation = await app.RemovalCheckAsync(child, "deportation", Departure);

        Assert.True(assisted.GetProperty("allowed").GetBoolean(), string.Join(", ", BlockCodes(assisted)));
        Assert.False(deportation.GetProperty("allowed").GetBoolean());
        Assert.Equal(["CHILD_NEVER_DEPORTED"], BlockCodes(deportation));
    }

    [Theory]
    [InlineData("decision", "NNA_RETURN_NOT_DECIDED_BY_INM")]
    [InlineData("risk", "NNA_RETURN_RISK_NOT_ASSESSED")]
    [InlineData("risk-found", "NNA_RETURN_RISK_FOUND")]
    [InlineData("protection", "NNA_RETURN_PROTECTION_NEED_PENDING")]
    [InlineData("consulate", "NNA_RETURN_CONSULATE_NOT_NOTIFIED_IN_TIME")]
    [InlineData("escort", "NNA_RETURN_NO_CHILD_PROTECTION_ESCORT")]
    [InlineData("receiving", "NNA_RETURN_NO_RECEIVING_AUTHORITY")]
    public async Task Each_condition_alone_missing_blocks_the_assisted_return_with_its_legal_basis(string missing, string code)
    {
        var child = await ReturnCaseAsync(missing);

        var check = await app.RemovalCheckAsync(child, "assisted-return", Departure);

        Assert.False(check.GetProperty("allowed").GetBoolean());
        Assert.Equal([code], BlockCodes(check));
        Assert.Contains("art", check.GetProperty("blocks")[0].GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consulate_notified_too_late_for_the_departure_date_blocks_it()
    {
        var child = await ReturnCaseAsync();

        var tomorrow = await app.RemovalCheckAsync(child, "assisted-return", app.Today().AddDays(1));

        Assert.Equal(["NNA_RETURN_CONSULATE_NOT_NOTIFIED_IN_TIME"], BlockCodes(tomorrow));
    }

    [Fact]
    public async Task A_plan_that_does_not_allow_leaving_blocks_the_return_and_INM_cannot_decide_it()
    {
        var child = await app.AddPersonAsync("Permanece", 15);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        var id = CaseId(await IdentifyAsync(inm, Identification([child])));
        await ToBestInterestAsync(procuraduria, id);
        await OkAsync(procuraduria, id, "risk-assessment", new { countryCode = "HND", result = "no-risk", assessedBy = "Lic. A", reasons = "R." });
        await OkAsync(procuraduria, id, "plan", Plan(app.Today().AddDays(20), ["regularization"]));

        var consulate = await ProblemAsync(await ActAsync(inm, id, "consular-notice", new
        {
            purpose = "assisted-return", countryCode = "HND", consulate = "Consulado de Honduras", reference = "X",
        }), HttpStatusCode.Conflict);
        var check = await app.RemovalCheckAsync(child, "assisted-return", Departure);

        Assert.Equal("NNA_RETURN_NOT_ALLOWED_BY_PLAN", consulate.GetProperty("code").GetString());
        Assert.Contains("NNA_RETURN_PLAN_DOES_NOT_ALLOW_LEAVING", BlockCodes(check));
        Assert.Contains("NNA_RETURN_NOT_DECIDED_BY_INM", BlockCodes(check));
    }

    [Fact]
    public async Task A_child_is_rejected_at_the_border_only_after_a_risk_assessment_found_no_risk()
    {
        var child = await ReturnCaseAsync("risk");

        var withoutAssessment = await app.RemovalCheckAsync(child, "border-rejection", Departure);

        Assert.Equal(["NNA_RETURN_RISK_NOT_ASSESSED"], BlockCodes(withoutAssessment));
        Assert.Contains("74 párr. tercero", withoutAssessment.GetProperty("blocks")[0].GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_of_unknown_age_without_a_case_is_presumed_a_child_and_every_condition_is_missing()
    {
        var person = await app.AddPersonAsync("Sin edad", null);

        var check = await app.RemovalCheckAsync(person, "assisted-return", Departure);

        Assert.Equal(
            ["NNA_PROCURADURIA_NOT_NOTIFIED", "NNA_RETURN_PLAN_DOES_NOT_ALLOW_LEAVING", "NNA_RETURN_NOT_DECIDED_BY_INM", "NNA_RETURN_RISK_NOT_ASSESSED",
             "NNA_RETURN_CONSULATE_NOT_NOTIFIED_IN_TIME", "NNA_RETURN_NO_CHILD_PROTECTION_ESCORT", "NNA_RETURN_NO_RECEIVING_AUTHORITY"],
            BlockCodes(check));
    }

    [Fact]
    public async Task An_adult_is_not_touched_by_the_child_rule()
    {
        var adult = await app.AddPersonAsync("Adulto", 40);

        var check = await app.RemovalCheckAsync(adult, "assisted-return", Departure);

        Assert.True(check.GetProperty("allowed").GetBoolean());
    }
}
