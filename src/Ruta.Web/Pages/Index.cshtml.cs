using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages;

/// <summary>Each agency's home: its name and the work its users may open.</summary>
public sealed class IndexModel(RutaDbContext db) : PageModel
{
    public string AgencyName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var code = User.AgencyCode();
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        AgencyName = await db.Set<Agency>().Where(a => a.Code == code).Select(a => english ? a.NameEn : a.Name).FirstOrDefaultAsync() ?? "Ruta";
        var id = User.UserId();
        DisplayName = await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? User.Identity?.Name ?? "";
    }
}
