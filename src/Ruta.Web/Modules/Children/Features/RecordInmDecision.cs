using FluentValidation;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// INM records its decision on the child, which must be one the plan in force allows (LM art. 112
/// fr. III): otherwise 409 NNA_DECISION_NOT_IN_PLAN with the legal basis. The migration procedure
/// only starts once the Procuraduría was notified (<see cref="IChildProtectionGate"/>).
/// </summary>
/// <remarks>
/// Seam: this records the decision; carrying it out belongs to the other procedures, which read it
/// through <see cref="IChildProtectionGate.FindPlanDecisionAsync"/> — regularization (the child and the
/// family-unity members listed here), the asylum procedure (COMAR), or the assisted return, which
/// still passes the removal guard (<see cref="ChildReturnRule"/>).
/// </remarks>
public static class RecordInmDecision
{
    /// <param name="Outcome">A code of <see cref="ChildProtectionOutcome"/>; deportation does not exist.</param>
    /// <param name="FamilyUnityPersonIds">For regularization: the relatives the plan lists, who regularize with the child.</param>
    public sealed record Request(string? Outcome, DateOnly? DecidedOn, string? Reasons, IReadOnlyList<Guid>? FamilyUnityPersonIds);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Outcome).Must(o => ChildLabels.Parse<ChildProtectionOutcome>(o) is not null)
                .WithMessage("Indique la decisión: " + ChildLabels.Codes<ChildProtectionOutcome>() + ". La deportación de niñas, niños y adolescentes no existe.");
            RuleFor(r => r.DecidedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Reasons).NotEmpty().WithMessage("Funde y motive la decisión.").MaximumLength(ChildLimits.Text);
            RuleFor(r => r.FamilyUnityPersonIds).Must(f => f is null || f.Count <= ChildLimits.MaxAdults).WithMessage("Demasiadas personas.");
        }
    }

    public sealed class Handler(CaseActs acts, IChildProtectionGate gate)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsInmSupervisor, ChildTrigger.RecordInmDecision,
                CaseActs.With(new Validator(acts.Today), request, ct), async child =>
                {
                    await gate.EnsureProcuraduriaNotifiedAsync(child.PersonId, ct);
                    var decision = child.RecordInmDecision(ChildLabels.Parse<ChildProtectionOutcome>(request.Outcome)!.Value, request.DecidedOn ?? acts.Today,
                        request.Reasons!.Trim(), [.. (request.FamilyUnityPersonIds ?? []).Distinct()], acts.Actor());
                    return decision.Id;
                }, ct);
    }
}
