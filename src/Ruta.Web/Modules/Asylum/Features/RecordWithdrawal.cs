using FluentValidation;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>The applicant withdraws the claim (desistimiento); it ends for the dependents too.</summary>
public static class RecordWithdrawal
{
    public sealed record Request(DateOnly? WithdrawnOn, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.WithdrawnOn).ActDate(today, "la fecha del desistimiento");
            RuleFor(r => r.Reasons).MaximumLength(AsylumLimits.Text).WithMessage($"Máximo {AsylumLimits.Text} caracteres.");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Withdrawal, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                claim.Withdraw(request.WithdrawnOn!.Value, string.IsNullOrWhiteSpace(request.Reasons) ? null : request.Reasons.Trim(), acts.Actor());
                await acts.EndedAsync(claim, "Desistimiento de la solicitud de refugio", "la persona solicitante desistió de la solicitud.", ct);
            }, ct);
    }
}
