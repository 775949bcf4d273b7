using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using Ruta.Web.Kernel.Calendar;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Asylum;

[Collection(BrowserCollection.Name)]
public sealed partial class AsylumJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task COMAR_files_a_family_claim_INM_issues_TVRHs_from_its_oficio_COMAR_recognizes_INM_issues_the_TRP_and_the_applicant_follows_it_online()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        var surname = UniqueSurname();
        var today = MexicoCity.Today(browser.Server.Clock);

        // COMAR registers the family in the persons registry, through the forms.
        await LoginAsync(page, "comar.officer");
        await RegisterAsync(page, "Marie-Claude", surname, "Mujer", "1988-04-02");
        await RegisterAsync(page, "Jean", surname, "Hombre", "1985-09-17");
        await RegisterAsync(page, "Wilna", surname, "Mujer", "2016-06-30");
        var principal = $"Marie-Claude {surname}";

        // Filing: the principal and two dependents chosen from a search of the registry.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Refugio (COMAR)" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrar solicitud" }).ClickAsync();
        await page.GetByLabel("Nombre o apellidos").FillAsync(surname);
        await page.GetByLabel("Nombre o apellidos").PressAsync("Enter");
        await Row(page, principal).GetByRole(AriaRole.Link, new() { Name = "Solicitante principal" }).ClickAsync();
        await Row(page, $"Jean {surname}").GetByRole(AriaRole.Link, new() { Name = "Agregar como dependiente" }).ClickAsync();
        await Row(page, $"Wilna {surname}").GetByRole(AriaRole.Link, new() { Name = "Agregar como dependiente" }).ClickAsync();
        await page.GetByLabel("Fecha de ingreso a México").FillAsync(Iso(today.AddDays(-6)));
        await page.GetByLabel("Fecha de presentación").FillAsync(Iso(today));
        await page.GetByLabel("Oficina").SelectOptionAsync(new SelectOptionValue { Label = "Oficina de Representación de la COMAR en Tapachula" });
        await page.GetByLabel("La persona solicitante").CheckAsync();
        await session.ScreenshotAsync("filing-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar solicitud" }).ClickAsync();

        // The result shows the case number and the applicant's secret once, and prints the access sheet.
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Solicitud registrada: en trámite.");
        var caseNumber = (await page.GetByTestId("case-number").InnerTextAsync()).Trim();
        var secret = (await page.GetByTestId("status-secret").InnerTextAsync()).Trim();
        Assert.Matches(@"^SR-\d{4}-\d{6}$", caseNumber);
        Assert.Matches("^[0-9A-Z]{5}-[0-9A-Z]{5}$", secret);
        var folio = FolioSent().Match(await page.GetByRole(AriaRole.Status).InnerTextAsync()).Groups[1].Value;
        await session.ScreenshotAsync("filed");

        var sheet = await page.Context.RunAndWaitForPageAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Imprimir la hoja de acceso" }).ClickAsync());
        await Expect(sheet.GetByTestId("sheet-case-number")).ToHaveTextAsync(caseNumber);
        await Expect(sheet.GetByTestId("sheet-secret")).ToHaveTextAsync(secret);
        await Expect(sheet.Locator("article.sheet")).ToContainTextAsync("Kenbe fèy sa a");
        await Expect(sheet.Locator("article.sheet")).Not.ToContainTextAsync(surname);
        await sheet.ScreenshotAsync(new PageScreenshotOptions { Path = session.ScreenshotPath("access-sheet"), FullPage = true });
        await sheet.CloseAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Abrir el expediente" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(principal);
        var claimUrl = page.Url;
        var claimId = ClaimId().Match(claimUrl).Groups[1].Value;
        // An interview appointment: the applicant will see it online.
        var interview = today.AddDays(2);
        await Summary(page, "Citar a la persona solicitante").ClickAsync();
        await page.GetByLabel("Cita para").SelectOptionAsync(new SelectOptionValue { Label = "Entrevista" });
        await page.GetByLabel("Día de la cita").FillAsync(Iso(interview));
        await page.GetByLabel("Hora").FillAsync("10:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Citar a la persona solicitante" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Registrado: Citar a la persona solicitante.");
        await Expect(page.Locator("h2:text-is('Próximas citas') + ul")).ToContainTextAsync($"Entrevista: {Iso(interview)} 10:30");
        await session.ScreenshotAsync("file");
        await LogoutAsync(page);

        // The applicant, on a phone and without an account: a wrong secret is refused, the right one shows the stage.
        await CheckStatusAsync(caseNumber, secret, "Su entrevista en la oficina de la COMAR.", null, "applicant-in-procedure");

        // INM: the oficio in its inbox, acknowledged, leads to the page where it issues the family's TVRHs.
        await LoginAsync(page, "inm.officer");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Oficios" }).ClickAsync();
        var inRow = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = folio }) });
        await Expect(inRow).ToContainTextAsync("COMAR");
        await session.ScreenshotAsync("inm-inbox");
        await inRow.GetByRole(AriaRole.Link, new() { Name = folio }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Acusar de recibo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Acuse de recibo registrado.");
        await session.ScreenshotAsync("inm-notice");
        await page.GetByRole(AriaRole.Link, new() { Name = "Expedir las tarjetas de visitante por razones humanitarias (TVRH)" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Asylum/{claimId}/Documents$"));
        var documentsUrl = page.Url;
        for (var person = 0; person < 3; person++)
        {
            await page.GotoAsync(documentsUrl);
            await page.GetByLabel("Persona", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = person });
            await page.GetByLabel("Documento", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tarjeta de Visitante por Razones Humanitarias" });
            await page.GetByLabel("Último día de vigencia (solo TVRH)").FillAsync(Iso(today.AddYears(1)));
            if (person == 0)
            {
                await session.ScreenshotAsync("inm-documents");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Expedir" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tarjeta de Visitante por Razones Humanitarias");
            await Expect(page.Locator("dl.facts")).ToContainTextAsync("Vigente");
        }

        await session.ScreenshotAsync("tvrh");
        await LogoutAsync(page);

        // COMAR recognizes the family as refugees and notifies the resolution.
        await LoginAsync(page, "comar.officer");
        await page.GotoAsync(claimUrl);
        await Summary(page, "Registrar la resolución").ClickAsync();
        await page.GetByLabel("Sentido").SelectOptionAsync(new SelectOptionValue { Label = "Reconocimiento de la condición de refugiado" });
        await page.GetByLabel("Fecha de la resolución", new() { Exact = true }).FillAsync(Iso(today));
        await page.GetByLabel("Fundamentos y motivos", new() { Exact = true }).FillAsync("Temor fundado de persecución por opiniones políticas (prueba de navegador).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar la resolución" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Registrado: Registrar la resolución.");
        await Summary(page, "Registrar la notificación").ClickAsync();
        await page.GetByLabel("Fecha de notificación").FillAsync(Iso(today));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar la notificación" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).Locator(".badge")).ToHaveTextAsync("reconocida");
        var recognition = page.Locator("h2:text-is('Oficios') + ul li").Filter(new() { HasText = "Resolución positiva de la solicitud de refugio" });
        var recognitionFolio = (await recognition.GetByRole(AriaRole.Link).InnerTextAsync()).Trim();
        await session.ScreenshotAsync("recognized");
        await LogoutAsync(page);

        // INM follows the recognition oficio to issue the principal's permanent resident card, and verifies it.
        await LoginAsync(page, "inm.officer");
        await page.GotoAsync("/Notices?box=inbox");
        await page.GetByRole(AriaRole.Link, new() { Name = recognitionFolio }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Expedir las tarjetas de residente permanente (TRP)" }).ClickAsync();
        await page.GetByLabel("Persona", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.GetByLabel("Documento", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tarjeta de Residente Permanente" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Expedir" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tarjeta de Residente Permanente");
        var number = (await page.Locator("dl.facts dt:text-is('Número') + dd").InnerTextAsync()).Trim();
        await session.ScreenshotAsync("trp");
        await page.Locator("dl.facts dt:text-is('Página pública de verificación') + dd a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/verificar/[0-9A-Z-]+$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Documento auténtico y vigente");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(number);
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Tarjeta de Residente Permanente");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(surname);
        await session.ScreenshotAsync("verified");
        await LogoutAsync(page);

        // The applicant now reads, in Haitian Creole, that Mexico recognized them and that they go to INM.
        await CheckStatusAsync(caseNumber, secret, "Meksik rekonèt ou kòm refijye.", "Kreyòl ayisyen", "applicant-recognized");
    }

    /// <summary>An anonymous phone session: a wrong secret is refused, then the right one shows <paramref name="expected"/>.</summary>
    private async Task CheckStatusAsync(string caseNumber, string secret, string expected, string? language, string name)
    {
        await using var applicant = await browser.StartAsync(BrowserFixture.Phone, testName: nameof(AsylumJourneys) + "." + name);
        var page = applicant.Page;
        await page.GotoAsync("/estado-solicitud");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Estado de su solicitud de refugio");
        if (language is not null)
        {
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Idioma" }).GetByRole(AriaRole.Link, new() { Name = language }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ht");
        }

        var caseField = page.Locator("#CaseNumber");
        var secretField = page.Locator("#Secret");
        await caseField.FillAsync(caseNumber.ToLowerInvariant());
        await secretField.FillAsync((secret[0] == 'A' ? "B" : "A") + secret[1..]);
        await secretField.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        await applicant.ScreenshotAsync("refused");

        await secretField.FillAsync(secret.Replace("-", " ", StringComparison.Ordinal));
        await secretField.PressAsync("Enter");
        var answer = page.GetByRole(AriaRole.Status);
        await Expect(answer).ToContainTextAsync(caseNumber);
        await Expect(answer).ToContainTextAsync(expected);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Marie-Claude");
        await Expect(secretField).ToHaveValueAsync("");
    }

    private static async Task RegisterAsync(IPage page, string givenNames, string surname, string sex, string birthDate)
    {
        await page.GotoAsync("/Persons/Create");
        await page.GetByLabel("Nombre(s)").FillAsync(givenNames);
        await page.GetByLabel("Primer apellido").FillAsync(surname);
        await page.GetByLabel("Sexo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = sex });
        await page.GetByLabel("Fecha de nacimiento").FillAsync(birthDate);
        await page.GetByLabel("Nacionalidad", new() { Exact = true }).SelectOptionAsync("HTI");
        await page.GetByLabel("Fecha de nacimiento").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Persona registrada.");
    }

    /// <summary>The collapsed form of an act on the file page (its &lt;summary&gt;, not its button of the same name).</summary>
    private static ILocator Summary(IPage page, string action) =>
        page.Locator("details > summary").Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(action) + "$") });

    private static ILocator Row(IPage page, string name) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true }) });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A surname no other journey uses (letters only), so searches find this family alone.</summary>
    private static string UniqueSurname() =>
        "Zq" + new string(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    [GeneratedRegex(@"Oficio (\S+) enviado")]
    private static partial Regex FolioSent();

    [GeneratedRegex(@"/Asylum/([0-9a-f-]{36})$")]
    private static partial Regex ClaimId();
}
