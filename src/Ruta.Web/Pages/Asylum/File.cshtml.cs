using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Asylum;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Asylum.Features;

namespace Ruta.Web.Pages.Asylum;

/// <summary>
/// Filing form: search the persons registry, choose the principal applicant and the dependents
/// (their registered relatives are offered first), then the entry date, filing date, office and who
/// files. Works without JavaScript: the selection travels in the query string. Posts to the same
/// handler as POST /api/v1/asylum-claims.
/// </summary>
[Authorize(Policy = AsylumPolicies.File)]
public sealed class FileModel(SearchPersons.Handler search, FileAsylumClaim.Handler file, RutaDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "applicant")]
    public Guid? Applicant { get; set; }

    [BindProperty(SupportsGet = true, Name = "d")]
    public List<Guid> Dependents { get; set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public DateOnly? EnteredOn { get; set; }
        public DateOnly? FiledOn { get; set; }
        public Guid? OfficeId { get; set; }
        public string FiledBy { get; set; } = "applicant";
    }

    public IReadOnlyList<SearchPersons.Row> Results { get; private set; } = [];
    public PersonRef? ApplicantRef { get; private set; }
    public IReadOnlyList<PersonRef> DependentRefs { get; private set; } = [];
    public IReadOnlyList<FamilyLinkView> Relatives { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Offices { get; private set; } = [];

    /// <summary>The filing result: deadlines, oficio, documents, and the applicant's case number and status secret (shown once).</summary>
    public FileAsylumClaim.Filed? Filed { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.FiledOn ??= MexicoCity.Today(clock);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var result = await file.HandleAsync(new FileAsylumClaim.Request(Applicant, Input.EnteredOn, Input.FiledOn, Input.OfficeId,
                    Input.FiledBy, Dependents), ct);
                switch (result.Status)
                {
                    case AsylumResultStatus.Ok:
                        // Not a redirect: the applicant's status secret is shown here once and kept nowhere (not even in TempData).
                        Modules.Asylum.Features.CheckAsylumStatus.NoStore(HttpContext);
                        Filed = result.Value;
                        return Page();
                    case AsylumResultStatus.Forbidden:
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
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The page with this selection (and search), for the no-JavaScript links.</summary>
    public string Link(Guid? applicant, IEnumerable<Guid> dependents, string? q = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            parts.Add("q=" + Uri.EscapeDataString(q));
        }

        if (applicant is { } a)
        {
            parts.Add("applicant=" + a);
        }

        parts.AddRange(dependents.Distinct().Where(d => d != applicant).Select(d => "d=" + d));
        return "/Asylum/File" + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }

    private static string FieldKey(string field) => field switch
    {
        "personId" => "Applicant",
        "enteredOn" => "Input.EnteredOn",
        "filedOn" => "Input.FiledOn",
        "officeId" => "Input.OfficeId",
        "filedBy" => "Input.FiledBy",
        _ when field.StartsWith("dependentIds", StringComparison.Ordinal) => "Dependents",
        _ => "",
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Dependents = [.. Dependents.Distinct().Where(d => d != Applicant)];
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var found = await search.HandleAsync(new SearchPersons.Query(Q, PageSize: 20), ct);
            Results = found.IsOk ? found.Value!.Items : [];
        }

        List<Guid> chosen = [.. Dependents];
        if (Applicant is { } applicant)
        {
            chosen.Add(applicant);
        }

        var names = (await db.Set<Person>().AsNoTracking().Where(p => chosen.Contains(p.Id))
                .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => new PersonRef(p.Id, PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.BirthDate));
        ApplicantRef = Applicant is { } id ? names.GetValueOrDefault(id) : null;
        DependentRefs = [.. Dependents.Select(names.GetValueOrDefault).OfType<PersonRef>()];
        Relatives = ApplicantRef is null ? [] : [.. (await GetPerson.FamilyLinksAsync(db, ApplicantRef.Id, ct))
            .Where(r => !r.RelativeIsArchived && !Dependents.Contains(r.RelativeId))];

        var agency = User.AgencyCode();
        Offices = (await db.Set<Office>().AsNoTracking().Where(o => o.AgencyCode == agency && o.IsActive).OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
    }
}
