using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Admin.Users;

/// <summary>What the user-administration pages share: select lists and turning handler errors into form errors.</summary>
internal static class UserPages
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static async Task<List<SelectListItem>> AgencyOptionsAsync(RutaDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var names = await db.Set<Agency>().AsNoTracking().Where(a => codes.Contains(a.Code))
            .Select(a => new { a.Code, a.Name, a.NameEn }).ToDictionaryAsync(a => a.Code, ct);
        return codes.Select(c => new SelectListItem(
                names.TryGetValue(c, out var a) ? $"{(English ? a.NameEn : a.Name)} ({c})" : c, c))
            .ToList();
    }

    /// <summary>Active offices of the given agencies, grouped by agency, so one select serves without scripts.</summary>
    public static async Task<List<SelectListItem>> OfficeOptionsAsync(RutaDbContext db, IReadOnlyList<string> agencies, CancellationToken ct)
    {
        var offices = await db.Set<Office>().AsNoTracking()
            .Where(o => o.IsActive && agencies.Contains(o.AgencyCode))
            .OrderBy(o => o.AgencyCode).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.AgencyCode, o.Name, o.City })
            .ToListAsync(ct);
        var groups = agencies.ToDictionary(a => a, a => new SelectListGroup { Name = a });
        return offices
            .OrderBy(o => agencies.ToList().IndexOf(o.AgencyCode))
            .Select(o => new SelectListItem(string.IsNullOrEmpty(o.City) ? o.Name : $"{o.Name} · {o.City}", o.Id.ToString())
            {
                Group = groups[o.AgencyCode],
            })
            .ToList();
    }

    /// <summary>Adds the handler's field errors (camelCase API keys) to the form fields they belong to.</summary>
    public static void AddErrors(ModelStateDictionary modelState, Dictionary<string, string[]> errors, string prefix,
        IStringLocalizer localizer)
    {
        foreach (var (key, messages) in errors)
        {
            var field = key.Length == 0 ? "" : prefix + char.ToUpperInvariant(key[0]) + key[1..];
            foreach (var message in messages)
            {
                modelState.AddModelError(field, localizer[message]);
            }
        }
    }
}
