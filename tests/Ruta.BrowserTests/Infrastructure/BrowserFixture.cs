using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Ruta.BrowserTests.Infrastructure;

/// <summary>
/// One Ruta server and one headless Chromium shared by every browser test (collection
/// <see cref="BrowserCollection.Name"/>); each test opens its own <see cref="BrowserSession"/>, a
/// fresh browser context with no cookies. Chromium is the machine's own (RUTA_CHROMIUM, default
/// /usr/bin/chromium): Playwright never downloads a browser here. A missing Chromium FAILS the tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>Flags for a quiet, offline, sandbox-less Chromium (containers, CI as root).</summary>
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>A common phone screen (CSS pixels), for journeys done at the border or in a shelter.</summary>
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RutaServer Server { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture is not initialized.");

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root (or RUTA_SCREENSHOTS).</summary>
    public string ScreenshotDirectory { get; } = Environment.GetEnvironmentVariable("RUTA_SCREENSHOTS") is { Length: > 0 } dir
        ? dir
        : Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        // Never fetch a browser build: only the machine's Chromium is used.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var chromium = Environment.GetEnvironmentVariable("RUTA_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium not found at '{chromium}'. Browser tests need the machine's Chromium: install it with " +
                "'apt-get install -y chromium' (Debian) or set RUTA_CHROMIUM to its path. Playwright must not download one.");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        Server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        Assertions.SetDefaultExpectTimeout(10_000);
    }

    /// <summary>
    /// A fresh browser context (no cookies, Spanish by default as a new visitor gets) on the server.
    /// Dispose it at the end of the test: it saves a screenshot named after the test, pass or fail.
    /// </summary>
    /// <param name="viewport">Defaults to a 1280×800 desktop; pass <see cref="Phone"/> for field use on a phone.</param>
    public async Task<BrowserSession> StartAsync(ViewportSize? viewport = null, [CallerMemberName] string testName = "")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 800 },
            Locale = "es-MX",
            TimezoneId = "America/Mexico_City",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, testName, ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ruta.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

/// <summary>Every browser test class joins this collection: one server and one browser, tests run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
