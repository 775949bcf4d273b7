using FluentValidation;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>The person withdraws the request (desistimiento): the order to leave follows (LM art. 137 fr. I).</summary>
public static class WithdrawRegularization
{
    public sealed record Request(DateOnly? WithdrawnOn, int? ExitPeriodDays, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.WithdrawnOn).ActDate(today, "la fecha del desistimiento");
            RuleFor(r => r.ExitPeriodDays).ExitPeriod();
            RuleFor(r => r.Reasons).MaximumLength(RegularizationLimits.Text).WithMessage($"Máximo {RegularizationLimits.Text} caracteres.");
        }
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RegularizationActions.Withdrawal, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                var on = request.WithdrawnOn!.Value;
                procedure.Withdraw(on, string.IsNullOrWhiteSpace(request.Reasons) ? null : request.Reasons.Trim(), acts.Actor());
                await acts.CancelRemainingAsync(RegularizationRules.CaseType, procedure.Id, "Desistimiento: " + on.ToString("yyyy-MM-dd"), ct);
                await acts.OrderDepartureAsync(procedure, request.ExitPeriodDays!.Value, on,
                    "La persona desistió de su solicitud de regularización (LM art. 137 fr. I).", ct);
            }, ct);
    }
}
