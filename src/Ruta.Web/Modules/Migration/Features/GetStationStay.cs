using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

public sealed record MigrationPersonRef(Guid Id, string FullName, DateOnly? BirthDate, IReadOnlyList<string> Nationalities);

public sealed record StayDeadlineRow(Guid Id, string Kind, string Description, string LegalBasis, DeadlineUnit Unit, int Amount, DateOnly TriggerDate,
    DateOnly DueDate, DateTime? DueAt, DeadlineStatus Status, string? StatusReason);

/// <summary>
/// A time limit of a stay as the roster shows it: hours (or days) left, or how long ago it passed.
/// <see cref="Overdue"/> is what the pages paint red.
/// </summary>
public sealed record StayAlert(string Kind, string Label, string LegalBasis, DateTime? DueAt, DateOnly DueDate, double? HoursRemaining,
    int? DaysRemaining, bool Overdue, bool Suspended);

public sealed record StayNoticeRow(Guid Id, string Folio, string Subject, string RecipientAgency, DateTime SentAt, NoticeStatus Status);

public sealed record StayTimelineRow(Guid Id, StayEventKind Kind, string Label, DateTime OccurredAt, DateTime RecordedAt, string? RecordedByAgency,
    string? Text, Guid? NoticeId);

public sealed record RightsView(bool Informed, bool RightsInWriting, ConsularAssistance? Consular, bool LegalAdvice, InterpreterNeed? Interpreter,
    string? InterpreterLanguage, bool PhoneCall, bool Visits);

/// <summary>A stay's file: facts, rights given, asylum request, extension, exit, deadlines with alerts, oficios, timeline, allowed acts.</summary>
public sealed record StationStayView(
    Guid Id, MigrationPersonRef Person, Guid ApprehensionId, Guid StationId, string StationName, StationStayStatus Status, string StatusLabel,
    DateTime DisposedAt, DateTime? AdmittedAt, string? AgreementReference, RightsView? Rights, DateTime? AsylumRequestedAt, Guid? AsylumNoticeId,
    StayExtensionGround? ExtensionGround, string? ExtensionFraction, DateOnly? ExtendedOn, string? ExtensionReason, bool ExtendedToCap,
    DateTime? EndedAt, StayEndReason? EndReason, ReleaseGround? ReleaseGround, string? EndReference,
    IReadOnlyList<StayDeadlineRow> Deadlines, IReadOnlyList<StayAlert> Alerts, IReadOnlyList<StayNoticeRow> Notices,
    IReadOnlyList<StayTimelineRow> Timeline, IReadOnlyList<string> AllowedActions, int Version);

/// <summary>Alerts from a stay's deadlines that still matter (running, missed while held, or suspended).</summary>
public static class StayAlerts
{
    public static IReadOnlyList<StayAlert> From(IEnumerable<StayDeadlineRow> deadlines, DateTimeOffset now)
    {
        var today = MexicoCity.DateOf(now);
        return [.. deadlines
            .Where(d => d.Status is DeadlineStatus.Open or DeadlineStatus.Missed or DeadlineStatus.Suspended)
            .Select(d =>
            {
                var suspended = d.Status == DeadlineStatus.Suspended;
                if (d.Unit == DeadlineUnit.Hours && d.DueAt is { } at)
                {
                    var hours = Math.Round((at - now.UtcDateTime).TotalHours, 1);
                    return new StayAlert(d.Kind, d.Description, d.LegalBasis, at, d.DueDate, hours, null, !suspended && at < now.UtcDateTime, suspended);
                }

                var days = d.DueDate.DayNumber - today.DayNumber;
                return new StayAlert(d.Kind, d.Description, d.LegalBasis, null, d.DueDate, null, days, !suspended && d.DueDate < today, suspended);
            })
            .OrderBy(a => a.Suspended).ThenBy(a => a.DueAt ?? a.DueDate.ToDateTime(TimeOnly.MaxValue))];
    }
}

public static class GetStationStay
{
    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<MigrationResult<StationStayView>> HandleAsync(Guid id, CancellationToken ct)
        {
            if (!MigrationAccess.CanReadStays(user.Principal))
            {
                return MigrationResult<StationStayView>.Forbidden();
            }

            var view = await LoadAsync(id, ct);
            return view is null ? MigrationResult<StationStayView>.NotFound() : MigrationResult<StationStayView>.Ok(view);
        }

