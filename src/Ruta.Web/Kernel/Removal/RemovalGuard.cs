using System.Diagnostics;
using System.Text.Json;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Removal;

/// <summary>The guard's answer: allowed only when no rule blocks; every block with its legal basis.</summary>
public sealed record RemovalCheckResult(bool Allowed, IReadOnlyList<RemovalBlock> Blocks, Guid CheckId);

/// <summary>What the rules said, before it is recorded.</summary>
public sealed record RemovalEvaluation(Guid PersonId, RemovalKind Kind, DateOnly On, IReadOnlyList<RemovalBlock> Blocks)
{
    public bool Allowed => Blocks.Count == 0;
}

/// <summary>
/// The one gate every removal from Mexico passes (non-refoulement and its relatives): runs every
/// registered <see cref="IRemovalRule"/> for a person, a kind of removal and a date, and records the
/// answer as a <see cref="RemovalCheck"/> plus a "removal-check" audit entry in the same transaction.
/// </summary>
public sealed class RemovalGuard(RutaDbContext db, RemovalSubjects subjects, RemovalRuleSet rules, ICurrentUser user, TimeProvider clock)
{
    public const string AuditAction = "removal-check";

    /// <summary>Asks every rule; writes nothing. Null when the person does not exist.</summary>
    public async Task<RemovalEvaluation?> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        subjects.Forget(personId);
        if (await subjects.FindAsync(personId, cancellationToken) is null)
        {
            return null;
        }

        var blocks = new List<RemovalBlock>();
        foreach (var rule in rules.Resolve())
        {
            blocks.AddRange(await rule.EvaluateAsync(personId, kind, on, cancellationToken));
        }

        return new RemovalEvaluation(personId, kind, on, blocks);
    }

    /// <summary>
    /// Adds the check and its audit entry to the unit of work without saving, so that a caller
    /// (recording a removal) commits them together with its own change.
    /// </summary>
    public RemovalCheckResult Record(RemovalEvaluation evaluation)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var check = new RemovalCheck(evaluation.PersonId, evaluation.Kind, evaluation.On, evaluation.Blocks,
            user.UserId, user.UserName, user.AgencyCode, now);
        var answer = JsonSerializer.Serialize(new
        {
            checkId = check.Id,
            kind = evaluation.Kind,
            on = evaluation.On,
            allowed = check.Allowed,
            blocks = evaluation.Blocks,
        }, RemovalJson.Options);
        db.Add(check);
        db.Add(new AuditEntry(now, user.UserId, user.UserName, user.AgencyCode, AuditAction, "Person",
            evaluation.PersonId.ToString(), before: null, after: answer, correlationId: Activity.Current?.TraceId.ToString()));
        return new RemovalCheckResult(check.Allowed, evaluation.Blocks, check.Id);
    }

    /// <summary>Evaluates, records and saves. Null when the person does not exist.</summary>
    public async Task<RemovalCheckResult?> CheckAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        var evaluation = await EvaluateAsync(personId, kind, on, cancellationToken);
        if (evaluation is null)
        {
            return null;
        }

        var result = Record(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}

/// <summary>Names under which the kernel registers its rules; a module replaces one by registering under the same name.</summary>
public static class RemovalRuleNames
{
    public const string ChildNeverDeported = ChildIsNeverDeported.Code;
    public const string ChildReturnRequiresProtectionEvidence = Removal.ChildReturnRequiresProtectionEvidence.Code;
    public const string CrimeVictimNeverDeported = CrimeVictimIsNeverDeported.Code;
}

/// <summary>One named rule registration (see <see cref="RemovalModule.AddRemovalRule{TRule}"/>).</summary>
public sealed record RemovalRuleRegistration(string Name);

/// <summary>
/// The rules the guard runs: one per registered name (the last registration under a name wins, so a
/// module can replace a kernel rule), in the order names were first registered, then any rule
/// registered plainly as <see cref="IRemovalRule"/>.
/// </summary>
public sealed class RemovalRuleSet(IServiceProvider services, IEnumerable<RemovalRuleRegistration> registrations, IEnumerable<IRemovalRule> unnamed)
{
    public IReadOnlyList<string> Names { get; } = registrations.Select(r => r.Name).Distinct(StringComparer.Ordinal).ToArray();

    public IEnumerable<IRemovalRule> Resolve() =>
        Names.Select(name => services.GetRequiredKeyedService<IRemovalRule>(name)).Concat(unnamed);
}
