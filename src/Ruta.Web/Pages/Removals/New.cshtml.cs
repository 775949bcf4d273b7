using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Removals;
using Ruta.Web.Modules.Removals.Domain;
using Ruta.Web.Modules.Removals.Features;

namespace Ruta.Web.Pages.Removals;

/// <summary>
/// The removal screen, in two steps and without JavaScript: (1) choose the person, the kind of removal
/// and the date and ASK the removal guard (GET; the answer is recorded and audited like every check);
/// the page shows every block with its legal basis, or "permitido"; (2) only for an allowed answer, the
/// form of the request or the order appears with its confirm button, which posts to the same handler as
/// POST /api/v1/migration/removals (that asks the guard again, in the same transaction as the record).
/// </summary>
[Authorize(Policy = RemovalsPolicies.Work)]
public sealed class NewModel(SearchPersons.Handler search, RemovalGuard guard, StartRemoval.Handler start, RutaDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "person")]
    public Guid? PersonId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string Kind { get; set; } = "assisted-return";

    [BindProperty(SupportsGet = true, Name = "on")]
    public DateOnly? On { get; set; }

    /// <summary>"1" when the officer asked the guard (step 1 submitted).</summary>
    [BindProperty(SupportsGet = true, Name = "check")]
    public string? Check { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? DestinationCountry { get; set; }
        public Guid? ResidenceDocumentId { get; set; }
        public DateOnly? RequestedOn { get; set; }
        public bool Signed { get; set; }
        public string? Language { get; set; } = "spa";
        public string? InterpreterName { get; set; }
        public DateOnly? OrderedOn { get; set; }
        public List<string> Grounds { get; set; } = [];
        public string? Reasons { get; set; }
    }

    public sealed record DocumentOption(Guid Id, string Label, string IssuingCountry);

    public IReadOnlyList<SearchPersons.Row> Results { get; private set; } = [];
    public string? PersonName { get; private set; }
    public IReadOnlyList<string> Nationalities { get; private set; } = [];
    public IReadOnlyList<DocumentOption> Documents { get; private set; } = [];

    /// <summary>The guard's answer shown in step 1 (null until asked).</summary>
    public RemovalCheckResult? Answer { get; private set; }
    public string? Error { get; private set; }
    public DateOnly Today => MexicoCity.Today(clock);
    public RemovalKind? ParsedKind => StartRemoval.TryKind(Kind, out var kind) ? kind : null;
    public bool MayStart => ParsedKind is { } kind && RemovalAccess.CanStart(User, kind);

    public async Task OnGetAsync(CancellationToken ct)
    {
        On ??= Today.AddDays(1);
        await LoadAsync(ct);
        if (Check == "1" && PersonName is not null && ParsedKind is { } kind && On is { } on)
        {
            if (on < Today)
            {
                ModelState.AddModelError("On", l["La fecha prevista no puede ser anterior a hoy."]);
                return;
            }

            Answer = await guard.CheckAsync(PersonId!.Value, kind, on, ct);
            Input.DestinationCountry ??= Nationalities.FirstOrDefault();
            Input.RequestedOn ??= Today;
            Input.OrderedOn ??= Today;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid || PersonName is null || ParsedKind is not { } kind || On is not { } on)
        {
            return Page();
        }

        try
        {
            var i = Input;
            var result = await start.HandleAsync(new StartRemoval.Request(PersonId, Kind, on, i.DestinationCountry, i.ResidenceDocumentId,
                i.RequestedOn, i.Signed, i.Language, i.InterpreterName, i.OrderedOn, i.Grounds, i.Reasons), ct);
            switch (result.Status)
            {
                case RemovalsResultStatus.Ok:
                    TempData["Message"] = l["Registrada: {0} ({1}).", l[RemovalProcedure.KindLabel(kind)], l[result.Value!.StatusLabel]].Value;
                    return Redirect($"/Removals/{result.Value.Id}");
                case RemovalsResultStatus.Forbidden:
                    return Forbid();
                case RemovalsResultStatus.NotFound:
                    return NotFound();
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

        // The confirm form is shown again only if the guard still allows (asked again, not recorded: the act records its own check).
        var evaluation = await guard.EvaluateAsync(PersonId!.Value, kind, on, ct);
        Answer = evaluation is null ? null : new RemovalCheckResult(evaluation.Allowed, evaluation.Blocks, Guid.Empty);
        return Page();
    }

    private static string FieldKey(string field) => field switch
    {
        "personId" => "PersonId",
        "kind" => "Kind",
        "plannedDate" => "On",
        _ when field.StartsWith("grounds", StringComparison.Ordinal) => "Input.Grounds",
        _ => "Input." + char.ToUpperInvariant(field[0]) + field[1..],
    };

    public string Link(Guid? person, string? q = null) =>
        "/Removals/New?" + string.Join('&', new[]
        {
            q is null ? null : "q=" + Uri.EscapeDataString(q),
            person is null ? null : "person=" + person,
            "kind=" + Uri.EscapeDataString(Kind),
            On is { } on ? "on=" + on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        }.OfType<string>());

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var found = await search.HandleAsync(new SearchPersons.Query(Q, PageSize: 20), ct);
            Results = found.IsOk ? found.Value!.Items : [];
        }

        if (PersonId is not { } id)
        {
            return;
        }

        var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.GivenNames, p.FirstSurname, p.SecondSurname }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return;
        }

        PersonName = PersonLabels.FullName(person.GivenNames, person.FirstSurname, person.SecondSurname);
        Nationalities = await db.Set<PersonNationality>().AsNoTracking().Where(n => n.PersonId == id).Select(n => n.CountryCode).ToListAsync(ct);
        Documents = (await db.Set<IdentityDocument>().AsNoTracking().Where(d => d.PersonId == id)
                .Select(d => new { d.Id, d.Type, d.Number, d.IssuingCountry, d.ExpiryDate }).ToListAsync(ct))
            .Where(d => !Countries.IsIcaoSpecialCode(d.IssuingCountry) && d.IssuingCountry != "MEX")
            .Select(d => new DocumentOption(d.Id, $"{l[PersonLabels.Document(d.Type)]} {d.Number} ({RemovalDestinations.CountryName(d.IssuingCountry)}" +
                (d.ExpiryDate is { } e ? $", {l["vence"]} {e:yyyy-MM-dd})" : ")"), d.IssuingCountry))
            .ToList();
    }
}
