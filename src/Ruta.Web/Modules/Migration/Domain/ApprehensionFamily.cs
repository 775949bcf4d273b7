using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>
/// Which children of an apprehension each adult of it cares for: the ones the adult was stated to
/// care for in the apprehension, and the ones the persons registry links to the adult as their child
/// or ward. Only children present in the same apprehension count (LM art. 98: "niñas, niños o
/// adolescentes que se encuentren presentes").
/// </summary>
public static class ApprehensionFamily
{
    public static readonly FamilyRelation[] CareRelations = [FamilyRelation.Child, FamilyRelation.Ward];

    /// <summary>Adult id → the children of the apprehension in their care.</summary>
    public static async Task<ILookup<Guid, Guid>> CareAsync(RutaDbContext db, IReadOnlyCollection<ApprehendedPerson> members, CancellationToken ct)
    {
        var children = members.Where(m => m.IsChild).Select(m => m.PersonId).ToList();
        var adults = members.Where(m => !m.IsChild).Select(m => m.PersonId).ToList();
        if (children.Count == 0 || adults.Count == 0)
        {
            return Array.Empty<(Guid, Guid)>().ToLookup(p => p.Item1, p => p.Item2);
        }

        var linked = await db.Set<FamilyLink>().AsNoTracking()
            .Where(l => adults.Contains(l.PersonId) && children.Contains(l.RelativeId) && (l.Kind == FamilyRelation.Child || l.Kind == FamilyRelation.Ward))
            .Select(l => new { Adult = l.PersonId, Child = l.RelativeId })
            .ToListAsync(ct);
        var stated = members.Where(m => m.IsChild && m.CarerId is not null && adults.Contains(m.CarerId.Value))
            .Select(m => new { Adult = m.CarerId!.Value, Child = m.PersonId });
        return linked.Concat(stated).Distinct().ToLookup(p => p.Adult, p => p.Child);
    }
}
