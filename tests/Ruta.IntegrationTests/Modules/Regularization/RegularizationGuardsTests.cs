using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Ruta.Web.Kernel.Custody;
using static Ruta.IntegrationTests.Modules.Regularization.RegularizationTestKit;

namespace Ruta.IntegrationTests.Modules.Regularization;

/// <summary>
/// A person who walks in to regularize is never admitted to a station (LM art. 136): the admission bar
/// while the procedure is open, during the exit period of an order to leave, while the granted card is
/// valid, and not after an exit period ended without departure. The removal guard's rule alongside.
/// </summary>
public sealed class RegularizationGuardsTests(RegularizationFactory app) : IClassFixture<RegularizationFactory>
{
    private Task<IReadOnlyList<AdmissionBar>> BarsAsync(Guid person, DateTime at) =>
        app.WithScopeAsync<IReadOnlyList<AdmissionBar>>(async sp =>
        {
            var bars = new List<AdmissionBar>();
            foreach (var bar in sp.GetServices<IStationAdmissionBar>())
            {
                if (await bar.EvaluateAsync(person, at, CancellationToken.None) is { } found)
                {
                    bars.Add(found);
                }
            }

            return bars;
        });

    private async Task<string[]> RemovalBlocksAsync(Guid person, DateOnly on)
    {
        using var inm = await app.ApiAsAsync("inm.officer");
        var check = await OkAsync(await inm.GetAsync($"/api/v1/persons/{person}/removal-check?kind=deportation&on={Iso(on)}"));
        return [.. check.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("code").GetString()!)];
    }

    [Fact]
    public async Task A_walk_in_is_never_admitted_to_a_station_while_the_procedure_is_open()
    {
        var person = await app.AddPersonAsync();
        Assert.Empty(await BarsAsync(person, DateTime.UtcNow));
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 11, 20), detail: "x", presented: ["written-request"]));
        var bar = Assert.Single(await BarsAsync(person, DateTime.UtcNow));
        Assert.Equal("REGULARIZATION_WALK_IN", bar.Code);
        Assert.Equal("LM art. 136 párr. primero", bar.LegalBasis);
        Assert.Contains("REGULARIZATION_PENDING", await RemovalBlocksAsync(person, app.Today()));

        await OkAsync(inm, filed.GetProperty("id").GetGuid(), "prevention", new { notifiedOn = "2026-11-23" });
        Assert.Equal("REGULARIZATION_WALK_IN", Assert.Single(await BarsAsync(person, DateTime.UtcNow)).Code); // still open while prevented
    }

    [Fact]
    public async Task After_a_refusal_the_bar_lasts_while_the_exit_period_runs_and_lifts_when_it_ends_without_departure()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, await app.WalkInAsync(person, "residence-intent", D(2026, 10, 20), requested: "permanent-resident",
            presented: AllRequirements));
        await OkAsync(inm, filed.GetProperty("id").GetGuid(), "resolution",
            new { outcome = "refused", resolvedOn = "2026-10-27", reasons = "No acreditó los requisitos.", exitPeriodDays = 20 });
        // Last day to leave: Tue 17 Nov 2026 (Mexico City). 17 Nov 23:00 local is 18 Nov 05:00 UTC: still within it.
        var during = Assert.Single(await BarsAsync(person, new DateTime(2026, 11, 18, 5, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("REGULARIZATION_DEPARTURE_PERIOD", during.Code);
        Assert.Contains("2026-11-17", during.Reason, StringComparison.Ordinal);
        Assert.Contains("DEPARTURE_PERIOD_RUNNING", await RemovalBlocksAsync(person, D(2026, 11, 17)));
        Assert.Empty(await BarsAsync(person, new DateTime(2026, 11, 18, 7, 0, 0, DateTimeKind.Utc)));
        Assert.DoesNotContain("DEPARTURE_PERIOD_RUNNING", await RemovalBlocksAsync(person, D(2026, 11, 18)));
    }

    [Fact]
    public async Task After_a_grant_the_valid_card_bars_admission_and_from_a_station_the_bar_starts_with_the_exit_permit()
    {
        var person = await app.AddPersonAsync();
        app.Stays.Admit(person, await app.OfficeAsync("INM-EM-TAP"), DateTime.UtcNow.AddDays(-1));
        using var inm = await app.ApiAsAsync("inm.officer");
        var filed = await FileAsync(inm, new
        {
            personId = person, origin = "station", ground = "vulnerability", groundDetail = "Embarazo de alto riesgo.", filedOn = Iso(app.Today()),
            accreditedAt = app.Clock.GetUtcNow().AddHours(-1), presented = AllRequirements,
        });
        var id = filed.GetProperty("id").GetGuid();
        Assert.Empty(await BarsAsync(person, DateTime.UtcNow)); // still in the station: nothing to bar yet
        Assert.Contains("REGULARIZATION_PENDING", await RemovalBlocksAsync(person, app.Today()));
        await OkAsync(inm, id, "exit-permit");
        Assert.Equal("REGULARIZATION_WALK_IN", Assert.Single(await BarsAsync(person, DateTime.UtcNow)).Code);

        var granted = await OkAsync(inm, id, "resolution", new { outcome = "granted", resolvedOn = Iso(app.Today()), reasons = "Vulnerabilidad acreditada." });
        var card = Document(granted, "humanitarian-visitor-card");
        var bar = Assert.Single(await BarsAsync(person, DateTime.UtcNow));
        Assert.Equal("REGULARIZATION_REGULAR_STAY", bar.Code);
        Assert.Contains(card.GetProperty("number").GetString()!, bar.Reason, StringComparison.Ordinal);
        var afterExpiry = Date(card, "validUntil").AddDays(2).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        Assert.Empty(await BarsAsync(person, afterExpiry));
    }

    [Fact]
    public async Task Assisted_return_is_not_blocked_by_a_pending_regularization()
    {
        var person = await app.AddPersonAsync();
        using var inm = await app.ApiAsAsync("inm.officer");
        await FileAsync(inm, await app.WalkInAsync(person, "humanitarian", D(2026, 11, 20), detail: "x"));
        var check = await OkAsync(await inm.GetAsync($"/api/v1/persons/{person}/removal-check?kind=assisted-return&on={Iso(app.Today())}"));
        Assert.DoesNotContain(check.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("code").GetString() == "REGULARIZATION_PENDING");
        Assert.Equal(HttpStatusCode.OK, (await inm.GetAsync($"/api/v1/persons/{person}/removal-check?kind=deportation")).StatusCode);
    }
}
