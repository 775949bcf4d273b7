using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration;

/// <summary>
/// The common frame of the acts on a stay and of the deadlines and oficios they cause: authorize,
/// load, check the version the caller read (If-Match), check the move is in the table (409) before
/// the input (400), act, save once. Nothing is saved when the act throws or fails.
/// </summary>
public sealed class StayActs(RutaDbContext db, ICurrentUser user, TimeProvider clock, IDeadlines deadlines, NoticeSender notices,
    IOptions<MigrationOptions> options)
{
    public RutaDbContext Db => db;
    public ICurrentUser User => user;
    public DateTime Now => clock.GetUtcNow().UtcDateTime;
    public DateOnly Today => MexicoCity.Today(clock);

    public StayActor Actor() => new(Now, user.UserId, user.AgencyCode);

    /// <param name="expectedVersion">The version the caller read (If-Match, hidden form field); null skips the check.</param>
    public async Task<MigrationResult<StationStay>> RunAsync<TRequest>(Guid id, int? expectedVersion, StationStayTrigger trigger, TRequest request,
        Func<StationStay, IValidator<TRequest>> validatorFor, Func<StationStay, Task> act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(validatorFor);
        ArgumentNullException.ThrowIfNull(act);
        if (!MigrationAccess.IsInmCaseWorker(user.Principal))
        {
            return MigrationResult<StationStay>.Forbidden();
        }

        var stay = await db.Set<StationStay>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (stay is null)
        {
            return MigrationResult<StationStay>.NotFound();
        }

        if (expectedVersion is { } expected && expected != stay.Version)
        {
            return MigrationResult<StationStay>.Stale();
        }

        // A move the state does not allow is refused (409, naming the state) before the input is looked at.
        stay.Ensure(trigger);
        var validation = await validatorFor(stay).ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return MigrationResult<StationStay>.Invalid(validation.ToFieldErrors());
        }

        try
        {
            await act(stay);
            await db.SaveChangesAsync(ct);
        }
        catch (MigrationInputException e)
        {
            return MigrationResult<StationStay>.Invalid(e.Field, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MigrationResult<StationStay>.Stale();
        }

        return MigrationResult<StationStay>.Ok(stay);
    }

    /// <summary>At the puesta a disposición: the acuerdo within 24 h (LM art. 100) and, by policy, the 36 h alert (LM art. 68).</summary>
    public async Task ScheduleDisposalDeadlinesAsync(StationStay stay, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stay);
        var start = new DateTimeOffset(stay.DisposedAt, TimeSpan.Zero);
        await deadlines.ScheduleAsync(new DeadlineRequest(MigrationRules.StayCaseType, stay.Id, stay.PersonId, MigrationRules.AgreementKind,
            "Acuerdo de presentación (24 horas desde la puesta a disposición)", MigrationRules.AgreementBasis, AgencyCodes.Inm,
            DeadlineUnit.Hours, MigrationRules.AgreementHours, MexicoCity.DateOf(start), start), ct);
        if (options.Value.DetentionPolicyAlert)
        {
            await deadlines.ScheduleAsync(new DeadlineRequest(MigrationRules.StayCaseType, stay.Id, stay.PersonId, MigrationRules.DetentionPolicyKind,
                "Alerta de 36 horas desde la puesta a disposición", MigrationRules.DetentionPolicyBasis, AgencyCodes.Inm,
                DeadlineUnit.Hours, MigrationRules.DetentionPolicyHours, MexicoCity.DateOf(start), start), ct);
        }
    }

    /// <summary>At the presentación: 15 business days to resolve (LM art. 111), counted from the Mexico City date of the acuerdo.</summary>
    public Task<Deadline> ScheduleStayLimitAsync(StationStay stay, DateTime agreedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stay);
        return deadlines.ScheduleAsync(new DeadlineRequest(MigrationRules.StayCaseType, stay.Id, stay.PersonId, MigrationRules.StayLimitKind,
            "Resolver la situación migratoria (15 días hábiles desde la presentación)", MigrationRules.StayBasis, AgencyCodes.Inm,
            DeadlineUnit.BusinessDays, MigrationRules.StayBusinessDays, MexicoCity.DateOf(agreedAt)), ct);
    }

    /// <summary>The stay's deadlines still running or missed (tracked, as changed in this unit of work), optionally of one kind.</summary>
    public async Task<List<Deadline>> RunningDeadlinesAsync(StationStay stay, string? kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stay);
        await db.Set<Deadline>()
            .Where(d => d.CaseType == MigrationRules.StayCaseType && d.CaseId == stay.Id
                && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Suspended || d.Status == DeadlineStatus.Missed))
            .LoadAsync(ct);
        // The tracked ones, so that deadlines scheduled earlier in this unit of work (not yet saved) count too.
        return [.. db.Set<Deadline>().Local
            .Where(d => d.CaseType == MigrationRules.StayCaseType && d.CaseId == stay.Id && (kind == null || d.Kind == kind)
                && d.Status is DeadlineStatus.Open or DeadlineStatus.Suspended or DeadlineStatus.Missed)];
    }

    /// <summary>
    /// MIG-15: an extension on fr. I–IV runs the open stay limit on to the 60th business day after the
    /// presentación (the 15 days plus 45 more); on fr. V (recourse or amparo) there is no cap: the limit is suspended.
    /// </summary>
    public async Task MoveStayLimitAsync(Deadline open, StayExtensionGround ground, string reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (ground == StayExtensionGround.RecourseOrAmparo)
        {
            deadlines.Suspend(open, $"Fracción V del art. 111: {reason}");
            return;
        }

        var extension = await deadlines.ExtendAsync(open, MigrationRules.StayCapBusinessDays - open.Amount, $"Fracción {StationStay.Fraction(ground)}: {reason}", ct);
        extension.Description = "Límite de 60 días hábiles de alojamiento (fracciones I a IV)";
        extension.LegalBasis = MigrationRules.ExtensionBasis;
    }

    /// <summary>
    /// The act a deadline asks for happened at <paramref name="actAt"/>. In time and recorded before the
    /// limit: met. In time but recorded after it (the kernel judges by the clock and would call it
    /// missed): cancelled, saying so. Late: missed, with a note of the late act.
    /// </summary>
    public void Meet(Deadline deadline, DateTime actAt)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (deadline.Status == DeadlineStatus.Suspended)
        {
            deadlines.Cancel(deadline, $"La persona salió de la custodia el {MexicoTime.Short(actAt)}.");
            return;
        }

        var inTime = deadline.Unit == DeadlineUnit.Hours ? actAt <= deadline.DueAt : MexicoCity.DateOf(actAt) <= deadline.DueDate;
        if (deadline.Status == DeadlineStatus.Open && inTime && deadline.IsPastDue(clock.GetUtcNow()))
        {
            deadlines.Cancel(deadline, $"Acto realizado en plazo el {MexicoTime.Short(actAt)}; registrado después del vencimiento.");
        }
        else
        {
            deadlines.MarkMet(deadline);
        }
    }

    /// <summary>The stay ended at <paramref name="endedAt"/>: every limit it had is met (or missed), the acuerdo no longer due.</summary>
    public async Task CloseDeadlinesAsync(StationStay stay, DateTime endedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stay);
        foreach (var deadline in await RunningDeadlinesAsync(stay, null, ct))
        {
            if (deadline.Kind == MigrationRules.AgreementKind && stay.AdmittedAt is null && deadline.Status == DeadlineStatus.Open)
            {
                deadlines.Cancel(deadline, $"Sin acuerdo de presentación: la persona salió de la custodia el {MexicoTime.Short(endedAt)}.");
            }
            else
            {
                Meet(deadline, endedAt);
            }
        }
    }

    /// <summary>
    /// The oficio to COMAR about a person who asked for asylum (LRPCAP art. 21 párr. tercero), to the
    /// COMAR office of the same state when there is one. Added to the unit of work, not saved.
    /// </summary>
    public async Task<OfficialNotice> NotifyComarAsync(Guid personId, Guid officeId, DateTime requestedAt, string where, string caseType, Guid caseId,
        string legalBasis, CancellationToken ct)
    {
        var place = await db.Set<Office>().AsNoTracking().Where(o => o.Id == officeId).Select(o => new { o.StateCode, o.City }).FirstOrDefaultAsync(ct);
        // The COMAR office of the same city, else of the same state; none: COMAR's headquarters route it.
        var comarOffice = (await db.Set<Office>().AsNoTracking()
                .Where(o => o.AgencyCode == AgencyCodes.Comar && o.IsActive && o.StateCode == place!.StateCode)
                .Select(o => new { o.Id, o.City, o.Kind, o.Code }).ToListAsync(ct))
            .OrderBy(o => o.City == place!.City ? 0 : 1).ThenBy(o => o.Kind).ThenBy(o => o.Code, StringComparer.Ordinal)
            .Select(o => (Guid?)o.Id).FirstOrDefault();
        var body =
            $"Se hace de su conocimiento que el {MexicoTime.LongDateTime(requestedAt)} la persona señalada en este oficio manifestó {where} " +
            "su intención de solicitar el reconocimiento de la condición de refugiado.\n\n" +
            "Conforme al artículo 21 de la Ley sobre Refugiados, Protección Complementaria y Asilo Político, se da aviso inmediato para que " +
            "se registre y tramite su solicitud. Desde ahora no será rechazada en frontera ni devuelta, y no se establecerá contacto con las " +
            "autoridades de su país de origen sin su consentimiento expreso. Las medidas ya dictadas subsisten mientras la COMAR resuelve " +
            "(LRPCAP art. 21 párr. segundo).";
        return await notices.SendAsync(new NewNotice(AgencyCodes.Comar, MigrationNoticeTypes.AsylumRequested,
            "Aviso de intención de solicitar la condición de refugiado", body, legalBasis, personId, caseType, caseId,
            RecipientOfficeId: comarOffice, SenderAgency: AgencyCodes.Inm), ct);
    }

    /// <summary>The oficio to the Procuraduría de Protección about a child met in an apprehension (LM arts. 95, 98 and 112).</summary>
    public Task<OfficialNotice> NotifyProcuraduriaAsync(Apprehension apprehension, Guid childId, string childName, string stationName, string? carerName,
        string why, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(apprehension);
        var carer = carerName is null ? "sin persona adulta que declare tenerla a su cargo" : $"acompañada por {carerName}, quien declaró tenerla a su cargo";
        var body =
            $"Se notifica de manera inmediata que {childName}, niña, niño o adolescente {carer}, fue puesta a disposición del Instituto " +
            $"el {MexicoTime.LongDateTime(apprehension.DisposedAt)} en {apprehension.Place}, {apprehension.Municipality} " +
            $"(orden {apprehension.OrderReference}; {apprehension.LegalBasis}). {why}\n\n" +
            "En ningún caso será presentada ni alojada en una estación migratoria (LM art. 99 párr. tercero). Queda bajo la responsabilidad " +
            $"del Instituto en {stationName} solo en tanto la Procuraduría se apersona y se realiza su canalización al Sistema DIF " +
            "(LM arts. 98 y 112 fr. I). Se solicita su presencia inmediata y el acuse de este oficio.";
        return notices.SendAsync(new NewNotice(AgencyCodes.ChildProtectionOffice, MigrationNoticeTypes.ChildIdentified,
            "Notificación inmediata de niña, niño o adolescente migrante puesto a disposición del INM", body, MigrationRules.ChildNoticeBasis,
            childId, MigrationRules.ApprehensionCaseType, apprehension.Id,
            AcknowledgeWithin: new AcknowledgementLimit(MigrationRules.ChildNoticeAcknowledgementHours, DeadlineUnit.Hours,
                MigrationRules.ChildNoticeAcknowledgementBasis), SenderAgency: AgencyCodes.Inm), ct);
    }
}
