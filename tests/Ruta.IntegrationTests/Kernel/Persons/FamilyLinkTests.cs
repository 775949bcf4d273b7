using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using static Ruta.IntegrationTests.Kernel.Persons.PersonsTestData;

namespace Ruta.IntegrationTests.Kernel.Persons;

public sealed class FamilyLinkTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private static Task<HttpResponseMessage> LinkAsync(HttpClient client, Guid person, Guid relative, string kind) =>
        client.PostAsJsonAsync($"/api/v1/persons/{person}/family-links", new { relativeId = relative, kind });

    private static async Task<List<(Guid RelativeId, string Kind, string Name)>> LinksAsync(HttpClient client, Guid person)
    {
        var response = await client.GetAsync($"/api/v1/persons/{person}/family-links");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.EnumerateArray()
            .Select(l => (l.GetProperty("relativeId").GetGuid(), l.GetProperty("kind").GetString()!, l.GetProperty("relativeName").GetString()!))
            .ToList();
    }

    private async Task<(HttpClient Client, Guid A, Guid B)> PairAsync()
    {
        var client = await app.ApiAsAsync("dif.officer");
        var a = await CreateIdAsync(client, Person("Juana Ixchel", "Tzoc"));
        var b = await CreateIdAsync(client, Person("Rosa Amalia", "Tzoc"));
        return (client, a, b);
    }

    [Fact]
    public async Task Linking_a_parent_records_the_child_on_the_parent_side_too_with_names()
    {
        var (client, child, mother) = await PairAsync();

        var response = await LinkAsync(client, child, mother, "parent");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var (relativeId, kind, name) = Assert.Single(await LinksAsync(client, child));
        Assert.Equal((mother, "parent"), (relativeId, kind));
        Assert.StartsWith("Rosa Amalia Tzoc", name, StringComparison.Ordinal);
        var inverse = Assert.Single(await LinksAsync(client, mother));
        Assert.Equal((child, "child"), (inverse.RelativeId, inverse.Kind));
        var (person, _) = await GetAsync(client, mother);
        Assert.Equal("child", person.GetProperty("familyLinks")[0].GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("parent", "child")]
    [InlineData("child", "parent")]
    [InlineData("spouse-or-partner", "spouse-or-partner")]
    [InlineData("sibling", "sibling")]
    [InlineData("other-relative", "other-relative")]
    [InlineData("legal-guardian", "ward")]
    [InlineData("ward", "legal-guardian")]
    public async Task Every_kind_is_stored_with_its_inverse(string kind, string inverse)
    {
        var (client, a, b) = await PairAsync();

        Assert.Equal(HttpStatusCode.Created, (await LinkAsync(client, a, b, kind)).StatusCode);

        Assert.Equal([(b, kind)], (await LinksAsync(client, a)).Select(l => (l.RelativeId, l.Kind)));
        Assert.Equal([(a, inverse)], (await LinksAsync(client, b)).Select(l => (l.RelativeId, l.Kind)));
    }

    [Fact]
    public async Task Unlinking_removes_both_sides_and_a_second_unlink_is_a_404()
    {
        var (client, a, b) = await PairAsync();
        await LinkAsync(client, a, b, "legal-guardian");

        var response = await client.DeleteAsync($"/api/v1/persons/{b}/family-links/{a}?kind=ward");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await LinksAsync(client, a));
        Assert.Empty(await LinksAsync(client, b));
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/persons/{b}/family-links/{a}?kind=ward")).StatusCode);
        var noKind = await client.DeleteAsync($"/api/v1/persons/{b}/family-links/{a}");
        Assert.Equal(HttpStatusCode.BadRequest, noKind.StatusCode);
        Assert.True((await ProblemAsync(noKind)).GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task A_person_cannot_be_linked_to_themself()
    {
        var (client, a, _) = await PairAsync();

        var response = await LinkAsync(client, a, a, "sibling");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("relativeId", out _));
        Assert.Empty(await LinksAsync(client, a));
    }

    [Fact]
    public async Task A_link_already_recorded_from_either_side_is_a_409_and_nothing_is_added()
    {
        var (client, child, mother) = await PairAsync();
        await LinkAsync(client, child, mother, "parent");

        var same = await LinkAsync(client, child, mother, "parent");
        var mirrored = await LinkAsync(client, mother, child, "child");

        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.Equal(PersonConflicts.FamilyLinkExists, (await ProblemAsync(same)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, mirrored.StatusCode);
        Assert.Single(await LinksAsync(client, child));
        Assert.Single(await LinksAsync(client, mother));
    }

    [Fact]
    public async Task Two_kinships_between_the_same_persons_are_refused_but_a_parent_may_also_be_the_guardian()
    {
        var (client, child, mother) = await PairAsync();
        await LinkAsync(client, child, mother, "parent");

        var sibling = await LinkAsync(client, child, mother, "sibling");
        var guardian = await LinkAsync(client, child, mother, "legal-guardian");

        Assert.Equal(HttpStatusCode.Conflict, sibling.StatusCode);
        Assert.Equal(PersonConflicts.FamilyLinkContradicts, (await ProblemAsync(sibling)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, guardian.StatusCode);
        Assert.Equal(["legal-guardian", "parent"], (await LinksAsync(client, child)).Select(l => l.Kind).Order());
        Assert.Equal(["child", "ward"], (await LinksAsync(client, mother)).Select(l => l.Kind).Order());
    }

    [Fact]
    public async Task A_third_parent_is_refused_whichever_side_it_is_recorded_from()
    {
        var client = await app.ApiAsAsync("dif.officer");
        var child = await CreateIdAsync(client, Person("Brayan", "López"));
        var mother = await CreateIdAsync(client, Person("Irma", "Caal"));
        var father = await CreateIdAsync(client, Person("Marvin", "López"));
        var stepfather = await CreateIdAsync(client, Person("Élmer", "Chávez"));
        Assert.Equal(HttpStatusCode.Created, (await LinkAsync(client, child, mother, "parent")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await LinkAsync(client, father, child, "child")).StatusCode);

        var asParent = await LinkAsync(client, child, stepfather, "parent");
        var asChild = await LinkAsync(client, stepfather, child, "child");
        var asOther = await LinkAsync(client, child, stepfather, "other-relative");

        Assert.Equal(HttpStatusCode.Conflict, asParent.StatusCode);
        Assert.Equal(PersonConflicts.TooManyParents, (await ProblemAsync(asParent)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, asChild.StatusCode);
        Assert.Equal(HttpStatusCode.Created, asOther.StatusCode);
        Assert.Equal(2, (await LinksAsync(client, child)).Count(l => l.Kind == "parent"));
    }

    [Fact]
    public async Task Links_to_archived_or_unknown_persons_are_refused()
    {
        var (client, a, b) = await PairAsync();
        using var supervisor = await app.ApiAsAsync("dif.supervisor");
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(supervisor, $"/api/v1/persons/{b}", "\"1\"")).StatusCode);

        var archived = await LinkAsync(client, a, b, "sibling");
        var unknown = await LinkAsync(client, a, Guid.NewGuid(), "sibling");
        var missingPerson = await LinkAsync(client, Guid.NewGuid(), a, "sibling");

        Assert.Equal(HttpStatusCode.Conflict, archived.StatusCode);
        Assert.Equal(PersonConflicts.PersonArchived, (await ProblemAsync(archived)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingPerson.StatusCode);
        Assert.Empty(await LinksAsync(client, a));
    }

    [Fact]
    public async Task Both_sides_and_their_audit_lines_are_written_by_one_save_in_one_transaction()
    {
        var (client, a, b) = await PairAsync();

        var (saves, transactions, outcome) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            using var counter = new SaveCounter(db);
            var result = await sp.GetRequiredService<LinkRelatives.Handler>()
                .HandleAsync(new LinkRelatives.Command(a, b, FamilyRelation.SpouseOrPartner), CancellationToken.None);
            return (counter.Saves, counter.Transactions, result);
        });

        Assert.True(outcome.IsOk);
        Assert.Equal(1, saves);
        Assert.Equal(1, transactions);
        Assert.Single(await LinksAsync(client, a));
        Assert.Single(await LinksAsync(client, b));
        var entries = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => e.EntityType == nameof(FamilyLink) || e.Action == "link-relatives")
            .Where(e => e.RecordId.Contains(a.ToString()) || e.RecordId.Contains(b.ToString()))
            .ToListAsync());
        Assert.Equal(2, entries.Count(e => e.EntityType == nameof(FamilyLink) && e.Action == AuditActions.Create && e.After != null));
        Assert.Equal(2, entries.Count(e => e.Action == "link-relatives" && e.After != null && e.Before == null));
    }

    [Fact]
    public async Task Unlinking_leaves_audit_lines_with_the_removed_link_as_before()
    {
        var (client, a, b) = await PairAsync();
        await LinkAsync(client, a, b, "sibling");

        await client.DeleteAsync($"/api/v1/persons/{a}/family-links/{b}?kind=sibling");

        var entries = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .Where(e => e.RecordId == a.ToString() || e.RecordId == b.ToString() || e.RecordId.StartsWith(a.ToString()) || e.RecordId.StartsWith(b.ToString()))
            .ToListAsync());
        Assert.Equal(2, entries.Count(e => e.EntityType == nameof(FamilyLink) && e.Action == AuditActions.Delete && e.Before != null));
        Assert.Equal(2, entries.Count(e => e.Action == "unlink-relatives" && e.Before != null && e.After == null));
    }

    [Fact]
    public async Task Registering_through_the_handler_with_invalid_data_writes_nothing()
    {
        var (outcome, persons) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var before = await db.Set<Person>().CountAsync();
            var result = await sp.GetRequiredService<RegisterPerson.Handler>()
                .HandleAsync(new PersonData { GivenNames = " ", Nationalities = ["XYZ"] }, CancellationToken.None);
            return (result, await db.Set<Person>().CountAsync() - before);
        });

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Contains("givenNames", outcome.Errors.Keys);
        Assert.Contains("nationalities[0]", outcome.Errors.Keys);
        Assert.Equal(0, persons);
    }

    [Fact]
    public async Task Changing_details_through_the_handler_on_an_old_version_is_stale()
    {
        var (client, a, _) = await PairAsync();
        await PutAsync(client, a, Person("Juana", "Tzoc"), "\"1\"");

        var outcome = await app.WithScopeAsync(sp => sp.GetRequiredService<ChangePersonDetails.Handler>()
            .HandleAsync(new ChangePersonDetails.Command(a, 1, new PersonData { GivenNames = "Otra" }), CancellationToken.None));

        Assert.Equal(OutcomeStatus.Stale, outcome.Status);
        var (person, _) = await GetAsync(client, a);
        Assert.Equal("Juana", person.GetProperty("givenNames").GetString());
    }

    /// <summary>Counts the SaveChanges calls and database transactions of one DbContext instance.</summary>
    private sealed class SaveCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext _context;
        private readonly List<IDisposable> _subscriptions = [];

        public SaveCounter(DbContext context)
        {
            _context = context;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Saves { get; private set; }
        public int Transactions { get; private set; }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == CoreEventId.SaveChangesCompleted.Name && value.Value is DbContextEventData saved && saved.Context == _context)
            {
                Saves++;
            }
            else if (value.Key == RelationalEventId.TransactionCommitted.Name && value.Value is TransactionEndEventData committed && committed.Context == _context)
            {
                Transactions++;
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
    }
}
