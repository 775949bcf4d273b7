using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>
/// Resumes a removal suspended by an amparo, once every amparo of the person is recorded as resolved,
/// with a new date and a new passing check (the guard would block anyway while one is open).
/// </summary>
public static class ResumeRemoval
{
    public sealed record Request(DateOnly? ScheduledDate);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today) => RuleFor(r => r.ScheduledDate).TravelDate(today, "la nueva fecha de salida");
    }

    public sealed class Handler(RemovalActs acts)
    {
        public Task<RemovalsResult<RemovalView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RemovalActions.Resume, id, expectedVersion, request, new Validator(acts.Today), async removal =>
            {
                if (await acts.Db.Set<Amparo>().AnyAsync(a => a.PersonId == removal.PersonId && a.Outcome == null, ct))
                {
                    throw new DomainRuleException(RemovalRules.AmparoStillOpen,
                        "Hay un amparo sin resolución registrada: la salida sigue suspendida.", RemovalRules.AmparoBasis);
                }

                var date = request.ScheduledDate!.Value;
                var names = await acts.NamesAsync([removal.PersonId], ct);
                var checks = await acts.CheckEveryoneAsync([removal], date, names, ct);
                removal.Resume(date, checks[removal.Id], acts.Today, acts.Actor());
            }, ct);
    }
}
