using FluentValidation;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>A periodic signing day ("firma"): attended or missed (RLRPCAP art. 24). Missed signings may ground an abandonment.</summary>
public static class RecordSigning
{
    /// <param name="PersonId">Who had to sign; the applicant when absent.</param>
    public sealed record Request(Guid? PersonId, DateOnly? ScheduledOn, bool? Attended);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.ScheduledOn).ActDate(today, "el día señalado para firmar");
            RuleFor(r => r.Attended).NotNull().WithMessage("Indique si la persona acudió a firmar (true) o no (false).");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Signing, id, expectedVersion, request, new Validator(acts.Today), claim =>
            {
                claim.RecordSigning(request.PersonId ?? claim.ApplicantId, request.ScheduledOn!.Value, request.Attended!.Value, acts.Actor());
                return Task.CompletedTask;
            }, ct);
    }
}
