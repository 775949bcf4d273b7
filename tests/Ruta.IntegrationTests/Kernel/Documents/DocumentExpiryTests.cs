using Ruta.Web.Kernel.Documents;

namespace Ruta.IntegrationTests.Kernel.Documents;

/// <summary>Moves the clock: its own application, so no other test sees the future.</summary>
public sealed class DocumentExpiryTests(DocumentsFactory app) : IClassFixture<DocumentsFactory>
{
    [Fact]
    public async Task A_document_is_valid_through_its_last_day_in_mexico_city_and_expired_the_day_after()
    {
        var (holder, _) = await app.AddHolderAsync();
        var today = app.Today();
        var future = await app.IssueAsSystemAsync("INM",
            new IssueDocumentRequest(DocumentType.TemporaryResidentCard, holder, today.AddDays(1), today.AddDays(365)));
        var card = await app.IssueAsSystemAsync("INM",
            new IssueDocumentRequest(DocumentType.HumanitarianVisitorCard, holder, today, today.AddDays(2)));
        using var anonymous = app.Anonymous();
        Assert.Equal(DocumentValidity.Valid, (await anonymous.VerifyAsync(card.VerificationCode)).Status);
        Assert.Equal(DocumentValidity.NotYetValid, (await anonymous.VerifyAsync(future.VerificationCode)).Status);

        // Noon in Mexico City (18:00 UTC) on the last day: still valid.
        var lastDayNoon = new DateTimeOffset(today.AddDays(2).ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);
        app.Clock.SetUtcNow(lastDayNoon);
        Assert.Equal(DocumentValidity.Valid, (await anonymous.VerifyAsync(card.VerificationCode)).Status);
        Assert.Equal(DocumentValidity.Valid, (await anonymous.VerifyAsync(future.VerificationCode)).Status);

        // 05:30 UTC the next day is still 23:30 of the last day in Mexico City.
        app.Clock.SetUtcNow(lastDayNoon.AddHours(11.5));
        Assert.Equal(DocumentValidity.Valid, (await anonymous.VerifyAsync(card.VerificationCode)).Status);

        app.Clock.Advance(TimeSpan.FromHours(1));
        var expired = await anonymous.VerifyAsync(card.VerificationCode);
        Assert.True(expired.Genuine);
        Assert.Equal(DocumentValidity.Expired, expired.Status);
        var page = System.Net.WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/verificar/{card.VerificationCode}"));
        Assert.Contains("Documento auténtico pero vencido", page, StringComparison.Ordinal);
    }
}
