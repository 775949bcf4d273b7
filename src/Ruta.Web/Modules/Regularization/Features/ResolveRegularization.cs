using FluentValidation;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// The written, reasoned resolution. Favourable: the condition of stay the ground gives (TVRH, TRT or
/// TRP) and its card, issued in the same transaction with the validity the law allows (TRT one year
/// by default, at most four, two for spouses, never beyond the principal's permit; TRP without end).
/// A family link is checked again against the registry on the day of the resolution. Negative: the
/// order to leave the country with the exit period it grants (20 to 30 natural days) and its deadline.
/// </summary>
public static class ResolveRegularization
{
    public static readonly IReadOnlyDictionary<string, bool> Outcomes = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["granted"] = true,
        ["refused"] = false,
    };

    /// <param name="Outcome">"granted" or "refused".</param>
    /// <param name="Condition">Granted: "humanitarian-visitor", "temporary-resident" or "permanent-resident"; the ground's when omitted and only one applies.</param>
    /// <param name="ValidUntil">Granted, temporary conditions: last day of the card (one year by default).</param>
    /// <param name="ExitPeriodDays">Refused: natural days to leave the country (20 to 30).</param>
    public sealed record Request(string? Outcome, DateOnly? ResolvedOn, string? Reasons, string? Condition, DateOnly? ValidUntil, int? ExitPeriodDays);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Outcome).Must(o => o is not null && Outcomes.ContainsKey(o.Trim()))
                .WithMessage("Indique el sentido: granted (favorable) o refused (negativa).");
            RuleFor(r => r.ResolvedOn).ActDate(today, "la fecha de la resolución");
            RuleFor(r => r.Reasons).Text("La resolución debe estar fundada y motivada: escriba sus fundamentos y motivos.");
            RuleFor(r => r.Condition).Must(c => c is null || StayConditions.Codes.ContainsKey(c.Trim()))
                .WithMessage("Condición desconocida: humanitarian-visitor, temporary-resident o permanent-resident.");
            RuleFor(r => r.ExitPeriodDays).ExitPeriod().When(r => r.Outcome?.Trim() is { } o && Outcomes.TryGetValue(o, out var granted) && !granted);
        }
    }

    public sealed class Handler(RegularizationActs acts, FamilyFacts family)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RegularizationActions.Resolution, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                var resolvedOn = request.ResolvedOn!.Value;
                var reasons = request.Reasons!.Trim();
                if (!Outcomes[request.Outcome!.Trim()])
                {
                    procedure.Refuse(resolvedOn, reasons, acts.Actor());
                    await acts.MeetAsync(RegularizationRules.CaseType, procedure.Id, RegularizationRules.ResolutionKind, resolvedOn, ct);
                    await acts.CancelRemainingAsync(RegularizationRules.CaseType, procedure.Id, "Resolución negativa.", ct);
                    await acts.OrderDepartureAsync(procedure, request.ExitPeriodDays!.Value, resolvedOn,
                        "Se negó la regularización de su situación migratoria (LM art. 137 fr. II).", ct);
                    return;
                }

                var grantable = procedure.GrantableConditions();
                StayCondition condition;
                if (request.Condition is { } code)
                {
                    condition = StayConditions.Codes[code.Trim()];
                }
                else if (grantable.Count == 1)
                {
                    condition = grantable[0];
                }
                else
                {
                    throw new ProcedureInputException("condition", "Indique la condición de estancia que se concede: temporary-resident o permanent-resident.");
                }

                if (procedure.Ground == RegularizationGround.FamilyLink && procedure.PrincipalPersonId is { } principal)
                {
                    var eligibility = await family.EvaluateAsync(FamilyProcedure.Regularization, principal, procedure.PersonId, null, procedure.Id, ct, resolvedOn);
                    if (!eligibility.Eligible)
                    {
                        throw FileRegularization.NotEligible(eligibility);
                    }
                }

                procedure.Grant(resolvedOn, condition, reasons, acts.Actor());
                var validUntil = RegularizationActs.ValidUntil(condition, resolvedOn, request.ValidUntil, procedure.MaxValidityYears, procedure.ValidUntilCap);
                var card = await acts.Issuer.IssueAsync(new IssueDocumentRequest(StayConditions.Document(condition), procedure.PersonId, resolvedOn, validUntil,
                    RegularizationRules.CaseType, procedure.Id, $"{StayConditions.Label(condition)} por regularización: {procedure.GroundInfo.Label} " +
                    $"({procedure.GroundInfo.LegalBasis})."), ct);
                procedure.GrantedDocumentId = card.Id;
                await acts.MeetAsync(RegularizationRules.CaseType, procedure.Id, RegularizationRules.ResolutionKind, resolvedOn, ct);
                await acts.CancelRemainingAsync(RegularizationRules.CaseType, procedure.Id, "Resolución favorable.", ct);
            }, ct);
    }
}
