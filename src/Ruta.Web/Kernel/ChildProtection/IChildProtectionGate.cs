namespace Ruta.Web.Kernel.ChildProtection;

/// <summary>
/// What INM may decide about a migrant child once the Procuraduría de Protección has presented its
/// restitution plan: the plan lists the outcomes it allows and INM's decision must be one of them
/// (Ley de Migración, art. 112 fr. III). Deportation is not an outcome: children are never deported.
/// </summary>
public enum ChildProtectionOutcome
{
    /// <summary>Stay in Mexico: INM regularizes the child (LM arts. 132–134), with family unity.</summary>
    Regularization,

    /// <summary>The refugee procedure before COMAR.</summary>
    AsylumProcedure,

    /// <summary>Family reunification in Mexico.</summary>
    FamilyReunificationInMexico,

    /// <summary>Family reunification abroad.</summary>
    FamilyReunificationAbroad,

    /// <summary>Assisted return to the country of nationality or residence, only under every condition of LM art. 112 fr. III.</summary>
    AssistedReturn,
}

/// <summary>The notice to the Procuraduría de Protección about a child, as other procedures need to know it.</summary>
/// <param name="CaseId">The child-protection case opened when the child was identified.</param>
/// <param name="NotifiedAt">When the notice was sent (or the Procuraduría itself detected the case).</param>
/// <param name="NoticeFolio">Folio of the oficio; null when the Procuraduría detected the case itself.</param>
/// <param name="CanalizedAt">When the child was put at the disposal of the DIF system (acta de canalización); null until then.</param>
public sealed record ChildProtectionNotice(Guid CaseId, Guid PersonId, DateTime NotifiedAt, string? NoticeFolio, DateTime? CanalizedAt);

/// <summary>INM's decision on a child, taken under the Procuraduría's restitution plan, as the procedures that carry it out need it.</summary>
/// <param name="FamilyUnityPersonIds">Relatives who regularize with the child by family unity (LM art. 112 fr. III párr. segundo).</param>
/// <param name="PlanNoticeFolio">Folio of the oficio with which the Procuraduría presented the plan to INM.</param>
public sealed record ChildPlanDecision(Guid CaseId, Guid PersonId, ChildProtectionOutcome Outcome, DateOnly DecidedOn,
    IReadOnlyList<Guid> FamilyUnityPersonIds, string? PlanNoticeFolio);

/// <summary>
/// The child-protection gate the migration procedures ask before acting on a child. "En ningún caso
/// se llevará a cabo la presentación de una niña, niño o adolescente ni se iniciará el Procedimiento
/// Administrativo Migratorio previo a dicha notificación" (LM arts. 95 párr. tercero y 98 párr.
/// segundo; art. 112 fr. II). Implemented by the child-protection module (Modules/Children).
/// </summary>
public interface IChildProtectionGate
{
    /// <summary>
    /// Returns when the person is not a child today (Mexico City date; uncertain age counts as a
    /// child, <see cref="Persons.Person.IsChildOn(DateOnly)"/>) or when an open child-protection case
    /// with its notice to the Procuraduría exists. Otherwise throws.
    /// </summary>
    /// <exception cref="Domain.DomainRuleException">409, code NNA_PROCURADURIA_NOT_NOTIFIED, with the legal basis.</exception>
    /// <exception cref="ArgumentException">No person has that id.</exception>
    Task EnsureProcuraduriaNotifiedAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>The notice of the person's open case, or null when there is none.</summary>
    Task<ChildProtectionNotice?> FindNoticeAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>INM's decision under the plan in force of the person's open case, or null when INM has not decided.</summary>
    Task<ChildPlanDecision?> FindPlanDecisionAsync(Guid personId, CancellationToken cancellationToken);
}
