using Microsoft.Playwright;
using Ruta.Web.Kernel.Access;
using static Microsoft.Playwright.Assertions;

namespace Ruta.BrowserTests.Infrastructure;

/// <summary>Steps many journeys share. Use with <c>using static Ruta.BrowserTests.Infrastructure.Journeys;</c>.</summary>
public static class Journeys
{
    /// <summary>
    /// Signs in through the login form as a demo user ("comar.officer", "inm.supervisor"…) and waits
    /// for the signed-in header. Works in either UI language (it uses the fields' ids, not their labels).
    /// </summary>
    public static async Task LoginAsync(IPage page, string userName, string password = DemoData.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("header .who")).ToContainTextAsync(userName);
    }

    /// <summary>Signs out with the header's button and waits for the login page.</summary>
    public static async Task LogoutAsync(IPage page)
    {
        await page.Locator("header .who button[type=submit]").ClickAsync();
        await Expect(page.Locator("#Input_UserName")).ToBeVisibleAsync();
    }
}
