using System.Net;
using System.Text.RegularExpressions;
using Ruta.IntegrationTests.Kernel.Access;
using Ruta.IntegrationTests.Modules.Asylum;
using static Ruta.IntegrationTests.Modules.Removals.RemovalsTestKit;

namespace Ruta.IntegrationTests.Modules.Removals;

/// <summary>The /Removals pages as a browser without JavaScript uses them: check first, then confirm.</summary>
public sealed partial class RemovalPagesTests(RemovalsFactory app) : IClassFixture<RemovalsFactory>
{
    [Fact]
    public async Task The_removal_screen_shows_permitido_and_only_then_the_confirm_form_which_records_the_return()
    {
        var person = await app.AddPersonAsync("Wendy");
        var on = Iso(app.Today().AddDays(2));
        using var session = await PageSession.SignInAsync(app, "inm.officer");

        var search = await session.GetPageAsync("/Removals/New?q=wendy");
        Assert.Contains("Elegir a Wendy Retorno", search, StringComparison.Ordinal);
        var chosen = await session.GetPageAsync($"/Removals/New?person={person}&kind=assisted-return&on={on}");
        Assert.Contains("Consultar la verificación de no devolución", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirmar y registrar", chosen, StringComparison.Ordinal);

        var path = $"/Removals/New?person={person}&kind=assisted-return&on={on}&check=1";
        var answered = await session.GetPageAsync(path);
        Assert.Contains("Permitido", answered, StringComparison.Ordinal);
        Assert.Contains("Confirmar y registrar", answered, StringComparison.Ordinal);

        var response = await session.PostFormAsync($"/Removals/New?person={person}&kind=assisted-return&on={on}",
        [
            new("Input.DestinationCountry", "GTM"), new("Input.RequestedOn", Iso(Yesterday)), new("Input.Language", "spa"), new("Input.Signed", "true"),
        ], formPage: path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await session.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Registrada: retorno asistido (solicitada).", detail, StringComparison.Ordinal);
        Assert.Contains("Información sobre la protección consular", detail, StringComparison.Ordinal);
        Assert.Contains("Cancelar la salida", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Ejecutar la salida", detail, StringComparison.Ordinal);
        var english = await session.GetPageAsync(response.Headers.Location!.OriginalString + "?culture=en");
        Assert.Contains("Removal of Wendy Retorno", english, StringComparison.Ordinal);
        Assert.Contains("Information on consular protection", english, StringComparison.Ordinal);
        Assert.Contains("Cancel the removal", english, StringComparison.Ordinal);
        await session.GetPageAsync(response.Headers.Location!.OriginalString + "?culture=es-MX");

        // Scheduling before the rights are recorded is refused in the page with the rule and its basis.
        var version = VersionRegex().Match(detail).Groups[1].Value;
        var refused = await session.PostFormAsync($"{response.Headers.Location!.OriginalString}?act=schedule",
            [new("Input.Version", version), new("Input.ScheduledDate", on), new("Input.ExitPoint", "Ciudad Hidalgo")]);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Faltan derechos por registrar", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task For_an_asylum_applicant_the_screen_lists_every_block_with_its_basis_and_offers_no_confirm_button()
    {
        var (_, applicant, _, _) = await app.NewClaimAsync(app.Today().AddDays(-6), app.Today().AddDays(-5));
        using var session = await PageSession.SignInAsync(app, "inm.officer");

        var answered = await session.GetPageAsync($"/Removals/New?person={applicant}&kind=assisted-return&on={Iso(app.Today().AddDays(1))}&check=1");

        Assert.Contains("Salida prohibida", answered, StringComparison.Ordinal);
        Assert.Contains("ASYLUM_CLAIM_PENDING", answered, StringComparison.Ordinal);
        Assert.Contains("LRPCAP art. 6; LM art. 121 párr. segundo", answered, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirmar y registrar", answered, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.DestinationCountry", answered, StringComparison.Ordinal);

        // A post that skips the screen is refused all the same (the handler asks the guard again).
        var response = await session.PostFormAsync($"/Removals/New?person={applicant}&kind=assisted-return&on={Iso(app.Today().AddDays(1))}",
            [new("Input.DestinationCountry", "GTM"), new("Input.RequestedOn", Iso(Yesterday)), new("Input.Language", "spa"), new("Input.Signed", "true")],
            formPage: "/Removals/New");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("ASYLUM_CLAIM_PENDING", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("comar.officer")]
    [InlineData("dif.officer")]
    public async Task Other_agencies_cannot_open_the_removal_pages(string user)
    {
        using var session = await PageSession.SignInAsync(app, user);
        foreach (var path in new[] { "/Removals", "/Removals/New" })
        {
            var response = await session.Client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_oversight_body_reads_the_list_but_cannot_open_the_removal_screen()
    {
        using var session = await PageSession.SignInAsync(app, "cndh.auditor");
        Assert.Contains("Salidas del país", await session.GetPageAsync("/Removals"), StringComparison.Ordinal);
        Assert.DoesNotContain("Consultar y registrar una salida", session.LastHtml, StringComparison.Ordinal);
        var screen = await session.Client.GetAsync("/Removals/New");
        Assert.NotEqual(HttpStatusCode.OK, screen.StatusCode);
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionRegex();
}
