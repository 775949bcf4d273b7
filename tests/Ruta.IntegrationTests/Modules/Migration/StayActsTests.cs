using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using AsylumKit = Ruta.IntegrationTests.Modules.Asylum.AsylumTestKit;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Migration.Domain;
using static Ruta.IntegrationTests.Modules.Migration.MigrationTestKit;

namespace Ruta.IntegrationTests.Modules.Migration;

/// <summary>Acts on a stay (asylum request, release) and the custody contract other modules use to end it.</summary>
public sealed class StayActsTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private async Task<(Guid Person, Guid Stay)> AdmittedAsync(string name, double hoursAgo = 2)
    {
        var person = await app.AddAdultAsync(name);
        var view = await app.ApprehendAsync(app.Clock.GetUtcNow().AddHours(-hoursAgo), Member(person));
        await StatusAsync(await app.AdmitAsync(view.GetProperty("id").GetGuid(), Admission(person)), HttpStatusCode.OK);
        return (person, StayOf(view, person));
    }

    [Fact]
    public async Task Asking_for_asylum_while_held_tells_COMAR_at_once_and_blocks_any_removal_until_COMAR_files_the_claim()
    {
        var (person, stay) = await AdmittedAsync("Refugio");
        var recorded = await StatusAsync(await app.ActAsync(stay, "asylum-request", new { statement = "Teme volver a su país." }), HttpStatusCode.OK);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, recorded.GetProperty("asylumRequestedAt").ValueKind);
        Assert.DoesNotContain("asylum-request", recorded.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        var noticeId = recorded.GetProperty("asylumNoticeId").GetGuid();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var notice = await db.Set<OfficialNotice>().SingleAsync(n => n.Id == noticeId);
            Assert.Equal("COMAR", notice.RecipientAgency);
            Assert.Equal(NoticeTypes.MigrationAsylumRequested, notice.Type);
            Assert.Equal("StationStay", notice.CaseType);
            Assert.Equal(stay, notice.CaseId);
            Assert.Contains("LRPCAP art. 21", notice.LegalBasis, StringComparison.Ordinal);
            // The station is in Tapachula: the COMAR office of the same city receives it.
            Assert.Equal("COMAR-TAP", await db.Set<Office>().Where(o => o.Id == notice.RecipientOfficeId).Select(o => o.Code).SingleAsync());
        });
        var twice = await ProblemAsync(await app.ActAsync(stay, "asylum-request", new { }), HttpStatusCode.Conflict);
        Assert.Equal(MigrationRules.AsylumAlreadyRequested, twice.GetProperty("code").GetString());

        var today = MexicoCity.Today(app.Clock);
        var blocked = await AsylumKit.RemovalCheckAsync(app, person, today);
        Assert.False(blocked.GetProperty("allowed").GetBoolean());
        Assert.Contains(MigrationRules.AsylumRequested, AsylumKit.BlockCodes(blocked));

        // COMAR files the claim: from then on the asylum rule protects the person and this one steps aside.
        using var comar = await app.ApiAsAsync("comar.officer");
        await AsylumKit.FileAsync(comar, AsylumKit.Filing(person, today.AddDays(-3), today, await app.OfficeAsync("COMAR-TAP")));
        var afterFiling = AsylumKit.BlockCodes(await AsylumKit.RemovalCheckAsync(app, person, today));
        Assert.Contains("ASYLUM_CLAIM_PENDING", afterFiling);
        Assert.DoesNotContain(MigrationRules.AsylumRequested, afterFiling);
    }

    [Fact]
    public async Task Release_ends_the_stay_meets_its_limits_and_If_Match_guards_every_act()
    {
        var (_, stay) = await AdmittedAsync("Libre");
        var current = await app.GetStayAsync(stay);
        var version = current.GetProperty("version").GetInt32();
        var stale = await ProblemAsync(await app.ActAsync(stay, "release", new { ground = "authority-decision", reasons = "Resolución." },
            ifMatch: $"\"{version - 1}\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(412, stale.GetProperty("status").GetInt32());
        var wrongGround = await ProblemAsync(await app.ActAsync(stay, "release", new { ground = "no-agreement-within-24-hours", reasons = "x" }),
            HttpStatusCode.BadRequest);
        Assert.True(wrongGround.GetProperty("errors").TryGetProperty("ground", out _));

        var released = await StatusAsync(await app.ActAsync(stay, "release",
            new { ground = "alternative-to-detention", reasons = "Custodia de una organización de la sociedad civil (LM art. 101)." },
            ifMatch: $"\"{version}\""), HttpStatusCode.OK);
        Assert.Equal("released", released.GetProperty("status").GetString());
        Assert.Equal("alternative-to-detention", released.GetProperty("releaseGround").GetString());
        Assert.Empty(released.GetProperty("allowedActions").EnumerateArray());
        Assert.Empty(released.GetProperty("alerts").EnumerateArray());
        var statuses = released.GetProperty("deadlines").EnumerateArray()
            .ToDictionary(d => d.GetProperty("kind").GetString()!, d => d.GetProperty("status").GetString());
        Assert.Equal("met", statuses[MigrationRules.DetentionPolicyKind]);
        Assert.Equal("met", statuses[MigrationRules.StayLimitKind]);
        Assert.DoesNotContain((await app.RosterAsync()).GetProperty("items").EnumerateArray(), r => r.GetProperty("stayId").GetGuid() == stay);

        var again = await ProblemAsync(await app.ActAsync(stay, "release", new { ground = "other", reasons = "Otra vez." }), HttpStatusCode.Conflict);
        Assert.Equal("en libertad", again.GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task The_custody_contract_finds_the_open_stay_and_ends_it_only_when_the_caller_saves()
    {
        var person = await app.AddAdultAsync("Custodia");
        var view = await app.ApprehendAsync(app.Clock.GetUtcNow().AddHours(-2), Member(person));
        var stay = StayOf(view, person);
        await app.WithScopeAsync(async sp =>
        {
            var custody = sp.GetRequiredService<IStationCustody>();
            Assert.IsType<StationCustody>(custody);
            var open = await custody.FindOpenStayAsync(person, CancellationToken.None);
            Assert.Equal(stay, open!.StayId);
            Assert.Equal(await app.OfficeAsync("INM-EM-TAP"), open.StationOfficeId);
            // Still awaiting the acuerdo: "admitted at" is the puesta a disposición.
            var disposed = await sp.GetRequiredService<RutaDbContext>().Set<StationStay>().Where(s => s.Id == stay).Select(s => s.DisposedAt).SingleAsync();
            Assert.Equal(disposed, open.AdmittedAt);

            await custody.EndStayAsync(person, StayEndReason.Regularization, app.Clock.GetUtcNow().UtcDateTime, "regularization:prueba", CancellationToken.None);
        });
        // Not saved by the contract: the caller's unit of work did not save, so the stay is still open.
        Assert.NotNull(await app.WithScopeAsync(sp => sp.GetRequiredService<IStationCustody>().FindOpenStayAsync(person, CancellationToken.None)));

        await app.WithScopeAsync(async sp =>
        {
            var custody = sp.GetRequiredService<IStationCustody>();
            await custody.EndStayAsync(person, StayEndReason.Regularization, app.Clock.GetUtcNow().UtcDateTime, "regularization:prueba", CancellationToken.None);
            await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
            Assert.Null(await custody.FindOpenStayAsync(person, CancellationToken.None));
            // Nothing open: a no-op.
            await custody.EndStayAsync(person, StayEndReason.Removal, app.Clock.GetUtcNow().UtcDateTime, "removal:prueba", CancellationToken.None);
            await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
        });
        var ended = await app.GetStayAsync(stay);
        Assert.Equal("exit-for-regularization", ended.GetProperty("status").GetString());
        Assert.Equal("regularization:prueba", ended.GetProperty("endReference").GetString());
        var agreement = ended.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == MigrationRules.AgreementKind);
        Assert.Equal("cancelled", agreement.GetProperty("status").GetString());
        Assert.Equal("met", ended.GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == MigrationRules.DetentionPolicyKind).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_removal_through_the_custody_contract_takes_the_removed_exit()
    {
        var (person, stay) = await AdmittedAsync("Retorno");
        await app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IStationCustody>().EndStayAsync(person, StayEndReason.Removal, app.Clock.GetUtcNow().UtcDateTime, "removal:1",
                CancellationToken.None);
            await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
        });
        Assert.Equal("removed", (await app.GetStayAsync(stay)).GetProperty("status").GetString());
    }
}

/// <summary>A bar another module would register: here, anyone named "Vetada" came forward to regularize (LM art. 136).</summary>
public sealed class WalkInBar(RutaDbContext db) : IStationAdmissionBar
{
    public async Task<AdmissionBar?> EvaluateAsync(Guid personId, DateTime at, CancellationToken cancellationToken) =>
        await db.Set<Ruta.Web.Kernel.Persons.Person>().AnyAsync(p => p.Id == personId && p.GivenNames == "Vetada", cancellationToken)
            ? new AdmissionBar("REGULARIZATION_WALK_IN", "LM art. 136", "Acudió por su voluntad a regularizar su situación migratoria.")
            : null;
}

public sealed class BarredFactory : RutaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<IStationAdmissionBar, WalkInBar>());
    }
}

public sealed class AdmissionBarTests(BarredFactory app) : IClassFixture<BarredFactory>
{
    [Fact]
    public async Task Every_registered_admission_bar_is_asked_and_a_bar_refuses_the_admission_with_its_legal_basis()
    {
        var barred = await app.AddPersonAsync("Vetada", new DateOnly(1991, 5, 5));
        var free = await app.AddAdultAsync("Libre");
        var view = await app.ApprehendAsync(app.Clock.GetUtcNow().AddHours(-1), Member(barred), Member(free));
        var apprehension = view.GetProperty("id").GetGuid();
        var problem = await ProblemAsync(await app.AdmitAsync(apprehension, Admission(barred)), HttpStatusCode.Conflict);
        Assert.Equal("REGULARIZATION_WALK_IN", problem.GetProperty("code").GetString());
        Assert.Equal("LM art. 136", problem.GetProperty("legalBasis").GetString());
        Assert.Equal("awaiting-admission", (await app.GetStayAsync(StayOf(view, barred))).GetProperty("status").GetString());
        await StatusAsync(await app.AdmitAsync(apprehension, Admission(free)), HttpStatusCode.OK);
    }
}
