using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Audit;

/// <summary>The audit log: filter by record, user, entity type and dates; each entry's values shown as a field-by-field diff.</summary>
public sealed class IndexModel(RutaDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>
    /// Each entry carries a field-by-field table (a claim's creation lists some forty fields, an oficio its
    /// whole body): 20 entries keep a page under 100 KB (docs/benchmarks.md).
    /// </summary>
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? RecordId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public BrowseAudit.PageResult Result { get; private set; } = new([], 1, PageSize, false);

    /// <summary>Entity types of the model, offered as suggestions for the type filter.</summary>
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public bool SeesEverything { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        SeesEverything = AuditScope.SeesEverything(User);
        EntityTypes = db.Model.GetEntityTypes().Where(t => !t.IsOwned()).Select(t => t.ShortName())
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (From is { } f && To is { } t && f > t)
        {
            ModelState.AddModelError(nameof(To), l["La fecha final no puede ser anterior a la inicial."]);
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var query = new BrowseAudit.Query(
            RecordId: Blank(RecordId), UserId: null, EntityType: Blank(EntityType),
            From: From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            To: To?.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc),
            Page: Math.Clamp(PageNumber, 1, 100_000), PageSize: PageSize, UserName: Blank(UserName));
        Result = await BrowseAudit.HandleAsync(db, AuditScope.Apply(User, query), ct);
    }

    public string Link(int page) =>
        Url.Page("/Audit/Index", new
        {
            recordId = RecordId,
            userName = UserName,
            entityType = EntityType,
            from = From?.ToString("yyyy-MM-dd"),
            to = To?.ToString("yyyy-MM-dd"),
            p = page,
        })!;

    /// <summary>The Spanish name of an action (localized in the view).</summary>
    public static string ActionLabel(string action) => action switch
    {
        AuditActions.Create => "Alta",
        AuditActions.Update => "Cambio",
        AuditActions.Delete => "Baja",
        AuditActions.Read => "Consulta",
        "roles" => "Cambio de roles",
        Kernel.Persons.PersonsAudit.Register => "Registro de persona",
        Kernel.Persons.PersonsAudit.ChangeDetails => "Corrección de datos",
        Kernel.Persons.PersonsAudit.Archive => "Archivo del registro",
        Kernel.Persons.PersonsAudit.LinkRelatives => "Vínculo familiar",
        Kernel.Persons.PersonsAudit.UnlinkRelatives => "Vínculo familiar quitado",
        Kernel.Removal.RemovalGuard.AuditAction => "Verificación previa a la deportación o retorno",
        "notice-received" => "Oficio abierto por la destinataria",
        _ => action,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
