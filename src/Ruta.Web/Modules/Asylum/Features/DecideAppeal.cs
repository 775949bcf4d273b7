using FluentValidation;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// A COMAR supervisor records the decision on the recurso de revisión (LFPA art. 91): confirmed (final
/// rejection), revoked (recognized as refugee or with complementary protection), or a new resolution
/// ordered (back in procedure).
/// </summary>
public static class DecideAppeal
{
    public static readonly IReadOnlyDictionary<string, AppealDecision> Decisions = new Dictionary<string, AppealDecision>(StringComparer.OrdinalIgnoreCase)
    {
        ["confirmed"] = AppealDecision.Confirmed,
        ["revoked"] = AppealDecision.Revoked,
        ["new-resolution-ordered"] = AppealDecision.NewResolutionOrdered,
    };

    /// <param name="Decision">"confirmed", "revoked" or "new-resolution-ordered".</param>
    /// <param name="Outcome">With "revoked": "refugee" or "complementary-protection".</param>
    public sealed record Request(string? Decision, string? Outcome, DateOnly? DecidedOn, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Decision).NotEmpty().WithMessage("Indique la decisión: confirmed, revoked o new-resolution-ordered.")
                .Must(d => d is null || Decisions.ContainsKey(d.Trim()))
                .WithMessage("Indique la decisión: confirmed, revoked o new-resolution-ordered.");
            RuleFor(r => r.Outcome).Must(o => o is not null && o.Trim() is "refugee" or "complementary-protection")
                .When(r => r.Decision?.Trim() == "revoked")
                .WithMessage("Al revocar, indique qué se reconoce: refugee o complementary-protection.");
            RuleFor(r => r.DecidedOn).ActDate(today, "la fecha de la resolución del recurso");
            RuleFor(r => r.Reasons).Text("Escriba los fundamentos y motivos de la resolución del recurso.");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.AppealDecision, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                var decision = Decisions[request.Decision!.Trim()];
                AsylumOutcome? recognizedAs = decision == AppealDecision.Revoked ? RecordResolution.Outcomes[request.Outcome!.Trim()] : null;
                claim.DecideAppeal(decision, recognizedAs, request.DecidedOn!.Value, request.Reasons!.Trim(), acts.Actor());
                switch (decision)
                {
                    case AppealDecision.Confirmed:
                        await acts.EndedAsync(claim, "Recurso de revisión resuelto: se confirma la resolución negativa",
                            "el recurso de revisión confirmó la resolución negativa.", ct);
                        break;
                    case AppealDecision.Revoked:
                        await acts.NotifyInmAsync(claim, NoticeTypes.AsylumResolution, "Recurso de revisión resuelto: reconocimiento",
                            $"Se hace de su conocimiento que el recurso de revisión de la solicitud {claim.Id} revocó la resolución negativa y " +
                            (recognizedAs == AsylumOutcome.Refugee ? "reconoció la condición de refugiado" : "otorgó protección complementaria") +
                            $" a la persona señalada en este oficio{ClaimActs.Dependents(claim)} el {claim.RecognizedOn:dd/MM/yyyy}. " +
                            "Procede expedirles la Tarjeta de Residente Permanente; no pueden ser devueltas.",
                            AsylumRules.ResolutionNoticeBasis + "; " + AsylumRules.AppealDecisionBasis, ct,
                            link: AsylumNoticeLinks.IssuePermanentResidentCards(claim.Id));
                        break;
                    default:
                        await acts.NotifyInmAsync(claim, NoticeTypes.AsylumResolution, "Recurso de revisión resuelto: nueva resolución",
                            $"Se hace de su conocimiento que el recurso de revisión de la solicitud {claim.Id} ordenó emitir una nueva resolución: " +
                            $"la solicitud vuelve a trámite y la persona señalada en este oficio{ClaimActs.Dependents(claim)} sigue protegida " +
                            "contra la devolución como solicitante.",
                            AsylumRules.AppealDecisionBasis, ct);
                        break;
                }
            }, ct);
    }
}
