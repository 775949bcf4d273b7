using Microsoft.Playwright;

namespace Ruta.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser: an isolated context and its page. Disposing it saves
/// artifacts/screenshots/&lt;test&gt;.png (the final state, also when the test failed) and closes the context.
/// </summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string testName, string screenshotDirectory) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;
    public IPage Page { get; } = page;
    public string TestName { get; } = testName;

    /// <summary>Saves a full-page screenshot as &lt;test&gt;.png, or &lt;test&gt;.&lt;step&gt;.png for an intermediate step.</summary>
    public async Task<string> ScreenshotAsync(string? step = null)
    {
        var path = ScreenshotPath(step);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Where <see cref="ScreenshotAsync"/> saves a step; for photographing another page of the test (a popup).</summary>
    public string ScreenshotPath(string? step = null)
    {
        var name = step is null ? TestName : $"{TestName}.{step}";
        return Path.Combine(screenshotDirectory, string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c)) + ".png");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!Page.IsClosed)
            {
                await ScreenshotAsync();
            }
        }
        catch (PlaywrightException)
        {
            // A page that crashed cannot be photographed; the test's own failure says why.
        }

        await Context.CloseAsync();
    }
}
