using FluentValidation;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>
/// Executes the removal of the whole travel group, today, on the day it was scheduled. Right before,
/// the removal guard is asked AGAIN for every person (a claim for refugee status or an amparo filed since
/// the scheduling stops it: 409 naming every block, nothing written). When it allows, each passing
/// check, each execution and the end of each person's stay in a migration station are saved together.
/// </summary>
public static class ExecuteRemoval
{
    /// <param name="SeparationReason">Needed when a relative of the group can no longer travel (e.g. suspended by an amparo).</param>
    public sealed record Request(string? Notes, string? SeparationReason);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Notes).MaximumLength(2000).WithMessage("Máximo 2000 caracteres.");
            RuleFor(r => r.SeparationReason).MaximumLength(RemovalRules.Text).WithMessage($"Máximo {RemovalRules.Text} caracteres.");
        }
    }

    public sealed class Handler(RemovalActs acts, IStationCustody custody)
    {
        public Task<RemovalsResult<RemovalView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RemovalActions.Execute, id, expectedVersion, request, new Validator(), async removal =>
            {
                var today = acts.Today;
                var plan = await acts.Family.PlanAsync(removal,
                    other => other.Status == RemovalStatus.Scheduled && other.TravelGroupId == removal.TravelGroupId
                        ? null
                        : $"su salida está {RemovalProcedure.StatusLabel(other.Status)}{(other.Status == RemovalStatus.Scheduled ? " en otro grupo de viaje" : "")}",
                    [], today, ct);
                var reason = string.IsNullOrWhiteSpace(request.SeparationReason) ? null : request.SeparationReason.Trim();
                if (reason is null && plan.LeftBehind.All(l => removal.SeparatedPersons.Contains(l.PersonId)))
                {
                    reason = removal.SeparationReason;
                }

                await acts.Family.EnsureTogetherOrReasonAsync(plan, removal.Kind, today, reason, ct);
                foreach (var member in plan.Together)
                {
                    member.EnsureOnScheduledDate(today);
                }

                // The guard again, on the day of the removal, for everyone who leaves.
                var names = await acts.NamesAsync(plan.Together.Select(c => c.PersonId), ct);
                var evaluations = new List<(RemovalCase Member, RemovalEvaluation Evaluation)>();
                var refusals = new List<DomainRuleException>();
                var lines = new List<string>();
                foreach (var member in plan.Together)
                {
                    var evaluation = (await acts.Guard.EvaluateAsync(member.PersonId, member.Kind, today, ct))!;
                    evaluations.Add((member, evaluation));
                    if (!evaluation.Allowed)
                    {
                        var refusal = RecordRemoval.Refusal(evaluation.Blocks);
                        refusals.Add(refusal);
                        lines.Add($"{names.GetValueOrDefault(member.PersonId, member.PersonId.ToString())}: {refusal.Message}");
                    }
                }

                if (refusals.Count > 0)
                {
                    throw RemovalActs.Refusal(refusals, lines);
                }

                var notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
                foreach (var (member, evaluation) in evaluations)
                {
                    var check = acts.Guard.Record(evaluation);
                    member.Execute(today, check.CheckId, notes, acts.Actor());
                    // Same unit of work: the stay ends only if the removal is saved.
                    await custody.EndStayAsync(member.PersonId, StayEndReason.Removal, acts.Now, $"Salida {member.Id}", ct);
                }
            }, ct);
    }
}
