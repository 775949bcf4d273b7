using FluentValidation;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// The 3 business days passed without ratification: the claim "se tendrá por no presentada"
/// (LRPCAP art. 11). Recorded by an officer once the period is over; until then the claim protects.
/// </summary>
public static class MarkRatificationLapsed
{
    public sealed record Request();

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.RatificationLapse, id, expectedVersion, new Request(), new InlineValidator<Request>(), async claim =>
            {
                claim.LapseRatification(acts.Today, acts.Actor());
                await acts.EndedAsync(claim, "Solicitud de refugio no ratificada: se tiene por no presentada",
                    "no fue ratificada en el plazo de tres días hábiles y se tiene por no presentada (LRPCAP art. 11).", ct);
            }, ct);
    }
}
