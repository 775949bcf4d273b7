using System.Net;
using Ruta.IntegrationTests.Kernel.Access;
using Ruta.Web.Kernel.Persons;
using static Ruta.IntegrationTests.Modules.Regularization.RegularizationTestKit;

namespace Ruta.IntegrationTests.Modules.Regularization;

/// <summary>The /Regularization and /FamilyUnity pages as a browser without JavaScript uses them (real forms, antiforgery).</summary>
public sealed class RegularizationPagesTests(RegularizationFactory app) : IClassFixture<RegularizationFactory>
{
    [Fact]
    public async Task An_INM_officer_files_from_the_form_sees_the_explanation_and_a_refusal_as_a_form_error()
    {
        var (principal, spouse) = await app.MexicanAndSpouseAsync();
        using var session = await PageSession.SignInAsync(app, "inm.officer");
        var form = await session.GetPageAsync($"/Regularization/File?person={spouse}&ground=family-link&principal={principal}");
        Assert.Contains("Registrar solicitud de regularización", form, StringComparison.Ordinal);
        Assert.Contains("Cónyuge o pareja", form, StringComparison.Ordinal); // the spouse's relatives offered as principals

        var office = await app.OfficeAsync("INM-OR-07");
        var response = await session.PostFormAsync($"/Regularization/File?person={spouse}",
        [
            new("person", spouse.ToString()), new("Input.Ground", "family-link"), new("Input.FiledOn", "2026-11-20"),
            new("Input.OfficeId", office.ToString()), new("Input.Origin", "walk-in"), new("Input.PrincipalPersonId", principal.ToString()),
            new("Input.Presented", "written-request"), new("Input.Presented", "identity-document"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var page = await session.GetPageAsync(location);
        Assert.Contains("Solicitud registrada: en trámite.", page, StringComparison.Ordinal);
        Assert.Contains("Elegibilidad por vínculo familiar (hoy)", page, StringComparison.Ordinal);
        Assert.Contains("Procede: Regularización por vínculo familiar", page, StringComparison.Ordinal);
        Assert.Contains("LM art. 133 párr. segundo fr. I", page, StringComparison.Ordinal);
        Assert.Contains("Prevenir por requisitos faltantes", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Expedir el oficio de salida de la estación", page, StringComparison.Ordinal);

        // Favourable without the fine paid: refused on the page with its legal basis, nothing saved.
        var refused = await session.PostFormAsync($"{location}?act=resolution",
        [
            new("Input.Version", "1"), new("Input.Outcome", "granted"), new("Input.ResolvedOn", "2026-11-24"),
            new("Input.Condition", "temporary-resident"), new("Input.Reasons", "Procede."), new("Input.ExitPeriodDays", "30"),
        ], location);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("faltan requisitos del art. 135", html, StringComparison.Ordinal);
        Assert.Contains("(LM art. 135)", html, StringComparison.Ordinal);

        var list = await session.GetPageAsync("/Regularization?status=in-procedure");
        Assert.Contains(location, list, StringComparison.Ordinal);
        var english = await session.GetPageAsync(location + "?culture=en");
        Assert.Contains("Regularization of", english, StringComparison.Ordinal);
        Assert.Contains("Available actions", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_eligibility_page_lists_the_principal_relatives_and_explains_a_refusal()
    {
        var (principal, spouse) = await app.MexicanAndSpouseAsync();
        var sibling = await app.AddPersonAsync("GTM", "Hermano");
        await app.LinkAsync(principal, sibling, FamilyRelation.Sibling);
        using var session = await PageSession.SignInAsync(app, "inm.officer");
        var page = await session.GetPageAsync($"/FamilyUnity/Eligibility?principal={principal}");
        Assert.Contains("Persona mexicana", page, StringComparison.Ordinal);
        Assert.Contains("Hermana o hermano", page, StringComparison.Ordinal);
        var explained = await session.GetPageAsync($"/FamilyUnity/Eligibility?principal={principal}&relative={sibling}&procedure=regularization");
        Assert.Contains("No procede: Regularización por vínculo familiar", explained, StringComparison.Ordinal);
        Assert.Contains("La relación da derecho a la unidad familiar con esta persona principal", explained, StringComparison.Ordinal);
        var spouseVisa = await session.GetPageAsync($"/FamilyUnity/Eligibility?principal={principal}&relative={spouse}&procedure=visa");
        Assert.Contains("Registrar la solicitud", spouseVisa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_agencies_cannot_open_the_pages_and_oversight_reads_without_forms()
    {
        using var comar = await PageSession.SignInAsync(app, "comar.officer");
        Assert.Equal(HttpStatusCode.Redirect, (await comar.Client.GetAsync("/Regularization")).StatusCode); // to AccessDenied
        Assert.Equal(HttpStatusCode.Redirect, (await comar.Client.GetAsync("/FamilyUnity/Eligibility")).StatusCode);

        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 11, 20), detail: "x"));
        using var cndh = await PageSession.SignInAsync(app, "cndh.auditor");
        var page = await cndh.GetPageAsync($"/Regularization/{filed.GetProperty("id").GetGuid()}");
        Assert.DoesNotContain("Acciones disponibles", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Guardar requisitos presentados", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await cndh.Client.GetAsync("/Regularization/File")).StatusCode);
    }
}
