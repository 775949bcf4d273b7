using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Persons;

[Collection(BrowserCollection.Name)]
public sealed partial class PersonJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task An_INM_officer_registers_a_father_and_daughter_links_them_and_finds_him_without_accents()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "inm.officer");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Personas" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrar persona" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registrar persona", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Nombre(s)")).ToBeFocusedAsync();

        await page.GetByLabel("Nombre(s)").FillAsync("José");
        await page.GetByLabel("Primer apellido").FillAsync("Pérez");
        await page.GetByLabel("Segundo apellido").FillAsync("López");
        await page.GetByLabel("Sexo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hombre" });
        await page.GetByLabel("Fecha de nacimiento").FillAsync("1990-05-01");
        await page.GetByLabel("Nacionalidad", new() { Exact = true }).SelectOptionAsync("HND");
        await page.GetByLabel("Documento 1").SelectOptionAsync(new SelectOptionValue { Label = "Pasaporte" });
        await page.GetByLabel("País que lo expidió").SelectOptionAsync("HND");
        await page.GetByLabel("Vencimiento").FillAsync("2031-01-15");
        await page.GetByLabel("Número", new() { Exact = true }).FillAsync("F1234567");
        await session.ScreenshotAsync("father-form");
        await page.GetByLabel("Número", new() { Exact = true }).PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("José Pérez López");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Persona registrada.");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Honduras");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("1990-05-01");
        var passport = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "F1234567" });
        await Expect(passport).ToContainTextAsync("Pasaporte");
        await Expect(passport).ToContainTextAsync("Honduras");
        var fatherUrl = page.Url;
        await session.ScreenshotAsync("father-record");

        await page.GotoAsync("/Persons/Create");
        await page.GetByLabel("Nombre(s)").FillAsync("María");
        await page.GetByLabel("Primer apellido").FillAsync("Pérez");
        await page.GetByLabel("Sexo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mujer" });
        await page.GetByLabel("Fecha de nacimiento").FillAsync("2015-03-10");
        await page.GetByLabel("Nacionalidad", new() { Exact = true }).SelectOptionAsync("HND");
        await page.GetByLabel("Fecha de nacimiento").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("María Pérez");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).GetByText("NNA")).ToBeVisibleAsync();
        var daughterUrl = page.Url;

        // Link from the father's record: step 1 finds the daughter, step 2 says what she is to him.
        await page.GotoAsync(fatherUrl);
        await page.GetByLabel("1. Busque a la persona familiar por nombre").FillAsync("maria perez");
        await page.GetByLabel("1. Busque a la persona familiar por nombre").PressAsync("Enter");
        var candidate = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "María Pérez", Exact = true }) });
        await Expect(candidate).ToHaveCountAsync(1);
        await Expect(candidate).ToContainTextAsync("2015-03-10");
        await candidate.GetByLabel("Es su").SelectOptionAsync(new SelectOptionValue { Label = "Hija o hijo" });
        await session.ScreenshotAsync("link-step-2");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Vincular a María Pérez" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vínculo familiar registrado.");
        var family = page.Locator("h2#familia + table");
        var daughterRow = family.GetByRole(AriaRole.Row).Filter(new() { HasText = "María Pérez" });
        await Expect(daughterRow).ToContainTextAsync("Hija o hijo");
        await session.ScreenshotAsync("father-family");

        // The inverse link is on the daughter's record: he is her father.
        await daughterRow.GetByRole(AriaRole.Link, new() { Name = "María Pérez" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(daughterUrl);
        var fatherRow = page.Locator("h2#familia + table").GetByRole(AriaRole.Row).Filter(new() { HasText = "José Pérez López" });
        await Expect(fatherRow).ToContainTextAsync("Madre o padre");
        await session.ScreenshotAsync("daughter-family");

        // The list search ignores accents and case.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Personas" }).ClickAsync();
        await page.GetByLabel("Nombre o apellidos").FillAsync("jose perez");
        await page.GetByLabel("Nombre o apellidos").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=jose\+perez"));
        var found = page.GetByRole(AriaRole.Link, new() { Name = "Pérez López, José", Exact = true });
        await Expect(found).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Pérez, María" })).ToHaveCountAsync(0);
        await session.ScreenshotAsync("search");
        await found.ClickAsync();
        await Expect(page).ToHaveURLAsync(fatherUrl);
    }

    [Fact]
    public async Task Registering_without_a_name_and_with_a_future_birth_date_shows_the_Spanish_errors_on_the_fields()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "inm.officer");

        await page.GotoAsync("/Persons/Create");
        var future = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Fecha de nacimiento").FillAsync(future);
        await page.GetByLabel("Fecha de nacimiento").PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registrar persona", Level = 1 })).ToBeVisibleAsync();
        var summary = page.Locator("main .errors[role=alert]");
        await Expect(summary).ToContainTextAsync("Escriba el nombre o el primer apellido: al menos uno es obligatorio.");
        await Expect(summary).ToContainTextAsync("La fecha de nacimiento no puede ser futura.");
        // The rule marks both name fields; the summary says it once.
        await Expect(summary.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(
            ["Escriba el nombre o el primer apellido: al menos uno es obligatorio.", "La fecha de nacimiento no puede ser futura."]);
        await Expect(FieldError(page, "Nombre(s)")).ToHaveTextAsync("Escriba el nombre o el primer apellido: al menos uno es obligatorio.");
        await Expect(FieldError(page, "Primer apellido")).ToHaveTextAsync("Escriba el nombre o el primer apellido: al menos uno es obligatorio.");
        await Expect(FieldError(page, "Fecha de nacimiento")).ToHaveTextAsync("La fecha de nacimiento no puede ser futura.");
        await Expect(page.GetByLabel("Fecha de nacimiento")).ToHaveValueAsync(future);
        await Expect(page.GetByLabel("Nombre(s)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Fecha de nacimiento")).ToHaveAccessibleDescriptionAsync("La fecha de nacimiento no puede ser futura.");
        await Expect(page.GetByLabel("Segundo apellido")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await session.ScreenshotAsync("errors");

        // Corrected, the same form registers the person.
        await page.GetByLabel("Nombre(s)").FillAsync("Ana");
        await page.GetByLabel("Primer apellido").FillAsync("Sin Fecha");
        await page.GetByLabel("Fecha de nacimiento").FillAsync("");
        await page.GetByLabel("Primer apellido").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ana Sin Fecha");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Persona registrada.");
    }

    [Fact]
    public async Task Pasting_the_ICAO_specimen_passport_zone_prefills_the_form_and_a_wrong_check_digit_is_named()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "comar.officer");

        await page.GotoAsync("/Persons/Create");
        var zone = page.GetByLabel("Líneas de la zona de lectura mecánica del pasaporte o documento");
        await zone.FillAsync("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Leer MRZ y llenar el formulario" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("MRZ leída: todos los dígitos de control coinciden.");
        await Expect(page.GetByLabel("Nombre(s)")).ToHaveValueAsync("Anna Maria");
        await Expect(page.GetByLabel("Primer apellido")).ToHaveValueAsync("Eriksson");
        await Expect(page.GetByLabel("Sexo", new() { Exact = true })).ToHaveValueAsync("Female");
        await Expect(page.GetByLabel("Fecha de nacimiento")).ToHaveValueAsync("1974-08-12");
        await Expect(page.GetByLabel("Documento 1")).ToHaveValueAsync("Passport");
        await Expect(page.GetByLabel("Número", new() { Exact = true }).First).ToHaveValueAsync("L898902C3");
        await Expect(page.GetByLabel("Vencimiento").First).ToHaveValueAsync("2012-04-15");
        // UTO (the specimen's fictional Utopia) is no country: the officer is told to choose one, not left with a silent blank.
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La MRZ trae el código de país «UTO», que no está en el catálogo");
        await session.ScreenshotAsync("valid");

        // One misread digit (the birth date's check digit 2 → 3): the zone is still read, the failed check is named.
        await zone.FillAsync("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408123F1204159ZE184226B<<<<<10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Leer MRZ y llenar el formulario" }).ClickAsync();

        var result = page.GetByRole(AriaRole.Status);
        await Expect(result).ToContainTextAsync("MRZ leída con problemas. Compare con el documento:");
        await Expect(result).ToContainTextAsync("Dígito de control de la fecha de nacimiento: no coincide");
        await Expect(result).ToContainTextAsync("Dígito de control compuesto: no coincide");
        await Expect(result).Not.ToContainTextAsync("Dígito de control del número de documento");
        await Expect(page.GetByLabel("Nombre(s)")).ToHaveValueAsync("Anna Maria");
    }

    /// <summary>The error message next to the input a label names (the span after the input in its field).</summary>
    private static ILocator FieldError(IPage page, string label) =>
        page.Locator("div.field").Filter(new() { Has = page.GetByLabel(label, new() { Exact = true }) }).Locator(".error");
}
