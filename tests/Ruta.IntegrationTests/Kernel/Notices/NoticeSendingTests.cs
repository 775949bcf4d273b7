using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Notices;

public sealed class NoticeSendingTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    [Fact]
    public async Task A_notice_is_saved_only_with_the_act_that_causes_it()
    {
        Guid noticeId = default;
        var error = await Record.ExceptionAsync(() => app.WithScopeAsync(async sp =>
        {
            NoticeTestKit.ActAs(sp, await NoticeTestKit.PrincipalAsync(sp, "comar.officer"));
            var db = sp.GetRequiredService<RutaDbContext>();
            var notice = await sp.GetRequiredService<NoticeSender>().SendAsync(new NewNotice("INM", NoticeTypes.AsylumClaimFiled,
                "Solicitud presentada", "Texto.", "LRPCAP art. 21", CaseType: "AsylumClaim", CaseId: Guid.CreateVersion7(),
                AcknowledgeWithin: new AcknowledgementLimit(72, DeadlineUnit.Hours)), CancellationToken.None);
            noticeId = notice.Id;
            db.Add(new Agency { Code = "COMAR", Name = "Duplicada", NameEn = "Duplicate" }); // the act fails: duplicate key
            await db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(error);
        Assert.NotEqual(default, noticeId);
        var (notices, deadlines) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            return (await db.Set<OfficialNotice>().CountAsync(n => n.Id == noticeId),
                await db.Set<Deadline>().CountAsync(d => d.CaseId == noticeId));
        });
        Assert.Equal(0, notices);
        Assert.Equal(0, deadlines);
    }

    [Fact]
    public async Task A_module_sends_a_typed_notice_signed_by_the_acting_officer_in_the_same_save()
    {
        var caseId = Guid.CreateVersion7();
        var sent = await app.WithScopeAsync(async sp =>
        {
            NoticeTestKit.ActAs(sp, await NoticeTestKit.PrincipalAsync(sp, "inm.supervisor"));
            var notice = await sp.GetRequiredService<NoticeSender>().SendAsync(new NewNotice("PROCURADURIA", NoticeTypes.ChildIdentified,
                "Niña no acompañada identificada", "Se notifica de manera inmediata.", "LM arts. 95, 98 y 112 fr. I",
                CaseType: "Apprehension", CaseId: caseId), CancellationToken.None);
            await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
            return notice;
        });

        Assert.Equal("INM", sent.SenderAgency);
        Assert.Equal("Demo INM supervisor", sent.SignerName);
        Assert.Equal("Supervisor(a)", sent.SignerPosition);
        using var procuraduria = await app.ApiAsAsync("procuraduria.officer");
        var detail = await procuraduria.GetAsync(sent.Id);
        Assert.Equal(NoticeTypes.ChildIdentified, detail!.Type);
        Assert.Equal("Notificación de niña, niño o adolescente migrante", detail.TypeLabel);
        Assert.Equal(("Apprehension", caseId), (detail.CaseType, detail.CaseId));
        var audit = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => e.RecordId == sent.Id.ToString() && e.Action == AuditActions.Create).Select(e => e.AgencyCode).ToListAsync());
        Assert.Equal(["INM"], audit);
    }

    [Fact]
    public async Task Missing_fields_get_400_with_a_spanish_message_per_field()
    {
        using var comar = await app.ApiAsAsync("comar.officer");

        var response = await comar.PostAsJsonAsync("/api/v1/notices", new { recipientAgency = "", subject = " ", acknowledgeWithinHours = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal("Elija la dependencia destinataria.", errors.GetProperty("recipientAgency")[0].GetString());
        Assert.Equal("Escriba el asunto.", errors.GetProperty("subject")[0].GetString());
        Assert.True(errors.TryGetProperty("body", out _));
        Assert.True(errors.TryGetProperty("legalBasis", out _));
        Assert.True(errors.TryGetProperty("acknowledgeWithinHours", out _));
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("CNDH")]
    [InlineData("ADMIN")]
    [InlineData("COMAR")]
    public async Task An_unknown_non_operational_or_own_recipient_agency_is_a_400(string recipient)
    {
        using var comar = await app.ApiAsAsync("comar.officer");

        var response = await comar.PostAsJsonAsync("/api/v1/notices", NoticeTestKit.General(recipient, "Destinatario inválido"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("recipientAgency", out _));
    }

    [Fact]
    public async Task Limits_in_both_hours_and_days_or_an_unknown_person_are_400()
    {
        using var comar = await app.ApiAsAsync("comar.officer");

        var both = await comar.PostAsJsonAsync("/api/v1/notices", NoticeTestKit.General("INM", "Ambos", hours: 24, businessDays: 2));
        var person = await comar.PostAsJsonAsync("/api/v1/notices", NoticeTestKit.General("INM", "Persona", personId: Guid.CreateVersion7()));

        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Contains("acknowledgeWithinBusinessDays", await both.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, person.StatusCode);
        Assert.Contains("personId", await person.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_about_a_person_carries_the_name_and_each_reading_is_audited()
    {
        var personId = await app.AddPersonAsync("María José", "Hernández");
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Persona", personId: personId));
        using var inm = await app.ApiAsAsync("inm.officer");

        var detail = await inm.GetAsync(sent.Id);

        Assert.Equal(personId, detail!.PersonId);
        Assert.Equal("María José Hernández", detail.PersonName);
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => e.RecordId == sent.Id.ToString()).Select(e => new { e.Action, e.AgencyCode }).ToListAsync());
        Assert.Contains(actions, a => a.Action == AuditActions.Read && a.AgencyCode == "INM");
        Assert.Contains(actions, a => a.Action == "notice-received" && a.AgencyCode == "INM");
    }

    [Fact]
    public async Task The_printable_oficio_has_letterhead_folio_spanish_date_subject_legal_basis_signature_and_stamp()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Aviso de solicitud"));
        using var inm = await app.ApiAsAsync("inm.officer");

        var before = await inm.PageTextAsync($"/Notices/{sent.Id}/Print");
        Assert.Contains(sent.Folio, before, StringComparison.Ordinal);
        Assert.Contains("Comisión Mexicana de Ayuda a Refugiados", before, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(MexicoTime.LongDate(sent.SentAt), before, StringComparison.Ordinal);
        Assert.Matches(@"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}", before);
        Assert.Contains("Asunto:</span> Aviso de solicitud", before, StringComparison.Ordinal);
        Assert.Contains("Fundamento legal:</span> Ley de Migración, art. 112 fr. I", before, StringComparison.Ordinal);
        Assert.Contains("Demo COMAR officer", before, StringComparison.Ordinal);
        Assert.Contains("@media print", before, StringComparison.Ordinal);
        Assert.DoesNotContain("ACUSE DE RECIBO", before, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await inm.PostAsync($"/api/v1/notices/{sent.Id}/acknowledge", null)).StatusCode);
        var after = await inm.PageTextAsync($"/Notices/{sent.Id}/Print");
        Assert.Contains("ACUSE DE RECIBO", after, StringComparison.Ordinal);
        Assert.Contains("Demo INM officer", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_body_is_shown_as_text_never_as_html()
    {
        var sent = await app.SendAsync("comar.officer", NoticeTestKit.General("INM", "Texto seguro", body: "Línea 1\n<script>alert('x')</script>"));
        using var inm = await app.ApiAsAsync("inm.officer");

        foreach (var path in new[] { $"/Notices/{sent.Id}", $"/Notices/{sent.Id}/Print" })
        {
            var html = await inm.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_send_form_sends_a_general_notice_and_shows_field_errors()
    {
        using var comar = await app.ApiAsAsync("comar.officer");
        var token = await NoticeTestKit.FormTokenAsync(comar, "/Notices/Send");

        var invalid = await NoticeTestKit.PostFormAsync(comar, "/Notices/Send", token,
            ("Input.RecipientAgency", "INM"), ("Input.Subject", ""), ("Input.Body", "Texto"), ("Input.LegalBasis", ""),
            ("Input.AcknowledgeWithin", "dos"));
        var unsent = await NoticeTestKit.PostFormAsync(comar, "/Notices/Send", token,
            ("Input.RecipientAgency", "INM"), ("Input.Subject", "Falta fundamento"), ("Input.Body", "Texto"), ("Input.LegalBasis", ""));
        var valid = await NoticeTestKit.PostFormAsync(comar, "/Notices/Send", token,
            ("Input.RecipientAgency", "INM"), ("Input.Subject", "Desde el formulario"), ("Input.Body", "Texto"),
            ("Input.LegalBasis", "LFPA art. 3"), ("Input.AcknowledgeWithin", "2"), ("Input.AcknowledgeUnit", "business-days"));

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var form = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Escriba un número entero.", WebUtility.HtmlDecode(form), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unsent.StatusCode);
        var handlerErrors = await unsent.Content.ReadAsStringAsync();
        Assert.Contains("Escriba el fundamento legal", handlerErrors, StringComparison.Ordinal);
        Assert.Contains("Falta fundamento", handlerErrors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
        var id = Guid.Parse(valid.Headers.Location!.OriginalString.Split('/').Last());
        var detail = await comar.GetAsync(id);
        Assert.Equal("Desde el formulario", detail!.Subject);
        Assert.Equal(NoticeTypes.General, detail.Type);
        Assert.NotNull(detail.AcknowledgementDue);
        var page = await comar.GetStringAsync(valid.Headers.Location.OriginalString);
        Assert.Contains(detail.Folio, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_notices_pages_speak_english_when_asked()
    {
        using var inm = await app.ApiAsAsync("inm.officer");

        var page = await inm.PageTextAsync("/Notices?box=inbox&culture=en");

        Assert.Contains("<h1>Official notices</h1>", page, StringComparison.Ordinal);
        Assert.Contains(">Received</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversight_cannot_open_the_send_form()
    {
        using var cndh = await app.ApiAsAsync("cndh.auditor");

        var response = await cndh.GetAsync("/Notices/Send");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
