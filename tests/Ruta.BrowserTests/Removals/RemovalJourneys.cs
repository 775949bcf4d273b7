using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Removals;

[Collection(BrowserCollection.Name)]
public sealed class RemovalJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task An_INM_officer_sees_permitido_returns_an_adult_with_no_protection_and_sees_the_blocks_of_an_asylum_applicant()
    {
        var today = MexicoCity.Today(browser.Server.Clock).ToString("yyyy-MM-dd");
        await using (var scope = browser.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RutaDbContext>();
            var id = Guid.CreateVersion7();
            db.Add(new Person
            {
                Id = id, GivenNames = "Rigoberto", FirstSurname = "Ajanel", SecondSurname = "Tzul", SearchName = "rigoberto ajanel tzul",
                BirthDate = new DateOnly(1984, 2, 9), CreatedAt = DateTime.UtcNow, CreatedByAgency = "INM", Version = 1,
                Nationalities = [new PersonNationality { PersonId = id, CountryCode = "GTM" }],
            });
            await db.SaveChangesAsync();
        }

        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "inm.officer");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" }).GetByRole(AriaRole.Link, new() { Name = "Salidas (INM)" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Consultar y registrar una salida" }).ClickAsync();

        // Step 1: the person, the kind, the date; the guard answers before any form to record appears.
        await page.GetByLabel("Nombre o apellidos").FillAsync("rigoberto ajanel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Elegir a Rigoberto Ajanel Tzul" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirmar y registrar" })).ToHaveCountAsync(0);
        await page.GetByLabel("Tipo de salida").SelectOptionAsync("assisted-return");
        await page.GetByLabel("Fecha prevista de salida").FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Consultar la verificación de no devolución" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Permitido");
        await session.ScreenshotAsync("permitido");

        // Step 2: the written request, confirmed.
        await Expect(page.GetByLabel("País de destino")).ToHaveValueAsync("GTM");
        await page.GetByLabel("La solicitud consta por escrito y está firmada por la persona").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmar y registrar" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Registrada: retorno asistido (solicitada).");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Salida de Rigoberto Ajanel Tzul");

        // The rights of LM art. 119, one by one.
        var rights = page.GetByRole(AriaRole.Table).First.GetByRole(AriaRole.Button, new() { Name = "Registrar" });
        while (await rights.CountAsync() > 0)
        {
            await rights.First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Registrado");
        }

        await session.ScreenshotAsync("rights");

        await page.GetByText("Programar la salida", new() { Exact = true }).First.ClickAsync();
        await page.GetByLabel("Fecha de salida", new() { Exact = true }).FillAsync(today);
        await page.GetByLabel("Punto de salida").FillAsync("Puerto fronterizo Ciudad Hidalgo – Tecún Umán");
        await page.GetByRole(AriaRole.Button, new() { Name = "Programar la salida" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("programada");
        await session.ScreenshotAsync("scheduled");

        await page.GetByLabel("Notas (entrega, autoridades receptoras)").FillAsync("Entregado a la Dirección General de Migración de Guatemala.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ejecutar la salida" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("ejecutada");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ejecutar la salida" })).ToHaveCountAsync(0);
        await session.ScreenshotAsync("executed");

        // An asylum applicant (demo claim in procedure): every block with its basis, and nothing to submit.
        await page.GotoAsync("/Removals/New");
        await page.GetByLabel("Nombre o apellidos").FillAsync("José Luis Pérez Núñez");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Elegir a José Luis Pérez Núñez" }).ClickAsync();
        await page.GetByLabel("Fecha prevista de salida").FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Consultar la verificación de no devolución" }).ClickAsync();
        var answer = page.GetByRole(AriaRole.Alert);
        await Expect(answer).ToContainTextAsync("Salida prohibida");
        await Expect(answer).ToContainTextAsync("ASYLUM_CLAIM_PENDING");
        await Expect(answer).ToContainTextAsync("LRPCAP art. 6");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirmar y registrar" })).ToHaveCountAsync(0);
        await session.ScreenshotAsync("blocked");
    }
}
