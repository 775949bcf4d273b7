namespace Ruta.Web.Kernel.Custody;

/// <summary>Why a stay in a migration station ended.</summary>
public enum StayEndReason
{
    /// <summary>Released (time limit reached, decision of the authority, amparo).</summary>
    Release,

    /// <summary>Left with an exit permit for regularization (LM art. 136).</summary>
    Regularization,

    /// <summary>Left the country by assisted return or deportation.</summary>
    Removal,

    /// <summary>Canalized to the child-protection system or to a shelter.</summary>
    Canalization,
}

/// <summary>An open stay of a person in a migration station, as other procedures see it.</summary>
public sealed record OpenStay(Guid StayId, Guid PersonId, Guid StationOfficeId, DateTime AdmittedAt);

/// <summary>
/// The migration-station stays as the other procedures need them: regularization ends a stay with an
/// exit permit, a removal ends it when executed. Implemented by the migration module; the caller's
/// unit of work saves the change, so the stay ends in the same transaction as the act that ends it.
/// </summary>
public interface IStationCustody
{
    Task<OpenStay?> FindOpenStayAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Ends the person's open stay (no-op when none is open); tracked, not saved.</summary>
    Task EndStayAsync(Guid personId, StayEndReason reason, DateTime endedAt, string sourceReference, CancellationToken cancellationToken);
}

/// <summary>A legal reason a person may not be admitted to a migration station.</summary>
public sealed record AdmissionBar(string Code, string LegalBasis, string Reason);

/// <summary>
/// A rule that bars admission to a migration station. The migration module asks every registered
/// bar before an acuerdo de presentación; other modules add theirs (e.g. regularization: a person
/// who came forward to regularize is never admitted, LM art. 136).
/// </summary>
public interface IStationAdmissionBar
{
    Task<AdmissionBar?> EvaluateAsync(Guid personId, DateTime at, CancellationToken cancellationToken);
}
