using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Regularization;

[Collection(BrowserCollection.Name)]
public sealed partial class RegularizationJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task A_walk_in_spouse_of_a_Mexican_regularizes_by_family_link_and_receives_a_temporary_resident_card_whose_QR_verifies()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        var principalSurname = "Ixtepan" + Letters();
        var spouseSurname = "Quetzal" + Letters();
        await LoginAsync(page, "inm.officer");

        // The Mexican principal and her foreign husband, registered and linked through the persons registry.
        await RegisterAsync(page, "Rosa Elena", principalSurname, "Mujer", "1988-02-14", "MEX");
        var principalUrl = page.Url;
        await RegisterAsync(page, "Erick Josué", spouseSurname, "Hombre", "1986-07-30", "GTM");
        await page.GotoAsync(principalUrl);
        await page.GetByLabel("1. Busque a la persona familiar por nombre").FillAsync(spouseSurname);
        await page.GetByLabel("1. Busque a la persona familiar por nombre").PressAsync("Enter");
        var candidate = page.GetByRole(AriaRole.Row).Filter(new() { HasText = spouseSurname });
        await candidate.GetByLabel("Es su").SelectOptionAsync(new SelectOptionValue { Label = "Cónyuge o pareja" });
        await candidate.GetByRole(AriaRole.Button, new() { Name = $"Vincular a Erick Josué {spouseSurname}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vínculo familiar registrado.");
        await session.ScreenshotAsync("linked");

        // He comes forward at an INM office: the officer files the request from the keyboard.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Regularización (INM)" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrar solicitud" }).ClickAsync();
        await Expect(page.GetByLabel("Nombre o apellidos")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(spouseSurname);
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Elegir a Erick Josué {spouseSurname}" }).ClickAsync();
        await Expect(page.GetByLabel("Supuesto de regularización")).ToBeFocusedAsync();
        await page.GetByLabel("Supuesto de regularización").SelectOptionAsync("family-link");
        await page.GetByLabel("Oficina del INM", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Oficina de Representación del INM en la Ciudad de México" });
        await page.GetByLabel("Persona mexicana o residente con quien tiene el vínculo").SelectOptionAsync(
            new SelectOptionValue { Label = $"Rosa Elena {principalSurname} (Cónyuge o pareja)" });
        foreach (var requirement in new[] { "Escrito de solicitud", "Documento oficial", "Documentos que acreditan el vínculo familiar", "Pago de la multa", "Requisitos de la condición" })
        {
            await page.GetByLabel(requirement).CheckAsync();
        }

        await session.ScreenshotAsync("filing-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar solicitud" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Regularización de Erick Josué {spouseSurname}");
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Solicitud registrada: en trámite.");
        await Expect(page.Locator("#elegibilidad + .notice")).ToContainTextAsync("Procede: Regularización por vínculo familiar");
        await Expect(page.Locator("dl.facts").First).ToContainTextAsync("Residente temporal");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Resolución de la solicitud de regularización" })).ToContainTextAsync("Abierto");
        await session.ScreenshotAsync("procedure");

        // The favourable, reasoned resolution issues the temporary resident card in the same act.
        await page.GetByText("Registrar la resolución", new() { Exact = true }).First.ClickAsync();
        await page.GetByLabel("Sentido").SelectOptionAsync("granted");
        await page.GetByLabel("Fundamentos y motivos").FillAsync(
            "Acreditó el matrimonio con persona mexicana (LM art. 133 fr. I) y el pago de la multa (LM art. 145).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar la resolución" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Registrado: Registrar la resolución.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("regularizada");
        var card = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tarjeta de Residente Temporal" });
        await Expect(card).ToContainTextAsync("TRT-INM-");
        await session.ScreenshotAsync("granted");

        var number = (await card.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^TRT-INM-") }).TextContentAsync())!.Trim();
        await card.GetByRole(AriaRole.Link, new() { Name = $"Imprimir {number}" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync(number);
        await session.ScreenshotAsync("card");
        await page.GoBackAsync();

        // The QR target: the public verification page says the card is genuine and valid, with no personal data.
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tarjeta de Residente Temporal" })
            .GetByRole(AriaRole.Link, new() { Name = $"Verificar {number}" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/verificar/[^/]+$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Documento auténtico y vigente");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(number);
        await Expect(page.Locator("main")).Not.ToContainTextAsync(spouseSurname);
        await session.ScreenshotAsync("verified");

        // Before and after: the eligibility explanation of the principal's relatives, and INM's worklist.
        await page.GotoAsync(principalUrl.Replace("/Persons/", "/FamilyUnity/Eligibility?principal=", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = spouseSurname })).ToContainTextAsync("Cónyuge o pareja");
        await session.ScreenshotAsync("eligibility");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Regularización (INM)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Erick Josué {spouseSurname}" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("worklist");
    }

    private static async Task RegisterAsync(IPage page, string givenNames, string surname, string sex, string born, string nationality)
    {
        await page.GotoAsync("/Persons/Create");
        await page.GetByLabel("Nombre(s)").FillAsync(givenNames);
        await page.GetByLabel("Primer apellido").FillAsync(surname);
        await page.GetByLabel("Sexo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = sex });
        await page.GetByLabel("Fecha de nacimiento").FillAsync(born);
        await page.GetByLabel("Nacionalidad", new() { Exact = true }).SelectOptionAsync(nationality);
        await page.GetByLabel("Fecha de nacimiento").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"{givenNames} {surname}");
    }

    /// <summary>Letters only (the registry's search normalizes names): a surname no other journey uses.</summary>
    private static string Letters() => new(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());
}
