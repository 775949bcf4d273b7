using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>
/// Moves a scheduled removal, with its whole travel group, to another date, only for caso fortuito or
/// fuerza mayor (LM art. 125), on a new passing check for everyone.
/// </summary>
public static class RescheduleRemoval
{
    public sealed record Request(DateOnly? ScheduledDate, string? Reason);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.ScheduledDate).TravelDate(today, "la nueva fecha de salida");
            RuleFor(r => r.Reason).Text("Indique el caso fortuito o la fuerza mayor que impide la salida en la fecha programada (LM art. 125).");
        }
    }

    public sealed class Handler(RemovalActs acts)
    {
        public Task<RemovalsResult<RemovalView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RemovalActions.Reschedule, id, expectedVersion, request, new Validator(acts.Today), async removal =>
            {
                var date = request.ScheduledDate!.Value;
                var group = await acts.Db.Set<RemovalCase>().Include(c => c.Rights)
                    .Where(c => c.TravelGroupId == removal.TravelGroupId && c.Status == RemovalStatus.Scheduled)
                    .ToListAsync(ct);
                var names = await acts.NamesAsync(group.Select(c => c.PersonId), ct);
                var checks = await acts.CheckEveryoneAsync(group, date, names, ct);
                foreach (var member in group)
                {
                    member.Reschedule(date, request.Reason!.Trim(), checks[member.Id], acts.Today, acts.Actor());
                }
            }, ct);
    }
}
