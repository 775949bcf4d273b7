using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Calendar;

[Collection(BrowserCollection.Name)]
public sealed class CalendarJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task A_COMAR_officer_counts_15_business_days_and_sees_both_dates_and_the_days_skipped_with_their_reasons()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "comar.officer");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Calculadora de plazos" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calculadora de plazos", Level = 1 })).ToBeVisibleAsync();
        // The blank form starts with the officer's own agency and business days.
        await Expect(page.GetByLabel("Autoridad")).ToHaveValueAsync("COMAR");
        await Expect(page.GetByLabel("Unidad")).ToHaveValueAsync("business");

        await page.GetByLabel("Fecha de notificación o del acto").FillAsync("2026-01-30");
        await page.GetByLabel("Días", new() { Exact = true }).FillAsync("15");
        await page.GetByLabel("Días", new() { Exact = true }).PressAsync("Enter");

        var result = page.GetByRole(AriaRole.Region, new() { Name = "Resultado" });
        // Feb 2 (LFT art. 74: first Monday of February) and Feb 5 (LFPA art. 28) are both skipped for the
        // official date; the advise-by date only skips what both laws agree on (weekends here).
        await Expect(DueDate(page)).ToHaveAttributeAsync("datetime", "2026-02-24");
        await Expect(DueDate(page)).ToHaveTextAsync("martes, 24 de febrero de 2026");
        await Expect(AdviseBy(page)).ToHaveAttributeAsync("datetime", "2026-02-20");
        await Expect(result).ToContainTextAsync("15 días hábiles · COMAR");
        await Expect(result.GetByRole(AriaRole.Alert).Or(result.Locator(".notice.warn"))).ToContainTextAsync("LFPA (art. 28) y la LFT (art. 74)");

        var skipped = result.GetByRole(AriaRole.Table);
        await Expect(skipped.GetByRole(AriaRole.Columnheader, new() { Name = "Motivo" })).ToBeVisibleAsync();
        await Expect(RowOf(skipped, "2026-02-02")).ToContainTextAsync("lunes, 2 de febrero de 2026");
        await Expect(RowOf(skipped, "2026-02-02")).ToContainTextAsync("LFT art. 74: primer lunes de febrero");
        await Expect(RowOf(skipped, "2026-02-05")).ToContainTextAsync("LFPA art. 28: 5 de febrero");
        await Expect(RowOf(skipped, "2026-02-07")).ToContainTextAsync("Sábado");
        await Expect(RowOf(skipped, "2026-02-08")).ToContainTextAsync("Domingo");
        await Expect(skipped).Not.ToContainTextAsync("Saturday");
        await session.ScreenshotAsync("result");

        // Bad input: zero days gets a Spanish message next to the field, and no result.
        await page.GetByLabel("Días", new() { Exact = true }).FillAsync("0");
        await page.GetByLabel("Días", new() { Exact = true }).PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Revise los datos marcados.");
        await Expect(page.Locator("#days-error")).ToHaveTextAsync("Debe estar entre 1 y 365 días.");
        await Expect(page.GetByLabel("Días", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Días", new() { Exact = true })).ToBeFocusedAsync();
        await Expect(result).ToHaveCountAsync(0);
        await session.ScreenshotAsync("zero-days");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Mis plazos" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mis plazos", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Estado")).ToHaveValueAsync("open");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Páginas" })).ToContainTextAsync("Página 1");
    }

    [Fact]
    public async Task A_closure_the_administrator_records_for_COMAR_moves_COMAR_deadlines_in_the_calculator()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "admin.administrator");

        const string Calculation = "/Calendar/Calculator?from=2026-03-02&days=10&unit=business&authority=COMAR";
        await page.GotoAsync(Calculation);
        // Mar 16 is the Benito Juárez holiday (LFT art. 74; LFPA art. 28 still names Mar 21, a Saturday in 2026).
        await Expect(DueDate(page)).ToHaveAttributeAsync("datetime", "2026-03-17");

        await page.GotoAsync("/Calendar/Closures");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Días inhábiles publicados", Level = 1 })).ToBeVisibleAsync();
        // No authority is chosen for the administrator: sending the blank form says what is missing, field by field.
        await Expect(page.GetByLabel("Autoridad")).ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar cierre" }).ClickAsync();
        await Expect(page.GetByLabel("Autoridad")).ToHaveAccessibleDescriptionAsync("Indique la autoridad que publicó el cierre.");
        await Expect(page.GetByLabel("Autoridad")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Autoridad")).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Revise los datos marcados.");
        await Expect(page.GetByLabel("Primer día inhábil")).ToHaveAccessibleDescriptionAsync("Indique el primer día inhábil (AAAA-MM-DD).");
        await session.ScreenshotAsync("blank");

        await page.GetByLabel("Autoridad").SelectOptionAsync("COMAR");
        await page.GetByLabel("Primer día inhábil").FillAsync("2026-03-09");
        await page.GetByLabel("Último día inhábil").FillAsync("2026-03-10");
        await page.GetByLabel("Referencia en el DOF").FillAsync("Acuerdo de la COMAR, DOF 02/03/2026 (prueba)");
        await page.GetByLabel("Descripción").FillAsync("Suspensión de labores por mantenimiento de oficinas");
        await session.ScreenshotAsync("form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar cierre" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Cierre registrado: COMAR del 2026-03-09 al 2026-03-10.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Suspensión de labores por mantenimiento de oficinas" });
        await Expect(row).ToContainTextAsync("COMAR");
        await Expect(row).ToContainTextAsync("admin.administrator");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Eliminar el cierre de COMAR del 2026-03-09 al 2026-03-10" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("recorded");

        // Two more days off for COMAR: its deadline moves two business days; INM's does not move.
        await page.GotoAsync(Calculation);
        await Expect(DueDate(page)).ToHaveAttributeAsync("datetime", "2026-03-19");
        var skipped = page.GetByRole(AriaRole.Region, new() { Name = "Resultado" }).GetByRole(AriaRole.Table);
        await Expect(RowOf(skipped, "2026-03-09")).ToContainTextAsync("Suspensión de labores por mantenimiento de oficinas");
        await session.ScreenshotAsync("moved");
        await page.GotoAsync(Calculation.Replace("authority=COMAR", "authority=INM", StringComparison.Ordinal));
        await Expect(DueDate(page)).ToHaveAttributeAsync("datetime", "2026-03-17");
    }

    private static ILocator DueDate(IPage page) =>
        page.Locator("dl.facts dt:text-is('Vence (fecha oficial)') + dd time");

    private static ILocator AdviseBy(IPage page) =>
        page.Locator("dl.facts dt:text-is('Presentar a más tardar (fecha para avisar)') + dd time");

    private static ILocator RowOf(ILocator table, string isoDate) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.Locator($"time[datetime='{isoDate}']") });
}
