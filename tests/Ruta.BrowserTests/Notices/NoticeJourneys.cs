using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Notices;

[Collection(BrowserCollection.Name)]
public sealed partial class NoticeJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task COMAR_sends_an_oficio_to_INM_which_sees_it_in_its_inbox_and_deadlines_acknowledges_it_and_prints_it()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        const string Subject = "Solicitud de información migratoria (prueba de navegador)";
        const string Basis = "Ley sobre Refugiados, Protección Complementaria y Asilo Político, art. 22";

        await LoginAsync(page, "comar.officer");
        // A blank oficio is refused field by field, in Spanish.
        await page.GotoAsync("/Notices/Send");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar oficio" }).ClickAsync();
        await Expect(page.GetByLabel("Dependencia destinataria")).ToHaveAccessibleDescriptionAsync("Elija la dependencia destinataria.");
        await Expect(page.GetByLabel("Dependencia destinataria")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Asunto")).ToHaveAttributeAsync("aria-invalid", "true");
        await session.ScreenshotAsync("blank");

        var sent = await NoticeSteps.SendAsync(page, session, "Instituto Nacional de Migración (INM)", Subject, Basis, acknowledgeWithinBusinessDays: 2);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Oficio {sent.Folio} enviado.");
        await Expect(Fact(page, "Para")).ToHaveTextAsync("Instituto Nacional de Migración");
        await Expect(Fact(page, "Acuse de recibo")).ToHaveTextAsync("Pendiente");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acusar de recibo" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Oficios" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enviados" })).ToHaveAttributeAsync("aria-current", "page");
        var outRow = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = sent.Folio }) });
        await Expect(outRow).ToContainTextAsync(Subject);
        await Expect(outRow).ToContainTextAsync("Enviado, sin abrir");
        await session.ScreenshotAsync("outbox");
        await LogoutAsync(page);

        await LoginAsync(page, "inm.officer");
        // The acknowledgement is a deadline of INM's.
        await page.GotoAsync("/Deadlines");
        var deadline = page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Acuse de recibo del oficio {sent.Folio}" });
        await Expect(deadline).ToContainTextAsync("2 días hábiles");
        await Expect(deadline).ToContainTextAsync("Abierto");
        await session.ScreenshotAsync("inm-deadlines");
        await deadline.GetByRole(AriaRole.Link, new() { Name = "Oficio", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(sent.Path) + "$"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Oficios" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Recibidos" })).ToHaveAttributeAsync("aria-current", "page");
        var inRow = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = sent.Folio }) });
        await Expect(inRow).ToContainTextAsync(Subject);
        await Expect(inRow).ToContainTextAsync("COMAR");
        await session.ScreenshotAsync("inbox");
        await inRow.GetByRole(AriaRole.Link, new() { Name = sent.Folio }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Oficio {sent.Folio}");
        await Expect(Fact(page, "De")).ToContainTextAsync("Comisión Mexicana de Ayuda a Refugiados");
        await Expect(Fact(page, "Fundamento legal")).ToHaveTextAsync(Basis);
        await Expect(Fact(page, "Recibido")).Not.ToContainTextAsync("Aún no lo abre");
        await page.GetByRole(AriaRole.Button, new() { Name = "Acusar de recibo" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Acuse de recibo registrado.");
        await Expect(Fact(page, "Acuse de recibo")).ToContainTextAsync("(INM)");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acusar de recibo" })).ToHaveCountAsync(0);
        await session.ScreenshotAsync("acknowledged");

        await page.GetByRole(AriaRole.Link, new() { Name = "Versión para imprimir" }).ClickAsync();
        var sheet = page.Locator("article.sheet");
        await Expect(sheet.Locator(".refs")).ToContainTextAsync($"Oficio núm.: {sent.Folio}");
        await Expect(sheet.Locator(".refs")).ToContainTextAsync($"Asunto: {Subject}");
        await Expect(sheet).ToContainTextAsync($"Fundamento legal: {Basis}");
        await Expect(sheet.Locator(".recipient")).ToContainTextAsync("Instituto Nacional de Migración");
        await Expect(sheet.Locator(".stamp")).ToContainTextAsync("acuse de recibo", new() { IgnoreCase = true });
        await Expect(sheet.Locator(".stamp")).ToContainTextAsync("INM");
        await session.ScreenshotAsync("print");

        // Met: it leaves INM's open deadlines and shows as met.
        await page.GotoAsync("/Deadlines");
        await Expect(page.GetByText($"Acuse de recibo del oficio {sent.Folio}")).ToHaveCountAsync(0);
        await page.GetByLabel("Estado").SelectOptionAsync("met");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrar" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Acuse de recibo del oficio {sent.Folio}" })).ToContainTextAsync("Cumplido");
        await LogoutAsync(page);

        // The auditor sees who sent and who acknowledged it.
        await LoginAsync(page, "cndh.auditor");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Bitácora de auditoría" }).ClickAsync();
        await Expect(page.Locator("table.audit > tbody > tr").First).ToBeVisibleAsync();
        await page.GetByLabel("Identificador del registro").FillAsync(sent.Id);
        await page.GetByLabel("Identificador del registro").PressAsync("Enter");
        var entries = page.Locator("table.audit > tbody > tr");
        await Expect(entries.Filter(new() { HasText = "comar.officer" })).ToContainTextAsync("Alta");
        await Expect(entries.Filter(new() { HasText = "Oficio abierto por la destinataria" })).ToContainTextAsync("inm.officer");
        await Expect(entries.Filter(new() { HasText = "Cambio" }).Filter(new() { HasText = "AcknowledgedAt" })).ToContainTextAsync("inm.officer");
        await Expect(page.Locator("table.audit")).Not.ToContainTextAsync("notice-received");
        await session.ScreenshotAsync("audit");
    }

    private static ILocator Fact(IPage page, string term) =>
        page.Locator($"dl.facts dt:text-is('{term}') + dd");
}

