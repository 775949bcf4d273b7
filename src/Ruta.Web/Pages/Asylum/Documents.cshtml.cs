using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Modules.Asylum;
using Ruta.Web.Modules.Asylum.Features;

namespace Ruta.Web.Pages.Asylum;

/// <summary>
/// INM's page of a claim: the minimal status (no file content) and the form to issue the TVRH or
/// the TRP of a person of the claim. Posts to the same handler as POST /api/v1/asylum-claims/{id}/documents.
/// </summary>
[Authorize(Policy = AsylumPolicies.IssueDocuments)]
public sealed class DocumentsModel(GetAsylumStatus.Handler status, IssueAsylumDocument.Handler issue, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public Guid? PersonId { get; set; }
        public string Type { get; set; } = "humanitarian-visitor-card";
        public DateOnly? ValidUntil { get; set; }
    }

    public GetAsylumStatus.Status? Claim { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } failure)
        {
            return failure;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var result = await issue.HandleAsync(id, new IssueAsylumDocument.Request(Input.PersonId, Input.Type, Input.ValidUntil), ct);
            switch (result.Status)
            {
                case AsylumResultStatus.Ok:
                    TempData["Message"] = l["Documento expedido: {0}.", result.Value!.Number].Value;
                    return Redirect($"/Documents/{result.Value.Id}");
                case AsylumResultStatus.Forbidden:
                    return Forbid();
                case AsylumResultStatus.NotFound:
                    return NotFound();
                default:
                    foreach (var (field, messages) in result.Errors)
                    {
                        foreach (var message in messages)
                        {
                            ModelState.AddModelError("Input." + char.ToUpperInvariant(field[0]) + field[1..], l[message]);
                        }
                    }

                    return Page();
            }
        }
        catch (DomainRuleException e)
        {
            Error = $"{l[e.Message]} ({e.LegalBasis})";
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await status.HandleAsync(id, ct);
        switch (result.Status)
        {
            case AsylumResultStatus.Ok:
                Claim = result.Value;
                Input.PersonId ??= Claim!.Persons[0].PersonId;
                return null;
            case AsylumResultStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}
