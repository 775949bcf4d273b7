using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Notices;

/// <summary>Form to send a general oficio; posts to the same handler as POST /api/v1/notices.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class SendModel(RutaDbContext db, NoticeSender sender, IStringLocalizer<SharedResource> l) : PageModel
{
    public const string Hours = "hours";
    public const string BusinessDays = "business-days";

    /// <summary>Request field (camelCase, as the API reports it) → form field.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["recipientAgency"] = "Input.RecipientAgency",
        ["subject"] = "Input.Subject",
        ["body"] = "Input.Body",
        ["legalBasis"] = "Input.LegalBasis",
        ["personId"] = "Input.PersonId",
        ["acknowledgeWithinHours"] = "Input.AcknowledgeWithin",
        ["acknowledgeWithinBusinessDays"] = "Input.AcknowledgeWithin",
    };

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public sealed class InputModel
    {
        public string? RecipientAgency { get; set; }
        public string? Subject { get; set; }
        public string? Body { get; set; }
        public string? LegalBasis { get; set; }
        public string? PersonId { get; set; }
        /// <summary>Text, parsed here so a mistyped number gets a Spanish message, not the binder's.</summary>
        public string? AcknowledgeWithin { get; set; }
        public string? AcknowledgeUnit { get; set; } = Hours;
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAgenciesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Guid? personId = null;
        if (!string.IsNullOrWhiteSpace(Input.PersonId))
        {
            if (Guid.TryParse(Input.PersonId.Trim(), out var parsed))
            {
                personId = parsed;
            }
            else
            {
                ModelState.AddModelError("Input.PersonId", l["El identificador de la persona no es válido."]);
            }
        }

        int? amount = null;
        if (!string.IsNullOrWhiteSpace(Input.AcknowledgeWithin))
        {
            if (int.TryParse(Input.AcknowledgeWithin.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                amount = parsed;
            }
            else
            {
                ModelState.AddModelError("Input.AcknowledgeWithin", l["Escriba un número entero."]);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAgenciesAsync(ct);
            return Page();
        }

        var hours = Input.AcknowledgeUnit == BusinessDays ? null : amount;
        var days = Input.AcknowledgeUnit == BusinessDays ? amount : null;
        var outcome = await SendNotice.HandleAsync(
            new SendNotice.Request(Input.RecipientAgency, null, Input.Subject, Input.Body, Input.LegalBasis, personId, hours, days),
            sender, db, ct);
        if (outcome.Notice is { } sent)
        {
            TempData["Message"] = l["Oficio {0} enviado.", sent.Folio].Value;
            return Redirect($"/Notices/{sent.Id}");
        }

        foreach (var (field, messages) in outcome.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(Fields.GetValueOrDefault(field, ""), l[message]);
            }
        }

        await LoadAgenciesAsync(ct);
        return Page();
    }

    private async Task LoadAgenciesAsync(CancellationToken ct)
    {
        var own = User.AgencyCode();
        var operational = AgencyCodes.Operational.ToList();
        Agencies = (await db.Set<Agency>().AsNoTracking()
                .Where(a => operational.Contains(a.Code) && a.Code != own)
                .OrderBy(a => a.Name)
                .Select(a => new { a.Code, a.Name })
                .ToListAsync(ct))
            .Select(a => (a.Code, a.Name)).ToList();
    }
}
