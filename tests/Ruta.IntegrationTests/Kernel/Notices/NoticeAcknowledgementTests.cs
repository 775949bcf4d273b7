using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Notices;

public sealed class NoticeAcknowledgementTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task The_recipient_acknowledges_once_and_a_second_acknowledgement_is_409_naming_the_state()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Acuse único"));
        using var inm = await app.ApiAsAsync("inm.officer");
        using var inmSupervisor = await app.ApiAsAsync("inm.supervisor");

        var first = await inm.PostAsync($"/api/v1/notices/{sent.Id}/acknowledge", null);
        var second = await inmSupervisor.PostAsync($"/api/v1/notices/{sent.Id}/acknowledge", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var acknowledged = await first.Content.ReadFromJsonAsync<ReadNotice.Detail>(NoticeTestKit.Json);
        Assert.Equal(NoticeStatus.Acknowledged, acknowledged!.Status);
        Assert.Equal("INM", acknowledged.AcknowledgedByAgency);
        Assert.Equal("Demo INM officer", acknowledged.AcknowledgedByName);
        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.NotNull(acknowledged.ReceivedAt);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal("acusado de recibo", problem.RootElement.GetProperty("currentState").GetString());
        var after = await inm.GetAsync(sent.Id);
        Assert.Equal(acknowledged.AcknowledgedAt, after!.AcknowledgedAt);
        Assert.Equal("Demo INM officer", after.AcknowledgedByName);
    }

    [Fact]
    public async Task Concurrent_acknowledgements_record_exactly_one()
    {
        var sent = await app.SendAsync("inm.officer", NoticeTestKit.General("PROCURADURIA", "Acuses simultáneos"));
        using var officer = await app.ApiAsAsync("procuraduria.officer");
        using var supervisor = await app.ApiAsAsync("procuraduria.supervisor");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? officer : supervisor).PostAsync($"/api/v1/notices/{sent.Id}/acknowledge", null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Only_the_recipient_agency_acknowledges_the_sender_gets_403()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Acuse del remitente"));
        using var comar = await app.ApiAsAsync("comar.supervisor");

        var response = await comar.PostAsync($"/api/v1/notices/{sent.Id}/acknowledge", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(NoticeStatus.Sent, (await comar.GetAsync(sent.Id))!.Status);
    }

    [Fact]
    public async Task A_time_limit_schedules_a_deadline_that_acknowledgement_marks_met()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Con plazo", hours: 72));
        var deadline = await DeadlineOfAsync(sent.Id);

        Assert.Equal(DeadlineStatus.Open, deadline.Status);
        Assert.Equal(NoticeSender.AcknowledgementKind, deadline.Kind);
        Assert.Equal("INM", deadline.ResponsibleAgency);
        Assert.Equal(DeadlineUnit.Hours, deadline.Unit);
        Assert.Equal(72, deadline.Amount);
        Assert.Equal(sent.SentAt.AddHours(72), deadline.DueAt!.Value, TimeSpan.FromSeconds(1));
        Assert.NotNull(sent.AcknowledgementDue);
        Assert.False(sent.AcknowledgementDue.Overdue);

        using var inm = await app.ApiAsAsync("inm.officer");
        Assert.Equal(HttpStatusCode.OK, (await inm.PostAsync($"/api/v1/notices/{sent.Id}/acknowledge", null)).StatusCode);

        var closed = await DeadlineOfAsync(sent.Id);
        Assert.Equal(DeadlineStatus.Met, closed.Status);
        Assert.NotNull(closed.ClosedAt);
    }

    [Fact]
    public async Task A_business_day_limit_is_counted_with_the_legal_calendar()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Plazo en días hábiles", businessDays: 3));
        var deadline = await DeadlineOfAsync(sent.Id);

        Assert.Equal(DeadlineUnit.BusinessDays, deadline.Unit);
        Assert.Null(deadline.DueAt);
        var trigger = MexicoTime.DateOf(sent.SentAt);
        Assert.Equal(trigger, deadline.TriggerDate);
        Assert.Equal(new LegalCalendar(KnownClosures.Seed).Compute(trigger, 3, PeriodUnit.BusinessDays, "INM").DueDate, deadline.DueDate);
    }

    [Fact]
    public async Task A_pending_notice_past_its_limit_shows_overdue_and_a_late_acknowledgement_closes_it_as_missed()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Vencido", hours: 24));
        await app.WithScopeAsync(async sp =>
        {
            // The limit already passed (moving the shared clock would expire the fixture's tokens).
            var past = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5);
            await sp.GetRequiredService<RutaDbContext>().Set<Deadline>()
                .Where(d => d.CaseType == OfficialNotice.CaseTypeName && d.CaseId == sent.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.DueAt, past));
        });
        using var inm = await app.ApiAsAsync("inm.officer");

        var row = Assert.Single((await inm.ListAsync("box=inbox&status=pending")).Items, r => r.Id == sent.Id);
        Assert.True(row.Due!.Overdue);
        var page = await inm.GetStringAsync("/Notices?box=inbox");
        Assert.Matches($"{sent.Folio}[\\s\\S]*?badge bad", page);

        Assert.Equal(HttpStatusCode.OK, (await inm.PostAsync($"/api/v1/notices/{sent.Id}/acknowledge", null)).StatusCode);
        Assert.Equal(DeadlineStatus.Missed, (await DeadlineOfAsync(sent.Id)).Status);
    }

    [Fact]
    public async Task The_acknowledge_button_posts_a_form_and_a_repeated_post_explains_the_state()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Acuse por formulario"));
        using var inm = await app.ApiAsAsync("inm.officer");
        var token = await NoticeTestKit.FormTokenAsync(inm, $"/Notices/{sent.Id}");

        var first = await NoticeTestKit.PostFormAsync(inm, $"/Notices/{sent.Id}?handler=Acknowledge", token);
        var second = await NoticeTestKit.PostFormAsync(inm, $"/Notices/{sent.Id}?handler=Acknowledge", token);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("acusado de recibo", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Acknowledged, (await inm.GetAsync(sent.Id))!.Status);
    }

    [Fact]
    public async Task The_case_link_of_an_acknowledgement_deadline_opens_the_oficio_for_the_recipient_only()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Enlace desde Mis plazos", businessDays: 2));
        var link = MyDeadlines.CaseLink((await DeadlineOfAsync(sent.Id)).CaseType, sent.Id);
        using var inm = await app.ApiAsAsync("inm.officer");
        using var dif = await app.ApiAsAsync("dif.officer");

        var redirect = await inm.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/Notices/{sent.Id}", redirect.Headers.Location?.OriginalString);
        Assert.Contains(sent.Folio, await inm.GetStringAsync(redirect.Headers.Location), StringComparison.Ordinal);
        var deadlines = await inm.GetStringAsync("/Deadlines");
        Assert.Contains($"href=\"{link}\"", deadlines, StringComparison.Ordinal);
        Assert.DoesNotContain(">OfficialNotice<", deadlines, StringComparison.Ordinal);

        // The link only redirects; the oficio page still hides it from an agency it does not concern.
        var other = await dif.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, (await dif.GetAsync(other.Headers.Location)).StatusCode);
    }

    private Task<Deadline> DeadlineOfAsync(Guid noticeId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Deadline>().AsNoTracking()
            .SingleAsync(d => d.CaseType == OfficialNotice.CaseTypeName && d.CaseId == noticeId));
}
