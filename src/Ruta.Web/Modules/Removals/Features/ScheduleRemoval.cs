using FluentValidation;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>
/// Schedules the removal and, in the same act, every relative in the procedure who can take the same
/// step (the family travels together, RET-08). Every applicable right must be recorded first (LM art.
/// 119: "previo al retorno"), every person's guard is asked for the date through the kernel, and a
/// relative left behind needs a recorded reason.
/// </summary>
public static class ScheduleRemoval
{
    /// <param name="SeparatedPersonIds">Relatives in the procedure the officer leaves out of this act (needs <paramref name="SeparationReason"/>).</param>
    public sealed record Request(DateOnly? ScheduledDate, string? ExitPoint, string? Transport, IReadOnlyList<Guid>? SeparatedPersonIds,
        string? SeparationReason);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.ScheduledDate).TravelDate(today, "la fecha de salida");
            RuleFor(r => r.ExitPoint).Text("Indique el punto de salida (lugar destinado al tránsito internacional de personas).", 200);
            RuleFor(r => r.Transport).MaximumLength(200).WithMessage("Máximo 200 caracteres.");
            RuleFor(r => r.SeparationReason).MaximumLength(RemovalRules.Text).WithMessage($"Máximo {RemovalRules.Text} caracteres.");
        }
    }

    public sealed class Handler(RemovalActs acts)
    {
        public Task<RemovalsResult<RemovalView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RemovalActions.Schedule, id, expectedVersion, request, new Validator(acts.Today), async removal =>
            {
                var date = request.ScheduledDate!.Value;
                var plan = await acts.Family.PlanAsync(removal,
                    other => other.CanFire(RemovalTrigger.Schedule) ? null : $"su salida está {RemovalProcedure.StatusLabel(other.Status)}",
                    request.SeparatedPersonIds ?? [], date, ct);
                var reason = Trim(request.SeparationReason);
                await acts.Family.EnsureTogetherOrReasonAsync(plan, removal.Kind, date, reason, ct);
                var names = await acts.NamesAsync(plan.Together.Select(c => c.PersonId), ct);
                foreach (var member in plan.Together)
                {
                    member.EnsureRightsRecorded(names.GetValueOrDefault(member.PersonId, member.PersonId.ToString()));
                }

                var checks = await acts.CheckEveryoneAsync(plan.Together, date, names, ct);
                var group = Guid.CreateVersion7();
                IReadOnlyList<Guid> separated = [.. plan.LeftBehind.Select(l => l.PersonId)];
                foreach (var member in plan.Together)
                {
                    member.Schedule(date, group, request.ExitPoint!.Trim(), Trim(request.Transport), separated, reason, checks[member.Id],
                        acts.Today, acts.Actor());
                }
            }, ct);

        private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
