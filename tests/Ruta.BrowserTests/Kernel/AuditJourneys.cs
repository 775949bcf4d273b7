using Microsoft.Playwright;
using Ruta.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Ruta.BrowserTests.Infrastructure.Journeys;

namespace Ruta.BrowserTests.Kernel;

[Collection(BrowserCollection.Name)]
public sealed class AuditJourneys(BrowserFixture browser)
{
    /// <summary>
    /// A creation lists its non-empty values compactly (no before/after table, which made a page of
    /// twenty entries weigh 137 KB at national scale); the record's history is one click away.
    /// </summary>
    [Fact]
    public async Task A_CNDH_auditor_reads_the_trail_with_creations_listed_compactly_and_opens_a_record_history()
    {
        await using var session = await browser.StartAsync();
        var page = session.Page;
        await LoginAsync(page, "cndh.auditor");
        await page.GotoAsync("/Audit");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        var creation = page.Locator("tbody > tr").Filter(new() { Has = page.Locator("td:nth-child(3)", new() { HasTextString = "Alta" }) }).First;
        await Expect(creation.Locator("dl.facts dt").First).ToBeVisibleAsync();
        await Expect(creation.Locator("table.diff")).ToHaveCountAsync(0);
        Assert.DoesNotContain("null", await creation.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("trail");

        var record = await creation.Locator("a[title='Ver la historia de este registro']").InnerTextAsync();
        await creation.Locator("a[title='Ver la historia de este registro']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("recordId="));
        await Expect(page.Locator("tbody > tr").First).ToContainTextAsync(record.Trim());
    }
}
