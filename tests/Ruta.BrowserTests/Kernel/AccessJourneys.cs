using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using Ruta.BrowserTests.Notices;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Kernel;

[Collection(BrowserCollection.Name)]
public sealed class AccessJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task A_DIF_officer_opening_an_oficio_between_COMAR_and_INM_gets_the_Spanish_not_found_page()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "comar.officer");
        var sent = await NoticeSteps.SendAsync(page, session, "Instituto Nacional de Migración (INM)",
            "Oficio reservado a COMAR e INM (prueba de navegador)", "Ley de Migración, art. 2");
        await LogoutAsync(page);

        await LoginAsync(page, "dif.officer");
        var response = await page.GotoAsync(sent.Path);
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Página no encontrada");
        await Expect(page.GetByText("La dirección no existe o el registro ya no está disponible.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Oficio reservado a COMAR e INM")).ToHaveCountAsync(0);
        await Expect(page.Locator("header .who")).ToContainTextAsync("dif.officer");
        await session.ScreenshotAsync("not-found");

        var print = await page.GotoAsync(sent.Path + "/Print");
        Assert.Equal(404, print!.Status);
        await Expect(page.GetByText("Oficio reservado a COMAR e INM")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_INM_officer_opening_user_administration_gets_the_Spanish_access_denied_page()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "inm.officer");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Usuarios" })).ToHaveCountAsync(0);

        var response = await page.GotoAsync("/Admin/Users");
        Assert.Equal(403, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Acceso denegado");
        await Expect(page.GetByText("Su agencia o rol no tiene permiso para ver esta página.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Volver al inicio" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es-MX");
        await Expect(page).ToHaveTitleAsync("Acceso denegado · Ruta");
    }
}
