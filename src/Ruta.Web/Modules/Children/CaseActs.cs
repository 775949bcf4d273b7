using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children;

/// <summary>What an act answers: the case's state and version (the ETag) and the record it created. Never file content.</summary>
public sealed record CaseState(Guid Id, string Status, string StatusLabel, int Version, Guid? RecordId = null);

/// <summary>
/// The common frame of every act on a case: authorize the act for the user, load the case, check
/// the version the caller read (If-Match), check the table allows the act (409 naming the state)
/// before looking at the input (400), run one domain method plus its notices and deadlines, save
/// once. Nothing is saved when the act throws (a legal refusal or an illegal move) or fails.
/// </summary>
public sealed class CaseActs(RutaDbContext db, ICurrentUser user, TimeProvider clock, IDeadlines deadlines, NoticeSender notices)
{
    public RutaDbContext Db => db;
    public ClaimsPrincipal User => user.Principal;
    public NoticeSender Notices => notices;
    public IDeadlines Deadlines => deadlines;
    public DateOnly Today => MexicoCity.Today(clock);
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public ChildActor Actor() => new(Now, user.UserId, user.UserName, user.AgencyCode);

    /// <summary>The case with every collection its rules read.</summary>
    public Task<ChildCase?> LoadAsync(Guid id, CancellationToken ct) =>
        db.Set<ChildCase>()
            .Include(c => c.Adults)
            .Include(c => c.Placements).ThenInclude(p => p.Companions)
            .Include(c => c.Plans).ThenInclude(p => p.Measures)
            .Include(c => c.Plans).ThenInclude(p => p.FamilyUnity)
            .Include(c => c.Decisions).ThenInclude(d => d.FamilyUnity)
            .Include(c => c.RiskAssessments)
            .Include(c => c.UrgentMeasures)
            .Include(c => c.ConsularNotices)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <param name="may">Whether the user's agency and role may do this act.</param>
    /// <param name="expectedVersion">The version the caller read (If-Match, hidden field); null skips the check.</param>
    /// <param name="validate">Checks the input after the state check; field errors end the act with 400.</param>
    /// <param name="act">The act: one domain method plus its notices and deadlines; returns the id of the record it created, if any.</param>
    public async Task<ChildResult<CaseState>> RunAsync(Guid id, int? expectedVersion, Func<ClaimsPrincipal, bool> may, ChildTrigger trigger,
        Func<Task<FluentValidation.Results.ValidationResult>>? validate, Func<ChildCase, Task<Guid?>> act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(may);
        ArgumentNullException.ThrowIfNull(act);
        if (!may(user.Principal))
        {
            return ChildResult<CaseState>.Forbidden();
        }

        var child = await LoadAsync(id, ct);
        if (child is null)
        {
            return ChildResult<CaseState>.NotFound();
        }

        if (expectedVersion is { } expected && expected != child.Version)
        {
            return ChildResult<CaseState>.Stale();
        }

        child.EnsureAllowed(trigger);
        if (validate is not null && await validate() is { IsValid: false } validation)
        {
            return ChildResult<CaseState>.Invalid(validation.ToFieldErrors());
        }

        Guid? recordId;
        try
        {
            recordId = await act(child);
            await db.SaveChangesAsync(ct);
        }
        catch (ChildInputException e)
        {
            db.ChangeTracker.Clear();
            return ChildResult<CaseState>.Invalid(e.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ChildResult<CaseState>.Stale();
        }

        return ChildResult<CaseState>.Ok(State(child, recordId));
    }

    public static CaseState State(ChildCase child, Guid? recordId = null) =>
        new(child.Id, ChildProtectionProcedure.StatusCode(child.Status), ChildProtectionProcedure.StatusLabel(child.Status), child.Version, recordId);

    /// <summary>Schedules an hour-based deadline of an urgent measure, tracked by the Procuraduría (LGDNNA art. 122).</summary>
    public Task<Deadline> ScheduleHoursAsync(ChildCase child, UrgentMeasure measure, string kind, string description, int hours, DateTime from,
        CancellationToken ct) =>
        deadlines.ScheduleAsync(new DeadlineRequest(ChildRules.UrgentMeasureCaseType, measure.Id, child.PersonId, kind, description,
            ChildRules.UrgentMeasuresBasis, AgencyCodes.ChildProtectionOffice, DeadlineUnit.Hours, hours, MexicoCity.DateOf(from),
            new DateTimeOffset(from, TimeSpan.Zero)), ct);

    /// <summary>
    /// Closes an urgent measure's open deadline of a kind because the act happened at <paramref name="actAt"/>:
    /// on time → met (or cancelled with a note when recorded after the limit), late → missed.
    /// </summary>
    public async Task MeetAsync(UrgentMeasure measure, string kind, DateTime actAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var open = await db.Set<Deadline>()
            .Where(d => d.CaseType == ChildRules.UrgentMeasureCaseType && d.CaseId == measure.Id && d.Kind == kind && d.Status == DeadlineStatus.Open)
            .ToListAsync(ct);
        foreach (var deadline in open)
        {
            if (deadline.IsPastDue(clock.GetUtcNow()) && deadline.DueAt is { } due && actAt <= due)
            {
                deadlines.Cancel(deadline, $"Acto realizado en plazo ({MexicoTime.Short(actAt)}); registrado después del vencimiento.");
            }
            else
            {
                deadlines.MarkMet(deadline);
            }
        }
    }

    /// <summary>The registry name of a person, for oficios (the notice copies it itself).</summary>
    public async Task<string> NameAsync(Guid personId, CancellationToken ct)
    {
        var p = await db.Set<Person>().AsNoTracking().Where(x => x.Id == personId)
            .Select(x => new { x.GivenNames, x.FirstSurname, x.SecondSurname }).FirstOrDefaultAsync(ct);
        return p is null ? "" : PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname);
    }

    /// <summary>Validates with a FluentValidation validator, for <see cref="RunAsync"/>.</summary>
    public static Func<Task<FluentValidation.Results.ValidationResult>> With<T>(IValidator<T> validator, T request, CancellationToken ct) =>
        () => validator.ValidateAsync(request, ct);
}
