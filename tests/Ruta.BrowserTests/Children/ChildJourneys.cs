using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Children.Domain;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Children;

/// <summary>
/// The chain for migrant children across agencies: INM identifies, the Procuraduría receives the
/// notices and runs the restitution procedure, DIF places the children, the plan binds INM, and the
/// assisted return of a child stays blocked until every condition holds.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChildJourneys(BrowserFixture browser)
{
    private DateOnly Today => MexicoCity.Today(browser.Server.Clock);

    private string Iso(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task INM_identifies_a_mother_with_two_children_and_an_unaccompanied_boy_DIF_places_them_and_INM_regularizes_the_family_as_the_plan_says()
    {
        var (mother, son, daughter) = await SeedFamilyAsync("Ajcot");
        var boy = await SeedPersonAsync("Edwin", "Quiej", 15);
        await using var session = await browser.StartAsync();
        var page = session.Page;

        // INM identifies: the Procuraduría is notified at once, the children are canalized, the TVRHs issued.
        await LoginAsync(page, "inm.officer");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" }).GetByRole(AriaRole.Link, new() { Name = "Identificar NNA" }).ClickAsync();
        await IdentifyAsync(page, "Quiej", ["Edwin Quiej"], [], "Sistema para el Desarrollo Integral de la Familia del Estado de Chiapas");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Edwin Quiej — no acompañado");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("TVRH expedidas");
        await session.ScreenshotAsync("inm-identified-unaccompanied");
        await page.GetByRole(AriaRole.Link, new() { Name = "Identificar a otra niña, niño o adolescente" }).ClickAsync();
        await IdentifyAsync(page, "Ajcot", ["Mateo Ajcot", "Lucía Ajcot"], ["Candelaria Ajcot"], "Sistema DIF Municipal de Tapachula");
        var identified = page.GetByRole(AriaRole.Status);
        await Expect(identified).ToContainTextAsync("Mateo Ajcot — acompañado");
        await Expect(identified).ToContainTextAsync("Lucía Ajcot — acompañado");
        await Expect(identified).ToContainTextAsync("acta de canalización ACTA-NNA-INM-");
        await session.ScreenshotAsync("inm-identified-family");
        await LogoutAsync(page);

        // The Procuraduría receives the three notices (stage I).
        await LoginAsync(page, "procuraduria.officer");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" }).GetByRole(AriaRole.Link, new() { Name = "Niñez migrante", Exact = true }).ClickAsync();
        var toReceive = page.Locator("table", new() { Has = page.Locator("caption", new() { HasTextString = "Notificaciones por recibir" }) });
        foreach (var name in new[] { "Edwin Quiej", "Mateo Ajcot", "Lucía Ajcot" })
        {
            await Expect(toReceive).ToContainTextAsync(name);
        }

        await session.ScreenshotAsync("procuraduria-worklist");
        foreach (var name in new[] { "Edwin Quiej", "Mateo Ajcot", "Lucía Ajcot" })
        {
            await page.GotoAsync("/Children");
            await page.GetByRole(AriaRole.Link, new() { Name = name }).First.ClickAsync();
            await OpenFileAsync(page);
            await ActAsync(page, "recibir el caso (etapa I)", _ => Task.CompletedTask);
        }

        await page.GotoAsync("/Notices?box=inbox");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Notificación inmediata de niña, niño o adolescente migrante");
        await session.ScreenshotAsync("procuraduria-notices");
        await LogoutAsync(page);

        // DIF places them: the boy apart from adults, the children with their mother; the places are counted.
        await LoginAsync(page, "dif.officer");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" }).GetByRole(AriaRole.Link, new() { Name = "Alojamiento DIF" }).ClickAsync();
        var (teens, families) = await CenterIdsAsync();
        await PlaceAsync(page, "Edwin Quiej", teens);
        await PlaceAsync(page, "Mateo Ajcot", families);
        await PlaceAsync(page, "Lucía Ajcot", families);
        var placed = page.Locator("table").Last;
        await Expect(placed.GetByRole(AriaRole.Row).Filter(new() { HasText = "Mateo Ajcot" })).ToContainTextAsync("Candelaria Ajcot");
        await Expect(placed.GetByRole(AriaRole.Row).Filter(new() { HasText = "Edwin Quiej" })).ToContainTextAsync("—");
        await session.ScreenshotAsync("dif-placements");
        await LogoutAsync(page);

        // The Procuraduría determines the children's best interest: stay in Mexico with their mother.
        await LoginAsync(page, "procuraduria.officer");
        foreach (var (child, name) in new[] { (son, "Mateo"), (daughter, "Lucía") })
        {
            await OpenFileAsync(page, await CaseIdAsync(child));
            await RestitutionStagesAsync(page, $"Quiero quedarme con mi mamá en Tapachula ({name}).");
            await ActAsync(page, "emitir el plan de restitución y presentarlo al INM (etapas IV y V)", async form =>
            {
                await form.GetByLabel("regularización migratoria (con unidad familiar)").CheckAsync();
                await form.GetByLabel("Candelaria Ajcot").CheckAsync();
                await form.GetByLabel("Sustento del plan").FillAsync("Permanecer con su madre garantiza la unidad familiar y la escuela.");
                await form.GetByLabel("Medida de protección").First.FillAsync("Inscripción escolar");
                await form.GetByLabel("Institución responsable").First.FillAsync("Secretaría de Educación de Chiapas");
                await form.GetByLabel("Fecha de seguimiento").First.FillAsync(Iso(30));
            });
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("plan de restitución vigente");
        }

        await session.ScreenshotAsync("procuraduria-plan");
        await LogoutAsync(page);

        // INM sees the plans it must follow, and records regularization with family unity; the diagnosis never reaches it.
        await LoginAsync(page, "inm.supervisor");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" }).GetByRole(AriaRole.Link, new() { Name = "Niñez migrante (INM)" }).ClickAsync();
        var pending = page.Locator("table").First;
        await Expect(pending).ToContainTextAsync("Mateo Ajcot");
        await Expect(pending).ToContainTextAsync("Lucía Ajcot");
        await Expect(pending).ToContainTextAsync("regularización migratoria");
        await session.ScreenshotAsync("inm-pending-plans");
        foreach (var name in new[] { "Mateo Ajcot", "Lucía Ajcot" })
        {
            await page.GotoAsync("/Children/Inm");
            await page.Locator("table").First.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Abrir expediente" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Quiero quedarme");
            await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("huyó");
            await ActAsync(page, "registrar la decisión del INM conforme al plan", async form =>
            {
                await Expect(form.GetByLabel("Decisión (solo las que permite el plan)").Locator("option")).ToHaveCountAsync(2);
                await form.GetByLabel("Decisión (solo las que permite el plan)").SelectOptionAsync(new SelectOptionValue { Label = "regularización migratoria (con unidad familiar)" });
                await Expect(form.GetByLabel("Candelaria Ajcot")).ToBeCheckedAsync();
                await form.GetByLabel("Fundamento y motivación").FillAsync("LM art. 112 fr. III: el plan recomienda su permanencia; se regulariza con su madre por unidad familiar.");
            });
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("regularización migratoria (con unidad familiar)");
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("unidad familiar: Candelaria Ajcot");
        }

        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("TVRH-INM-");
        await session.ScreenshotAsync("inm-decision");
        Assert.NotEqual(mother, boy);
    }

    [Fact]
    public async Task The_assisted_return_of_an_unaccompanied_child_stays_blocked_until_every_condition_holds()
    {
        var boy = await SeedPersonAsync("Brayan", "Chiquín", 15);
        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "inm.officer");
        await page.GotoAsync("/Children/Identify");
        await IdentifyAsync(page, "Chiquín", ["Brayan Chiquín"], [], "Sistema para el Desarrollo Integral de la Familia del Estado de Chiapas");
        var id = await CaseIdAsync(boy);

        async Task ExpectBlockedAsync(string step, params string[] codes)
        {
            await LoginAsync(page, "inm.officer");
            await page.GotoAsync($"/Children/Inm/{id}?purpose=migration-decision");
            var answer = page.Locator("#return-answer");
            await Expect(answer).ToContainTextAsync("bloqueado");
            foreach (var code in codes)
            {
                await Expect(answer).ToContainTextAsync(code);
            }

            await session.ScreenshotAsync(step);
            await LogoutAsync(page);
        }

        await LogoutAsync(page);
        await ExpectBlockedAsync("return-blocked-at-identification", "NNA_RETURN_PLAN_DOES_NOT_ALLOW_LEAVING", "NNA_RETURN_RISK_NOT_ASSESSED",
            "NNA_RETURN_CONSULATE_NOT_NOTIFIED_IN_TIME", "NNA_RETURN_NO_CHILD_PROTECTION_ESCORT", "NNA_RETURN_NO_RECEIVING_AUTHORITY");

        // The Procuraduría: stages I–IV, a risk assessment that found no risk, a plan that allows the return.
        await LoginAsync(page, "procuraduria.officer");
        await OpenFileAsync(page, id);
        await ActAsync(page, "recibir el caso (etapa I)", _ => Task.CompletedTask);
        await RestitutionStagesAsync(page, "Quiero volver con mi abuela en Huehuetenango.");
        await ActAsync(page, "valorar el riesgo a la vida, libertad o seguridad", async form =>
        {
            await form.GetByLabel("País de retorno valorado").FillAsync("GTM");
            await form.GetByLabel("Resultado").SelectOptionAsync("no-risk");
            await form.GetByLabel("Quién valoró (nombre y cargo)").FillAsync("Psic. Laura Gómez, Procuraduría de Protección de Chiapas");
            await form.GetByLabel("Elementos de la valoración").FillAsync("Entrevista con la abuela por videollamada; comunidad sin violencia reportada.");
        });
        await ActAsync(page, "emitir el plan de restitución y presentarlo al INM (etapas IV y V)", async form =>
        {
            await form.GetByLabel("retorno asistido").CheckAsync();
            await form.GetByLabel("Sustento del plan").FillAsync("Reunirse con su abuela, su cuidadora habitual, en su comunidad.");
            await form.GetByLabel("Medida de protección").First.FillAsync("Seguimiento por el sistema de protección de Guatemala");
            await form.GetByLabel("Institución responsable").First.FillAsync("Procuraduría General de la Nación de Guatemala");
            await form.GetByLabel("Fecha de seguimiento").First.FillAsync(Iso(20));
        });
        await LogoutAsync(page);
        await ExpectBlockedAsync("return-blocked-after-plan", "NNA_RETURN_NOT_DECIDED_BY_INM", "NNA_RETURN_CONSULATE_NOT_NOTIFIED_IN_TIME",
            "NNA_RETURN_NO_CHILD_PROTECTION_ESCORT", "NNA_RETURN_NO_RECEIVING_AUTHORITY");

        // INM: the decision the plan allows, then the consulate, the escort and the receiving authority, one by one.
        await LoginAsync(page, "inm.supervisor");
        await page.GotoAsync($"/Children/Inm/{id}?purpose=migration-decision");
        await ActAsync(page, "registrar la decisión del INM conforme al plan", async form =>
        {
            await form.GetByLabel("Decisión (solo las que permite el plan)").SelectOptionAsync("assisted-return");
            await form.GetByLabel("Fundamento y motivación").FillAsync("LM art. 112 fr. III: el plan estipula su salida del país.");
        });
        await ActAsync(page, "notificar al consulado", async form =>
        {
            await form.GetByLabel("Motivo").SelectOptionAsync("assisted-return");
            await form.GetByLabel("País (código ISO 3166-1 alfa-3, p. ej. GTM)").FillAsync("GTM");
            await form.GetByLabel("Consulado").FillAsync("Consulado de Guatemala en Tapachula");
            await form.GetByLabel("Número de oficio o constancia").FillAsync("INM/CHIS/NNA/0042/2026");
        });
        await LogoutAsync(page);
        await ExpectBlockedAsync("return-blocked-without-escort", "NNA_RETURN_NO_CHILD_PROTECTION_ESCORT", "NNA_RETURN_NO_RECEIVING_AUTHORITY");

        await LoginAsync(page, "inm.officer");
        await page.GotoAsync($"/Children/Inm/{id}?purpose=migration-decision");
        await ActAsync(page, "asignar personal especializado en infancia para el traslado", async form =>
        {
            await form.GetByLabel("Persona que acompaña el traslado").FillAsync("Mtra. Rosa Díaz");
            await form.GetByLabel("Institución").FillAsync("Oficial de Protección a la Infancia, INM");
            await form.GetByLabel("Es personal especializado en el tema de infancia").CheckAsync();
        });
        await LogoutAsync(page);
        await ExpectBlockedAsync("return-blocked-without-receiving-authority", "NNA_RETURN_NO_RECEIVING_AUTHORITY");

        await LoginAsync(page, "inm.officer");
        await page.GotoAsync($"/Children/Inm/{id}?purpose=migration-decision");
        await ActAsync(page, "registrar la intervención de la autoridad del país receptor", async form =>
        {
            await form.GetByLabel("Autoridad del país receptor que interviene").FillAsync("Procuraduría General de la Nación de Guatemala, Unidad de Niñez");
            await form.GetByLabel("País (ISO alfa-3)").FillAsync("GTM");
        });
        var answer = page.Locator("#return-answer");
        await Expect(answer).ToContainTextAsync("se cumplen todas las condiciones");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar la verificación del retorno asistido (guardia de no devolución)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Verificación registrada: retorno asistido permitido");
        await session.ScreenshotAsync("return-allowed");
    }

    private async Task IdentifyAsync(IPage page, string search, string[] children, string[] adults, string dif)
    {
        await page.GetByLabel("Nombre o apellidos").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        foreach (var child in children)
        {
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = child }).GetByRole(AriaRole.Link, new() { Name = "Como niña, niño o adolescente" }).ClickAsync();
        }

        foreach (var adult in adults)
        {
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = adult }).GetByRole(AriaRole.Link, new() { Name = "Como persona adulta presente" }).ClickAsync();
            await Expect(page.GetByLabel(adult)).ToHaveValueAsync("parent-or-guardian");
        }

        await page.GetByLabel("Municipio o localidad").FillAsync("Tapachula");
        await page.GetByLabel("Canalizar de inmediato al Sistema DIF").SelectOptionAsync(new SelectOptionValue { Label = dif });
        await Expect(page.GetByLabel("Expedir de inmediato la TVRH (sin documentos ni pago de derechos)")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar y notificar a la Procuraduría" }).ClickAsync();
    }

    /// <summary>On a case link: the purpose form (pre-selected) first; every read is logged.</summary>
    private static async Task OpenFileAsync(IPage page, Guid? id = null)
    {
        if (id is { } caseId)
        {
            await page.GotoAsync($"/Children/Case/{caseId}");
        }

        await Expect(page.GetByText("cada consulta queda registrada")).ToBeVisibleAsync();
        if (await page.GetByLabel("Motivo de la consulta").InputValueAsync() == "")
        {
            await page.GetByLabel("Motivo de la consulta").SelectOptionAsync("case-follow-up");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Abrir expediente" }).ClickAsync();
        await Expect(page.GetByText("Consulta registrada en la bitácora")).ToBeVisibleAsync();
    }

    /// <summary>Opens the act's form (a details element), fills it, registers it and expects the confirmation.</summary>
    private static async Task ActAsync(IPage page, string act, Func<ILocator, Task> fill)
    {
        var details = page.Locator("details").Filter(new() { Has = page.Locator("summary", new() { HasTextString = act }) });
        await details.Locator("summary").ClickAsync();
        await fill(details);
        await details.GetByRole(AriaRole.Button, new() { Name = "Registrar" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync($"Registrado: {act}.");
    }

    /// <summary>Stages II to IV (first part) on an open file.</summary>
    private static async Task RestitutionStagesAsync(IPage page, string opinion)
    {
        await ActAsync(page, "diagnosticar la situación familiar (etapa II)", form =>
            form.GetByLabel("Diagnóstico de la situación familiar").FillAsync("La familia salió de su comunidad por amenazas; sin escuela desde hace meses."));
        await ActAsync(page, "determinar los derechos restringidos o vulnerados (etapa III)", async form =>
        {
            await form.GetByLabel("Derecho restringido o vulnerado").First.FillAsync("Derecho a la educación");
            await form.GetByLabel("Vulnerado (si no se marca: restringido)").First.CheckAsync();
        });
        await ActAsync(page, "determinar el interés superior (etapa IV)", async form =>
        {
            await form.GetByLabel("Participante 1: nombre").FillAsync("Lic. Ana Ruiz");
            await form.GetByLabel("Participante 1: institución o papel").FillAsync("Procuraduría de Protección de Chiapas, abogada");
            await form.GetByLabel("Participante 2: nombre").FillAsync("Psic. Laura Gómez");
            await form.GetByLabel("Participante 2: institución o papel").FillAsync("DIF Chiapas, psicóloga");
            await form.GetByLabel("Opinión de la niña, niño o adolescente, en sus palabras").FillAsync(opinion);
            await form.GetByLabel("Razones de la determinación").FillAsync("Su opinión, su edad y la unidad familiar.");
        });
    }

    private static async Task PlaceAsync(IPage page, string child, Guid center)
    {
        var section = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = child }) });
        await section.GetByLabel("Centro").SelectOptionAsync(center.ToString());
        await section.GetByRole(AriaRole.Button, new() { Name = "Alojar" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Registrado: alojar en un centro de asistencia social.");
    }

    private async Task<Guid> SeedPersonAsync(string given, string surname, int age)
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RutaDbContext>();
        var person = NewPerson(given, surname, age);
        db.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    private async Task<(Guid Mother, Guid Son, Guid Daughter)> SeedFamilyAsync(string surname)
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RutaDbContext>();
        var mother = NewPerson("Candelaria", surname, 34);
        var son = NewPerson("Mateo", surname, 11);
        var daughter = NewPerson("Lucía", surname, 7);
        db.AddRange(mother, son, daughter);
        foreach (var child in new[] { son, daughter })
        {
            db.AddRange(new FamilyLink { PersonId = child.Id, RelativeId = mother.Id, Kind = FamilyRelation.Parent },
                new FamilyLink { PersonId = mother.Id, RelativeId = child.Id, Kind = FamilyRelation.Child });
        }

        await db.SaveChangesAsync();
        return (mother.Id, son.Id, daughter.Id);
    }

    private Person NewPerson(string given, string surname, int age) => new()
    {
        Id = Guid.CreateVersion7(),
        GivenNames = given,
        FirstSurname = surname,
        SearchName = NameNormalizer.Normalize($"{surname} {given}"),
        BirthDate = Today.AddYears(-age).AddDays(-40),
        Sex = Sex.Unknown,
        CreatedAt = browser.Server.Clock.GetUtcNow().UtcDateTime,
        CreatedByAgency = "INM",
        Version = 1,
    };

    private async Task<Guid> CaseIdAsync(Guid person)
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RutaDbContext>().Set<ChildCase>().Where(c => c.PersonId == person).Select(c => c.Id).SingleAsync();
    }

    private async Task<(Guid Teens, Guid Families)> CenterIdsAsync()
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var centers = scope.ServiceProvider.GetRequiredService<RutaDbContext>().Set<CareCenter>();
        return (await centers.Where(c => c.Code == "CAS-07-TAP-NNA").Select(c => c.Id).SingleAsync(),
            await centers.Where(c => c.Code == "CAS-07-TAP-FAM").Select(c => c.Id).SingleAsync());
    }
}
