using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// The reasoned resolution of a visa or change of condition, with the eligibility checked again on its
/// date. Visa granted: INM's printable authorization (valid 30 business days: secondary source, NOT
/// VERIFIED) and an oficio to SRE so the consulate issues the visa (LM art. 41 ¶2). Change granted:
/// the new card (TRT or TRP), which replaces the relative's valid INM card.
/// </summary>
public static class ResolveFamilyUnity
{
    public const int VisaAuthorizationBusinessDays = 30;
    public const string VisaAuthorizationBasis = "LM art. 41 párr. segundo (vigencia de 30 días hábiles: fuente secundaria, NO VERIFICADA)";
    public const string VisaNoticeType = "family-unity.visa-authorized";

    /// <param name="Outcome">"granted" or "refused".</param>
    /// <param name="ValidUntil">Change to temporary residence: last day of the card (one year by default, within the law's limits).</param>
    public sealed record Request(string? Outcome, DateOnly? ResolvedOn, string? Reasons, DateOnly? ValidUntil);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Outcome).Must(o => o is not null && ResolveRegularization.Outcomes.ContainsKey(o.Trim()))
                .WithMessage("Indique el sentido: granted (favorable) o refused (negativa).");
            RuleFor(r => r.ResolvedOn).ActDate(today, "la fecha de la resolución");
            RuleFor(r => r.Reasons).Text("La resolución debe estar fundada y motivada: escriba sus fundamentos y motivos.");
        }
    }

    public sealed class Handler(RegularizationActs acts, FamilyFacts family, NoticeSender notices)
    {
        public Task<ProcedureResult<FamilyUnityView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.FamilyActAsync(RegularizationActions.Resolution, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                var resolvedOn = request.ResolvedOn!.Value;
                var reasons = request.Reasons!.Trim();
                if (!ResolveRegularization.Outcomes[request.Outcome!.Trim()])
                {
                    procedure.Refuse(resolvedOn, reasons, acts.Actor());
                    await acts.MeetAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id, RegularizationRules.FamilyResolutionKind, resolvedOn, ct);
                    await acts.CancelRemainingAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id, "Resolución negativa.", ct);
                    return;
                }

                var kind = procedure.Kind == FamilyUnityKind.Visa ? FamilyProcedure.Visa : FamilyProcedure.ChangeOfCondition;
                var eligibility = await family.EvaluateAsync(kind, procedure.PrincipalPersonId, procedure.RelativePersonId, procedure.TargetCondition,
                    procedure.Id, ct, resolvedOn);
                if (!eligibility.Eligible)
                {
                    throw FileRegularization.NotEligible(eligibility);
                }

                procedure.Grant(resolvedOn, reasons, acts.Actor());
                if (procedure.Kind == FamilyUnityKind.Visa)
                {
                    await AuthorizeVisaAsync(procedure, resolvedOn, ct);
                }
                else
                {
                    await ChangeConditionAsync(procedure, resolvedOn, request.ValidUntil, ct);
                }

                await acts.MeetAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id, RegularizationRules.FamilyResolutionKind, resolvedOn, ct);
                await acts.CancelRemainingAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id, "Resolución favorable.", ct);
            }, ct);

        private async Task AuthorizeVisaAsync(FamilyUnityProcedure procedure, DateOnly resolvedOn, CancellationToken ct)
        {
            var calendar = await acts.CalendarAsync(ct);
            var until = calendar.Compute(resolvedOn, VisaAuthorizationBusinessDays, PeriodUnit.BusinessDays, AgencyCodes.Inm).DueDate;
            var what = $"Autorización de visa de {StayConditions.Label(procedure.TargetCondition).ToLowerInvariant()} por unidad familiar";
            var document = await acts.Issuer.IssueAsync(new IssueDocumentRequest(DocumentType.Other, procedure.RelativePersonId, resolvedOn, until,
                RegularizationRules.FamilyUnityCaseType, procedure.Id,
                $"{what} ({VisaAuthorizationBasis}). La expide la oficina consular de México conforme a esta autorización."), ct);
            procedure.IssuedDocumentId = document.Id;
            var notice = await notices.SendAsync(new NewNotice(AgencyCodes.Sre, VisaNoticeType, what,
                $"El Instituto Nacional de Migración autorizó el {resolvedOn:dd/MM/yyyy} la {what.ToLowerInvariant()} de la persona señalada en este oficio " +
                $"(autorización {document.Number}, vigente hasta el {until:dd/MM/yyyy}). Se solicita instruir a la oficina consular que corresponda " +
                "la expedición de la visa.", "LM arts. 41 párr. segundo y 127", procedure.RelativePersonId, RegularizationRules.FamilyUnityCaseType,
                procedure.Id), ct);
            procedure.NoticeId = notice.Id;
        }

        private async Task ChangeConditionAsync(FamilyUnityProcedure procedure, DateOnly resolvedOn, DateOnly? requested, CancellationToken ct)
        {
            var validUntil = RegularizationActs.ValidUntil(procedure.TargetCondition, resolvedOn, requested, procedure.MaxValidityYears, procedure.ValidUntilCap);
            var card = new IssueDocumentRequest(StayConditions.Document(procedure.TargetCondition), procedure.RelativePersonId, resolvedOn, validUntil,
                RegularizationRules.FamilyUnityCaseType, procedure.Id,
                $"{StayConditions.Label(procedure.TargetCondition)} por cambio de condición por vínculo familiar.");
            var current = (await family.ValidCardsAsync(procedure.RelativePersonId, resolvedOn, ct))
                .Where(c => c.Type is DocumentType.HumanitarianVisitorCard or DocumentType.TemporaryResidentCard).Select(c => c.Id).ToList();
            var replaceable = await acts.Db.Set<IssuedDocument>().AsNoTracking()
                .Where(d => current.Contains(d.Id) && d.IssuingAgency == AgencyCodes.Inm).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
            // A person holds one condition at a time (LM art. 61): the new card takes the old one's place.
            var issued = replaceable is { } old
                ? await acts.Issuer.ReplaceAsync(old, card, "Cambio de condición de estancia por vínculo familiar", ct)
                : await acts.Issuer.IssueAsync(card, ct);
            procedure.IssuedDocumentId = issued!.Id;
        }
    }
}
