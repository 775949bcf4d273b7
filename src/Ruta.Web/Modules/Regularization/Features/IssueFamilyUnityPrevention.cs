using FluentValidation;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// The one prevención of a visa or change of condition (LM art. 130; LFPA art. 17-A): within the first
/// third of the 20 business days; suspends the resolution period; 10 business days to answer.
/// </summary>
public static class IssueFamilyUnityPrevention
{
    public sealed record Request(DateOnly? NotifiedOn, IReadOnlyList<string>? Missing);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.NotifiedOn).ActDate(today, "la fecha en que se notificó la prevención");
            RuleFor(r => r.Missing).Must(m => Requirements.TryParse(m, out FamilyUnityRequirement _, out _))
                .WithMessage("Requisito desconocido: use " + string.Join(", ", Requirements.FamilyUnity.Values.Select(r => r.Code)) + ".");
        }
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<FamilyUnityView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.FamilyActAsync(RegularizationActions.Prevention, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                var calendar = await acts.CalendarAsync(ct);
                var lastDay = calendar.Compute(procedure.FiledOn, RegularizationRules.OtherResolutionBusinessDays / 3, PeriodUnit.BusinessDays,
                    AgencyCodes.Inm).DueDate;
                Requirements.TryParse(request.Missing, out FamilyUnityRequirement missing, out _);
                var notifiedOn = request.NotifiedOn!.Value;
                procedure.IssuePrevention(notifiedOn, missing, lastDay, acts.Actor());
                foreach (var resolution in (await acts.RunningDeadlinesAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id,
                             RegularizationRules.FamilyResolutionKind, ct)).Where(d => d.Status == DeadlineStatus.Open))
                {
                    acts.Deadlines.Suspend(resolution, $"Prevención notificada el {notifiedOn:yyyy-MM-dd} (LFPA art. 17-A).");
                }

                procedure.PreventionAnswerDueDate = (await acts.ScheduleAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id,
                    procedure.RelativePersonId, RegularizationRules.FamilyPreventionAnswerKind, "Desahogo de la prevención (requisitos faltantes)",
                    RegularizationRules.PreventionBasis, DeadlineUnit.BusinessDays, RegularizationRules.PreventionAnswerBusinessDays, notifiedOn, null, ct)).DueDate;
            }, ct);
    }
}
