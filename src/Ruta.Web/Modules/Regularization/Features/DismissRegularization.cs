using FluentValidation;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// The prevención was not answered in its 10 business days: "se desechará el trámite" (LM art. 130).
/// The person is left without a regular stay, so the order to leave is issued with the act (LM art.
/// 137 fr. II, the request not granted), with the exit period it grants.
/// </summary>
public static class DismissRegularization
{
    public sealed record Request(DateOnly? DismissedOn, int? ExitPeriodDays, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.DismissedOn).ActDate(today, "la fecha del acuerdo que desecha el trámite");
            RuleFor(r => r.ExitPeriodDays).ExitPeriod();
            RuleFor(r => r.Reasons).MaximumLength(RegularizationLimits.Text).WithMessage($"Máximo {RegularizationLimits.Text} caracteres.");
        }
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RegularizationActions.Dismissal, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                var on = request.DismissedOn!.Value;
                procedure.Dismiss(on, acts.Today, string.IsNullOrWhiteSpace(request.Reasons) ? null : request.Reasons.Trim(), acts.Actor());
                await acts.CancelRemainingAsync(RegularizationRules.CaseType, procedure.Id, "Trámite desechado: " + on.ToString("yyyy-MM-dd"), ct);
                await acts.OrderDepartureAsync(procedure, request.ExitPeriodDays!.Value, on,
                    "Se desechó la solicitud de regularización por no subsanar los requisitos prevenidos (LM art. 130).", ct);
            }, ct);
    }
}
