using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Regularization;
using Ruta.Web.Modules.Regularization.Features;

namespace Ruta.Web.Pages.FamilyUnity;

/// <summary>
/// The eligibility explanation before filing (same handler as GET /api/v1/migration/family-unity/eligibility
/// and /principals/{id}/relatives): choose a principal, see every registered relative against the three
/// procedures, open one to read each requirement with its legal basis.
/// </summary>
[Authorize(Policy = RegularizationPolicies.Read)]
public sealed class EligibilityModel(SearchPersons.Handler search, CheckFamilyEligibility.Handler eligibility) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "principal")]
    public Guid? PrincipalId { get; set; }

    [BindProperty(SupportsGet = true, Name = "relative")]
    public Guid? RelativeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "procedure")]
    public string? Procedure { get; set; }

    [BindProperty(SupportsGet = true, Name = "target")]
    public string? Target { get; set; }

    public IReadOnlyList<SearchPersons.Row> Results { get; private set; } = [];
    public CheckFamilyEligibility.PrincipalAnswer? Principal { get; private set; }
    public CheckFamilyEligibility.Explanation? Explanation { get; private set; }
    public bool CanFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanFile = RegularizationAccess.CanAct(User);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var found = await search.HandleAsync(new SearchPersons.Query(Q, PageSize: 20), ct);
            Results = found.IsOk ? found.Value!.Items : [];
        }

        if (PrincipalId is { } principal)
        {
            var answer = await eligibility.RelativesAsync(principal, ct);
            if (answer.Status == ProcedureResultStatus.Forbidden)
            {
                return Forbid();
            }

            Principal = answer.Value;
            if (RelativeId is { } relative && !string.IsNullOrWhiteSpace(Procedure))
            {
                var explained = await eligibility.HandleAsync(new CheckFamilyEligibility.Query(principal, relative, Procedure,
                    string.IsNullOrWhiteSpace(Target) ? null : Target), ct);
                Explanation = explained.Value;
            }
        }

        return Page();
    }
}
