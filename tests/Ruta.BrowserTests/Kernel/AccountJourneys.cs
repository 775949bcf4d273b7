using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Kernel;

[Collection(BrowserCollection.Name)]
public sealed partial class AccountJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task An_INM_officer_signs_in_sees_the_Spanish_UI_and_menu_and_signs_out()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Iniciar sesión" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Usuario", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Contraseña")).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es-MX");
        await session.ScreenshotAsync("login");

        await LoginAsync(page, "inm.officer");

        await Expect(page).ToHaveURLAsync(HomeUrl());
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Inicio" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Instituto Nacional de Migración");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("home");

        await LogoutAsync(page);

        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToHaveCountAsync(0);
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginUrl());
    }

    [Fact]
    public async Task A_wrong_password_shows_the_Spanish_error_and_keeps_the_user_out()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Usuario", new() { Exact = true }).FillAsync("comar.officer");
        await page.GetByLabel("Contraseña").FillAsync("no-es-la-clave-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Usuario o contraseña incorrectos.");
        await session.ScreenshotAsync("wrong-password");
        await Expect(page.Locator("header .who")).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Usuario", new() { Exact = true })).ToHaveValueAsync("comar.officer");
        await Expect(page.GetByLabel("Contraseña")).ToHaveValueAsync("");

        await page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
        await Expect(page.GetByText("Escriba su contraseña.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Switching_to_English_changes_the_UI_and_the_choice_is_kept_after_signing_in()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("User name")).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await session.ScreenshotAsync("login-en");

        await LoginAsync(page, "dif.supervisor");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Home" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("National System for the Integral Development of the Family");
        await session.ScreenshotAsync("home-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(HomeUrl());
    }

    [Fact]
    public async Task A_user_signs_in_and_out_with_the_keyboard_only()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/Account/Login");
        await Expect(page.GetByLabel("Usuario", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("procuraduria.officer");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Contraseña")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Ruta.Web.Kernel.Access.DemoData.Password);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Entrar" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("header .who")).ToContainTextAsync("procuraduria.officer");

        // From the top of the page: the skip link comes first, then the way out is reachable by Tab.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Saltar al contenido" })).ToBeFocusedAsync();
        await session.ScreenshotAsync("skip-link");
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" });
        for (var i = 0; i < 10 && !await signOut.EvaluateAsync<bool>("b => b === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(signOut).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.Locator("header .who")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_login_and_home_pages_fit_a_phone_screen_without_sideways_scrolling()
    {
        await using var session = await browser.StartAsync(BrowserFixture.Phone);
        var page = session.Page;

        await page.GotoAsync("/Account/Login");
        Assert.True(await FitsWidthAsync(page), "The login page scrolls sideways on a phone.");
        await session.ScreenshotAsync("login");

        await LoginAsync(page, "procuraduria.supervisor");
        Assert.True(await FitsWidthAsync(page), "The home page scrolls sideways on a phone.");
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" });
        await Expect(signOut).ToBeInViewportAsync();
        var box = await signOut.BoundingBoxAsync();
        Assert.True(box is { Height: < 30 }, "«Cerrar sesión» should stay on one line on a phone.");
    }

    private static Task<bool> FitsWidthAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginUrl();

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d+/$")]
    private static partial Regex HomeUrl();
}
