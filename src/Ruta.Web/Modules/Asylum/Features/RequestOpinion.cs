using FluentValidation;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// Asks another agency (the SRE by default) for its opinion: it has 15 business days from receiving
/// the request; if silent, there is no opinion (LRPCAP arts. 15 fr. I y 24 párr. segundo). The
/// deadline is the consulted agency's.
/// </summary>
public static class RequestOpinion
{
    /// <param name="Agency">Agency code; "SRE" when absent.</param>
    public sealed record Request(string? Agency, DateOnly? RequestedOn, string? Subject);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Agency).Must(a => a is null || (AgencyCodes.Operational.Contains(a.Trim().ToUpperInvariant()) && a.Trim().ToUpperInvariant() != AgencyCodes.Comar))
                .WithMessage("Indique una dependencia distinta de la COMAR (p. ej. SRE).");
            RuleFor(r => r.RequestedOn).ActDate(today, "la fecha de la solicitud de opinión");
            RuleFor(r => r.Subject).Text("Escriba sobre qué se pide la opinión.", AsylumLimits.ShortText);
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.OpinionRequest, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                var agency = request.Agency?.Trim().ToUpperInvariant() ?? AgencyCodes.Sre;
                var entry = claim.RequestOpinion(agency, request.RequestedOn!.Value, request.Subject!.Trim(), acts.Actor());
                var deadline = await acts.ScheduleAsync(claim, AsylumRules.OpinionKind, $"Opinión de {agency} sobre la solicitud de refugio",
                    AsylumRules.OpinionBasis, agency, AsylumRules.OpinionBusinessDays, entry.OccurredOn, ct);
                entry.DeadlineId = deadline.Id;
            }, ct);
    }
}
