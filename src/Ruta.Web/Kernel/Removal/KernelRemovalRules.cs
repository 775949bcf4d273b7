using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Kernel.Removal;

/// <summary>
/// What the kernel rules need to know about a person, read once per guard evaluation with one
/// primary-key lookup (the guard is asked at the border: no scans, no joins).
/// </summary>
public sealed record RemovalSubject(Guid PersonId, DateOnly? BirthDate, bool BirthDateEstimated, Vulnerabilities Vulnerabilities)
{
    /// <summary>Childhood as <see cref="Person.IsChildOn"/> decides it, with its presumption of childhood.</summary>
    public bool IsChildOn(DateOnly date) => new Person { BirthDate = BirthDate, BirthDateEstimated = BirthDateEstimated }.IsChildOn(date);

    /// <summary>
    /// Since: the birth date (null when unknown). Until (exclusive): the 18th birthday when the birth
    /// date is certain; null when childhood is presumed (no or estimated birth date), because then
    /// the block lasts until the doubt about the age is resolved, not until a date.
    /// </summary>
    public (DateOnly? Since, DateOnly? Until) ChildhoodPeriod =>
        (BirthDate, BirthDate is { } birth && !BirthDateEstimated ? birth.AddYears(18) : null);
}

/// <summary>
/// Loads <see cref="RemovalSubject"/>s for the rules of one request, so that the kernel rules share a
/// single query. The guard forgets a person before each evaluation so an answer never rests on stale data.
/// </summary>
public sealed class RemovalSubjects(RutaDbContext db)
{
    private readonly Dictionary<Guid, RemovalSubject?> _loaded = [];

    public async Task<RemovalSubject?> FindAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue(personId, out var known))
        {
            return known;
        }

        var subject = await db.Set<Person>().AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new RemovalSubject(p.Id, p.BirthDate, p.BirthDateEstimated, p.Vulnerabilities))
            .FirstOrDefaultAsync(cancellationToken);
        _loaded[personId] = subject;
        return subject;
    }

    public void Forget(Guid personId) => _loaded.Remove(personId);
}

/// <summary>
/// CHILD_NEVER_DEPORTED: a child (under 18 on the date, or of uncertain age and so presumed a child)
/// is never deported; at most returned by assisted return in their best interest, or regularised.
/// </summary>
public sealed class ChildIsNeverDeported(RemovalSubjects subjects) : IRemovalRule
{
    public const string Code = "CHILD_NEVER_DEPORTED";
    public const string LegalBasis = "Ley de Migración, art. 120";

    public async Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        if (kind != RemovalKind.Deportation || await subjects.FindAsync(personId, cancellationToken) is not { } person
            || !person.IsChildOn(on))
        {
            return [];
        }

        var (since, until) = person.ChildhoodPeriod;
        var why = person switch
        {
            { BirthDate: null } => "Se desconoce su fecha de nacimiento, por lo que se presume que es niña, niño o adolescente.",
            { BirthDateEstimated: true } => "Su fecha de nacimiento es estimada y su edad es dudosa, por lo que se presume que es niña, niño o adolescente.",
            _ => $"Es menor de 18 años el {on:yyyy-MM-dd} (cumple 18 el {until:yyyy-MM-dd}).",
        };
        return [new RemovalBlock(Code, LegalBasis,
            why + " Las niñas, niños y adolescentes no son deportados; solo cabe el retorno asistido conforme a su interés superior, o la regularización.",
            since, until)];
    }
}

/// <summary>
/// CHILD_RETURN_REQUIRES_PROTECTION_EVIDENCE: a child is never returned (assisted return) or rejected
/// at the border before the competent authority has assessed whether their life, liberty or safety
/// is at risk and the Procuraduría's restitution plan allows it to leave. Ruta does not record that
/// evidence yet, so this kernel rule always blocks. The child-protection module REPLACES it by
/// registering its own rule under <see cref="RemovalRuleNames.ChildReturnRequiresProtectionEvidence"/>.
/// </summary>
public sealed class ChildReturnRequiresProtectionEvidence(RemovalSubjects subjects) : IRemovalRule
{
    public const string Code = "CHILD_RETURN_REQUIRES_PROTECTION_EVIDENCE";
    public const string LegalBasis = "Ley de Migración, arts. 74 párr. tercero y 112; LGDNNA, arts. 96 y 97";

    public async Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        if (kind is not (RemovalKind.AssistedReturn or RemovalKind.BorderRejection)
            || await subjects.FindAsync(personId, cancellationToken) is not { } person || !person.IsChildOn(on))
        {
            return [];
        }

        var (since, until) = person.ChildhoodPeriod;
        return [new RemovalBlock(Code, LegalBasis,
            "Ninguna niña, niño o adolescente puede ser retornado ni rechazado en frontera sin que antes la autoridad competente " +
            "valore si su vida, libertad o seguridad están en peligro y sin un plan de restitución de derechos de la Procuraduría " +
            "de Protección que permita su salida del país. Ruta aún no tiene registrada esa evidencia.",
            since, until)];
    }
}

/// <summary>
/// CRIME_VICTIM_NEVER_DEPORTED: a victim or witness of a grave crime (trafficking included) is never
/// deported; assisted return (at their request) and regularisation remain open.
/// </summary>
public sealed class CrimeVictimIsNeverDeported(RemovalSubjects subjects) : IRemovalRule
{
    public const string Code = "CRIME_VICTIM_NEVER_DEPORTED";
    public const string LegalBasis = "Ley de Migración, art. 120";

    private const Vulnerabilities VictimOrWitness = Vulnerabilities.CrimeVictimOrWitness | Vulnerabilities.TraffickingVictim;

    public async Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        if (kind != RemovalKind.Deportation || await subjects.FindAsync(personId, cancellationToken) is not { } person
            || (person.Vulnerabilities & VictimOrWitness) == 0)
        {
            return [];
        }

        var what = person.Vulnerabilities.HasFlag(Vulnerabilities.TraffickingVictim)
            ? "Es víctima de trata de personas"
            : "Es víctima o testigo de un delito grave";
        return [new RemovalBlock(Code, LegalBasis,
            what + ": no puede ser deportada. Puede solicitar el retorno asistido o regularizar su situación migratoria.",
            null, null)];
    }
}
