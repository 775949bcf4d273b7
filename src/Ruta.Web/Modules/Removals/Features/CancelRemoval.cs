using FluentValidation;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>
/// Ends a removal without the person leaving: the person withdraws the assisted-return request (it is
/// voluntary), or an INM supervisor revokes the deportation order. Reasons are required.
/// </summary>
public static class CancelRemoval
{
    public sealed record Request(DateOnly? CancelledOn, string? Reason);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.CancelledOn).ActDate(today, "la fecha de la cancelación");
            RuleFor(r => r.Reason).Text("Indique el motivo de la cancelación.");
        }
    }

    public sealed class Handler(RemovalActs acts)
    {
        public Task<RemovalsResult<RemovalView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RemovalActions.Cancel, id, expectedVersion, request, new Validator(acts.Today), removal =>
            {
                removal.Cancel(request.CancelledOn!.Value, request.Reason!.Trim(), acts.Actor());
                return Task.CompletedTask;
            }, ct);
    }
}
