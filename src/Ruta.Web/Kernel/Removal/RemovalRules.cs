namespace Ruta.Web.Kernel.Removal;

/// <summary>Every way a person can be sent out of Mexico; all pass the one removal guard.</summary>
public enum RemovalKind { Deportation, AssistedReturn, BorderRejection }

/// <summary>One reason a removal is forbidden, with its legal basis and the period it applies.</summary>
public sealed record RemovalBlock(string Code, string LegalBasis, string Reason, DateOnly? Since, DateOnly? Until);

/// <summary>
/// A blocking rule of the removal guard (non-refoulement and its relatives). The kernel has the
/// first rules; each procedure module registers its own (asylum, migration, child protection).
/// Rules must be indexed lookups: the guard is asked at the border and before every removal.
/// </summary>
public interface IRemovalRule
{
    Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken);
}
