using FluentValidation;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>Evidence the applicant (or a dependent) submits; admitted until the resolution (LRPCAP art. 23).</summary>
public static class ReceiveEvidence
{
    /// <param name="PersonId">Who submitted it; the applicant when absent.</param>
    public sealed record Request(Guid? PersonId, DateOnly? ReceivedOn, string? Description);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.ReceivedOn).ActDate(today, "la fecha de recepción");
            RuleFor(r => r.Description).Text("Describa las pruebas recibidas.");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Evidence, id, expectedVersion, request, new Validator(acts.Today), claim =>
            {
                claim.ReceiveEvidence(request.PersonId ?? claim.ApplicantId, request.ReceivedOn!.Value, request.Description!.Trim(), acts.Actor());
                return Task.CompletedTask;
            }, ct);
    }
}
