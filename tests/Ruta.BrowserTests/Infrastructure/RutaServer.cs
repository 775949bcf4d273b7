using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Ruta.BrowserTests.Infrastructure;

/// <summary>
/// Ruta on a real Kestrel socket (127.0.0.1, a free port) so that a real browser can reach it, with a
/// fresh SQLite database, demo users and a controllable clock. One per test collection.
/// </summary>
public sealed class RutaServer : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ruta-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Starts at the real current time (cookies and tokens stay valid); tests may advance it.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public void Start()
    {
        Directory.CreateDirectory(_root);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without an address.");
        BaseAddress = new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Ruta", $"Data Source={Path.Combine(_root, "ruta.db")};Pooling=False");
        builder.UseSetting("Ruta:DemoData", "true");
        builder.UseSetting("Ruta:PrintDemoLogins", "false");
        builder.UseSetting("Ruta:DataDirectory", Path.Combine(_root, "data"));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
