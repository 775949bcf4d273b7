using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Regularization.Domain;
using Ruta.Web.Modules.Regularization.Features;

namespace Ruta.Web.Modules.Regularization;

/// <summary>
/// The common frame of every act on a regularization or family-unity procedure: authorize, load,
/// check the version the caller read, refuse a move the table does not allow (409) before looking
/// at the input (400), run the act (one domain method plus its deadlines and documents), save once.
/// Nothing is saved when the act throws or fails.
/// </summary>
public sealed class RegularizationActs(RutaDbContext db, ICurrentUser user, TimeProvider clock, IDeadlines deadlines, LegalCalendarProvider calendars,
    DocumentIssuer issuer, GetRegularization.Handler view, GetFamilyUnity.Handler familyView)
{
    public RutaDbContext Db => db;
    public IDeadlines Deadlines => deadlines;
    public DocumentIssuer Issuer => issuer;
    public ClaimsPrincipal User => user.Principal;
    public DateOnly Today => MexicoCity.Today(clock);
    public DateTimeOffset Now => clock.GetUtcNow();

    public ProcedureActor Actor() => new(clock.GetUtcNow().UtcDateTime, user.UserId, user.AgencyCode);

    public Task<LegalCalendar> CalendarAsync(CancellationToken ct) => calendars.GetAsync(db, ct);

    /// <summary>An act on a regularization; returns the procedure as it is after the act.</summary>
    public async Task<ProcedureResult<RegularizationView>> ActAsync<TRequest>(string action, Guid id, int? expectedVersion, TRequest request,
        IValidator<TRequest> validator, Func<RegularizationProcedure, Task> act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(act);
        if (!RegularizationAccess.CanAct(user.Principal))
        {
            return ProcedureResult<RegularizationView>.Forbidden();
        }

        var procedure = await db.Set<RegularizationProcedure>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (procedure is null)
        {
            return ProcedureResult<RegularizationView>.NotFound();
        }

        if (expectedVersion is { } expected && expected != procedure.Version)
        {
            return ProcedureResult<RegularizationView>.Stale();
        }

        try
        {
            procedure.EnsureAllowed(RegularizationActions.TriggersOf(action));
            var validation = await validator.ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return ProcedureResult<RegularizationView>.Invalid(validation.ToFieldErrors());
            }

            await act(procedure);
            await db.SaveChangesAsync(ct);
        }
        catch (ProcedureInputException e)
        {
            db.ChangeTracker.Clear();
            return ProcedureResult<RegularizationView>.Invalid(e.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ProcedureResult<RegularizationView>.Stale();
        }

        return ProcedureResult<RegularizationView>.Ok((await view.LoadAsync(id, ct))!);
    }

    /// <summary>An act on a family-unity procedure; returns the procedure as it is after the act.</summary>
    public async Task<ProcedureResult<FamilyUnityView>> FamilyActAsync<TRequest>(string action, Guid id, int? expectedVersion, TRequest request,
        IValidator<TRequest> validator, Func<FamilyUnityProcedure, Task> act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(act);
        if (!RegularizationAccess.CanAct(user.Principal))
        {
            return ProcedureResult<FamilyUnityView>.Forbidden();
        }

        var procedure = await db.Set<FamilyUnityProcedure>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (procedure is null)
        {
            return ProcedureResult<FamilyUnityView>.NotFound();
        }

        if (expectedVersion is { } expected && expected != procedure.Version)
        {
            return ProcedureResult<FamilyUnityView>.Stale();
        }

        try
        {
            procedure.EnsureAllowed(RegularizationActions.FamilyTriggersOf(action));
            var validation = await validator.ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return ProcedureResult<FamilyUnityView>.Invalid(validation.ToFieldErrors());
            }

            await act(procedure);
            await db.SaveChangesAsync(ct);
        }
        catch (ProcedureInputException e)
        {
            db.ChangeTracker.Clear();
            return ProcedureResult<FamilyUnityView>.Invalid(e.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ProcedureResult<FamilyUnityView>.Stale();
        }

        return ProcedureResult<FamilyUnityView>.Ok((await familyView.LoadAsync(id, ct))!);
    }

    public Task<Deadline> ScheduleAsync(string caseType, Guid caseId, Guid personId, string kind, string description, string basis,
        DeadlineUnit unit, int amount, DateOnly trigger, DateTimeOffset? triggerTime, CancellationToken ct) =>
        deadlines.ScheduleAsync(new DeadlineRequest(caseType, caseId, personId, kind, description, basis, AgencyCodes.Inm, unit, amount, trigger,
            triggerTime), ct);

    /// <summary>The procedure's open (or suspended) deadlines of a kind, as tracked in this unit of work.</summary>
    public async Task<List<Deadline>> RunningDeadlinesAsync(string caseType, Guid caseId, string? kind, CancellationToken ct) =>
        (await db.Set<Deadline>()
            .Where(d => d.CaseType == caseType && d.CaseId == caseId && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Suspended)
                && (kind == null || d.Kind == kind))
            .ToListAsync(ct))
        .Where(d => d.Status is DeadlineStatus.Open or DeadlineStatus.Suspended)
        .ToList();

    /// <summary>
    /// The act the deadline asked for happened on <paramref name="actDate"/>: met in time; done in time
    /// but recorded after the limit → cancelled saying so; late → missed (kernel). Hour limits judge the clock.
    /// </summary>
    public async Task MeetAsync(string caseType, Guid caseId, string kind, DateOnly actDate, CancellationToken ct)
    {
        foreach (var deadline in (await RunningDeadlinesAsync(caseType, caseId, kind, ct)).Where(d => d.Status == DeadlineStatus.Open))
        {
            if (deadline.Unit != DeadlineUnit.Hours && deadline.IsPastDue(clock.GetUtcNow()) && actDate <= deadline.DueDate)
            {
                deadlines.Cancel(deadline, $"Acto realizado en plazo el {actDate:yyyy-MM-dd}; registrado después del vencimiento.");
            }
            else
            {
                deadlines.MarkMet(deadline);
            }
        }
    }

    /// <summary>The procedure ended: cancels what still runs; deadlines already past due are left to the missed-deadline job.</summary>
    public async Task CancelRemainingAsync(string caseType, Guid caseId, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var deadline in (await RunningDeadlinesAsync(caseType, caseId, null, ct))
                 .Where(d => d.Status == DeadlineStatus.Suspended || !d.IsPastDue(now)))
        {
            deadlines.Cancel(deadline, reason);
        }
    }

    /// <summary>
    /// The order to leave the country (LM art. 137): a deadline of <paramref name="exitPeriodDays"/>
    /// natural days from the act (rolled to a working day, LFPA art. 29) and the printable oficio, valid
    /// until that last day, in the same unit of work as the act that causes it.
    /// </summary>
    public async Task<IssuedDocument> OrderDepartureAsync(RegularizationProcedure procedure, int exitPeriodDays, DateOnly orderedOn, string why,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var deadline = await ScheduleAsync(RegularizationRules.CaseType, procedure.Id, procedure.PersonId, RegularizationRules.DepartureKind,
            $"Salida del territorio nacional ({exitPeriodDays} días naturales)", RegularizationRules.DepartureOrderBasis, DeadlineUnit.NaturalDays,
            exitPeriodDays, orderedOn, null, ct);
        var document = await issuer.IssueAsync(new IssueDocumentRequest(DocumentType.DepartureOrder, procedure.PersonId, orderedOn, deadline.DueDate,
            RegularizationRules.CaseType, procedure.Id,
            $"{why} Plazo concedido para salir del territorio nacional: {exitPeriodDays} días naturales; último día: {deadline.DueDate:yyyy-MM-dd}. " +
            "Puede reingresar de inmediato cumpliendo los requisitos de la ley (LM art. 137)."), ct);
        procedure.AttachDepartureOrder(document.Id, exitPeriodDays, deadline.DueDate);
        return document;
    }

    /// <summary>
    /// Last day of validity of a card granted on <paramref name="validFrom"/>: permanent residence has
    /// none; temporary residence at most <paramref name="maxYears"/> years (LM art. 52 fr. VII; two for
    /// spouses, arts. 55–56) and never beyond <paramref name="cap"/> (the principal's permit);
    /// humanitarian visitors one year unless stated. The default is one year, cut to the caps.
    /// </summary>
    /// <exception cref="DomainRuleException">The requested last day goes beyond the law's limit (422).</exception>
    /// <exception cref="ProcedureInputException">The requested last day is before the first.</exception>
    public static DateOnly? ValidUntil(StayCondition condition, DateOnly validFrom, DateOnly? requested, int? maxYears, DateOnly? cap)
    {
        if (condition == StayCondition.PermanentResident)
        {
            return null;
        }

        if (requested is { } asked && asked < validFrom)
        {
            throw new ProcedureInputException("validUntil", "El último día de vigencia no puede ser anterior a la resolución.");
        }

        var oneYear = validFrom.AddYears(1).AddDays(-1);
        if (condition == StayCondition.HumanitarianVisitor)
        {
            return requested ?? oneYear;
        }

        var limit = validFrom.AddYears(maxYears ?? RegularizationRules.TemporaryResidenceMaxYears).AddDays(-1);
        var basis = RegularizationRules.TemporaryResidenceBasis;
        if (cap is { } principalEnd && principalEnd < limit)
        {
            limit = principalEnd;
            basis = "LM art. 52 fr. VII (por el tiempo que dure el permiso de la persona principal)";
        }
        else if (maxYears == FamilyEligibility.SpouseWaitingYears)
        {
            basis = FamilyEligibility.WaitingPeriodBasis + " (residencia temporal por dos años)";
        }

        if (requested is { } wanted && wanted > limit)
        {
            throw new DomainRuleException(RegularizationRules.ValidityTooLong,
                $"La residencia temporal concedida puede durar a lo más hasta el {limit:yyyy-MM-dd}.", basis, StatusCodes.Status422UnprocessableEntity);
        }

        return requested ?? (oneYear < limit ? oneYear : limit);
    }
}
