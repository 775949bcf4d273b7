using System.Net;
using System.Text.Json;
using Ruta.Web.Kernel.Documents;

namespace Ruta.IntegrationTests.Kernel.Documents;

public sealed class DocumentVerificationTests(DocumentsFactory app) : IClassFixture<DocumentsFactory>
{
    [Fact]
    public async Task The_public_page_says_genuine_and_valid_with_type_number_and_dates_and_never_the_holders_data()
    {
        var (holder, surname) = await app.AddHolderAsync("Filomena Aurelia", curp: "OOZK940525MNERLN03");
        var document = await app.IssueAsAsync("inm.officer", app.Tvrh(holder, "AsylumClaim", Guid.CreateVersion7()));

        using var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync($"/verificar/{document.VerificationCode}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Documento auténtico y vigente", page, StringComparison.Ordinal);
        Assert.Contains("Tarjeta de Visitante por Razones Humanitarias", page, StringComparison.Ordinal);
        Assert.Contains(document.Number, page, StringComparison.Ordinal);
        Assert.Contains(document.ValidFrom.ToString("yyyy-MM-dd"), page, StringComparison.Ordinal);
        Assert.Contains(document.ValidUntil!.Value.ToString("yyyy-MM-dd"), page, StringComparison.Ordinal);
        foreach (var personal in new[] { surname, "Filomena", "Aurelia", "OOZK940525MNERLN03", "1990-11-02", "02/11/1990", holder.ToString(),
                     "AsylumClaim", "Solicitante de la condición de refugiado", "Hondur" })
        {
            Assert.DoesNotContain(personal, page, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_json_verification_carries_only_the_minimal_fields()
    {
        var (holder, surname) = await app.AddHolderAsync();
        var document = await app.IssueAsAsync("inm.officer", app.Tvrh(holder));

        using var anonymous = app.Anonymous();
        var text = await anonymous.GetStringAsync($"/api/v1/verify/{document.VerificationCode}");
        var properties = JsonDocument.Parse(text).RootElement.EnumerateObject().Select(p => p.Name).Order().ToList();

        Assert.Equal(["genuine", "number", "status", "type", "typeName", "validFrom", "validUntil"], properties);
        Assert.DoesNotContain(surname, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(holder.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"status\":\"valid\"", text, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"humanitarian-visitor-card\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_speaks_english_when_chosen()
    {
        var (holder, _) = await app.AddHolderAsync();
        var document = await app.IssueAsAsync("inm.officer", app.Tvrh(holder));

        using var anonymous = app.Anonymous();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/verificar/{document.VerificationCode}?culture=en"));

        Assert.Contains("Authentic and valid document", page, StringComparison.Ordinal);
        Assert.Contains("Humanitarian Visitor Card", page, StringComparison.Ordinal);
        Assert.Contains("/Culture?c=es-MX", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_document_is_genuine_but_revoked_and_the_reason_stays_private()
    {
        var (holder, _) = await app.AddHolderAsync();
        var document = await app.IssueAsAsync("comar.officer",
            new IssueDocumentRequest(DocumentType.AsylumApplicationCertificate, holder, app.Today(), null, "AsylumClaim", Guid.CreateVersion7()));
        using var supervisor = await app.ApiAsAsync("comar.supervisor");
        var revoke = await supervisor.PostAsync($"/api/v1/documents/{document.Id}/revoke",
            JsonContent("{\"reason\":\"Expedida por error de captura\"}"));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        using var anonymous = app.Anonymous();
        var result = await anonymous.VerifyAsync(document.VerificationCode);
        Assert.True(result.Genuine);
        Assert.Equal(DocumentValidity.Revoked, result.Status);
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/verificar/{document.VerificationCode}"));
        Assert.Contains("Documento auténtico pero revocado", page, StringComparison.Ordinal);
        Assert.Contains("Sin fecha de vencimiento", page, StringComparison.Ordinal);
        Assert.DoesNotContain("error de captura", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_with_any_one_character_changed_is_not_genuine()
    {
        var (holder, _) = await app.AddHolderAsync();
        var code = (await app.IssueAsAsync("inm.officer", app.Tvrh(holder))).VerificationCode;

        using var anonymous = app.Anonymous();
        foreach (var position in new[] { 0, 5, 25, 26, 40, 41 })
        {
            var tampered = code[..position] + Other(code[position]) + code[(position + 1)..];
            Assert.False((await anonymous.VerifyAsync(tampered)).Genuine, $"changed at {position}: {tampered}");
            var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/verificar/{tampered}"));
            Assert.Contains("No es un documento auténtico de Ruta", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Documento auténtico y", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("extended")]
    [InlineData("random")]
    [InlineData("garbage")]
    [InlineData("other-key")]
    public async Task Truncated_extended_random_or_foreign_codes_are_not_genuine(string kind)
    {
        var (holder, _) = await app.AddHolderAsync();
        var document = await app.IssueAsAsync("inm.officer", app.Tvrh(holder));
        var code = document.VerificationCode;
        var candidate = kind switch
        {
            "truncated" => code[..^1],
            "extended" => code + "0",
            "random" => new string(Enumerable.Range(0, DocumentVerificationCodes.Length)
                .Select(_ => "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[Random.Shared.Next(32)]).ToArray()),
            "garbage" => "<script>alert(1)</script>",
            // The same document id signed with another key: forged.
            _ => new DocumentVerificationCodes(new byte[64]).Create(document.Id),
        };

        using var anonymous = app.Anonymous();
        var result = await anonymous.VerifyAsync(candidate);
        Assert.False(result.Genuine);
        Assert.Null(result.Status);
        Assert.Null(result.Number);
    }

    [Fact]
    public async Task A_code_typed_in_lower_case_with_hyphens_is_still_recognised()
    {
        var (holder, _) = await app.AddHolderAsync();
        var document = await app.IssueAsAsync("inm.officer", app.Tvrh(holder));
        var typed = DocumentVerificationCodes.Grouped(document.VerificationCode).ToLowerInvariant();

        using var anonymous = app.Anonymous();
        Assert.True((await anonymous.VerifyAsync(typed)).Genuine);
        var form = await anonymous.GetAsync("/verificar?code=" + Uri.EscapeDataString(typed));
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Equal($"/verificar/{document.VerificationCode}", form.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/verificar")).StatusCode);
    }

    private static char Other(char c)
    {
        const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        return Alphabet[(Alphabet.IndexOf(c, StringComparison.Ordinal) + 1) % Alphabet.Length];
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
