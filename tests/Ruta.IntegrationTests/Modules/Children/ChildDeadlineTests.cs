using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Children.Domain;
using static Ruta.IntegrationTests.Modules.Children.ChildrenTestKit;

namespace Ruta.IntegrationTests.Modules.Children;

/// <summary>Its own application: the clock jumps to chosen dates (a Friday night, Christmas) and no other test sees them.</summary>
public sealed class ChildrenClockFactory : RutaFactory;

/// <summary>
/// The hour limits of the chain run as elapsed time, through weekends and holidays: the 24-hour alert
/// of an unacknowledged notice to the Procuraduría, and the 3-hour and 24-hour limits of urgent
/// measures (LGDNNA art. 122). A business-day period would skip those days; these never do.
/// </summary>
public sealed class ChildDeadlineTests(ChildrenClockFactory app) : IClassFixture<ChildrenClockFactory>
{
    private static readonly TimeSpan Mexico = TimeSpan.FromHours(-6);

    /// <summary>A client with a token issued at the current (fake) time: cached tokens expire when the clock jumps.</summary>
    private async Task<HttpClient> ClientAsync(string user)
    {
        using var anonymous = app.Anonymous();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = DemoData.Password });
        var token = (await response.Content.ReadFromJsonAsync<IssueToken.Response>())!.AccessToken;
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task<int> MarkMissedAsync() => app.Services.GetRequiredService<MissedDeadlineJob>().MarkMissedAsync(app.Clock.GetUtcNow());

    private Task<Deadline> NoticeDeadlineAsync(string folio) => app.WithScopeAsync(sp =>
    {
        var db = sp.GetRequiredService<RutaDbContext>();
        var notice = db.Set<OfficialNotice>().Where(n => n.Folio == folio).Select(n => n.Id);
        return db.Set<Deadline>().AsNoTracking().SingleAsync(d => notice.Contains(d.CaseId) && d.Kind == NoticeSender.AcknowledgementKind);
    });

    private async Task<bool> OverdueInWorklistAsync(Guid caseId)
    {
        using var procuraduria = await ClientAsync("procuraduria.officer");
        var list = await OkAsync(await procuraduria.GetAsync("/api/v1/children/worklists/procuraduria"));
        return list.GetProperty("toReceive").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == caseId).GetProperty("noticeOverdue").GetBoolean();
    }

    [Fact]
    public async Task An_unacknowledged_notice_alerts_24_hours_later_even_on_a_weekend_or_a_holiday()
    {
        // Friday 4 December 2026, 20:00 in Mexico City.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 20, 0, 0, Mexico));
        var friday = await app.AddPersonAsync("Viernes", 15);
        using (var inm = await ClientAsync("inm.officer"))
        {
            var identified = await IdentifyAsync(inm, Identification([friday]));
            var deadline = await NoticeDeadlineAsync(identified.GetProperty("children")[0].GetProperty("noticeFolio").GetString()!);
            Assert.Equal(new DateTimeOffset(2026, 12, 5, 20, 0, 0, Mexico).UtcDateTime, deadline.DueAt);
            Assert.Equal(new DateOnly(2026, 12, 5), deadline.DueDate); // a Saturday: hours do not wait for Monday
            var oneBusinessDay = await app.WithScopeAsync(async sp =>
                (await sp.GetRequiredService<LegalCalendarProvider>().GetAsync(sp.GetRequiredService<RutaDbContext>(), CancellationToken.None))
                .Compute(new DateOnly(2026, 12, 4), 1, PeriodUnit.BusinessDays, AgencyCodes.ChildProtectionOffice).DueDate);
            Assert.Equal(new DateOnly(2026, 12, 7), oneBusinessDay);

            app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 19, 59, 0, Mexico));
            await MarkMissedAsync();
            Assert.False(await OverdueInWorklistAsync(CaseId(identified)));
            Assert.Equal(DeadlineStatus.Open, (await NoticeDeadlineAsync(deadline.Description.Split(' ')[^1])).Status);

            app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 20, 1, 0, Mexico));
            Assert.True(await MarkMissedAsync() >= 1);
            Assert.True(await OverdueInWorklistAsync(CaseId(identified)));
        }

        // Thursday 24 December 2026, 20:00: the alert falls on Christmas Day (LFPA art. 28, LFT art. 74).
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 24, 20, 0, 0, Mexico));
        var christmas = await app.AddPersonAsync("Navidad", 10);
        using (var inm = await ClientAsync("inm.officer"))
        {
            var identified = await IdentifyAsync(inm, Identification([christmas]));
            var deadline = await NoticeDeadlineAsync(identified.GetProperty("children")[0].GetProperty("noticeFolio").GetString()!);
            Assert.Equal(new DateOnly(2026, 12, 25), deadline.DueDate);

            app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 25, 20, 30, 0, Mexico));
            await MarkMissedAsync();
            Assert.True(await OverdueInWorklistAsync(CaseId(identified)));
        }
    }

}

