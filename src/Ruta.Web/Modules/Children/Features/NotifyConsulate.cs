using FluentValidation;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// INM records a notice to the child's consulate: of the canalization and the notice to the
/// Procuraduría, with contact data (LM art. 112 fr. V párr. tercero), or of an assisted return the
/// plan allows, "con tiempo suficiente para la recepción" (fr. III párr. tercero). Refused while the
/// child may need international protection or COMAR has the child's claim (fr. V).
/// </summary>
public static class NotifyConsulate
{
    /// <param name="Purpose">"canalization" or "assisted-return".</param>
    /// <param name="CountryCode">The child's country of nationality or residence (ISO 3166-1 alpha-3).</param>
    /// <param name="Reference">Oficio number or other proof of the notice.</param>
    public sealed record Request(string? Purpose, string? CountryCode, string? Consulate, DateOnly? NotifiedOn, string? Reference);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Purpose).Must(v => ChildLabels.Parse<ConsularPurpose>(v) is not null)
                .WithMessage("Indique el motivo: canalization o assisted-return.");
            RuleFor(r => r.CountryCode).Must(c => Countries.IsKnown(c) && !Countries.IsIcaoSpecialCode(c) && !string.Equals(c?.Trim(), "MEX",
                    StringComparison.OrdinalIgnoreCase))
                .WithMessage("Elija el país de nacionalidad o residencia (código ISO 3166-1 alfa-3).");
            RuleFor(r => r.Consulate).NotEmpty().WithMessage("Escriba el consulado.")
                .MaximumLength(ChildLimits.Name).WithMessage($"Máximo {ChildLimits.Name} caracteres.");
            RuleFor(r => r.NotifiedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Reference).NotEmpty().WithMessage("Escriba el número de oficio o la constancia de la notificación.")
                .MaximumLength(ChildLimits.ShortText).WithMessage($"Máximo {ChildLimits.ShortText} caracteres.");
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsInm, ChildTrigger.NotifyConsulate, CaseActs.With(new Validator(acts.Today), request, ct),
                async child =>
                {
                    var active = await ChildAsylum.ClaimActiveAsync(acts.Db, child.PersonId, ct);
                    var notice = child.NotifyConsulate(ChildLabels.Parse<ConsularPurpose>(request.Purpose)!.Value, request.CountryCode!.Trim().ToUpperInvariant(),
                        request.Consulate!.Trim(), request.NotifiedOn ?? acts.Today, request.Reference!.Trim(), active, acts.Actor());
                    return notice.Id;
                }, ct);
    }
}
