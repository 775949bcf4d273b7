using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// INM's worklist of regularizations: by status, the most urgent first (the next open deadline's end),
/// each with that deadline and its alert ("overdue" or "due-soon").
/// </summary>
public static class BrowseRegularizations
{
    public const int PageSize = 50;

    public sealed record NextDeadline(string Kind, string Description, DateOnly DueDate, DateTime? DueAt, DateOnly AdviseByDate, string? Alert);

    public sealed record Row(Guid Id, Guid PersonId, string PersonName, RegularizationStatus Status, string StatusLabel, RegularizationOrigin Origin,
        string GroundLabel, DateOnly FiledOn, NextDeadline? NextDeadline);

    public sealed record StatusCount(RegularizationStatus Status, string Label, int Count);

    public sealed record PageResult(IReadOnlyList<Row> Items, int Page, int Total, int Alerts, IReadOnlyList<StatusCount> Counts)
    {
        public bool HasMore => Page * PageSize < Total;
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<ProcedureResult<PageResult>> HandleAsync(RegularizationStatus? status, int page, CancellationToken ct)
        {
            if (!RegularizationAccess.CanRead(user.Principal))
            {
                return ProcedureResult<PageResult>.Forbidden();
            }

            page = Math.Max(1, page);
            var now = clock.GetUtcNow();
            var procedures = db.Set<RegularizationProcedure>().AsNoTracking();
            var counts = (await procedures.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                .OrderBy(c => c.Key).Select(c => new StatusCount(c.Key, RegularizationTransitions.StatusLabel(c.Key), c.Count)).ToList();
            var filtered = status is { } s ? procedures.Where(p => p.Status == s) : procedures;
            var total = await filtered.CountAsync(ct);
            var open = db.Set<Deadline>().Where(d => d.CaseType == RegularizationRules.CaseType && d.Status == DeadlineStatus.Open);
            var rows = await (
                    from p in filtered
                    join person in db.Set<Person>() on p.PersonId equals person.Id
                    let next = open.Where(d => d.CaseId == p.Id).Min(d => (DateOnly?)d.DueDate)
                    orderby next == null ? 1 : 0, next, p.FiledOn descending, p.Id descending
                    select new { p.Id, p.PersonId, person.GivenNames, person.FirstSurname, person.SecondSurname, p.Status, p.Origin, p.Ground, p.FiledOn })
                .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
            var ids = rows.Select(r => r.Id).ToList();
            var deadlines = (await open.AsNoTracking().Where(d => ids.Contains(d.CaseId))
                    .Select(d => new { d.CaseId, d.Kind, d.Description, d.DueDate, d.DueAt, d.AdviseByDate, d.Unit, d.Status }).ToListAsync(ct))
                .GroupBy(d => d.CaseId)
                .ToDictionary(g => g.Key, g => g.OrderBy(d => d.DueDate).ThenBy(d => d.DueAt).Select(d => new NextDeadline(d.Kind, d.Description, d.DueDate,
                    d.DueAt, d.AdviseByDate, ProcedureReads.Alert(d.Kind, d.Unit, d.Status, d.DueDate, d.DueAt, now))).First());
            var alerts = await open.CountAsync(d => d.DueDate <= MexicoCity.DateOf(now).AddDays(5), ct);
            return ProcedureResult<PageResult>.Ok(new PageResult(
                [.. rows.Select(r => new Row(r.Id, r.PersonId, PersonLabels.FullName(r.GivenNames, r.FirstSurname, r.SecondSurname), r.Status,
                    RegularizationTransitions.StatusLabel(r.Status), r.Origin, RegularizationGrounds.Of(r.Ground).Label, r.FiledOn,
                    deadlines.GetValueOrDefault(r.Id)))],
                page, total, alerts, counts));
        }
    }
}
