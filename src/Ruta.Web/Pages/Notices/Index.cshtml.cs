using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Notices;

/// <summary>The agency's oficios: received (inbox) and sent (outbox); oversight sees all.</summary>
public sealed class IndexModel(RutaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Box { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>Page number ("page" is reserved by Razor Pages routing).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public BrowseNotices.PageResult Result { get; private set; } = null!;

    public bool IsOversight { get; private set; }

    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsOversight = NoticeAccess.IsOversight(User);
        var box = string.IsNullOrWhiteSpace(Box) ? (IsOversight ? "all" : "inbox") : Box;
        var (query, _) = BrowseNotices.Parse(new BrowseNotices.QueryParameters(box, Status, Pagina), User);
        // A page never fails on a mistyped link: it falls back to the first page of the default box.
        query ??= new BrowseNotices.Query(IsOversight ? BrowseNotices.Box.All : BrowseNotices.Box.Inbox, null);
        Result = await BrowseNotices.HandleAsync(query, User, db, clock, ct);
        Now = clock.GetUtcNow().UtcDateTime;
    }

    public string BoxCode => Result.Box.ToString().ToLowerInvariant();

    public string? StatusParam => Result.Status?.ToString().ToLowerInvariant();
}
