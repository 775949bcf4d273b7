using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Notices;

public sealed class NoticeFolioTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private int Year => MexicoTime.DateOf(app.Clock.GetUtcNow().UtcDateTime).Year;

    [Fact]
    public async Task Twenty_parallel_sends_from_separate_contexts_for_one_agency_and_year_get_twenty_distinct_folios()
    {
        var sends = Enumerable.Range(1, 20)
            .Select(i => Task.Run(() => app.SendAsSystemAsync("COMAR", "INM", $"Envío paralelo {i}")))
            .ToArray();
        var notices = await Task.WhenAll(sends);

        var folios = notices.Select(n => n.Folio).ToList();
        Assert.Equal(20, folios.Distinct().Count());
        Assert.All(folios, f => Assert.Matches($"^COMAR-{Year}-\\d{{6}}$", f));

        var ids = notices.Select(n => n.Id).ToList();
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<OfficialNotice>()
            .Where(n => ids.Contains(n.Id)).Select(n => n.Folio).ToListAsync());
        Assert.Equal(folios.Order(), stored.Order());
    }

    [Fact]
    public async Task Parallel_sends_through_the_api_all_succeed_with_distinct_folios()
    {
        using var client = await app.ApiAsAsync("inm.officer");
        var responses = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            client.PostAsJsonAsync("/api/v1/notices", NoticeTestKit.General("PROCURADURIA", $"API paralelo {i}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var folios = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<ReadNotice.Detail>(NoticeTestKit.Json))!.Folio));
        Assert.Equal(10, folios.Distinct().Count());
        Assert.All(folios, f => Assert.StartsWith($"INM-{Year}-", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Folios_are_agency_code_year_and_a_six_digit_sequence_counted_per_agency()
    {
        var first = await app.SendAsSystemAsync("SRE", "INM", "Primero de SRE");
        var second = await app.SendAsSystemAsync("SRE", "COMAR", "Segundo de SRE");
        var other = await app.SendAsSystemAsync("STPS", "INM", "Primero de STPS");

        Assert.Equal($"SRE-{Year}-000001", first.Folio);
        Assert.Equal($"SRE-{Year}-000002", second.Folio);
        Assert.Equal($"STPS-{Year}-000001", other.Folio);
        Assert.Matches(NoticeTestKit.FolioPattern, first.Folio);
    }

    [Fact]
    public async Task Each_year_has_its_own_sequence()
    {
        var folios = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            return new[]
            {
                await Folios.AllocateAsync(db, "BETA", 2030, CancellationToken.None),
                await Folios.AllocateAsync(db, "BETA", 2031, CancellationToken.None),
                await Folios.AllocateAsync(db, "BETA", 2030, CancellationToken.None),
            };
        });

        Assert.Equal(["BETA-2030-000001", "BETA-2031-000001", "BETA-2030-000002"], folios);
    }

    [Fact]
    public async Task The_database_refuses_a_repeated_folio()
    {
        var sent = await app.SendAsSystemAsync("SEGOB", "INM", "Original");

        var error = await Record.ExceptionAsync(() => app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var copy = await db.Set<OfficialNotice>().AsNoTracking().SingleAsync(n => n.Id == sent.Id);
            db.Entry(copy).Property(n => n.Id).CurrentValue = Guid.CreateVersion7();
            db.Add(copy);
            await db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(error);
    }
}
