using FluentValidation;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// COMAR declares the claim abandoned: missed periodic signings, or the applicant left the state
/// without authorization (RLRPCAP art. 24; the threshold of missed signings is NOT VERIFIED, so a
/// person decides, with reasons, and at least one missed signing must be on record).
/// </summary>
public static class RecordAbandonment
{
    public static readonly IReadOnlyDictionary<string, AbandonmentGround> GroundValues = new Dictionary<string, AbandonmentGround>(StringComparer.OrdinalIgnoreCase)
    {
        ["missed-signings"] = AbandonmentGround.MissedSignings,
        ["left-state"] = AbandonmentGround.LeftState,
    };

    /// <param name="Ground">"missed-signings" or "left-state".</param>
    public sealed record Request(string? Ground, DateOnly? DeclaredOn, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Ground).NotEmpty().WithMessage("Indique la causa: missed-signings o left-state.")
                .Must(g => g is null || GroundValues.ContainsKey(g.Trim())).WithMessage("Indique la causa: missed-signings o left-state.");
            RuleFor(r => r.DeclaredOn).ActDate(today, "la fecha del acuerdo de abandono");
            RuleFor(r => r.Reasons).Text("Escriba los motivos del abandono.");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Abandonment, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                claim.Abandon(GroundValues[request.Ground!.Trim()], request.DeclaredOn!.Value, request.Reasons!.Trim(), acts.Actor());
                await acts.EndedAsync(claim, "Solicitud de refugio abandonada", "la COMAR la declaró abandonada (RLRPCAP art. 24).", ct);
            }, ct);
    }
}
