using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Removals.Domain;
using Ruta.Web.Modules.Removals.Features;

namespace Ruta.Web.Modules.Removals;

/// <summary>
/// The common frame of every act on a removal: authorize, require and check the version the caller
/// read (If-Match or the form's hidden field), check the table allows the act (409 before 400), validate,
/// run the act, save once. Nothing is saved when the act throws (a legal refusal or an illegal move).
/// </summary>
public sealed class RemovalActs(RutaDbContext db, ICurrentUser user, TimeProvider clock, RemovalGuard guard, FamilyTravel family,
    GetRemoval.Handler view)
{
    public RutaDbContext Db => db;
    public RemovalGuard Guard => guard;
    public FamilyTravel Family => family;
    public ClaimsPrincipal User => user.Principal;
    public DateOnly Today => MexicoCity.Today(clock);
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public RemovalActor Actor() => new(Now, user.UserId, user.UserName, user.AgencyCode);

    /// <param name="expectedVersion">The version the caller read; required (428 without it), 412 when stale.</param>
    public async Task<RemovalsResult<RemovalView>> ActAsync<TRequest>(string action, Guid id, int? expectedVersion, TRequest request,
        IValidator<TRequest> validator, Func<RemovalCase, Task> act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(act);
        if (!RemovalAccess.IsInmCaseWorker(user.Principal))
        {
            return RemovalsResult<RemovalView>.Forbidden();
        }

        if (expectedVersion is null)
        {
            return RemovalsResult<RemovalView>.PreconditionRequired();
        }

        var removal = await db.Set<RemovalCase>().Include(c => c.Rights).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (removal is null)
        {
            return RemovalsResult<RemovalView>.NotFound();
        }

        if (!RemovalActions.MayAct(user.Principal, action, removal.Kind))
        {
            return RemovalsResult<RemovalView>.Forbidden();
        }

        if (expectedVersion != removal.Version)
        {
            return RemovalsResult<RemovalView>.Stale();
        }

        // A move the state does not allow is refused (409, naming the state) before the input is looked at.
        if (action != RemovalActions.Amparo)
        {
            removal.Ensure(RemovalActions.TriggerOf(action));
        }

        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return RemovalsResult<RemovalView>.Invalid(validation.ToFieldErrors());
        }

        try
        {
            await act(removal);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RemovalsResult<RemovalView>.Stale();
        }

        return RemovalsResult<RemovalView>.Ok((await view.LoadAsync(id, ct))!);
    }

    /// <summary>The kernel record of a removal (tracked), to move it to a new date on a new passing check.</summary>
    public Task<RemovalRecord> RecordOfAsync(Guid id, CancellationToken ct) =>
        db.Set<RemovalRecord>().FirstAsync(r => r.Id == id, ct);

    /// <summary>
    /// Moves every removal of <paramref name="group"/> to <paramref name="date"/> through the kernel
    /// (<see cref="RecordRemoval.RescheduleAsync"/>), asking the guard for each person. When any is
    /// blocked, nothing is kept: one 409 names every person with every block and basis.
    /// </summary>
    public async Task<Dictionary<Guid, Guid>> CheckEveryoneAsync(IReadOnlyList<RemovalCase> group, DateOnly date,
        IReadOnlyDictionary<Guid, string> names, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(group);
        var checks = new Dictionary<Guid, Guid>();
        var refusals = new List<DomainRuleException>();
        var refusedNames = new List<string>();
        foreach (var member in group)
        {
            try
            {
                var record = await RecordOfAsync(member.Id, ct);
                checks[member.Id] = (await RecordRemoval.RescheduleAsync(record, date, guard, ct)).CheckId;
            }
            catch (DomainRuleException refused)
            {
                refusals.Add(refused);
                refusedNames.Add($"{names.GetValueOrDefault(member.PersonId, member.PersonId.ToString())}: {refused.Message}");
            }
        }

        if (refusals.Count > 0)
        {
            throw Refusal(refusals, refusedNames);
        }

        return checks;
    }

    /// <summary>One 409 for several persons' refusals: codes and bases merged, each person named with their reasons.</summary>
    public static DomainRuleException Refusal(IReadOnlyList<DomainRuleException> refusals, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        ArgumentNullException.ThrowIfNull(lines);
        return new DomainRuleException(
            string.Join(',', refusals.SelectMany(r => r.Code.Split(',')).Distinct()),
            string.Join(" ", lines),
            string.Join("; ", refusals.SelectMany(r => r.LegalBasis.Split("; ")).Distinct()));
    }

    /// <summary>Full names of persons, for messages (logs carry ids only).</summary>
    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> personIds, CancellationToken ct)
    {
        var ids = personIds.Distinct().ToList();
        return (await db.Set<Kernel.Persons.Person>().AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => Kernel.Persons.PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname));
    }
}
