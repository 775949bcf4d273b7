using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;

namespace Ruta.Web.Modules.Children.Domain;

/// <summary>What the removal guard needs to know about a child's open case (one indexed read).</summary>
/// <param name="Notified">An open case with its notice to the Procuraduría exists.</param>
/// <param name="Plan">The outcomes the plan in force allows; null without a plan.</param>
/// <param name="Decision">INM's decision under that plan; null until recorded.</param>
/// <param name="LatestRisk">The latest risk assessment dated on or before the removal date.</param>
/// <param name="ProtectionNeedPending">A possible international-protection need not settled, or an asylum claim COMAR has not finally resolved.</param>
/// <param name="ConsulateNotifiedOn">The latest notice to the consulate of the return.</param>
public sealed record ReturnFacts(bool Notified, PlanOutcomes? Plan, ChildProtectionOutcome? Decision, RiskResult? LatestRisk, DateOnly? RiskAssessedOn,
    bool ProtectionNeedPending, DateOnly? ConsulateNotifiedOn, bool EscortAssigned, bool ReceivingAuthorityRecorded)
{
    public static readonly ReturnFacts None = new(false, null, null, null, null, false, null, false, false);
}

/// <summary>
/// The conditions of a child's assisted return and rejection at the border, one block per missing
/// condition, each with its legal basis (pure: unit-tested without a database). Deportation is not
/// here: the kernel's CHILD_NEVER_DEPORTED blocks it always (LM art. 120).
/// </summary>
public static class ChildReturnConditions
{
    /// <summary>
    /// Assisted return: the Procuraduría notified; a plan in force that allows the child to leave
    /// (return, or reunification abroad) and INM's decision for it; the latest risk assessment found
    /// no risk; no international-protection need pending; the consulate notified at least
    /// <see cref="ChildRules.ConsulateLeadDays"/> days before; a child-protection escort; the receiving
    /// country's authority taking part. Rejection at the border: the notice, the plan allowing
    /// departure (LGDNNA art. 97), the risk assessment and no pending protection need.
    /// </summary>
    public static IReadOnlyList<RemovalBlock> Evaluate(ReturnFacts facts, RemovalKind kind, DateOnly on, DateOnly? since, DateOnly? until)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (kind is not (RemovalKind.AssistedReturn or RemovalKind.BorderRejection))
        {
            return [];
        }

        var blocks = new List<RemovalBlock>();
        void Block(string code, string basis, string reason) => blocks.Add(new RemovalBlock(code, basis, reason, since, until));

        if (!facts.Notified)
        {
            Block(ChildRules.BlockNotNotified, ChildRules.NoProcedureBeforeNoticeBasis,
                "No hay notificación a la Procuraduría de Protección en un caso abierto: ningún procedimiento migratorio puede iniciarse antes.");
        }

        if (facts.Plan is not { AllowsLeaving: true })
        {
            Block(ChildRules.BlockPlanDoesNotAllowLeaving, ChildRules.ReturnPlanBasis, facts.Plan is null
                ? "No hay plan de restitución de derechos vigente: ninguna decisión sobre su salida puede tomarse antes de que la Procuraduría determine su interés superior."
                : "El plan de restitución de derechos vigente no estipula la posibilidad de que salga del país.");
        }

        if (kind == RemovalKind.AssistedReturn
            && facts.Decision is not (ChildProtectionOutcome.AssistedReturn or ChildProtectionOutcome.FamilyReunificationAbroad))
        {
            Block(ChildRules.BlockNoReturnDecision, ChildRules.ReturnDecisionBasis,
                "El INM no ha registrado, conforme al plan, la decisión de retorno asistido o de reunificación familiar en el extranjero.");
        }

        if (facts.LatestRisk is null)
        {
            Block(ChildRules.BlockRiskNotAssessed, ChildRules.RiskAssessmentBasis,
                "La autoridad competente no ha valorado si su vida, libertad o seguridad se encuentran en peligro.");
        }
        else if (facts.LatestRisk == RiskResult.RiskFound)
        {
            Block(ChildRules.BlockRiskFound, ChildRules.RiskAssessmentBasis,
                $"La valoración más reciente ({facts.RiskAssessedOn:yyyy-MM-dd}) encontró peligro para su vida, libertad o seguridad.");
        }

