using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum;

/// <summary>
/// The common frame of every act on a filed claim: authorize, load, check the version the caller
/// read (If-Match), run the act (one domain method plus its deadlines and oficios), save once.
/// Nothing is saved when the act throws (a legal refusal or an illegal move) or fails.
/// </summary>
public sealed class ClaimActs(RutaDbContext db, ICurrentUser user, TimeProvider clock, IDeadlines deadlines, NoticeSender notices,
    Features.GetAsylumClaim.Handler view)
{
    public RutaDbContext Db => db;
    public IDeadlines Deadlines => deadlines;
    public ClaimsPrincipal User => user.Principal;
    public DateOnly Today => MexicoCity.Today(clock);

    public AsylumActor Actor() => new(clock.GetUtcNow().UtcDateTime, user.UserId, user.AgencyCode);

    /// <param name="may">The per-record permission of this act (COMAR case worker unless stated).</param>
    /// <param name="expectedVersion">The version the caller read (If-Match, hidden form field); null skips the check.</param>
    public async Task<AsylumResult<AsylumClaim>> RunAsync(Guid id, int? expectedVersion, Func<ClaimsPrincipal, bool> may,
        Func<AsylumClaim, Task> act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(may);
        ArgumentNullException.ThrowIfNull(act);
        if (!may(user.Principal))
        {
            return AsylumResult<AsylumClaim>.Forbidden();
        }

        var claim = await db.Set<AsylumClaim>().Include(c => c.Dependents).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return AsylumResult<AsylumClaim>.NotFound();
        }

        if (expectedVersion is { } expected && expected != claim.Version)
        {
            return AsylumResult<AsylumClaim>.Stale();
        }

        try
        {
            await act(claim);
            await db.SaveChangesAsync(ct);
        }
        catch (AsylumInputException e)
        {
            return AsylumResult<AsylumClaim>.Invalid(e.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AsylumResult<AsylumClaim>.Stale();
        }

        return AsylumResult<AsylumClaim>.Ok(claim);
    }

    /// <summary>
    /// The whole frame of an action of the API and the file page: permission (<see cref="AsylumActions.MayAct"/>),
    /// then <see cref="RunAsync"/> with the state check (409) before validation (400); returns the file after the act.
    /// </summary>
    public async Task<AsylumResult<Features.AsylumClaimView>> ActAsync<TRequest>(string action, Guid id, int? expectedVersion,
        TRequest request, IValidator<TRequest> validator, Func<AsylumClaim, Task> act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (!AsylumActions.MayAct(user.Principal, action))
        {
            return AsylumResult<Features.AsylumClaimView>.Forbidden();
        }

        var result = await RunAsync(id, expectedVersion, u => AsylumActions.MayAct(u, action), async claim =>
        {
            // A move the state does not allow is refused (409, naming the state) before the input is looked at.
            claim.EnsureAllowed(AsylumActions.TriggersOf(action));
            var validation = await validator.ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                throw new AsylumInputException(validation.ToFieldErrors());
            }

            await act(claim);
        }, ct);
        return result.IsOk
            ? AsylumResult<Features.AsylumClaimView>.Ok((await view.LoadAsync(id, ct))!)
            : result.As<Features.AsylumClaimView>();
    }

    /// <summary>
    /// The procedure ended without protection (not filed, not admitted, abandoned, withdrawn, final
    /// rejection): cancels what still runs and tells INM, which may then act under the migration law.
    /// </summary>
    public async Task EndedAsync(AsylumClaim claim, string subject, string what, CancellationToken ct)
    {
        await CancelRemainingAsync(claim, "Concluyó el procedimiento: " + what, ct);
        await NotifyInmAsync(claim, NoticeTypes.AsylumResolution, subject,
            $"La solicitud de reconocimiento de la condición de refugiado {claim.Id} concluyó el {claim.ClosedOn:dd/MM/yyyy}: {what}\n\n" +
            $"Personas comprendidas: la señalada en este oficio{Dependents(claim)}. Desde esa fecha ya no tienen la calidad de solicitantes; " +
            "toda medida de salida del país debe pasar antes por la verificación de no devolución.",
            AsylumRules.ResolutionNoticeBasis, ct);
    }

    /// <summary>", y sus dependientes (ids)" for oficios: INM documents or protects every one of them.</summary>
    public static string Dependents(AsylumClaim claim) =>
        claim.Dependents.Count == 0 ? "" : " y sus dependientes " + string.Join(", ", claim.Dependents.Select(d => d.PersonId));

    /// <summary>Schedules a business-day deadline of the claim (the kernel calendar computes it).</summary>
    public Task<Deadline> ScheduleAsync(AsylumClaim claim, string kind, string description, string legalBasis, string agency,
        int businessDays, DateOnly trigger, CancellationToken ct) =>
        deadlines.ScheduleAsync(new DeadlineRequest(AsylumRules.CaseType, claim.Id, claim.ApplicantId, kind, description, legalBasis,
            agency, DeadlineUnit.BusinessDays, businessDays, trigger), ct);

    /// <summary>The claim's open deadlines (tracked, as changed in this unit of work), optionally of one kind.</summary>
    public async Task<List<Deadline>> OpenDeadlinesAsync(AsylumClaim claim, string? kind, CancellationToken ct) =>
        (await db.Set<Deadline>()
            .Where(d => d.CaseType == AsylumRules.CaseType && d.CaseId == claim.Id && d.Status == DeadlineStatus.Open
                && (kind == null || d.Kind == kind))
            .ToListAsync(ct))
        .Where(d => d.Status == DeadlineStatus.Open)
        .ToList();

    /// <summary>
    /// Closes the open deadline(s) of a kind because the act they asked for happened on <paramref name="actDate"/>:
    /// met when done within the limit, even if recorded after it; missed when done late.
    /// </summary>
    public async Task MeetAsync(AsylumClaim claim, string kind, DateOnly actDate, CancellationToken ct)
    {
        foreach (var deadline in await OpenDeadlinesAsync(claim, kind, ct))
        {
            Meet(deadline, actDate);
        }
    }

    /// <summary>See <see cref="MeetAsync"/>: one deadline.</summary>
    public void Meet(Deadline deadline, DateOnly actDate) => deadlines.MarkMetOn(deadline, actDate);

    /// <summary>
    /// The procedure ended: cancels the deadlines still running. Those already past due are left to
    /// the missed-deadline job (they were missed, not cancelled).
    /// </summary>
    public async Task CancelRemainingAsync(AsylumClaim claim, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var running = await db.Set<Deadline>()
            .Where(d => d.CaseType == AsylumRules.CaseType && d.CaseId == claim.Id
                && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Suspended))
            .ToListAsync(ct);
        // Filtered again in memory: an act may have closed one of them earlier in this unit of work.
        foreach (var deadline in running.Where(d => d.Status == DeadlineStatus.Suspended || (d.Status == DeadlineStatus.Open && !d.IsPastDue(now))))
        {
            deadlines.Cancel(deadline, reason);
        }
    }

    /// <summary>An oficio from COMAR to INM about the claim, saved with the act (LRPCAP art. 21; see <see cref="AsylumRules"/>).</summary>
    /// <param name="link">Where INM acts on it (see <see cref="AsylumNoticeLinks"/>).</param>
    public Task<OfficialNotice> NotifyInmAsync(AsylumClaim claim, string type, string subject, string body, string legalBasis,
        CancellationToken ct, AcknowledgementLimit? acknowledgeWithin = null, NoticeLink? link = null) =>
        notices.SendAsync(new NewNotice(AgencyCodes.Inm, type, subject, body, legalBasis, claim.ApplicantId, AsylumRules.CaseType, claim.Id,
            AcknowledgeWithin: acknowledgeWithin, Link: link), ct);
}
