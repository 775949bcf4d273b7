using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Children;
using Ruta.Web.Modules.Children.Domain;
using Ruta.Web.Modules.Children.Features;

namespace Ruta.Web.Pages.Children;

/// <summary>What the case pages share: the choices of the act forms and the mapping of API field errors to form fields.</summary>
public static class ChildPageSupport
{
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> DifOfficesAsync(RutaDbContext db, CancellationToken ct) =>
        (await db.Set<Office>().AsNoTracking().Where(o => o.AgencyCode == AgencyCodes.Dif && o.IsActive).OrderBy(o => o.Code)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();

    public static async Task<IReadOnlyList<(Guid Id, string Name, int Free, bool Families)>> CentersAsync(RutaDbContext db, CancellationToken ct) =>
        (await db.Set<CareCenter>().AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.StateCode).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Capacity, c.Occupied, c.LodgesFamilies }).ToListAsync(ct))
        .Select(c => (c.Id, c.Name, Math.Max(0, c.Capacity - c.Occupied), c.LodgesFamilies)).ToList();

    public static async Task<IReadOnlyList<(Guid Id, string Name)>> RelativesAsync(RutaDbContext db, Guid childId, CancellationToken ct) =>
        (await GetPerson.FamilyLinksAsync(db, childId, ct)).Where(r => !r.RelativeIsArchived).Select(r => (r.RelativeId, r.RelativeName)).ToList();

    /// <summary>"findings[0].right" → "Input.Findings[0].Right"; the consular notice's "purpose" is the form's ConsularPurpose.</summary>
    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(l);
        foreach (var (field, messages) in errors)
        {
            var key = field == "purpose" ? "ConsularPurpose"
                : string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
            var list = key.IndexOf('[', StringComparison.Ordinal) is var bracket and > 0 ? key[..bracket] : key;
            foreach (var message in messages)
            {
                modelState.AddModelError("Input." + key, l[message]);
                if (list != key)
                {
                    modelState.AddModelError("Input." + list, l[message]);
                }
            }
        }
    }

    public static string PurposeUrl(string path, string purpose, string? detail) =>
        $"{path}?purpose={Uri.EscapeDataString(purpose)}" + (string.IsNullOrWhiteSpace(detail) ? "" : "&purposeDetail=" + Uri.EscapeDataString(detail));

    public static IEnumerable<(string Code, string Label)> Purposes(System.Security.Claims.ClaimsPrincipal user) =>
        Enum.GetValues<ReadPurpose>()
            .Where(p => p != ReadPurpose.Oversight || ChildAccess.IsOversight(user))
            .Where(p => p != ReadPurpose.MigrationDecision || ChildAccess.IsInm(user) || ChildAccess.IsOversight(user))
            .Select(p => (ChildLabels.Code(p), ReadPurposes.Label(p)));
}
