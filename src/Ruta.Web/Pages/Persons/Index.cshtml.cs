using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Pages.Persons;

[Authorize(Policy = Policies.PersonsRead)]
public sealed class IndexModel(SearchPersons.Handler search, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Document { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Curp { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Nationality { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? BirthYear { get; set; }

    /// <summary>Page number ("p": "page" is reserved by Razor Pages).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SearchPersons.PageResult? Result { get; private set; }
    public bool CanRegister { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanRegister = (await authorization.AuthorizeAsync(User, Policies.PersonsWrite)).Succeeded;
        if (!ModelState.IsValid)
        {
            return;
        }

        var outcome = await search.HandleAsync(new SearchPersons.Query(Q, Document, Curp, Nationality, BirthYear, PageNumber), ct);
        if (outcome.IsOk)
        {
            Result = outcome.Value;
        }
        else
        {
            foreach (var (field, messages) in outcome.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field == "page" ? "p" : char.ToUpperInvariant(field[0]) + field[1..], message);
                }
            }
        }
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q, ["document"] = Document, ["curp"] = Curp, ["nationality"] = Nationality,
            ["birthYear"] = BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Persons", query.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)));
    }
}
