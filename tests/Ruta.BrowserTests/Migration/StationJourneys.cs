using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Migration;

[Collection(BrowserCollection.Name)]
public sealed class StationJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task A_family_with_a_child_is_put_at_disposal_the_child_goes_to_the_Procuraduria_and_the_father_waits_for_the_canalization()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var fatherName = $"Reinaldo{suffix}";
        var daughterName = $"Keyla{suffix}";
        await SeedFamilyAsync(fatherName, daughterName);

        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "inm.officer");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" }).GetByRole(AriaRole.Link, new() { Name = "Estaciones migratorias" })
            .ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrar puesta a disposición" }).First.ClickAsync();

        // The group: the father from the registry, then his daughter, offered as his registered relative.
        await page.GetByLabel("Nombre o apellidos").FillAsync(fatherName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Agregar al grupo: {fatherName} Morales" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Agregar al grupo: {daughterName} Morales" }).ClickAsync();
        await Expect(page.GetByLabel($"A cargo de {daughterName} Morales")).ToHaveValueAsync(new Regex("[0-9a-f-]{36}"));

        await page.GetByLabel("Orden del INM (número de oficio)").FillAsync("INM/ORCHIS/REV/0777/2026");
        await page.GetByLabel("Fundamento legal (ley y artículo)").FillAsync("Ley de Migración, arts. 97 y 99");
        await page.GetByLabel("Autoridad que pone a disposición").FillAsync("Agentes federales de migración del INM");
        await page.GetByLabel("Entidad federativa").SelectOptionAsync(new SelectOptionValue { Label = "Chiapas" });
        await page.GetByLabel("Municipio").FillAsync("Tapachula");
        await page.GetByLabel("Lugar", new() { Exact = true }).FillAsync("Punto de revisión El Manguito, km 8");
        await page.GetByLabel("Estación migratoria").SelectOptionAsync(new SelectOptionValue { Label = "Estación Migratoria Siglo XXI" });
        await session.ScreenshotAsync("form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar puesta a disposición" }).ClickAsync();

        // The child is never presented: the refusal and the oficio to the Procuraduría are on the act at once.
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Se notificó de inmediato a la Procuraduría de Protección");
        var child = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(daughterName) }) });
        await Expect(child).ToContainTextAsync("Presentación negada");
        await Expect(child).ToContainTextAsync("LM art. 99");
        var noticeLink = child.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"Oficio INM-\d{4}-\d+") });
        var folio = Regex.Match(await noticeLink.InnerTextAsync(), @"INM-\d{4}-\d+").Value;
        var father = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(fatherName) }) });
        await Expect(father).ToContainTextAsync("Presentación pospuesta (LM art. 98)");
        var apprehensionUrl = page.Url;
        await session.ScreenshotAsync("recorded");

        // The father's acuerdo waits for the canalization.
        await AdmitAsync(page, father, fatherName);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("su presentación se pospone");
        await session.ScreenshotAsync("father-waits");
        await LogoutAsync(page);

        // The Procuraduría sees the oficio.
        await LoginAsync(page, "procuraduria.officer");
        await page.GotoAsync("/Notices");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = folio }) });
        await Expect(row).ToContainTextAsync("INM");
        await row.GetByRole(AriaRole.Link, new() { Name = folio }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"{daughterName} Morales");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("En ningún caso será presentada ni alojada en una estación migratoria");
        await session.ScreenshotAsync("procuraduria-notice");
        await LogoutAsync(page);

        // Back at INM: the Procuraduría appeared, the canalization is recorded, then the father is presented.
        await LoginAsync(page, "inm.officer");
        await page.GotoAsync(apprehensionUrl);
        child = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(daughterName) }) });
        await child.Locator("summary").ClickAsync();
        await child.GetByLabel("Persona de la Procuraduría que se apersonó (nombre y cargo)").FillAsync("Lic. Laura Díaz, Procuraduría de Protección de Chiapas");
        await child.GetByLabel("Centro de Asistencia Social, albergue u oficina del DIF").FillAsync("Centro de Asistencia Social DIF Tapachula");
        await child.GetByRole(AriaRole.Button, new() { Name = "Registrar canalización" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Canalización registrada.");
        await Expect(child).ToContainTextAsync("Canalizada");
        father = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(fatherName) }) });
        await Expect(father).Not.ToContainTextAsync("Presentación pospuesta");
        await session.ScreenshotAsync("canalized");

        await AdmitAsync(page, father, fatherName);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Estancia de {fatherName} Morales");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("presentada en la estación");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Resolver la situación migratoria (15 días hábiles desde la presentación)");
        await session.ScreenshotAsync("stay");

        await page.GetByRole(AriaRole.Link, new() { Name = "Estaciones migratorias" }).First.ClickAsync();
        var roster = page.Locator("#roster");
        await Expect(roster).ToContainTextAsync($"{fatherName} Morales");
        await Expect(roster).Not.ToContainTextAsync(daughterName);
        await session.ScreenshotAsync("roster");
    }

    private static async Task AdmitAsync(IPage page, ILocator person, string name)
    {
        await person.Locator("summary").Filter(new() { HasText = "Dictar el acuerdo de presentación" }).ClickAsync();
        await person.GetByLabel("Número del acuerdo de presentación").FillAsync("EM-TAP/AP/2222/2026");
        foreach (var right in new[] { "(fr. II)", "(fr. IV)", "(fr. V)", "(fr. VII)", "(fr. IX)" })
        {
            await person.GetByLabel(right, new() { Exact = false }).CheckAsync();
        }

        await person.GetByLabel("Aviso a su consulado (fr. III)").SelectOptionAsync("declined");
        await person.GetByLabel("Intérprete (fr. VI)").SelectOptionAsync("not-needed");
        await person.GetByRole(AriaRole.Button, new() { Name = "Dictar acuerdo de presentación" }).ClickAsync();
        _ = name;
    }

    private async Task SeedFamilyAsync(string fatherName, string daughterName)
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RutaDbContext>();
        Person Person(string given, DateOnly birth) => new()
        {
            Id = Guid.CreateVersion7(), GivenNames = given, FirstSurname = "Morales", SearchName = given.ToLowerInvariant() + " morales",
            BirthDate = birth, CreatedAt = DateTime.UtcNow, CreatedByAgency = "INM", Version = 1,
        };
        var father = Person(fatherName, new DateOnly(1986, 2, 14));
        var daughter = Person(daughterName, new DateOnly(2018, 9, 3));
        db.AddRange(father, daughter,
            new FamilyLink { PersonId = father.Id, RelativeId = daughter.Id, Kind = FamilyRelation.Child },
            new FamilyLink { PersonId = daughter.Id, RelativeId = father.Id, Kind = FamilyRelation.Parent });
        await db.SaveChangesAsync();
    }
}