/// <summary>Its own application for the urgent-measure limits (the clock moves forward by hours).</summary>
public sealed class ChildrenUrgentClockFactory : RutaFactory;

/// <summary>The 3-hour and 24-hour limits of urgent protection measures (LGDNNA art. 122), elapsed time.</summary>
public sealed class ChildUrgentMeasureDeadlineTests(ChildrenUrgentClockFactory app) : IClassFixture<ChildrenUrgentClockFactory>
{
    private async Task<HttpClient> ClientAsync(string user)
    {
        using var anonymous = app.Anonymous();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = DemoData.Password });
        var token = (await response.Content.ReadFromJsonAsync<IssueToken.Response>())!.AccessToken;
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task<int> MarkMissedAsync() => app.Services.GetRequiredService<MissedDeadlineJob>().MarkMissedAsync(app.Clock.GetUtcNow());

    [Fact]
    public async Task Urgent_measures_run_3_hours_for_the_prosecutor_and_24_hours_for_the_judge_and_meet_when_recorded_in_time()
    {
        // Whole seconds: PostgreSQL keeps microseconds, the clock ticks finer.
        var start = app.Clock.GetUtcNow();
        app.Clock.SetUtcNow(new DateTimeOffset(start.Ticks - (start.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1));
        var child = await app.AddPersonAsync("Urgente", 9);
        using var inm = await ClientAsync("inm.officer");
        using var procuraduria = await ClientAsync("procuraduria.officer");
        using var officer = await ClientAsync("procuraduria.officer");
        var id = CaseId(await IdentifyAsync(inm, Identification([child])));
        var requestedAt = app.Clock.GetUtcNow().UtcDateTime;

        var order = await ActAsync(officer, id, "urgent-measure", new
        {
            kind = "immediate-medical-care", route = "procuraduria-order", description = "Atención médica inmediata.", imminentRisk = "Deshidratación grave.",
        });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, order.StatusCode); // fr. VII: the Procurador's (supervisor's) act

        var requested = await OkAsync(procuraduria, id, "urgent-measure", new
        {
            kind = "care-center-admission", route = "prosecutor-request", description = "Ingreso inmediato a un centro de asistencia social.",
            imminentRisk = "Personas adultas intentaron llevárselo del albergue.",
        });
        var measure = requested.GetProperty("recordId").GetGuid();
        var decree = await DeadlineAsync(measure, ChildRules.ProsecutorDecreeKind);
        Assert.Equal(requestedAt.AddHours(3), decree.DueAt);

        app.Clock.Advance(TimeSpan.FromHours(2));
        using var later = await ClientAsync("procuraduria.officer");
        await OkAsync(later, id, "urgent-measure-decree", new { measureId = measure });
        Assert.Equal(DeadlineStatus.Met, (await DeadlineAsync(measure, ChildRules.ProsecutorDecreeKind)).Status);
        var ruling = await DeadlineAsync(measure, ChildRules.JudicialRulingKind);
        Assert.Equal(requestedAt.AddHours(26), ruling.DueAt);

        app.Clock.Advance(TimeSpan.FromHours(25));
        await MarkMissedAsync();
        Assert.Equal(DeadlineStatus.Missed, (await DeadlineAsync(measure, ChildRules.JudicialRulingKind)).Status);
    }

    private Task<Deadline> DeadlineAsync(Guid measure, string kind) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<RutaDbContext>().Set<Deadline>().AsNoTracking()
            .SingleAsync(d => d.CaseType == ChildRules.UrgentMeasureCaseType && d.CaseId == measure && d.Kind == kind));
}
