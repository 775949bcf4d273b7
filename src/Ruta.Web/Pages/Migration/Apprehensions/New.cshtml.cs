using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Migration;
using Ruta.Web.Modules.Migration.Features;

namespace Ruta.Web.Pages.Migration.Apprehensions;

/// <summary>
/// The puesta a disposición form for a group: search the persons registry, add each person (their
/// registered relatives are offered), say which adult cares for each child, then the legal basis,
/// the place, the time and the station. Works without JavaScript: the group travels in the query
/// string. Posts to the same handler as POST /api/v1/migration/apprehensions.
/// </summary>
[Authorize(Policy = MigrationPolicies.Work)]
public sealed class NewModel(SearchPersons.Handler search, RecordApprehension.Handler record, RutaDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "m")]
    public List<Guid> Members { get; set; } = [];

    /// <summary>Child id → the adult of the group who cares for them.</summary>
    [BindProperty(Name = "carer")]
    public Dictionary<string, string?> Carers { get; set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Operation { get; set; } = "revision";
        public string? OrderReference { get; set; }
        public string? LegalBasis { get; set; }
        public string? DisposedBy { get; set; }
        public string? StateCode { get; set; }
        public string? Municipality { get; set; }
        public string? Place { get; set; }
        public DateTime? DisposedAt { get; set; }
        public Guid? StationId { get; set; }
    }

    public sealed record MemberRow(Guid Id, string FullName, DateOnly? BirthDate, bool IsChild, Guid? SuggestedCarer);

    public IReadOnlyList<SearchPersons.Row> Results { get; private set; } = [];
    public IReadOnlyList<MemberRow> MemberRows { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, string Relation, string Of)> Relatives { get; private set; } = [];
    public IReadOnlyList<BrowseStationRoster.Station> Stations { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var local = MexicoCity.ToLocal(clock.GetUtcNow()).DateTime;
        Input.DisposedAt ??= new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var members = MemberRows.Select(m => new RecordApprehension.Member(m.Id,
            Carers.TryGetValue(m.Id.ToString(), out var carer) && Guid.TryParse(carer, out var c) ? c : null)).ToList();
        try
        {
            var i = Input;
            var result = await record.HandleAsync(new RecordApprehension.Request(i.Operation, i.OrderReference, i.LegalBasis, i.StateCode, i.Municipality,
                i.Place, MigrationPageFormat.FromInput(i.DisposedAt), i.DisposedBy, i.StationId, members), ct);
            switch (result.Status)
            {
                case MigrationResultStatus.Ok:
                    var view = result.Value!;
                    var children = view.Persons.Count(p => p.IsChild);
                    TempData["Message"] = children == 0
                        ? l["Puesta a disposición registrada."].Value
                        : l["Puesta a disposición registrada. Se notificó de inmediato a la Procuraduría de Protección por {0} niña(s), niño(s) o adolescente(s), que no serán presentados en la estación.", children].Value;
                    return Redirect($"/Migration/Apprehensions/{view.Id}");
                case MigrationResultStatus.Forbidden:
                    return Forbid();
                default:
                    foreach (var (field, messages) in result.Errors)
                    {
                        foreach (var message in messages)
                        {
                            ModelState.AddModelError(FieldKey(field), l[message]);
                        }
                    }

                    break;
            }
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            Error = $"{l[e.Message]} ({e.LegalBasis})";
            Response.StatusCode = e.Status;
        }

        return Page();
    }

    /// <summary>The page with this group (and search), for the no-JavaScript links.</summary>
    public string Link(IEnumerable<Guid> members, string? q = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            parts.Add("q=" + Uri.EscapeDataString(q));
        }

        parts.AddRange(members.Distinct().Select(m => "m=" + m));
        return "/Migration/Apprehensions/New" + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }

    private static string FieldKey(string field) => field switch
    {
        "stationId" => "Input.StationId",
        "disposedAt" => "Input.DisposedAt",
        "persons" => "Members",
        _ when field.StartsWith("persons", StringComparison.Ordinal) => "Members",
        _ => "Input." + char.ToUpperInvariant(field[0]) + field[1..],
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Members = [.. Members.Distinct()];
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var found = await search.HandleAsync(new SearchPersons.Query(Q, PageSize: 20), ct);
            Results = found.IsOk ? found.Value!.Items : [];
        }

        var today = MexicoCity.Today(clock);
        var people = await db.Set<Person>().AsNoTracking().Where(p => Members.Contains(p.Id))
            .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate, p.BirthDateEstimated })
            .ToDictionaryAsync(p => p.Id, ct);
        var links = await db.Set<FamilyLink>().AsNoTracking().Where(f => Members.Contains(f.PersonId)).ToListAsync(ct);
        var adults = Members.Where(id => people.ContainsKey(id) && !Person.IsChildOn(people[id].BirthDate, people[id].BirthDateEstimated, today)).ToHashSet();
        MemberRows = [.. Members.Where(people.ContainsKey).Select(id =>
        {
            var p = people[id];
            var child = Person.IsChildOn(p.BirthDate, p.BirthDateEstimated, today);
            var carer = child
                ? links.Where(f => f.RelativeId == id && adults.Contains(f.PersonId) && (f.Kind == FamilyRelation.Child || f.Kind == FamilyRelation.Ward))
                    .Select(f => (Guid?)f.PersonId).FirstOrDefault()
                : null;
            return new MemberRow(id, PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.BirthDate, child, carer);
        })];
        var relativeIds = links.Where(f => !Members.Contains(f.RelativeId)).Select(f => f.RelativeId).Distinct().ToList();
        var relatives = await db.Set<Person>().AsNoTracking().Where(p => relativeIds.Contains(p.Id) && !p.IsArchived)
            .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname }).ToDictionaryAsync(p => p.Id, ct);
        Relatives = [.. links.Where(f => relatives.ContainsKey(f.RelativeId))
            .GroupBy(f => f.RelativeId)
            .Select(g =>
            {
                var r = relatives[g.Key];
                var f = g.First();
                return (g.Key, PersonLabels.FullName(r.GivenNames, r.FirstSurname, r.SecondSurname), PersonLabels.Relation(f.Kind),
                    MemberRows.First(m => m.Id == f.PersonId).FullName);
            })];
        Stations = await BrowseStationRoster.StationsAsync(db, ct);
    }
}
