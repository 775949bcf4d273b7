using FluentValidation;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>The applicant ratifies in person a claim a representative filed (3 business days, LRPCAP art. 11).</summary>
public static class RatifyClaim
{
    public sealed record Request(DateOnly? RatifiedOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today) => RuleFor(r => r.RatifiedOn).ActDate(today, "la fecha de ratificación");
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Ratification, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                claim.Ratify(request.RatifiedOn!.Value, acts.Actor());
                await acts.MeetAsync(claim, AsylumRules.RatificationKind, request.RatifiedOn!.Value, ct);
            }, ct);
    }
}
