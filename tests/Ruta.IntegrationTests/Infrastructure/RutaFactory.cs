using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Infrastructure;

/// <summary>
/// Ruta in memory on its own fresh database (SQLite or PostgreSQL per RUTA_TEST_DB), with demo
/// users, a controllable clock, and helpers that sign in as any demo user.
/// </summary>
public class RutaFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private TestDatabase? _database;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "ruta-tests", "data-" + Guid.NewGuid().ToString("N"));

    /// <summary>Starts at the real current time so bearer tokens stay valid; tests may advance it.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialized.");

    public DatabaseProvider Provider => Database.Provider;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ = Server; // builds the host: migrations and demo users run now, once per fixture
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Ruta", Database.ConnectionString);
        builder.UseSetting("Ruta:DemoData", "true");
        builder.UseSetting("Ruta:PrintDemoLogins", "false");
        builder.UseSetting("Ruta:DataDirectory", _dataDirectory);
        builder.UseSetting("Calendar:MissedDeadlines:Enabled", "false"); // tests run passes explicitly (MissedDeadlineJob.MarkMissedAsync)
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>An API client authenticated as a demo user (e.g. "comar.officer").</summary>
    public async Task<HttpClient> ApiAsAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await TokenForAsync(userName);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<string> TokenForAsync(string userName)
    {
        if (_tokens.TryGetValue(userName, out var cached))
        {
            return cached;
        }

        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoData.Password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<IssueToken.Response>();
        return _tokens[userName] = body!.AccessToken;
    }

    /// <summary>Runs code against the application's services in a scope (the database, handlers).</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