        /// <summary>The view as stored (no permission check: the callers have already made it).</summary>
        public async Task<StationStayView?> LoadAsync(Guid id, CancellationToken ct)
        {
            var s = await db.Set<StationStay>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null)
            {
                return null;
            }

            var person = await PersonAsync(db, s.PersonId, ct);
            var station = await db.Set<Office>().AsNoTracking().Where(o => o.Id == s.StationOfficeId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
            var deadlines = await db.Set<Deadline>().AsNoTracking()
                .Where(d => d.CaseType == MigrationRules.StayCaseType && d.CaseId == id)
                .OrderBy(d => d.CreatedAt)
                .Select(d => new StayDeadlineRow(d.Id, d.Kind, d.Description, d.LegalBasis, d.Unit, d.Amount, d.TriggerDate, d.DueDate, d.DueAt,
                    d.Status, d.StatusReason))
                .ToListAsync(ct);
            var notices = await db.Set<OfficialNotice>().AsNoTracking()
                .Where(n => n.CaseType == MigrationRules.StayCaseType && n.CaseId == id)
                .OrderBy(n => n.SentAt)
                .Select(n => new StayNoticeRow(n.Id, n.Folio, n.Subject, n.RecipientAgency, n.SentAt, n.Status))
                .ToListAsync(ct);
            var timeline = (await db.Set<StationStayEvent>().AsNoTracking()
                    .Where(e => e.StayId == id)
                    .Select(e => new { e.Id, e.Kind, e.OccurredAt, e.RecordedAt, e.RecordedByAgency, e.Text, e.NoticeId })
                    .ToListAsync(ct))
                .OrderBy(e => e.OccurredAt).ThenBy(e => e.RecordedAt)
                .Select(e => new StayTimelineRow(e.Id, e.Kind, MigrationLabels.Event(e.Kind), e.OccurredAt, e.RecordedAt, e.RecordedByAgency, e.Text,
                    e.NoticeId))
                .ToList();
            var rights = s.AdmittedAt is null
                ? null
                : new RightsView(s.InformedOfRights, s.RightsInWriting, s.Consular, s.LegalAdvice, s.Interpreter, s.InterpreterLanguage, s.PhoneCall, s.Visits);
            var mayAct = MigrationAccess.IsInmCaseWorker(user.Principal);
            var allowed = mayAct && StationProcedure.IsOpen(s.Status)
                ? StayActions.All
                    .Where(a => Allowed(s.Status, a.Trigger) && !(a.Action == StayActions.AsylumRequest && s.AsylumRequestedAt is not null))
                    .Select(a => a.Action).ToList()
                : [];
            return new StationStayView(s.Id, person, s.ApprehensionId, s.StationOfficeId, station, s.Status, StationProcedure.StatusLabel(s.Status),
                s.DisposedAt, s.AdmittedAt, s.AgreementReference, rights, s.AsylumRequestedAt, s.AsylumNoticeId, s.ExtensionGround,
                s.ExtensionGround is { } g ? StationStay.Fraction(g) : null, s.ExtendedOn, s.ExtensionReason, s.ExtendedToCap,
                s.EndedAt, s.EndReason, s.ReleaseGround, s.EndReference, deadlines,
                StationProcedure.IsOpen(s.Status) ? StayAlerts.From(deadlines, clock.GetUtcNow()) : [],
                notices, timeline, allowed, s.Version);
        }

        private static bool Allowed(StationStayStatus status, StationStayTrigger trigger)
        {
            var current = status;
            return StationProcedure.Build(() => current, x => current = x).CanFire(trigger);
        }
    }

    internal static async Task<MigrationPersonRef> PersonAsync(RutaDbContext db, Guid personId, CancellationToken ct)
    {
        var p = await db.Set<Person>().AsNoTracking().Where(x => x.Id == personId)
            .Select(x => new { x.Id, x.GivenNames, x.FirstSurname, x.SecondSurname, x.BirthDate }).FirstAsync(ct);
        var nationalities = await db.Set<PersonNationality>().AsNoTracking().Where(n => n.PersonId == personId)
            .OrderBy(n => n.CountryCode).Select(n => n.CountryCode).ToListAsync(ct);
        return new MigrationPersonRef(p.Id, PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.BirthDate, nationalities);
    }
}
