using FluentValidation;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>
/// Puts a person at disposal or presented at liberty, with the ground and reasons: no acuerdo within
/// 24 hours (LM art. 100), the 36 hours (LM art. 68; AR 388/2022), the stay limit (LM art. 111), an
/// alternative to detention (LM arts. 101–102), a decision, an amparo. The stay's limits close: met if
/// in time, missed otherwise. Exits by regularization and removal come through IStationCustody.
/// </summary>
public static class ReleaseFromStation
{
    /// <param name="Ground">See <see cref="Grounds"/>.</param>
    /// <param name="ReleasedAt">When (now if absent).</param>
    public sealed record Request(string? Ground, DateTimeOffset? ReleasedAt, string? Reasons);

    public static readonly IReadOnlyDictionary<string, ReleaseGround> Grounds = new Dictionary<string, ReleaseGround>(StringComparer.OrdinalIgnoreCase)
    {
        ["no-agreement-within-24-hours"] = ReleaseGround.NoAgreementWithin24Hours,
        ["detention-limit-36-hours"] = ReleaseGround.DetentionLimit36Hours,
        ["stay-limit-reached"] = ReleaseGround.StayLimitReached,
        ["alternative-to-detention"] = ReleaseGround.AlternativeToDetention,
        ["authority-decision"] = ReleaseGround.AuthorityDecision,
        ["judicial-order"] = ReleaseGround.JudicialOrder,
        ["other"] = ReleaseGround.Other,
    };

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateTimeOffset now, DateTime disposedAt, bool admitted)
        {
            RuleFor(r => r.Ground).NotEmpty().WithMessage("Indique la causa de la libertad.")
                .Must(g => g is null || Grounds.ContainsKey(g.Trim())).WithMessage("Causa de libertad desconocida.");
            RuleFor(r => r.Ground).Must(g => !admitted || !string.Equals(g?.Trim(), "no-agreement-within-24-hours", StringComparison.OrdinalIgnoreCase))
                .WithMessage("La persona ya fue presentada: esta causa es solo para quien no tuvo acuerdo de presentación en 24 horas.");
            RuleFor(r => r.Reasons).NotEmpty().WithMessage("Escriba los motivos de la libertad.")
                .MaximumLength(MigrationRules.TextMax).WithMessage($"Máximo {MigrationRules.TextMax} caracteres.");
            RuleFor(r => r.ReleasedAt).Must(d => d is null || d <= now.AddMinutes(5)).WithMessage("La fecha no puede ser posterior a este momento.")
                .Must(d => d is null || d.Value.UtcDateTime >= disposedAt).WithMessage("La fecha no puede ser anterior a la puesta a disposición.");
        }
    }

    public sealed class Handler(StayActs acts, GetStationStay.Handler view, TimeProvider clock)
    {
        public async Task<MigrationResult<StationStayView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            var result = await acts.RunAsync(id, expectedVersion, StationStayTrigger.Release, request,
                stay => new Validator(clock.GetUtcNow(), stay.DisposedAt, stay.AdmittedAt is not null), async stay =>
                {
                    var at = (request.ReleasedAt ?? clock.GetUtcNow()).UtcDateTime;
                    await StationCustody.EndAsync(acts, stay, StayEndReason.Release, at, request.Reasons!.Trim(), Grounds[request.Ground!.Trim()], ct);
                }, ct);
            return result.IsOk ? MigrationResult<StationStayView>.Ok((await view.LoadAsync(id, ct))!) : result.As<StationStayView>();
        }
    }
}
