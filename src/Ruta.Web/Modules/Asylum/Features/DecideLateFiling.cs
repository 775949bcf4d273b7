using FluentValidation;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// An officer admits a late claim or refuses it, with reasons, after the prevención (LRPCAP art. 18;
/// RLRPCAP art. 19; LFPA art. 17-A). The standard of proof of the causes is flexible (SCJN AR 353/2019).
/// </summary>
public static class DecideLateFiling
{
    /// <param name="Admitted">true: admitted (in procedure); false: not admitted (closed).</param>
    /// <param name="AnsweredOn">When the applicant answered the prevención, if they did.</param>
    public sealed record Request(bool? Admitted, DateOnly? DecidedOn, DateOnly? AnsweredOn, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Admitted).NotNull().WithMessage("Indique si se admite (true) o no (false) la solicitud.");
            RuleFor(r => r.DecidedOn).ActDate(today, "la fecha del acuerdo");
            RuleFor(r => r.AnsweredOn).Must(d => d <= today).When(r => r.AnsweredOn is not null)
                .WithMessage("La fecha no puede ser posterior a hoy.");
            RuleFor(r => r.Reasons).Text("Escriba los motivos del acuerdo (las causas valoradas).");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.LateFilingDecision, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                var admitted = request.Admitted!.Value;
                claim.DecideLateFiling(admitted, request.DecidedOn!.Value, request.AnsweredOn, request.Reasons!.Trim(), acts.Actor());
                if (request.AnsweredOn is { } answered)
                {
                    await acts.MeetAsync(claim, AsylumRules.LateFilingAnswerKind, answered, ct);
                }
                else if (admitted)
                {
                    foreach (var open in await acts.OpenDeadlinesAsync(claim, AsylumRules.LateFilingAnswerKind, ct))
                    {
                        acts.Deadlines.Cancel(open, "Solicitud admitida antes de la respuesta a la prevención.");
                    }
                }

                if (admitted)
                {
                    return;
                }

                await acts.EndedAsync(claim, "Solicitud de refugio extemporánea no admitida",
                    "no se admitió por presentarse fuera del plazo de treinta días hábiles sin causas que lo justificaran (LRPCAP art. 18).", ct);
            }, ct);
    }
}
