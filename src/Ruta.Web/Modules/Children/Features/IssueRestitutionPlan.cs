using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// Stages IV–V: the Procuraduría issues the restitution plan — measures, the institution responsible
/// for each and its follow-up date, the outcomes INM may decide and, for regularization, the family
/// members who regularize with the child by family unity — and presents it to INM with an oficio
/// (LM art. 74 párr. primero; LGDNNA art. 123 fr. IV–V). The oficio carries only what binds INM:
/// the outcomes and the family members, never the diagnosis, the reasons or the child's words. In
/// force, a new plan replaces the old one (a revision) and INM decides again.
/// </summary>
public static class IssueRestitutionPlan
{
    public sealed record Measure(string? Description, string? ResponsibleInstitution, DateOnly? FollowUpOn);

    /// <param name="Outcomes">Codes of <see cref="ChildProtectionOutcome"/>: regularization, asylum-procedure, family-reunification-in-mexico, family-reunification-abroad, assisted-return.</param>
    /// <param name="Summary">The plan's reasoning (confidential).</param>
    public sealed record Request(DateOnly? IssuedOn, IReadOnlyList<string>? Outcomes, string? Summary, IReadOnlyList<Measure>? Measures,
        IReadOnlyList<Guid>? FamilyUnityPersonIds);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.IssuedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Outcomes).NotEmpty().WithMessage("Indique qué decisiones migratorias permite el plan.");
            RuleForEach(r => r.Outcomes).Must(o => ChildLabels.Parse<ChildProtectionOutcome>(o) is not null)
                .WithMessage("Decisión desconocida: " + ChildLabels.Codes<ChildProtectionOutcome>() + ".");
            RuleFor(r => r.Summary).NotEmpty().WithMessage("Escriba el sustento del plan.").MaximumLength(ChildLimits.Text);
            RuleFor(r => r.Measures).NotEmpty().WithMessage("El plan incluye las medidas de protección (al menos una).")
                .Must(m => m is null || m.Count <= ChildLimits.MaxItems).WithMessage($"Máximo {ChildLimits.MaxItems} medidas.");
            RuleForEach(r => r.Measures).ChildRules(m =>
            {
                m.RuleFor(x => x.Description).NotEmpty().WithMessage("Describa la medida.").MaximumLength(ChildLimits.Text);
                m.RuleFor(x => x.ResponsibleInstitution).NotEmpty().WithMessage("Indique la institución responsable.").MaximumLength(ChildLimits.Name);
                m.RuleFor(x => x.FollowUpOn).NotNull().WithMessage("Indique la fecha de seguimiento.");
            });
            RuleForEach(r => r.Measures).Must((r, m) => m.FollowUpOn is null || m.FollowUpOn >= (r.IssuedOn ?? today))
                .WithMessage("La fecha de seguimiento no puede ser anterior al plan.");
            RuleFor(r => r.FamilyUnityPersonIds).Must(f => f is null || f.Count <= ChildLimits.MaxAdults).WithMessage("Demasiadas personas.");
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public async Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            var probe = await acts.Db.Set<ChildCase>().AsNoTracking().Where(c => c.Id == caseId).Select(c => (ChildCaseStatus?)c.Status).FirstOrDefaultAsync(ct);
            var trigger = probe == ChildCaseStatus.PlanInForce ? ChildTrigger.RevisePlan : ChildTrigger.IssuePlan;
            return await acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria, trigger, CaseActs.With(new Validator(acts.Today), request, ct),
                async child =>
                {
                    var outcomes = request.Outcomes!.Select(o => ChildLabels.Parse<ChildProtectionOutcome>(o)!.Value).ToHashSet();
                    var plan = new PlanOutcomes(outcomes.Contains(ChildProtectionOutcome.Regularization), outcomes.Contains(ChildProtectionOutcome.AsylumProcedure),
                        outcomes.Contains(ChildProtectionOutcome.FamilyReunificationInMexico), outcomes.Contains(ChildProtectionOutcome.FamilyReunificationAbroad),
                        outcomes.Contains(ChildProtectionOutcome.AssistedReturn));
                    var family = (request.FamilyUnityPersonIds ?? []).Distinct().ToList();
                    await EnsureFamilyAsync(child, family, ct);
                    var issued = child.IssuePlan(request.IssuedOn ?? acts.Today, plan, request.Summary!.Trim(),
                        [.. request.Measures!.Select(m => (m.Description!.Trim(), m.ResponsibleInstitution!.Trim(), m.FollowUpOn!.Value))], family,
                        acts.Actor());
                    var names = new List<string>();
                    foreach (var person in family)
                    {
                        names.Add($"{await acts.NameAsync(person, ct)} ({person})");
                    }

                    var notice = await acts.Notices.SendAsync(new NewNotice(AgencyCodes.Inm, NoticeTypes.ChildRestitutionPlan,
                        issued.Sequence == 1 ? "Presentación del plan de restitución de derechos" : $"Modificación del plan de restitución de derechos (versión {issued.Sequence})",
                        $"Con fundamento en los artículos 74 y 112 fracción III de la Ley de Migración y 123 de la Ley General de los Derechos de Niñas, " +
                        $"Niños y Adolescentes, esta Procuraduría de Protección determinó el interés superior de la niña, niño o adolescente señalado en " +
                        $"este oficio y presenta al Instituto el plan de restitución de derechos del {issued.IssuedOn:dd/MM/yyyy}.\n\n" +
                        $"Decisiones migratorias que el plan permite al Instituto: {string.Join("; ", plan.List().Select(ChildLabels.Outcome))}.\n" +
                        (names.Count > 0 ? $"Personas que se regularizan con la niña, niño o adolescente por unidad familiar: {string.Join("; ", names)}.\n" : "") +
                        "\nEl Instituto resolverá atendiendo las determinaciones del plan; cualquier otra decisión no procede. Caso: " + child.Id + ".",
                        ChildRules.PlanBasis + "; " + ChildRules.PlanBindsInmBasis, child.PersonId, ChildRules.CaseType, child.Id,
                        AcknowledgeWithin: new AcknowledgementLimit(ChildRules.AcknowledgementHours, Kernel.Calendar.DeadlineUnit.Hours,
                            "Alerta de Ruta: la ley no fija plazo para acusar el plan")), ct);
                    child.PlanNoticeSent(issued, notice.Id, notice.Folio);
                    return issued.Id;
                }, ct);
        }

        /// <summary>Family unity covers the adults in charge present at identification and the child's relatives in the registry.</summary>
        private async Task EnsureFamilyAsync(ChildCase child, List<Guid> family, CancellationToken ct)
        {
            if (family.Count == 0)
            {
                return;
            }

            var caregivers = child.Adults.Where(a => a.IsCaregiver).Select(a => a.PersonId).ToHashSet();
            var relatives = (await acts.Db.Set<FamilyLink>().AsNoTracking().Where(l => l.PersonId == child.PersonId).Select(l => l.RelativeId).ToListAsync(ct))
                .ToHashSet();
            for (var i = 0; i < family.Count; i++)
            {
                if (family[i] == child.PersonId || (!caregivers.Contains(family[i]) && !relatives.Contains(family[i])))
                {
                    throw new ChildInputException($"familyUnityPersonIds[{i}]",
                        "Solo familiares de la niña, niño o adolescente (registrados o presentes a su cargo en la identificación) se incluyen por unidad familiar.");
                }
            }
        }
    }
}
