using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;

namespace Ruta.Web.Modules.Removals.Domain;

/// <summary>A relative who would not travel with the group, and why.</summary>
public sealed record LeftBehind(Guid PersonId, string Name, string Why, Guid? RemovalId, bool IsChild);

/// <summary>Who travels together in one act, and which relatives would stay behind.</summary>
public sealed record TravelPlan(IReadOnlyList<RemovalCase> Together, IReadOnlyList<LeftBehind> LeftBehind, IReadOnlyDictionary<Guid, string> Names);

/// <summary>
/// RET-08, families travel together (LM art. 120 ¶1 "procurando que los integrantes de la misma familia
/// viajen juntos"; LM art. 2, unidad familiar): the group of an act is the person and, through the
/// registry's family links, every relative whose removal can take the same step, transitively. A
/// relative in the procedure who cannot (another state, another destination, asked to be left out) and
/// a related child with no removal of their own stay behind, which the act accepts only with a reason.
/// </summary>
public sealed class FamilyTravel(RutaDbContext db, RemovalGuard guard)
{
    /// <param name="whyNot">Null when the relative's removal can take the step with the group; otherwise why not.</param>
    /// <param name="separate">Relatives the officer asks to leave out of this act.</param>
    public async Task<TravelPlan> PlanAsync(RemovalCase start, Func<RemovalCase, string?> whyNot, IReadOnlyCollection<Guid> separate,
        DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(whyNot);
        ArgumentNullException.ThrowIfNull(separate);
        var together = new List<RemovalCase> { start };
        var left = new List<LeftBehind>();
        var seen = new HashSet<Guid> { start.PersonId };
        var queue = new Queue<Guid>([start.PersonId]);
        var names = new Dictionary<Guid, string>();
        while (queue.Count > 0)
        {
            var personId = queue.Dequeue();
            var relatives = await (
                    from link in db.Set<FamilyLink>().AsNoTracking()
                    where link.PersonId == personId
                    join p in db.Set<Person>() on link.RelativeId equals p.Id
                    select new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate, p.BirthDateEstimated, p.IsArchived })
                .ToListAsync(ct);
            var fresh = relatives.Where(r => seen.Add(r.Id)).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }

            var ids = fresh.Select(r => r.Id).ToList();
            var cases = await db.Set<RemovalCase>().Include(c => c.Rights)
                .Where(c => ids.Contains(c.PersonId) && (c.Status == RemovalStatus.Requested || c.Status == RemovalStatus.Ordered
                    || c.Status == RemovalStatus.Scheduled || c.Status == RemovalStatus.Suspended))
                .ToListAsync(ct);
            foreach (var relative in fresh)
            {
                var name = PersonLabels.FullName(relative.GivenNames, relative.FirstSurname, relative.SecondSurname);
                names[relative.Id] = name;
                var isChild = Person.IsChildOn(relative.BirthDate, relative.BirthDateEstimated, on);
                if (cases.FirstOrDefault(c => c.PersonId == relative.Id) is { } removal)
                {
                    var why = separate.Contains(relative.Id) ? "se pidió que no viaje en este acto"
                        : removal.DestinationCountry != start.DestinationCountry
                            ? $"su destino es {RemovalDestinations.CountryName(removal.DestinationCountry)}"
                            : whyNot(removal);
                    if (why is null)
                    {
                        together.Add(removal);
                        queue.Enqueue(relative.Id);
                    }
                    else
                    {
                        left.Add(new LeftBehind(relative.Id, name, why, removal.Id, isChild));
                    }
                }
                else if (isChild && !relative.IsArchived)
                {
                    left.Add(new LeftBehind(relative.Id, name, "es niña, niño o adolescente y no tiene una salida en trámite", null, true));
                }
            }
        }

        return new TravelPlan(together, left, names);
    }

    /// <summary>
    /// Refuses (409 FAMILY_MUST_TRAVEL_TOGETHER) when relatives would stay behind and no reason is
    /// recorded. For a child who would stay behind it also says what the guard answers for the child on
    /// this kind of removal: a child never travels without the child rules allowing it.
    /// </summary>
    public async Task EnsureTogetherOrReasonAsync(TravelPlan plan, RemovalKind kind, DateOnly on, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.LeftBehind.Count == 0 || !string.IsNullOrWhiteSpace(reason))
        {
            return;
        }

        var lines = new List<string>();
        foreach (var member in plan.LeftBehind)
        {
            var line = $"{member.Name}: {member.Why}";
            if (member.IsChild && member.RemovalId is null
                && await guard.EvaluateAsync(member.PersonId, kind, on, ct) is { Allowed: false } child)
            {
                line += ". Si viajara con su familia, la verificación de no devolución lo impide: " +
                    string.Join(" ", child.Blocks.Select(b => $"[{b.Code}] {b.Reason} ({b.LegalBasis})"));
            }

            lines.Add(line);
        }

        throw new DomainRuleException(RemovalRules.FamilySplit,
            "La familia viaja junta: no se puede separar en este acto sin registrar el motivo. " + string.Join(" ", lines.Select(l => l.TrimEnd('.') + ".")),
            RemovalRules.FamilyUnityBasis);
    }
}
