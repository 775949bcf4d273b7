using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Kernel.Access;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Documents;

public sealed partial class DocumentAccessTests(DocumentsFactory app) : IClassFixture<DocumentsFactory>
{
    /// <summary>A holder with an asylum-case TVRH (INM) and a DIF document outside any restricted case.</summary>
    private async Task<(Guid Holder, IssuedDocument AsylumCard, IssuedDocument ShelterLetter)> HolderWithDocumentsAsync()
    {
        var (holder, _) = await app.AddHolderAsync();
        var card = await app.IssueAsAsync("inm.officer", app.Tvrh(holder, DocumentAccess.AsylumClaimCaseType, Guid.CreateVersion7()));
        var letter = await app.IssueAsAsync("dif.officer",
            new IssueDocumentRequest(DocumentType.Other, holder, app.Today(), null, Description: "Constancia de estancia en albergue"));
        return (holder, card, letter);
    }

    [Theory]
    [InlineData("comar.officer", true)]
    [InlineData("inm.officer", true)]
    [InlineData("inm.supervisor", true)]
    [InlineData("cndh.auditor", true)]
    [InlineData("dif.officer", false)]
    [InlineData("procuraduria.supervisor", false)]
    [InlineData("sre.officer", false)]
    public async Task Documents_of_an_asylum_case_are_seen_only_by_comar_inm_and_oversight(string userName, bool seesAsylumCard)
    {
        var (holder, card, letter) = await HolderWithDocumentsAsync();
        using var client = await app.ApiAsAsync(userName);

        var list = await client.GetFromJsonAsync<List<IssuedDocumentView>>($"/api/v1/persons/{holder}/documents", DocumentsTestKit.Json);
        var one = await client.GetAsync($"/api/v1/documents/{card.Id}");

        Assert.Contains(list!, d => d.Id == letter.Id);
        Assert.Equal(seesAsylumCard, list!.Any(d => d.Id == card.Id));
        Assert.Equal(seesAsylumCard ? HttpStatusCode.OK : HttpStatusCode.NotFound, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/documents/{letter.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_visibility_rule_is_the_same_for_lists_and_single_records()
    {
        var (holder, card, letter) = await HolderWithDocumentsAsync();
        var principals = new[] { "comar.officer", "dif.officer", "cndh.auditor", "cndh.officer", "admin.administrator" };
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            foreach (var name in principals)
            {
                var user = await DocumentsTestKit.PrincipalAsync(sp, name);
                var listed = await db.Set<IssuedDocument>().VisibleTo(user).Where(d => d.HolderPersonId == holder).Select(d => d.Id).ToListAsync();
                foreach (var d in new[] { card, letter })
                {
                    Assert.True(listed.Contains(d.Id) == DocumentAccess.CanSee(user, d.IssuingAgency, d.CaseType), $"{name}, {d.Number}");
                }
            }
        });
    }

    [Fact]
    public async Task A_document_carries_its_etag_and_the_person_list_needs_an_existing_person()
    {
        var (_, card, _) = await HolderWithDocumentsAsync();
        using var client = await app.ApiAsAsync("inm.officer");

        var response = await client.GetAsync($"/api/v1/documents/{card.Id}");
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        var view = await response.Content.ReadFromJsonAsync<IssuedDocumentView>(DocumentsTestKit.Json);
        Assert.Equal(card.Number, view!.Number);
        Assert.Equal($"/verificar/{card.VerificationCode}", view.VerificationPath);
        Assert.True(view.CanPrint);
        Assert.False(view.CanRevoke); // an officer, not a supervisor
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/persons/{Guid.NewGuid()}/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/documents/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Only_a_supervisor_of_the_issuing_agency_revokes_and_only_once_with_a_reason()
    {
        var (_, card, _) = await HolderWithDocumentsAsync();
        var path = $"/api/v1/documents/{card.Id}/revoke";
        var body = new { reason = "Resolución negativa firme" };

        using var officer = await app.ApiAsAsync("inm.officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync(path, body)).StatusCode);
        using var comar = await app.ApiAsAsync("comar.supervisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await comar.PostAsJsonAsync(path, body)).StatusCode);
        using var dif = await app.ApiAsAsync("dif.supervisor");
        Assert.Equal(HttpStatusCode.NotFound, (await dif.PostAsJsonAsync(path, body)).StatusCode);

        using var supervisor = await app.ApiAsAsync("inm.supervisor");
        var missing = await supervisor.PostAsJsonAsync(path, new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"reason\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stale = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"7\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await supervisor.SendAsync(stale)).StatusCode);

        var revoked = await supervisor.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var view = await revoked.Content.ReadFromJsonAsync<IssuedDocumentView>(DocumentsTestKit.Json);
        Assert.Equal(DocumentStatus.Revoked, view!.Status);
        Assert.Equal(DocumentValidity.Revoked, view.Validity);
        Assert.Equal("Resolución negativa firme", view.StatusReason);
        Assert.False(view.CanRevoke);

        var again = await supervisor.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("revocado", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_qr_png_encodes_the_absolute_verification_address()
    {
        var (_, card, letter) = await HolderWithDocumentsAsync();
        using var inm = await PageSession.SignInAsync(app, "inm.officer");

        var response = await inm.Client.GetAsync($"/Documents/{card.Id}/qr.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.True(png.Length > 200);
        Assert.Equal(DocumentsTestKit.PngSignature, png[..8]);
        // QR generation is deterministic: equal bytes mean the image encodes exactly this address.
        Assert.Equal(DocumentLinks.QrPng($"http://localhost/verificar/{card.VerificationCode}"), png);

        using var dif = await PageSession.SignInAsync(app, "dif.officer");
        Assert.Equal(HttpStatusCode.NotFound, (await dif.Client.GetAsync($"/Documents/{card.Id}/qr.png")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dif.Client.GetAsync($"/Documents/{letter.Id}/qr.png")).StatusCode);
    }

    [Fact]
    public async Task The_card_print_shows_holder_number_validity_and_an_embedded_qr_and_is_audited()
    {
        var (holder, surname) = await app.AddHolderAsync("Filomena", curp: "OOZK940525MNERLN03");
        var card = await app.IssueAsAsync("inm.officer", app.Tvrh(holder, DocumentAccess.AsylumClaimCaseType, Guid.CreateVersion7()));
        using var inm = await PageSession.SignInAsync(app, "inm.officer");

        var page = await inm.GetPageAsync($"/Documents/{card.Id}/Print");

        Assert.Contains("class=\"card\"", page, StringComparison.Ordinal);
        Assert.Contains("size: 85.6mm 54mm", page, StringComparison.Ordinal);
        Assert.Contains(card.Number, page, StringComparison.Ordinal);
        Assert.Contains($"Filomena {surname}", page, StringComparison.Ordinal);
        Assert.Contains("OOZK940525MNERLN03", page, StringComparison.Ordinal);
        Assert.Contains("Honduras", page, StringComparison.Ordinal);
        Assert.Contains("02/11/1990", page, StringComparison.Ordinal);
        Assert.Contains(card.ValidUntil!.Value.ToString("dd/MM/yyyy"), page, StringComparison.Ordinal);
        var qr = QrImage().Match(page);
        Assert.True(qr.Success, "no embedded QR image");
        var png = Convert.FromBase64String(qr.Groups[1].Value);
        Assert.Equal(DocumentLinks.QrPng($"http://localhost/verificar/{card.VerificationCode}"), png);

        var printed = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .CountAsync(a => a.Action == "document-print" && a.RecordId == card.Id.ToString()));
        Assert.Equal(1, printed);
    }

    [Fact]
    public async Task The_constancia_prints_as_a_letter_with_its_legal_basis()
    {
        var (holder, _) = await app.AddHolderAsync();
        var constancia = await app.IssueAsAsync("comar.officer",
            new IssueDocumentRequest(DocumentType.AsylumApplicationCertificate, holder, app.Today(), null, DocumentAccess.AsylumClaimCaseType, Guid.CreateVersion7()));
        using var comar = await PageSession.SignInAsync(app, "comar.officer");

        var page = await comar.GetPageAsync($"/Documents/{constancia.Id}/Print");

        Assert.Contains("class=\"sheet\"", page, StringComparison.Ordinal);
        Assert.Contains("size: letter", page, StringComparison.Ordinal);
        Assert.Contains(constancia.Number, page, StringComparison.Ordinal);
        Assert.Contains("art. 22", page, StringComparison.Ordinal);
        Assert.Contains("sin fecha de vencimiento", page, StringComparison.Ordinal);
        Assert.Matches(QrImage(), page);
    }

    [Theory]
    [InlineData("comar.officer", HttpStatusCode.Redirect)]   // sees the card, did not issue it
    [InlineData("dif.officer", HttpStatusCode.NotFound)]      // may not even see it
    [InlineData("cndh.auditor", HttpStatusCode.OK)]
    [InlineData("inm.supervisor", HttpStatusCode.OK)]
    public async Task Only_the_issuing_agency_and_oversight_print(string userName, HttpStatusCode expected)
    {
        var (_, card, _) = await HolderWithDocumentsAsync();
        using var session = await PageSession.SignInAsync(app, userName);

        var response = await session.Client.GetAsync($"/Documents/{card.Id}/Print");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_persons_record_lists_the_documents_the_user_may_see()
    {
        var (holder, card, letter) = await HolderWithDocumentsAsync();

        using var inm = await PageSession.SignInAsync(app, "inm.officer");
        var inmPage = await inm.GetPageAsync($"/Persons/{holder}");
        Assert.Contains("Documentos emitidos", inmPage, StringComparison.Ordinal);
        Assert.Contains(card.Number, inmPage, StringComparison.Ordinal);
        Assert.Contains(letter.Number, inmPage, StringComparison.Ordinal);

        using var dif = await PageSession.SignInAsync(app, "dif.officer");
        var difPage = await dif.GetPageAsync($"/Persons/{holder}");
        Assert.Contains(letter.Number, difPage, StringComparison.Ordinal);
        Assert.DoesNotContain(card.Number, difPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await dif.Client.GetAsync($"/Documents/{card.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_revokes_from_the_document_page()
    {
        var (_, card, _) = await HolderWithDocumentsAsync();
        using var officer = await PageSession.SignInAsync(app, "inm.officer");
        Assert.DoesNotContain("Revocar documento", await officer.GetPageAsync($"/Documents/{card.Id}"), StringComparison.Ordinal);

        using var supervisor = await PageSession.SignInAsync(app, "inm.supervisor");
        var page = await supervisor.GetPageAsync($"/Documents/{card.Id}");
        Assert.Contains(DocumentVerificationCodes.Grouped(card.VerificationCode), page, StringComparison.Ordinal);
        Assert.Contains("Revocar documento", page, StringComparison.Ordinal);

        var empty = await supervisor.PostFormAsync($"/Documents/{card.Id}?handler=Revoke", [new("Reason", ""), new("Version", "0")], $"/Documents/{card.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Escriba el motivo de la revocación.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var done = await supervisor.PostFormAsync($"/Documents/{card.Id}?handler=Revoke", [new("Reason", "Tarjeta extraviada"), new("Version", "0")], $"/Documents/{card.Id}");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await supervisor.GetPageAsync($"/Documents/{card.Id}");
        Assert.Contains("Documento revocado.", after, StringComparison.Ordinal);
        Assert.Contains("Tarjeta extraviada", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Revocar documento", after, StringComparison.Ordinal);
    }

    [GeneratedRegex("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex QrImage();
}
