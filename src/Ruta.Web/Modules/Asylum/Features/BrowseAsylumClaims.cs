using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>COMAR's worklist: claims by status, newest first, each with its next open deadline.</summary>
public static class BrowseAsylumClaims
{
    public const int PageSize = 50;

    public sealed record NextDeadline(string Kind, string Description, DateOnly DueDate, DateOnly AdviseByDate, string ResponsibleAgency);

    public sealed record Row(Guid Id, Guid ApplicantId, string ApplicantName, int Dependents, AsylumClaimStatus Status, string StatusLabel,
        AsylumOutcome? Outcome, DateOnly FiledOn, string OfficeName, NextDeadline? NextDeadline);

    public sealed record StatusCount(AsylumClaimStatus Status, string Label, int Count);

    public sealed record PageResult(IReadOnlyList<Row> Items, int Page, int Total, IReadOnlyList<StatusCount> Counts)
    {
        public bool HasMore => Page * PageSize < Total;
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user)
    {
        public async Task<AsylumResult<PageResult>> HandleAsync(AsylumClaimStatus? status, int page, CancellationToken ct)
        {
            if (!AsylumAccess.CanReadFile(user.Principal))
            {
                return AsylumResult<PageResult>.Forbidden();
            }

            page = Math.Max(1, page);
            var claims = db.Set<AsylumClaim>().AsNoTracking();
            var counts = (await claims.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                .OrderBy(c => c.Key)
                .Select(c => new StatusCount(c.Key, AsylumProcedure.StatusLabel(c.Key), c.Count)).ToList();
            var filtered = status is { } s ? claims.Where(c => c.Status == s) : claims;
            var total = await filtered.CountAsync(ct);
            var rows = await (
                    from c in filtered
                    join p in db.Set<Person>() on c.ApplicantId equals p.Id
                    join o in db.Set<Office>() on c.OfficeId equals o.Id
                    orderby c.FiledOn descending, c.Id descending
                    select new
                    {
                        c.Id, c.ApplicantId, p.GivenNames, p.FirstSurname, p.SecondSurname, Dependents = c.Dependents.Count, c.Status, c.Outcome,
                        c.FiledOn, OfficeName = o.Name,
                    })
                .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
            var ids = rows.Select(r => r.Id).ToList();
            var next = (await db.Set<Deadline>().AsNoTracking()
                    .Where(d => d.CaseType == AsylumRules.CaseType && ids.Contains(d.CaseId) && d.Status == DeadlineStatus.Open)
                    .Select(d => new { d.CaseId, d.Kind, d.Description, d.DueDate, d.AdviseByDate, d.ResponsibleAgency })
                    .ToListAsync(ct))
                .GroupBy(d => d.CaseId)
                .ToDictionary(g => g.Key, g => g.OrderBy(d => d.DueDate).Select(d =>
                    new NextDeadline(d.Kind, d.Description, d.DueDate, d.AdviseByDate, d.ResponsibleAgency)).First());
            return AsylumResult<PageResult>.Ok(new PageResult(
                [.. rows.Select(r => new Row(r.Id, r.ApplicantId, PersonLabels.FullName(r.GivenNames, r.FirstSurname, r.SecondSurname),
                    r.Dependents, r.Status, AsylumProcedure.StatusLabel(r.Status), r.Outcome, r.FiledOn, r.OfficeName,
                    next.GetValueOrDefault(r.Id)))],
                page, total, counts));
        }
    }
}