/// <summary>Sends an oficio through the form, as the signed-in user.</summary>
internal static partial class NoticeSteps
{
    public sealed record SentNotice(string Id, string Folio, string Path);

    public static async Task<SentNotice> SendAsync(IPage page, BrowserSession session, string recipient, string subject, string legalBasis,
        int? acknowledgeWithinBusinessDays = null)
    {
        await page.GotoAsync("/Notices");
        await page.GetByRole(AriaRole.Link, new() { Name = "Enviar oficio" }).ClickAsync();
        await Expect(page.GetByLabel("Dependencia destinataria")).ToBeFocusedAsync();
        await page.GetByLabel("Dependencia destinataria").SelectOptionAsync(new SelectOptionValue { Label = recipient });
        await page.GetByLabel("Asunto").FillAsync(subject);
        await page.GetByLabel("Texto del oficio").FillAsync(
            "Por medio del presente se solicita informar la situación migratoria de la persona referida.\n\nSin otro particular, reciba un cordial saludo.");
        await page.GetByLabel("Fundamento legal").FillAsync(legalBasis);
        if (acknowledgeWithinBusinessDays is { } days)
        {
            await page.GetByLabel("Cantidad").FillAsync(days.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Unidad").SelectOptionAsync(new SelectOptionValue { Label = "Días hábiles" });
        }

        await session.ScreenshotAsync("send-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar oficio" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(NoticeUrl());
        var id = NoticeUrl().Match(page.Url).Groups["id"].Value;
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        var folio = heading.Replace("Oficio ", "", StringComparison.Ordinal).Trim();
        Assert.Matches(@"^[A-Z]+-\d{4}-\d{6}$", folio);
        return new SentNotice(id, folio, $"/Notices/{id}");
    }

    [GeneratedRegex(@"/Notices/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex NoticeUrl();
}
