using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Children.Domain;
using static Ruta.IntegrationTests.Modules.Children.ChildrenTestKit;

namespace Ruta.IntegrationTests.Modules.Children;

/// <summary>DIF's care centres: capacity, family unity and separation from adults, and the count kept with the placements.</summary>
public sealed class ChildCareTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private async Task<Guid> CenterAsync(int capacity, bool families)
    {
        using var dif = await app.ApiAsAsync("dif.supervisor");
        var response = await dif.PostAsJsonAsync("/api/v1/children/care-centers", new
        {
            code = "T-" + Guid.NewGuid().ToString("N")[..10], name = "Centro de prueba", system = "state", difOfficeId = await app.OfficeAsync("DIF-07"),
            stateCode = "07", city = "Tapachula", capacity, lodgesFamilies = families,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CareRow>())!.Id;
    }

    private sealed record CareRow(Guid Id, int Capacity, int Occupied, int Version);

    private Task<int> OccupiedAsync(Guid center) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<CareCenter>().AsNoTracking().Where(c => c.Id == center).Select(c => c.Occupied).SingleAsync());

    [Fact]
    public async Task A_mother_and_her_two_children_take_three_places_and_a_fourth_person_is_refused_over_capacity()
    {
        var center = await CenterAsync(capacity: 3, families: true);
        var mother = await app.AddPersonAsync("Madre", 30);
        var a = await app.AddPersonAsync("Hijo", 10);
        var b = await app.AddPersonAsync("Hija", 7);
        var alone = await app.AddPersonAsync("Solo", 16);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var dif = await app.ApiAsAsync("dif.officer");
        var difOffice = await app.OfficeAsync("DIF-07");
        var family = await IdentifyAsync(inm, Identification([a, b], [(mother, "parent-or-guardian")], difOffice));
        var single = CaseId(await IdentifyAsync(inm, Identification([alone], dif: difOffice)));

        await OkAsync(dif, CaseId(family, 0), "placement", new { careCenterId = center, companionIds = new[] { mother } });
        await OkAsync(dif, CaseId(family, 1), "placement", new { careCenterId = center, companionIds = new[] { mother } });
        Assert.Equal(3, await OccupiedAsync(center));

        var full = await ProblemAsync(await ActAsync(dif, single, "placement", new { careCenterId = center }), HttpStatusCode.Conflict);
        Assert.Equal("NNA_CARE_CENTER_FULL", full.GetProperty("code").GetString());
        Assert.Equal(3, await OccupiedAsync(center));

        await OkAsync(dif, CaseId(family, 1), "placement-end", new { reason = "transfer" });
        Assert.Equal(2, await OccupiedAsync(center)); // the mother stays with the other child
    }

    [Fact]
    public async Task An_unaccompanied_child_is_never_placed_with_an_adult_and_an_uncanalized_child_is_not_placed()
    {
        var center = await CenterAsync(capacity: 10, families: true);
        var stranger = await app.AddPersonAsync("Desconocido", 40);
        var child = await app.AddPersonAsync("No acompañada", 13);
        var other = await app.AddPersonAsync("Sin canalizar", 12);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var dif = await app.ApiAsAsync("dif.officer");
        var id = CaseId(await IdentifyAsync(inm, Identification([child], [(stranger, "unrelated")], await app.OfficeAsync("DIF-07"))));
        var notCanalized = CaseId(await IdentifyAsync(inm, Identification([other])));

        var apart = await ProblemAsync(await ActAsync(dif, id, "placement", new { careCenterId = center, companionIds = new[] { stranger } }),
            HttpStatusCode.Conflict);
        var early = await ProblemAsync(await ActAsync(dif, notCanalized, "placement", new { careCenterId = center }), HttpStatusCode.Conflict);

        Assert.Equal("NNA_CHILD_APART_FROM_ADULTS", apart.GetProperty("code").GetString());
        Assert.Contains("LGDNNA arts. 95", apart.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Equal("NNA_NOT_CANALIZED", early.GetProperty("code").GetString());
        await OkAsync(dif, id, "placement", new { careCenterId = center });
    }

    [Fact]
    public async Task Only_DIF_places_and_capacity_is_changed_with_If_Match_never_below_the_persons_lodged()
    {
        var center = await CenterAsync(capacity: 2, families: false);
        var child = await app.AddPersonAsync("Alojada", 15);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var dif = await app.ApiAsAsync("dif.officer");
        using var difSupervisor = await app.ApiAsAsync("dif.supervisor");
        var id = CaseId(await IdentifyAsync(inm, Identification([child], dif: await app.OfficeAsync("DIF-07"))));
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(inm, id, "placement", new { careCenterId = center })).StatusCode);
        await OkAsync(dif, id, "placement", new { careCenterId = center });

        var noIfMatch = await difSupervisor.PutAsJsonAsync($"/api/v1/children/care-centers/{center}/capacity", new { capacity = 5 });
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);

        var version = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<CareCenter>().Where(c => c.Id == center).Select(c => c.Version).SingleAsync());
        using var below = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/children/care-centers/{center}/capacity") { Content = JsonContent.Create(new { capacity = 0 }) };
        below.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        Assert.Equal(HttpStatusCode.BadRequest, (await difSupervisor.SendAsync(below)).StatusCode);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/children/care-centers/{center}/capacity") { Content = JsonContent.Create(new { capacity = 9 }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"12345\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await difSupervisor.SendAsync(stale)).StatusCode);
        using var ok = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/children/care-centers/{center}/capacity") { Content = JsonContent.Create(new { capacity = 9 }) };
        ok.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        Assert.Equal(HttpStatusCode.OK, (await difSupervisor.SendAsync(ok)).StatusCode);
    }

    [Fact]
    public async Task The_DIF_overview_lists_centres_with_their_free_places_and_the_children_awaiting_a_place()
    {
        var child = await app.AddPersonAsync("Espera", 9);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var dif = await app.ApiAsAsync("dif.officer");
        var id = CaseId(await IdentifyAsync(inm, Identification([child], dif: await app.OfficeAsync("DIF-07"))));

        var overview = await OkAsync(await dif.GetAsync("/api/v1/children/worklists/care"));

        Assert.Contains(overview.GetProperty("awaitingPlacement").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Contains(overview.GetProperty("centers").EnumerateArray(), c => c.GetProperty("code").GetString() == "CAS-07-TAP-FAM");
    }
}
