using FluentValidation;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// The 15 business days passed with no recurso: the negative resolution is final. (The removal guard
/// already allows removal from the day after the window on its own; this records it and tells INM.)
/// </summary>
public static class MarkAppealWindowLapsed
{
    public sealed record Request();

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.AppealWindowLapse, id, expectedVersion, new Request(), new InlineValidator<Request>(), async claim =>
            {
                claim.LapseAppealWindow(acts.Today, acts.Actor());
                await acts.EndedAsync(claim, "Resolución negativa firme de la solicitud de refugio",
                    $"la resolución negativa quedó firme: el plazo para el recurso de revisión venció el {claim.AppealDueDate:dd/MM/yyyy} sin que se interpusiera.", ct);
            }, ct);
    }
}
