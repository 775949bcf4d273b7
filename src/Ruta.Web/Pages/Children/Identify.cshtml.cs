using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Children;
using Ruta.Web.Modules.Children.Domain;
using Ruta.Web.Modules.Children.Features;

namespace Ruta.Web.Pages.Children;

/// <summary>
/// Identification form: search the persons registry, choose the children and the adults present
/// (their registered relation is suggested), the place (which decides the competent Procuraduría),
/// the DIF system to canalize to, and for INM the TVRHs. Works without JavaScript: the selection
/// travels in the query string. Posts to the same handler as POST /api/v1/children/cases.
/// </summary>
[Authorize(Policy = ChildrenPolicies.Identify)]
public sealed class IdentifyModel(SearchPersons.Handler search, IdentifyChildren.Handler identify, RutaDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "c")]
    public List<Guid> Children { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "a")]
    public List<Guid> Adults { get; set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public List<string> Relations { get; set; } = [];
        public string? StateCode { get; set; } = "07";
        public string? Municipality { get; set; }
        public string? PlaceDetail { get; set; }
        public string? ReportingShelter { get; set; }
        public Guid? DifOfficeId { get; set; }
        public bool IssueTvrh { get; set; }
    }

    public IReadOnlyList<SearchPersons.Row> Results { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, DateOnly? Birth, bool Estimated)> ChildRefs { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, string SuggestedRelation)> AdultRefs { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> DifOffices { get; private set; } = [];
    public IdentifyChildren.Identified? Identified { get; private set; }
    public string? Error { get; private set; }
    public bool IsInm => ChildAccess.IsInm(User);
    public DateOnly Today => MexicoCity.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.IssueTvrh = IsInm;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        try
        {
            var adults = Adults.Select((id, i) => new IdentifyChildren.AdultInput(id, i < Input.Relations.Count ? Input.Relations[i] : null)).ToList();
            var result = await identify.HandleAsync(new IdentifyChildren.Request(Children, adults, null, Input.StateCode, Input.Municipality, Input.PlaceDetail,
                Input.ReportingShelter, Input.DifOfficeId, Input.IssueTvrh && IsInm), ct);
            switch (result.Status)
            {
                case ChildResultStatus.Ok:
                    Identified = result.Value;
                    return Page();
                case ChildResultStatus.Forbidden:
                    return Forbid();
                default:
                    foreach (var (field, messages) in result.Errors)
                    {
                        foreach (var message in messages)
                        {
                            ModelState.AddModelError(FieldKey(field), l[message]);
                        }
                    }

                    Response.StatusCode = StatusCodes.Status400BadRequest;
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

    /// <summary>This page with the selection (and search), for the no-JavaScript links.</summary>
    public string Link(IEnumerable<Guid> children, IEnumerable<Guid> adults, string? q = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            parts.Add("q=" + Uri.EscapeDataString(q));
        }

        parts.AddRange(children.Distinct().Select(c => "c=" + c));
        parts.AddRange(adults.Distinct().Select(a => "a=" + a));
        return "/Children/Identify" + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }

    private static string FieldKey(string field) => field switch
    {
        "stateCode" => "Input.StateCode",
        "municipality" => "Input.Municipality",
        "placeDetail" => "Input.PlaceDetail",
        "reportingShelter" => "Input.ReportingShelter",
        "difOfficeId" => "Input.DifOfficeId",
        "issueTvrh" => "Input.IssueTvrh",
        _ when field.StartsWith("adults[", StringComparison.Ordinal) && field.EndsWith(".relation", StringComparison.Ordinal) =>
            "Input.Relations" + field["adults".Length..field.IndexOf(']', StringComparison.Ordinal)] + "]",
        _ when field.StartsWith("adults", StringComparison.Ordinal) => "Adults",
        _ => "Children",
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Children = [.. Children.Distinct()];
        Adults = [.. Adults.Distinct().Where(a => !Children.Contains(a))];
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var found = await search.HandleAsync(new SearchPersons.Query(Q, PageSize: 20), ct);
            Results = found.IsOk ? found.Value!.Items : [];
        }

        var ids = Children.Concat(Adults).ToList();
        var persons = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate, p.BirthDateEstimated }).ToDictionaryAsync(p => p.Id, ct);
        ChildRefs = [.. Children.Where(persons.ContainsKey).Select(id => persons[id])
            .Select(p => (p.Id, PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.BirthDate, p.BirthDateEstimated))];
        var links = await db.Set<FamilyLink>().AsNoTracking().Where(f => Children.Contains(f.PersonId) && Adults.Contains(f.RelativeId))
            .Select(f => new { f.RelativeId, f.Kind }).ToListAsync(ct);
        AdultRefs = [.. Adults.Where(persons.ContainsKey).Select(id => persons[id]).Select(p => (p.Id,
            PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname),
            links.Any(l => l.RelativeId == p.Id && l.Kind is FamilyRelation.Parent or FamilyRelation.LegalGuardian) ? "parent-or-guardian"
            : links.Any(l => l.RelativeId == p.Id) ? "customary-caregiver" : ""))];
        DifOffices = await ChildPageSupport.DifOfficesAsync(db, ct);
    }
}
