using FluentValidation;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// The requirements are complete: LM art. 128 counts the 20 business days "a partir de la fecha en que
/// el solicitante cumpla con todos los requisitos formales", so a whole new period runs from the answer.
/// </summary>
public static class AnswerFamilyUnityPrevention
{
    public sealed record Request(DateOnly? AnsweredOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today) => RuleFor(r => r.AnsweredOn).ActDate(today, "la fecha del desahogo");
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<FamilyUnityView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.FamilyActAsync(RegularizationActions.PreventionAnswer, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                var answeredOn = request.AnsweredOn!.Value;
                procedure.AnswerPrevention(answeredOn, acts.Actor());
                await acts.MeetAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id, RegularizationRules.FamilyPreventionAnswerKind, answeredOn, ct);
                foreach (var suspended in await acts.RunningDeadlinesAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id,
                             RegularizationRules.FamilyResolutionKind, ct))
                {
                    acts.Deadlines.Cancel(suspended, $"Requisitos completos el {answeredOn:yyyy-MM-dd}: corre un nuevo plazo de 20 días hábiles (LM art. 128).");
                }

                procedure.ResolutionDueDate = (await acts.ScheduleAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id, procedure.RelativePersonId,
                    RegularizationRules.FamilyResolutionKind, $"Resolución: {FamilyUnityTransitions.KindLabel(procedure.Kind).ToLowerInvariant()}",
                    RegularizationRules.OtherResolutionBasis, DeadlineUnit.BusinessDays, RegularizationRules.OtherResolutionBusinessDays, answeredOn, null, ct)).DueDate;
            }, ct);
    }
}
