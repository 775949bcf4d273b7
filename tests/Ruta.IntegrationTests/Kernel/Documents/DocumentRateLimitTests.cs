using System.Net;
using Ruta.Web.Kernel.Documents;

namespace Ruta.IntegrationTests.Kernel.Documents;

public sealed class DocumentRateLimitTests(RateLimitedFactory app) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Verification_beyond_the_per_minute_limit_gets_429_with_a_spanish_page_and_a_problem_for_the_api()
    {
        var (holder, _) = await app.AddHolderAsync();
        var document = await app.IssueAsSystemAsync("INM",
            new IssueDocumentRequest(DocumentType.HumanitarianVisitorCard, holder, app.Today(), app.Today().AddDays(30)));
        using var anonymous = app.Anonymous();

        for (var i = 0; i < RateLimitedFactory.Permits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/verificar/{document.VerificationCode}")).StatusCode);
        }

        var page = await anonymous.GetAsync($"/verificar/{document.VerificationCode}");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Demasiadas solicitudes", html, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Number, html, StringComparison.Ordinal);

        // The API shares the same partition (the client's address) and answers with a problem.
        var api = await anonymous.GetAsync($"/api/v1/verify/{document.VerificationCode}");
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Demasiadas solicitudes", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_pages_are_not_limited_by_the_verification_policy()
    {
        using var anonymous = app.Anonymous();
        for (var i = 0; i < RateLimitedFactory.Permits + 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/Account/Login")).StatusCode);
        }
    }
}
