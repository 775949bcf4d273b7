using FluentValidation;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// DIF (or the Procuraduría) records the initial evaluation, "con garantías de seguridad y
/// privacidad", of whether the child may need international protection (LGDNNA art. 98). A possible
/// need sends, in the same transaction, an oficio to COMAR — which files the claim in its own
/// procedure — and one to INM, which from then on makes no consular contact and adopts protection
/// measures with COMAR (LGDNNA art. 98 párr. primero; LM art. 112 fr. V).
/// </summary>
/// <remarks>
/// Why a notice and not a claim filed from here: filing is COMAR's act (office, filing date, the
/// representative and the ratification, the 30-business-day rule: Modules/Asylum FileAsylumClaim,
/// which only COMAR — or INM where COMAR has no office — may call), and the child's representative
/// (the Procuraduría, en suplencia) files with COMAR. The notice, with its 24-hour acknowledgement
/// alert, is the seam; the need stays pending here until it is settled (<see cref="ResolveProtectionNeed"/>).
/// </remarks>
public static class ScreenForProtection
{
    /// <param name="Result">"no-indication" or "need-identified".</param>
    /// <param name="Notes">What was asked and observed (confidential).</param>
    public sealed record Request(DateOnly? ScreenedOn, string? Result, string? Notes);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.ScreenedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Result).Must(v => ChildLabels.Parse<ScreeningResult>(v) is not null)
                .WithMessage("Indique el resultado: no-indication o need-identified.");
            RuleFor(r => r.Notes).NotEmpty().WithMessage("Registre qué se preguntó y qué se observó.")
                .MaximumLength(ChildLimits.Text).WithMessage($"Máximo {ChildLimits.Text} caracteres.");
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, u => ChildAccess.IsDif(u) || ChildAccess.IsProcuraduria(u), ChildTrigger.Screen,
                CaseActs.With(new Validator(acts.Today), request, ct), async child =>
                {
                    var result = ChildLabels.Parse<ScreeningResult>(request.Result)!.Value;
                    var screening = child.Screen(request.ScreenedOn ?? acts.Today, result, request.Notes!.Trim(), acts.Actor());
                    if (result == ScreeningResult.NeedIdentified)
                    {
                        var body =
                            $"Con fundamento en el artículo 98 de la Ley General de los Derechos de Niñas, Niños y Adolescentes y en el artículo 112 " +
                            $"fracción V de la Ley de Migración, se comunica que la evaluación inicial del {screening.ScreenedOn:dd/MM/yyyy} identificó " +
                            "que la niña, niño o adolescente señalado en este oficio podría requerir protección internacional.\n\n" +
                            "No debe entablarse contacto con la representación consular de su país. Caso: " + child.Id + ".";
                        var comar = await acts.Notices.SendAsync(new NewNotice(AgencyCodes.Comar, NoticeTypes.ChildProtectionNeed,
                            "Posible necesidad de protección internacional de niña, niño o adolescente",
                            body + " Se solicita iniciar el procedimiento de reconocimiento de la condición de refugiado con la representación " +
                            "de la Procuraduría de Protección, y acusar de recibo.",
                            ChildRules.ScreeningBasis, child.PersonId, ChildRules.CaseType, child.Id,
                            AcknowledgeWithin: new AcknowledgementLimit(ChildRules.AcknowledgementHours, DeadlineUnit.Hours,
                                ChildRules.AcknowledgementBasis)), ct);
                        screening.ComarNoticeFolio = comar.Folio;
                        if (acts.User.AgencyCode() != AgencyCodes.Inm)
                        {
                            var inm = await acts.Notices.SendAsync(new NewNotice(AgencyCodes.Inm, NoticeTypes.ChildProtectionNeed,
                                "Posible necesidad de protección internacional de niña, niño o adolescente",
                                body + $" Se dio aviso a la COMAR con el oficio {comar.Folio}, para que en colaboración con ella se adopten medidas de " +
                                "protección especial.", ChildRules.ScreeningBasis, child.PersonId, ChildRules.CaseType, child.Id), ct);
                            screening.InmNoticeFolio = inm.Folio;
                        }
                    }

                    return screening.Id;
                }, ct);
    }
}
