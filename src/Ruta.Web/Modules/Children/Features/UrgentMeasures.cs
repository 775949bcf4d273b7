using FluentValidation;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// Urgent special-protection measures when life, integrity or liberty is at imminent risk (LGDNNA
/// art. 122): asked of the Ministerio Público, which decrees them within 3 hours (fr. VI), or ordered
/// by the Procuraduría itself under its strictest responsibility (fr. VII, a supervisor's act); the
/// judge rules within 24 hours of the imposition. Each limit is a kernel deadline (hours, elapsed
/// time: weekends and holidays do not stop it) that alerts when missed.
/// </summary>
public static class UrgentMeasures
{
    /// <param name="Kind">care-center-admission, immediate-medical-care or other.</param>
    /// <param name="Route">prosecutor-request (fr. VI) or procuraduria-order (fr. VII).</param>
    /// <param name="At">When it was requested (fr. VI) or ordered (fr. VII), UTC; now when absent.</param>
    public sealed record Request(string? Kind, string? Route, string? Description, string? ImminentRisk, DateTime? At);

    /// <param name="At">When the Ministerio Público decreed it, UTC; now when absent.</param>
    public sealed record DecreeRequest(Guid? MeasureId, DateTime? At);

    /// <param name="Ruling">ratified, modified or cancelled.</param>
    public sealed record RulingRequest(Guid? MeasureId, string? Ruling, DateTime? At, string? Notes);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateTime now)
        {
            RuleFor(r => r.Kind).Must(v => ChildLabels.Parse<UrgentMeasureKind>(v) is not null).WithMessage("Indique: " + ChildLabels.Codes<UrgentMeasureKind>() + ".");
            RuleFor(r => r.Route).Must(v => ChildLabels.Parse<UrgentMeasureRoute>(v) is not null)
                .WithMessage("Indique: prosecutor-request (solicitud al Ministerio Público) o procuraduria-order (orden de la Procuraduría).");
            RuleFor(r => r.Description).NotEmpty().WithMessage("Describa la medida.").MaximumLength(ChildLimits.Text);
            RuleFor(r => r.ImminentRisk).NotEmpty().WithMessage("Describa el riesgo inminente contra la vida, integridad o libertad.")
                .MaximumLength(ChildLimits.Text);
            RuleFor(r => r.At).Must(t => t is null || t.Value.ToUniversalTime() <= now.AddMinutes(5)).WithMessage("No puede ser futura.");
        }
    }

    public sealed class RequestHandler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            var route = ChildLabels.Parse<UrgentMeasureRoute>(request.Route);
            return acts.RunAsync(caseId, expectedVersion,
                u => route == UrgentMeasureRoute.ProcuraduriaOrder ? ChildAccess.IsProcuraduriaSupervisor(u) : ChildAccess.IsProcuraduria(u),
                ChildTrigger.RequestUrgentMeasure, CaseActs.With(new Validator(acts.Now), request, ct), async child =>
                {
                    var at = request.At?.ToUniversalTime() ?? acts.Now;
                    var measure = child.RequestUrgentMeasure(ChildLabels.Parse<UrgentMeasureKind>(request.Kind)!.Value, route!.Value, request.Description!.Trim(),
                        request.ImminentRisk!.Trim(), at, acts.Actor());
                    if (route == UrgentMeasureRoute.ProsecutorRequest)
                    {
                        await acts.ScheduleHoursAsync(child, measure, ChildRules.ProsecutorDecreeKind,
                            "Decreto de la medida urgente de protección por el Ministerio Público", ChildRules.ProsecutorDecreeHours, at, ct);
                    }
                    else
                    {
                        await acts.ScheduleHoursAsync(child, measure, ChildRules.JudicialRulingKind,
                            "Pronunciamiento judicial sobre la medida urgente de protección", ChildRules.JudicialRulingHours, at, ct);
                    }

                    return measure.Id;
                }, ct);
        }
    }

    public sealed class DecreeHandler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, DecreeRequest request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria, ChildTrigger.RecordUrgentMeasureDecree, null, async child =>
            {
                var at = request.At?.ToUniversalTime() ?? acts.Now;
                if (at > acts.Now.AddMinutes(5))
                {
                    throw new ChildInputException("at", "No puede ser futura.");
                }

                var measure = child.RecordUrgentMeasureDecree(request.MeasureId ?? Guid.Empty, at, acts.Actor());
                await acts.MeetAsync(measure, ChildRules.ProsecutorDecreeKind, at, ct);
                await acts.ScheduleHoursAsync(child, measure, ChildRules.JudicialRulingKind,
                    "Pronunciamiento judicial sobre la medida urgente de protección", ChildRules.JudicialRulingHours, at, ct);
                return measure.Id;
            }, ct);
    }

    public sealed class RulingHandler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, RulingRequest request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria, ChildTrigger.RecordJudicialRuling, null, async child =>
            {
                var ruling = ChildLabels.Parse<JudicialRuling>(request.Ruling)
                    ?? throw new ChildInputException("ruling", "Indique: ratified, modified o cancelled.");
                var at = request.At?.ToUniversalTime() ?? acts.Now;
                if (at > acts.Now.AddMinutes(5))
                {
                    throw new ChildInputException("at", "No puede ser futura.");
                }

                var measure = child.RecordJudicialRuling(request.MeasureId ?? Guid.Empty, ruling, at, request.Notes?.Trim(), acts.Actor());
                await acts.MeetAsync(measure, ChildRules.JudicialRulingKind, at, ct);
                return measure.Id;
            }, ct);
    }
}
