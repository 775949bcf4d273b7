using FluentValidation;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// The one prevención for missing requirements (LM art. 130; LFPA art. 17-A): notified within the
/// first third of the 30 natural days, it suspends the resolution period and gives the person 10
/// business days from its notification to complete the requirements.
/// </summary>
public static class IssueRegularizationPrevention
{
    /// <param name="Missing">Requirement codes asked for; all the applicable ones not presented when omitted.</param>
    public sealed record Request(DateOnly? NotifiedOn, IReadOnlyList<string>? Missing, string? Notes);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.NotifiedOn).ActDate(today, "la fecha en que se notificó la prevención");
            RuleFor(r => r.Missing).Must(m => Requirements.TryParse(m, out RegularizationRequirement _, out _))
                .WithMessage("Requisito desconocido: use " + string.Join(", ", Requirements.Regularization.Values.Select(r => r.Code)) + ".");
            RuleFor(r => r.Notes).MaximumLength(RegularizationLimits.ShortText).WithMessage($"Máximo {RegularizationLimits.ShortText} caracteres.");
        }
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RegularizationActions.Prevention, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                var calendar = await acts.CalendarAsync(ct);
                var lastDay = calendar.Compute(procedure.FiledOn, RegularizationRules.ResolutionNaturalDays / 3, PeriodUnit.NaturalDays, AgencyCodes.Inm).DueDate;
                Requirements.TryParse(request.Missing, out RegularizationRequirement missing, out _);
                var notifiedOn = request.NotifiedOn!.Value;
                procedure.IssuePrevention(notifiedOn, missing, string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(), lastDay, acts.Actor());
                foreach (var resolution in (await acts.RunningDeadlinesAsync(RegularizationRules.CaseType, procedure.Id, RegularizationRules.ResolutionKind, ct))
                             .Where(d => d.Status == DeadlineStatus.Open))
                {
                    acts.Deadlines.Suspend(resolution, $"Prevención notificada el {notifiedOn:yyyy-MM-dd} (LFPA art. 17-A).");
                }

                procedure.PreventionAnswerDueDate = (await acts.ScheduleAsync(RegularizationRules.CaseType, procedure.Id, procedure.PersonId,
                    RegularizationRules.PreventionAnswerKind, "Desahogo de la prevención (requisitos faltantes)", RegularizationRules.PreventionBasis,
                    DeadlineUnit.BusinessDays, RegularizationRules.PreventionAnswerBusinessDays, notifiedOn, null, ct)).DueDate;
            }, ct);
    }
}
