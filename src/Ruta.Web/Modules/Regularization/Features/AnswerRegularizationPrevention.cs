using FluentValidation;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// The person completed the requirements within the 10 business days. The resolution period resumes
/// from the business day after the answer with the natural days it had left when the prevención was
/// notified (LFPA art. 17-A: "se reanudará a partir del día hábil inmediato siguiente").
/// </summary>
public static class AnswerRegularizationPrevention
{
    public sealed record Request(DateOnly? AnsweredOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today) => RuleFor(r => r.AnsweredOn).ActDate(today, "la fecha del desahogo");
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RegularizationActions.PreventionAnswer, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                var answeredOn = request.AnsweredOn!.Value;
                procedure.AnswerPrevention(answeredOn, acts.Actor());
                await acts.MeetAsync(RegularizationRules.CaseType, procedure.Id, RegularizationRules.PreventionAnswerKind, answeredOn, ct);
                var remaining = RemainingDays(procedure.FiledOn, procedure.PreventionNotifiedOn!.Value);
                var calendar = await acts.CalendarAsync(ct);
                var resume = answeredOn.AddDays(1);
                while (!calendar.IsWorkingDay(resume, AgencyCodes.Inm))
                {
                    resume = resume.AddDays(1);
                }

                foreach (var suspended in await acts.RunningDeadlinesAsync(RegularizationRules.CaseType, procedure.Id, RegularizationRules.ResolutionKind, ct))
                {
                    acts.Deadlines.Cancel(suspended, $"Plazo reanudado el {resume:yyyy-MM-dd} tras el desahogo de la prevención ({remaining} días naturales restantes).");
                }

                // The resumed period counts the resume day as its first day: the trigger is the day before.
                procedure.ResolutionDueDate = (await acts.ScheduleAsync(RegularizationRules.CaseType, procedure.Id, procedure.PersonId,
                    RegularizationRules.ResolutionKind, "Resolución de la solicitud de regularización (plazo reanudado)",
                    RegularizationRules.ResolutionBasis + "; LFPA art. 17-A", DeadlineUnit.NaturalDays, remaining, resume.AddDays(-1), null, ct)).DueDate;
            }, ct);
    }

    /// <summary>The natural days of the 30 that had not run when the prevención was notified (at least one).</summary>
    public static int RemainingDays(DateOnly filedOn, DateOnly notifiedOn) =>
        Math.Max(1, RegularizationRules.ResolutionNaturalDays - (notifiedOn.DayNumber - filedOn.DayNumber));
}
