using System.Net;
using System.Text.RegularExpressions;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.IntegrationTests.Kernel.Access;
using static Ruta.IntegrationTests.Modules.Migration.MigrationTestKit;

namespace Ruta.IntegrationTests.Modules.Migration;

/// <summary>The /Migration pages as a browser without JavaScript uses them: real forms with antiforgery tokens.</summary>
public sealed partial class MigrationPagesTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task An_INM_officer_records_a_family_by_form_the_child_is_refused_the_father_waits_for_the_canalization_then_is_presented()
    {
        var father = await app.AddPersonAsync("Ovidio", new DateOnly(1984, 3, 3));
        var daughter = await app.AddPersonAsync("Xiomara", new DateOnly(2017, 7, 7));
        await app.LinkParentAsync(father, daughter);
        var station = await app.OfficeAsync("INM-EM-TAP");
        using var session = await PageSession.SignInAsync(app, "inm.officer");

        var search = await session.GetPageAsync($"/Migration/Apprehensions/New?q=ovidio");
        Assert.Contains("Agregar al grupo: Ovidio Prueba", search, StringComparison.Ordinal);
        var form = await session.GetPageAsync($"/Migration/Apprehensions/New?m={father}");
        Assert.Contains("Agregar al grupo: Xiomara Prueba", form, StringComparison.Ordinal); // offered as his registered daughter
        var group = $"/Migration/Apprehensions/New?m={father}&m={daughter}";
        var chosen = await session.GetPageAsync(group);
        Assert.Contains($"value=\"{father}\" selected", chosen, StringComparison.Ordinal); // the registry's father is proposed as her carer

        var disposed = app.Clock.GetUtcNow().AddHours(-1).ToOffset(Mexico).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        KeyValuePair<string, string>[] Fields(string legalBasis) =>
        [
            new("m", father.ToString()), new("m", daughter.ToString()), new($"carer[{daughter}]", father.ToString()),
            new("Input.Operation", "revision"), new("Input.OrderReference", "INM/ORCHIS/REV/0999/2026"), new("Input.LegalBasis", legalBasis),
            new("Input.DisposedBy", "Agentes del INM"), new("Input.StateCode", "07"), new("Input.Municipality", "Tapachula"),
            new("Input.Place", "Punto de revisión Viva México"), new("Input.DisposedAt", disposed), new("Input.StationId", station.ToString()),
        ];
        var missing = await session.PostFormAsync(group, Fields(""));
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Indique el fundamento legal", session.LastHtml, StringComparison.Ordinal);

        var recorded = await session.PostFormAsync(group, Fields("Ley de Migración, arts. 97 y 99"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var path = recorded.Headers.Location!.OriginalString;
        Assert.Matches("^/Migration/Apprehensions/[0-9a-f-]{36}$", path);
        var page = await session.GetPageAsync(path);
        Assert.Contains("Se notificó de inmediato a la Procuraduría de Protección", page, StringComparison.Ordinal);
        Assert.Contains("Presentación negada", page, StringComparison.Ordinal);
        Assert.Matches(@"Oficio INM-\d{4}-\d+", page);
        Assert.Contains("Presentación pospuesta (LM art. 98)", page, StringComparison.Ordinal);

        KeyValuePair<string, string>[] Admission(Guid person) =>
        [
            new("Admission.PersonId", person.ToString()), new("Admission.AgreementReference", "EM-TAP/AP/5555/2026"),
            new("Admission.Informed", "true"), new("Admission.RightsInWriting", "true"), new("Admission.Consular", "declined"),
            new("Admission.LegalAdvice", "true"), new("Admission.Interpreter", "not-needed"), new("Admission.PhoneCall", "true"),
            new("Admission.Visits", "true"),
        ];
        var waiting = await session.PostFormAsync($"{path}?handler=Admit", Admission(father), path);
        Assert.Equal(HttpStatusCode.Conflict, waiting.StatusCode);
        Assert.Contains("su presentación se pospone", WebUtility.HtmlDecode(await waiting.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var child = await session.PostFormAsync($"{path}?handler=Admit", Admission(daughter), path);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, child.StatusCode);
        Assert.Contains("nunca son presentados ni alojados", WebUtility.HtmlDecode(await child.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var now = app.Clock.GetUtcNow().ToOffset(Mexico).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var canalized = await session.PostFormAsync($"{path}?handler=Canalize",
        [
            new("Canalization.ChildId", daughter.ToString()), new("Canalization.ProcuraduriaOfficial", "Lic. Rosa Pérez, Procuraduría de Chiapas"),
            new("Canalization.ProcuraduriaAppearedAt", now), new("Canalization.CareCentre", "CAS DIF Tapachula"), new("Canalization.CanalizedAt", now),
        ], path);
        Assert.Equal(HttpStatusCode.Redirect, canalized.StatusCode);
        Assert.Contains("Canalización registrada.", await session.GetPageAsync(path), StringComparison.Ordinal);

        var admitted = await session.PostFormAsync($"{path}?handler=Admit", Admission(father), path);
        Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
        var stayPath = admitted.Headers.Location!.OriginalString;
        var stay = await session.GetPageAsync(stayPath);
        Assert.Contains("presentada en la estación", stay, StringComparison.Ordinal);
        Assert.Contains("Resolver la situación migratoria (15 días hábiles desde la presentación)", stay, StringComparison.Ordinal);
        var roster = await session.GetPageAsync("/Migration");
        Assert.Contains("Ovidio Prueba", roster, StringComparison.Ordinal);
        Assert.DoesNotContain("Xiomara", roster, StringComparison.Ordinal);

        var english = await session.GetPageAsync(stayPath + "?culture=en");
        Assert.Contains("Stay of Ovidio Prueba", english, StringComparison.Ordinal);
        Assert.Contains("presented at the station", english, StringComparison.Ordinal);
        Assert.Contains("Available actions", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stay_page_releases_a_person_and_shows_field_errors_in_the_form_that_failed()
    {
        var person = await app.AddAdultAsync("Liberada");
        var view = await app.ApprehendAsync(app.Clock.GetUtcNow().AddHours(-3), Member(person));
        var stay = StayOf(view, person);
        using var session = await PageSession.SignInAsync(app, "inm.officer");
        var path = $"/Migration/Stays/{stay}";
        var page = await session.GetPageAsync(path);
        Assert.Contains("quedan", page, StringComparison.Ordinal);
        var version = VersionField().Match(page).Groups[1].Value;

        var failed = await session.PostFormAsync($"{path}?act=release", [new("Input.Version", version), new("Input.Ground", "other")]);
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Contains("Escriba los motivos de la libertad.", session.LastHtml, StringComparison.Ordinal);

        var released = await session.PostFormAsync($"{path}?act=release",
            [new("Input.Version", version), new("Input.Ground", "no-agreement-within-24-hours"), new("Input.Reasons", "No se dictó acuerdo.")]);
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        var after = await session.GetPageAsync(path);
        Assert.Contains("Registrado: Poner en libertad.", after, StringComparison.Ordinal);
        Assert.Contains("Sin acuerdo de presentación dentro de 24 horas (LM art. 100)", after, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
