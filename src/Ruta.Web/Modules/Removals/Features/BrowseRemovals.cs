using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>INM's removals list: by status, the next to leave first, then the newest.</summary>
public static class BrowseRemovals
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, Guid PersonId, string PersonName, RemovalKind Kind, string KindLabel, RemovalStatus Status, string StatusLabel,
        DateOnly ScheduledDate, string DestinationCountry, Guid? TravelGroupId);

    public sealed record StatusCount(RemovalStatus Status, string Label, int Count);

    public sealed record PageResult(IReadOnlyList<Row> Items, int Page, int Total, IReadOnlyList<StatusCount> Counts)
    {
        public bool HasMore => Page * PageSize < Total;
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user)
    {
        public async Task<RemovalsResult<PageResult>> HandleAsync(RemovalStatus? status, int page, CancellationToken ct)
        {
            if (!RemovalAccess.CanRead(user.Principal))
            {
                return RemovalsResult<PageResult>.Forbidden();
            }

            page = Math.Max(1, page);
            var cases = db.Set<RemovalCase>().AsNoTracking();
            var counts = (await cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                .OrderBy(c => c.Key)
                .Select(c => new StatusCount(c.Key, RemovalProcedure.StatusLabel(c.Key), c.Count)).ToList();
            var filtered = status is { } s ? cases.Where(c => c.Status == s) : cases;
            var total = await filtered.CountAsync(ct);
            var rows = await (
                    from c in filtered
                    join p in db.Set<Person>() on c.PersonId equals p.Id
                    orderby c.ScheduledDate, c.CreatedAt descending, c.Id
                    select new { c.Id, c.PersonId, p.GivenNames, p.FirstSurname, p.SecondSurname, c.Kind, c.Status, c.ScheduledDate, c.DestinationCountry, c.TravelGroupId })
                .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
            return RemovalsResult<PageResult>.Ok(new PageResult(
                [.. rows.Select(r => new Row(r.Id, r.PersonId, PersonLabels.FullName(r.GivenNames, r.FirstSurname, r.SecondSurname), r.Kind,
                    RemovalProcedure.KindLabel(r.Kind), r.Status, RemovalProcedure.StatusLabel(r.Status), r.ScheduledDate, r.DestinationCountry,
                    r.TravelGroupId))],
                page, total, counts));
        }
    }

    public static bool TryParseStatus(string? value, out RemovalStatus status)
    {
        foreach (var candidate in RemovalProcedure.StoredStates)
        {
            if (string.Equals(RemovalProcedure.StatusCode(candidate), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
