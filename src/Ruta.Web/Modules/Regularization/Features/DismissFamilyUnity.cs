using FluentValidation;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>The prevención was not answered in time: the request is dismissed (LM art. 130).</summary>
public static class DismissFamilyUnity
{
    public sealed record Request(DateOnly? DismissedOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today) => RuleFor(r => r.DismissedOn).ActDate(today, "la fecha del acuerdo que desecha el trámite");
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<FamilyUnityView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.FamilyActAsync(RegularizationActions.Dismissal, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                procedure.Dismiss(request.DismissedOn!.Value, acts.Today, acts.Actor());
                await acts.CancelRemainingAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id, "Trámite desechado.", ct);
            }, ct);
    }
}
