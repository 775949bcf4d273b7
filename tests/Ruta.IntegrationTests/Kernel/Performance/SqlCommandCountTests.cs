using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.IntegrationTests.Kernel.Access;
using Ruta.IntegrationTests.Modules.Asylum;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.IntegrationTests.Kernel.Performance;

/// <summary>Counts the SQL commands the app sends (every reader, scalar and non-query), for one request at a time.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

/// <summary>Ruta with a <see cref="SqlCommandCounter"/> on its DbContext.</summary>
public sealed class CountingRutaFactory : RutaFactory
{
    public SqlCommandCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteRutaDbContext>(o => o.AddInterceptors(Counter));
            services.ConfigureDbContext<PostgresRutaDbContext>(o => o.AddInterceptors(Counter));
        });
    }
}

/// <summary>
/// Guard rail against N+1 queries: the main pages and endpoints must send no more SQL
/// commands for 20 rows than for 2 (persons, relatives, claims, dependents, oficios,
/// documents), and few of them. A loop that queries per row makes the second count grow and fails here.
/// </summary>
public sealed class SqlCommandCountTests(CountingRutaFactory app) : IClassFixture<CountingRutaFactory>
{
    /// <summary>A request needing more than this many commands is doing per-row work somewhere.</summary>
    private const int Ceiling = 16;