        if (facts.ProtectionNeedPending)
        {
            Block(ChildRules.BlockProtectionNeedPending, ChildRules.ReturnProtectionBasis,
                "Tiene una posible necesidad de protección internacional sin resolver (o una solicitud de refugio en trámite).");
        }

        if (kind == RemovalKind.AssistedReturn)
        {
            var latestInTime = on.AddDays(-ChildRules.ConsulateLeadDays);
            if (facts.ConsulateNotifiedOn is not { } notified || notified > latestInTime)
            {
                Block(ChildRules.BlockConsulateNotNotifiedInTime, ChildRules.ReturnConsulateBasis, facts.ConsulateNotifiedOn is null
                    ? "El consulado no ha sido notificado del retorno asistido."
                    : $"El consulado fue notificado el {facts.ConsulateNotifiedOn:yyyy-MM-dd}: menos de {ChildRules.ConsulateLeadDays} días naturales antes del {on:yyyy-MM-dd}, " +
                      "sin tiempo suficiente para la recepción.");
            }

            if (!facts.EscortAssigned)
            {
                Block(ChildRules.BlockNoEscort, ChildRules.ReturnEscortBasis,
                    "No hay personal especializado en el tema de infancia asignado para acompañar el traslado.");
            }

            if (!facts.ReceivingAuthorityRecorded)
            {
                Block(ChildRules.BlockNoReceivingAuthority, ChildRules.ReturnReceivingAuthorityBasis,
                    "No consta la intervención de la autoridad competente del país de nacionalidad o residencia que la recibirá.");
            }
        }

        return blocks;
    }
}

/// <summary>
/// The child-protection module's rule of the removal guard, registered under the kernel's name
/// <see cref="RemovalRuleNames.ChildReturnRequiresProtectionEvidence"/>: it REPLACES the kernel's
/// provisional always-blocking rule with the evidence this module records. Applies to children and
/// to persons of uncertain age (presumed children, <see cref="RemovalSubject.IsChildOn"/>).
/// </summary>
public sealed class ChildReturnRule(RutaDbContext db, RemovalSubjects subjects) : IRemovalRule
{
    public async Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        if (kind is not (RemovalKind.AssistedReturn or RemovalKind.BorderRejection)
            || await subjects.FindAsync(personId, cancellationToken) is not { } person || !person.IsChildOn(on))
        {
            return [];
        }

