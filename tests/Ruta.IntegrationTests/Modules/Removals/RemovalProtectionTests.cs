using System.Net;
using System.Net.Http.Json;
using Ruta.IntegrationTests.Modules.Asylum;
using Ruta.Web.Kernel.Persons;
using static Ruta.IntegrationTests.Modules.Removals.RemovalsTestKit;

namespace Ruta.IntegrationTests.Modules.Removals;

/// <summary>
/// Who can never be removed, through the removals API (SQLite and PostgreSQL): the guard refuses with
/// every block and its legal basis, and nothing is written (no case, no kernel record, no check).
/// </summary>
public sealed class RemovalProtectionTests(RemovalsFactory app) : IClassFixture<RemovalsFactory>
{
    private DateOnly Today => app.Today();

    private async Task AssertRefusedAsync(Guid person, object body, string user, string code, string basis)
    {
        var before = await app.CountsAsync(person);
        var problem = await ProblemAsync(await app.StartAsync(body, user), HttpStatusCode.Conflict);
        Assert.Contains(code, Codes(problem));
        Assert.Contains(basis, problem.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Contains($"[{code}]", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync(person));
    }

    [Fact]
    public async Task An_asylum_applicant_with_a_pending_claim_can_be_neither_returned_nor_deported()
    {
        var (_, applicant, _, _) = await app.NewClaimAsync(Today.AddDays(-12), Today.AddDays(-10));
        app.Hold(applicant);

        await AssertRefusedAsync(applicant, AssistedReturn(applicant, Today.AddDays(2)), "inm.officer", "ASYLUM_CLAIM_PENDING", "LRPCAP art. 6");
        await AssertRefusedAsync(applicant, Deportation(applicant, Today.AddDays(2)), "inm.supervisor", "ASYLUM_CLAIM_PENDING", "LRPCAP art. 6");
    }

    [Fact]
    public async Task While_the_appeal_window_is_open_and_while_an_appeal_is_pending_no_removal_is_possible()
    {
        var (claim, applicant, dependents, _) = await app.NotifiedRejectionAsync(Today.AddDays(-10), Today.AddDays(-3), Today.AddDays(-2), dependents: 1);
        app.Hold(applicant);
        app.Hold(dependents[0]);

        await AssertRefusedAsync(applicant, AssistedReturn(applicant, Today.AddDays(1)), "inm.officer", "APPEAL_WINDOW_OPEN", "LRPCAP arts. 6, 25 y 39");
        await AssertRefusedAsync(dependents[0], Deportation(dependents[0], Today.AddDays(1)), "inm.supervisor", "APPEAL_WINDOW_OPEN", "LFPA art. 85");

        using var comar = await app.ApiAsAsync("comar.officer");
        await AsylumTestKit.OkAsync(comar, claim, "appeal", new { filedOn = Iso(Today.AddDays(-1)) });

        await AssertRefusedAsync(applicant, Deportation(applicant, Today.AddDays(1)), "inm.supervisor", "APPEAL_PENDING", "LFPA arts. 83 y 85");
        await AssertRefusedAsync(dependents[0], AssistedReturn(dependents[0], Today.AddDays(1)), "inm.officer", "APPEAL_PENDING", "LRPCAP");
    }

    [Fact]
    public async Task A_child_is_never_deported_and_not_returned_without_the_child_protection_evidence()
    {
        var child = await app.AddPersonAsync("Niña", birthDate: Today.AddYears(-11));
        app.Hold(child);

        await AssertRefusedAsync(child, Deportation(child, Today.AddDays(2)), "inm.supervisor", "CHILD_NEVER_DEPORTED", "Ley de Migración, art. 120");
        // The child-protection module's rule: with no Procuraduría notice, no migration procedure at all.
        await AssertRefusedAsync(child, AssistedReturn(child, Today.AddDays(2)), "inm.officer", "NNA_PROCURADURIA_NOT_NOTIFIED", "LM arts. 95");
    }

    [Fact]
    public async Task A_crime_victim_is_never_deported_but_may_still_ask_for_assisted_return()
    {
        var victim = await app.AddPersonAsync("Testigo", vulnerabilities: Vulnerabilities.CrimeVictimOrWitness);
        app.Hold(victim);

        await AssertRefusedAsync(victim, Deportation(victim, Today.AddDays(2)), "inm.supervisor", "CRIME_VICTIM_NEVER_DEPORTED", "Ley de Migración, art. 120");

        var id = await app.StartedAsync(AssistedReturn(victim, Today.AddDays(2)));
        var (view, _) = await app.GetAsync(id);
        // A victim or witness returns with the receiving country's officials taking part (LM art. 120 ¶1).
        Assert.Contains("receiving-country-officials", view.GetProperty("missingRights").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task An_amparo_blocks_every_removal_of_the_person_until_it_is_recorded_as_resolved()
    {
        var person = await app.AddPersonAsync("Quejoso");
        app.Hold(person);
        using var inm = await app.ApiAsAsync("inm.officer");
        var recorded = await inm.PostAsJsonAsync($"{Base}/amparos", new
        {
            personId = person, court = "Juzgado Tercero de Distrito en Chiapas", caseNumber = "845/2026", filedOn = Iso(Yesterday), suspension = "de-plano",
            suspensionOn = Iso(Yesterday),
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var amparo = Parse(await recorded.Content.ReadAsStringAsync());
        Assert.EndsWith($"{Base}/amparos/{amparo.GetProperty("id").GetGuid()}", recorded.Headers.Location!.OriginalString, StringComparison.Ordinal);

        await AssertRefusedAsync(person, AssistedReturn(person, Today.AddDays(2)), "inm.officer", "AMPARO_AGAINST_REMOVAL", "Ley de Amparo arts. 15, 17 fr. IV, 126 y 128");
        await AssertRefusedAsync(person, Deportation(person, Today.AddDays(2)), "inm.supervisor", "AMPARO_AGAINST_REMOVAL", "126");

        // Resolving needs the amparo's ETag.
        var path = $"{Base}/amparos/{amparo.GetProperty("id").GetGuid()}/resolution";
        var body = new { outcome = "denied", resolvedOn = Iso(Today), notes = "Sentencia que niega el amparo, causó ejecutoria." };
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await inm.PostAsJsonAsync(path, body)).StatusCode);
        using var resolve = new HttpRequestMessage(HttpMethod.Post, path) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        resolve.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{amparo.GetProperty("version").GetInt32()}\""));
        await OkAsync(await inm.SendAsync(resolve));

        await app.StartedAsync(Deportation(person, Today.AddDays(2)), "inm.supervisor");
    }

    [Fact]
    public async Task An_adult_with_no_protection_may_be_removed_once_the_guard_allows_it()
    {
        var adult = await app.AddPersonAsync("Adulto");

        var response = await app.StartAsync(AssistedReturn(adult, Today.AddDays(3)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("requested", started.GetProperty("status").GetString());
        Assert.Equal((1, 1, 1), await app.CountsAsync(adult));
    }
}
