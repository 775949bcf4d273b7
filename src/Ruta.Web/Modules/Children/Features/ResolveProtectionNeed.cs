using FluentValidation;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// The Procuraduría (or DIF) records how a pending international-protection need ended: protection
/// recognized by COMAR, the refugee procedure closed without protection, or no claim pursued. While
/// COMAR has an active claim of the child the need stays pending (unless protection was recognized).
/// </summary>
public static class ResolveProtectionNeed
{
    /// <param name="Resolution">protection-recognized, claim-closed-without-protection or not-pursued.</param>
    public sealed record Request(string? Resolution, DateOnly? ResolvedOn, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Resolution).Must(v => ChildLabels.Parse<ProtectionNeedResolution>(v) is not null)
                .WithMessage("Indique: " + ChildLabels.Codes<ProtectionNeedResolution>() + ".");
            RuleFor(r => r.ResolvedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Reasons).NotEmpty().WithMessage("Explique cómo se resolvió (oficio de la COMAR, constancia, acta).")
                .MaximumLength(ChildLimits.Text).WithMessage($"Máximo {ChildLimits.Text} caracteres.");
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, u => ChildAccess.IsProcuraduria(u) || ChildAccess.IsDif(u), ChildTrigger.ResolveProtectionNeed,
                CaseActs.With(new Validator(acts.Today), request, ct), async child =>
                {
                    var active = await ChildAsylum.ClaimActiveAsync(acts.Db, child.PersonId, ct);
                    child.ResolveProtectionNeed(ChildLabels.Parse<ProtectionNeedResolution>(request.Resolution)!.Value, request.ResolvedOn ?? acts.Today,
                        request.Reasons!.Trim(), active, acts.Actor());
                    return null;
                }, ct);
    }
}