        var (since, until) = person.ChildhoodPeriod;
        return ChildReturnConditions.Evaluate(await FactsAsync(db, personId, on, cancellationToken), kind, on, since, until);
    }

    /// <summary>The facts of the person's latest open case (<see cref="ReturnFacts.None"/> without one).</summary>
    public static async Task<ReturnFacts> FactsAsync(RutaDbContext db, Guid personId, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var child = await db.Set<ChildCase>().AsNoTracking()
            .Where(c => c.PersonId == personId && c.Status != ChildCaseStatus.Closed)
            .OrderByDescending(c => c.IdentifiedAt)
            .Select(c => new
            {
                c.Id, c.CurrentPlanId, c.ProtectionNeed, c.EscortAssignedOn, c.ReceivingAuthorityConfirmedOn,
                Plan = db.Set<RestitutionPlan>().Where(p => p.Id == c.CurrentPlanId)
                    .Select(p => new { p.AllowsRegularization, p.AllowsAsylumProcedure, p.AllowsReunificationInMexico, p.AllowsReunificationAbroad, p.AllowsAssistedReturn })
                    .FirstOrDefault(),
                Decision = db.Set<InmDecision>().Where(d => d.PlanId == c.CurrentPlanId).Select(d => (ChildProtectionOutcome?)d.Outcome).FirstOrDefault(),
                Risk = db.Set<RiskAssessment>().Where(r => r.CaseId == c.Id && r.AssessedOn <= on)
                    .OrderByDescending(r => r.AssessedOn).ThenByDescending(r => r.RecordedAt)
                    .Select(r => new { r.Result, r.AssessedOn }).FirstOrDefault(),
                Consulate = db.Set<ConsularNotice>().Where(n => n.CaseId == c.Id && n.Purpose == ConsularPurpose.AssistedReturn)
                    .OrderByDescending(n => n.NotifiedOn).Select(n => (DateOnly?)n.NotifiedOn).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (child is null)
        {
            return ReturnFacts.None with { ProtectionNeedPending = await ChildAsylum.ClaimActiveAsync(db, personId, ct) };
        }

        var pending = child.ProtectionNeed == ProtectionNeedStatus.Pending || await ChildAsylum.ClaimActiveAsync(db, personId, ct);
        return new ReturnFacts(true,
            child.Plan is { } p ? new PlanOutcomes(p.AllowsRegularization, p.AllowsAsylumProcedure, p.AllowsReunificationInMexico, p.AllowsReunificationAbroad,
                p.AllowsAssistedReturn) : null,
            child.Decision, child.Risk?.Result, child.Risk?.AssessedOn, pending, child.Consulate, child.EscortAssignedOn is not null,
            child.ReceivingAuthorityConfirmedOn is not null);
    }
}

/// <summary>The kernel's child-protection gate, answered from this module's cases (see <see cref="IChildProtectionGate"/>).</summary>
public sealed class ChildProtectionGate(RutaDbContext db, TimeProvider clock) : IChildProtectionGate
{
    public async Task EnsureProcuraduriaNotifiedAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.Set<Kernel.Persons.Person>().AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.BirthDate, p.BirthDateEstimated }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ArgumentException($"No person {personId}.", nameof(personId));
        if (!Kernel.Persons.Person.IsChildOn(person.BirthDate, person.BirthDateEstimated, Kernel.Calendar.MexicoCity.Today(clock)))
        {
            return;
        }

        if (await FindNoticeAsync(personId, cancellationToken) is null)
        {
            throw new Kernel.Domain.DomainRuleException(ChildRules.ProcuraduriaNotNotified,
                "Es niña, niño o adolescente (o se presume que lo es): ningún procedimiento administrativo migratorio se inicia antes de " +
                "notificar a la Procuraduría de Protección. Identifíquele primero en Niñez migrante.", ChildRules.NoProcedureBeforeNoticeBasis);
        }
    }

    public Task<ChildProtectionNotice?> FindNoticeAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Set<ChildCase>().AsNoTracking()
            .Where(c => c.PersonId == personId && c.Status != ChildCaseStatus.Closed)
            .OrderByDescending(c => c.IdentifiedAt)
            .Select(c => new ChildProtectionNotice(c.Id, c.PersonId, c.NotifiedAt, c.NoticeFolio, c.CanalizedAt))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<ChildPlanDecision?> FindPlanDecisionAsync(Guid personId, CancellationToken cancellationToken)
    {
        var found = await db.Set<ChildCase>().AsNoTracking()
            .Where(c => c.PersonId == personId && c.Status != ChildCaseStatus.Closed && c.CurrentPlanId != null)
            .OrderByDescending(c => c.IdentifiedAt)
            .Select(c => new
            {
                c.Id,
                c.PersonId,
                Folio = db.Set<RestitutionPlan>().Where(p => p.Id == c.CurrentPlanId).Select(p => p.NoticeFolio).FirstOrDefault(),
                Decision = db.Set<InmDecision>().Where(d => d.PlanId == c.CurrentPlanId)
                    .Select(d => new { d.Id, d.Outcome, d.DecidedOn }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found?.Decision is not { } decision)
        {
            return null;
        }

        var family = await db.Set<InmDecisionFamilyMember>().AsNoTracking().Where(f => f.DecisionId == decision.Id).Select(f => f.PersonId)
            .ToListAsync(cancellationToken);
        return new ChildPlanDecision(found.Id, found.PersonId, decision.Outcome, decision.DecidedOn, family, found.Folio);
    }
}
