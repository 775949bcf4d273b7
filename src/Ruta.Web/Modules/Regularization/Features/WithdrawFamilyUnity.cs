using FluentValidation;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>The principal (visa) or the relative (change of condition) withdraws the request.</summary>
public static class WithdrawFamilyUnity
{
    public sealed record Request(DateOnly? WithdrawnOn, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.WithdrawnOn).ActDate(today, "la fecha del desistimiento");
            RuleFor(r => r.Reasons).MaximumLength(RegularizationLimits.Text).WithMessage($"Máximo {RegularizationLimits.Text} caracteres.");
        }
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<FamilyUnityView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.FamilyActAsync(RegularizationActions.Withdrawal, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                procedure.Withdraw(request.WithdrawnOn!.Value, string.IsNullOrWhiteSpace(request.Reasons) ? null : request.Reasons.Trim(), acts.Actor());
                await acts.CancelRemainingAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id, "Desistimiento.", ct);
            }, ct);
    }
}
