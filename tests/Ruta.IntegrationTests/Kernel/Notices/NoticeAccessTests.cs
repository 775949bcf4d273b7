using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Notices;

namespace Ruta.IntegrationTests.Kernel.Notices;

public sealed class NoticeAccessTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task A_comar_notice_to_inm_is_in_inms_inbox_and_comars_outbox_only()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Bandejas"));
        using var inm = await app.ApiAsAsync("inm.supervisor");
        using var comar = await app.ApiAsAsync("comar.supervisor");
        using var dif = await app.ApiAsAsync("dif.officer");

        Assert.Contains((await inm.ListAsync("box=inbox")).Items, r => r.Id == sent.Id);
        Assert.DoesNotContain((await inm.ListAsync("box=outbox")).Items, r => r.Id == sent.Id);
        Assert.Contains((await comar.ListAsync("box=outbox")).Items, r => r.Id == sent.Id);
        Assert.DoesNotContain((await comar.ListAsync("box=inbox")).Items, r => r.Id == sent.Id);
        Assert.DoesNotContain((await dif.ListAsync("box=inbox")).Items, r => r.Id == sent.Id);
        Assert.DoesNotContain((await dif.ListAsync("box=outbox")).Items, r => r.Id == sent.Id);
    }

    [Fact]
    public async Task Another_agency_gets_404_for_the_notice_and_its_actions_not_403()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Ajeno"));
        using var dif = await app.ApiAsAsync("dif.supervisor");

        var read = await dif.GetAsync($"/api/v1/notices/{sent.Id}");
        var acknowledge = await dif.PostAsync($"/api/v1/notices/{sent.Id}/acknowledge", null);
        var page = await dif.GetAsync($"/Notices/{sent.Id}");
        var print = await dif.GetAsync($"/Notices/{sent.Id}/Print");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal("application/problem+json", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, acknowledge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, print.StatusCode);
        Assert.DoesNotContain(sent.Folio, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cndh_auditor_reads_every_notice_but_sends_and_acknowledges_none()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Supervisión"));
        using var cndh = await app.ApiAsAsync("cndh.auditor");

        var detail = await cndh.GetAsync(sent.Id);
        var all = await cndh.ListAsync("box=all");
        var send = await cndh.PostAsJsonAsync("/api/v1/notices", NoticeTestKit.General("INM", "No"));
        var acknowledge = await cndh.PostAsync($"/api/v1/notices/{sent.Id}/acknowledge", null);
        var page = await cndh.GetAsync($"/Notices/{sent.Id}/Print");

        Assert.NotNull(detail);
        Assert.Equal(sent.Folio, detail.Folio);
        Assert.False(detail.CanAcknowledge);
        Assert.Null(detail.ReceivedAt);
        Assert.Contains(all.Items, r => r.Id == sent.Id);
        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, acknowledge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Only_operational_officers_and_oversight_may_list_and_anonymous_callers_get_401()
    {
        using var admin = await app.ApiAsAsync("admin.administrator");
        using var inmAuditor = await app.ApiAsAsync("inm.auditor");

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/v1/notices?box=inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inmAuditor.GetAsync("/api/v1/notices?box=inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/notices?box=inbox")).StatusCode);
    }

    [Fact]
    public async Task The_first_opening_by_the_recipient_agency_marks_it_received_and_the_senders_does_not()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Recepción"));
        using var comar = await app.ApiAsAsync("comar.supervisor");
        using var inm = await app.ApiAsAsync("inm.officer");
        using var inm2 = await app.ApiAsAsync("inm.supervisor");

        var bySender = await comar.GetAsync(sent.Id);
        Assert.Null(bySender!.ReceivedAt);
        Assert.Equal(NoticeStatus.Sent, bySender.Status);

        var first = await inm.GetAsync(sent.Id);
        var again = await inm2.GetAsync(sent.Id);

        Assert.Equal(NoticeStatus.Received, first!.Status);
        Assert.NotNull(first.ReceivedAt);
        Assert.True(first.CanAcknowledge);
        Assert.Equal(first.ReceivedAt, again!.ReceivedAt);
        Assert.Equal(first.ReceivedAt, (await comar.GetAsync(sent.Id))!.ReceivedAt);
    }

    [Fact]
    public async Task Listing_without_a_valid_box_or_status_is_a_400_with_field_errors()
    {
        using var inm = await app.ApiAsAsync("inm.officer");

        foreach (var (query, field) in new[] { ("", "box"), ("box=everything", "box"), ("box=all", "box"), ("box=inbox&status=lost", "status"), ("box=inbox&page=0", "page") })
        {
            var response = await inm.GetAsync($"/api/v1/notices?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{query}: no error for {field}");
        }
    }

    [Fact]
    public async Task Lists_show_pending_notices_before_acknowledged_ones_and_filter_by_status()
    {
        var older = await app.SendAsync("procuraduria.officer", NoticeTestKit.General("DIF", "Pendiente antiguo"));
        var acknowledged = await app.SendAsync("procuraduria.officer", NoticeTestKit.General("DIF", "Ya acusado"));
        using var dif = await app.ApiAsAsync("dif.officer");
        Assert.Equal(HttpStatusCode.OK, (await dif.PostAsync($"/api/v1/notices/{acknowledged.Id}/acknowledge", null)).StatusCode);

        var inbox = (await dif.ListAsync("box=inbox")).Items.Select(r => r.Id).ToList();
        var pending = (await dif.ListAsync("box=inbox&status=pending")).Items.Select(r => r.Id).ToList();
        var done = (await dif.ListAsync("box=inbox&status=acknowledged")).Items.Select(r => r.Id).ToList();

        Assert.True(inbox.IndexOf(older.Id) < inbox.IndexOf(acknowledged.Id));
        Assert.Contains(older.Id, pending);
        Assert.DoesNotContain(acknowledged.Id, pending);
        Assert.Contains(acknowledged.Id, done);
        Assert.DoesNotContain(older.Id, done);
    }

    [Fact]
    public async Task The_notices_page_lists_only_the_agencys_own_notices()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Página de bandeja"));
        using var inm = await app.ApiAsAsync("inm.officer");
        using var dif = await app.ApiAsAsync("dif.officer");

        var inbox = await inm.GetStringAsync("/Notices?box=inbox");
        var difInbox = await dif.GetStringAsync("/Notices?box=inbox");
        var difOutbox = await dif.GetStringAsync("/Notices?box=outbox");

        Assert.Contains(sent.Folio, inbox, StringComparison.Ordinal);
        Assert.Contains("href=\"/Notices?box=outbox\"", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain(sent.Folio, difInbox, StringComparison.Ordinal);
        Assert.DoesNotContain(sent.Folio, difOutbox, StringComparison.Ordinal);
    }
}