    private static readonly DateOnly Filed = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-6)).AddDays(-3);

    [Fact]
    public async Task Person_search_sends_as_many_commands_for_twenty_rows_as_for_two()
    {
        using var api = await app.ApiAsAsync("comar.officer");
        using var page = await PageSession.SignInAsync(app, "comar.officer");
        await AddPersonsAsync("Cuentabusqueda", 2);
        var (apiFew, pageFew) = (await CountAsync(api, "/api/v1/persons?q=cuentabusqueda"), await CountAsync(page.Client, "/Persons?Q=cuentabusqueda"));
        await AddPersonsAsync("Cuentabusqueda", 18);
        var (apiMany, pageMany) = (await CountAsync(api, "/api/v1/persons?q=cuentabusqueda"), await CountAsync(page.Client, "/Persons?Q=cuentabusqueda"));

        AssertFlat("GET /api/v1/persons?q=", apiFew, apiMany);
        AssertFlat("GET /Persons?Q=", pageFew, pageMany);
    }

    [Fact]
    public async Task Person_file_sends_as_many_commands_with_twenty_relatives_and_documents_as_with_two()
    {
        using var api = await app.ApiAsAsync("comar.officer");
        using var page = await PageSession.SignInAsync(app, "comar.officer");
        var few = await PersonWithRelativesAsync("Cuentapocos", 2);
        var many = await PersonWithRelativesAsync("Cuentamuchos", 20);

        foreach (var path in new[] { "/api/v1/persons/{0}", "/api/v1/persons/{0}/family-links", "/api/v1/persons/{0}/documents", "/Persons/{0}" })
        {
            var client = path.StartsWith("/api", StringComparison.Ordinal) ? api : page.Client;
            AssertFlat(path, await CountAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, few)),
                await CountAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, many)));
        }
    }

    [Fact]
    public async Task Asylum_worklist_notices_inbox_claim_file_and_removal_check_do_not_grow_with_rows()
    {
        using var comar = await app.ApiAsAsync("comar.officer");
        using var inm = await app.ApiAsAsync("inm.officer");
        using var comarPage = await PageSession.SignInAsync(app, "comar.officer");
        using var inmPage = await PageSession.SignInAsync(app, "inm.officer");

        var small = await app.NewClaimAsync(Filed.AddDays(-10), Filed, dependents: 2);
        await app.NewClaimAsync(Filed.AddDays(-10), Filed);
        var lists = new[] { (comar, "/api/v1/asylum-claims"), (comarPage.Client, "/Asylum"), (inm, "/api/v1/notices?box=inbox"),
            (inmPage.Client, "/Notices?box=inbox") };
        var before = new List<int>();
        foreach (var (client, path) in lists)
        {
            before.Add(await CountAsync(client, path));
        }

        var large = await app.NewClaimAsync(Filed.AddDays(-10), Filed, dependents: 20);
        for (var i = 0; i < 17; i++)
        {
            await app.NewClaimAsync(Filed.AddDays(-10), Filed);
        }

        for (var i = 0; i < lists.Length; i++)
        {
            AssertFlat(lists[i].Item2, before[i], await CountAsync(lists[i].Item1, lists[i].Item2));
        }

        AssertFlat("GET /api/v1/asylum-claims/{id}", await CountAsync(comar, $"/api/v1/asylum-claims/{small.Claim}"),
            await CountAsync(comar, $"/api/v1/asylum-claims/{large.Claim}"));
        AssertFlat("GET /Asylum/{id}", await CountAsync(comarPage.Client, $"/Asylum/{small.Claim}"),
            await CountAsync(comarPage.Client, $"/Asylum/{large.Claim}"));
        AssertFlat("GET /api/v1/persons/{id}/removal-check", await CountAsync(inm, $"/api/v1/persons/{small.Dependents[0]}/removal-check?kind=deportation"),
            await CountAsync(inm, $"/api/v1/persons/{large.Dependents[19]}/removal-check?kind=deportation"));
    }

    private async Task<int> CountAsync(HttpClient client, string path)
    {
        app.Counter.Reset();
        using var response = await client.GetAsync(path);
        var count = app.Counter.Count;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return count;
    }

    private static void AssertFlat(string what, int few, int many)
    {
        Assert.True(many <= few, $"{what}: {few} SQL commands for 2 rows but {many} for 20 — a query runs per row (N+1).");
        Assert.True(many <= Ceiling, $"{what}: {many} SQL commands for one request (ceiling {Ceiling}).");
    }

    private Task AddPersonsAsync(string surname, int count) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<RutaDbContext>();
        for (var i = 0; i < count; i++)
        {
            db.Add(NewPerson(surname, i));
        }

        await db.SaveChangesAsync();
    });

    /// <summary>A person with <paramref name="count"/> children linked both ways, as many identity documents (at most 10) and issued documents.</summary>
    private Task<Guid> PersonWithRelativesAsync(string surname, int count) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<RutaDbContext>();
        var person = NewPerson(surname, 0);
        for (var i = 0; i < Math.Min(count, PersonLimits.MaxDocuments); i++)
        {
            person.Documents.Add(new IdentityDocument
            {
                Id = Guid.CreateVersion7(), PersonId = person.Id, Type = IdentityDocumentType.Passport, Number = $"P{i:D7}", IssuingCountry = "HND",
            });
        }

        db.Add(person);
        for (var i = 1; i <= count; i++)
        {
            var relative = NewPerson(surname, i);
            db.Add(relative);
            db.Add(new FamilyLink { PersonId = person.Id, RelativeId = relative.Id, Kind = FamilyRelation.Child });
            db.Add(new FamilyLink { PersonId = relative.Id, RelativeId = person.Id, Kind = FamilyRelation.Parent });
        }

        await db.SaveChangesAsync();
        var issuer = sp.GetRequiredService<DocumentIssuer>();
        for (var i = 0; i < count; i++)
        {
            await issuer.IssueAsync(new IssueDocumentRequest(DocumentType.Other, person.Id, Filed, Filed.AddYears(1),
                Description: "Constancia de prueba", IssuingAgency: "COMAR"), CancellationToken.None);
        }

        await db.SaveChangesAsync();
        return person.Id;
    });

    private static Person NewPerson(string surname, int i)
    {
        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            GivenNames = $"Persona {i}",
            FirstSurname = surname,
            BirthDate = new DateOnly(1990, 1, 1).AddDays(i),
            CreatedAt = DateTime.UtcNow,
            CreatedByAgency = "COMAR",
            Version = 1,
        };
        person.Nationalities.Add(new PersonNationality { PersonId = person.Id, CountryCode = "HND" });
        person.Nationalities.Add(new PersonNationality { PersonId = person.Id, CountryCode = "GTM" });
        person.SearchName = PersonText.SearchName(person.GivenNames, person.FirstSurname, null, []);
        return person;
    }
}
