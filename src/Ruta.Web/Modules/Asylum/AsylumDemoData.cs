using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum;

/// <summary>
/// Three demo claims for the demo families (dates relative to today): the Pérez Castillo family in
/// procedure, the Joseph Pierre family recognized, the Martínez Fonseca couple with a negative
/// resolution whose appeal window is open. Seeded only when there are no claims and the families exist.
/// </summary>
internal sealed class AsylumDemoData : IDemoDataContributor
{
    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RutaDbContext>();
        if (await db.Set<AsylumClaim>().AnyAsync(cancellationToken))
        {
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var deadlines = services.GetRequiredService<IDeadlines>();
        var notices = services.GetRequiredService<NoticeSender>();
        var calendars = services.GetRequiredService<LegalCalendarProvider>();
        var calendar = await calendars.GetAsync(db, cancellationToken);
        var office = await db.Set<Office>().Where(o => o.Code == "COMAR-TAP").Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        var today = MexicoCity.Today(clock);
        var actor = new AsylumActor(clock.GetUtcNow().UtcDateTime, null, AgencyCodes.Comar);
        var acts = services.GetRequiredService<ClaimActs>();

        void MeetResolution(AsylumClaim claim)
        {
            foreach (var open in db.ChangeTracker.Entries<Deadline>().Select(e => e.Entity)
                         .Where(d => d.CaseId == claim.Id && d.Kind == AsylumRules.ResolutionKind && d.Status == DeadlineStatus.Open).ToList())
            {
                acts.Meet(open, claim.ResolvedOn!.Value);
            }
        }

        async Task<Guid[]?> FamilyAsync(params string[] givenNames)
        {
            var ids = await db.Set<Person>().Where(p => givenNames.Contains(p.GivenNames!)).Select(p => new { p.Id, p.GivenNames }).ToListAsync(cancellationToken);
            return ids.Count == givenNames.Length ? [.. givenNames.Select(g => ids.First(i => i.GivenNames == g).Id)] : null;
        }

        async Task<AsylumClaim> FileAsync(Guid[] family, int daysAgo)
        {
            var filed = today.AddDays(-daysAgo);
            var entered = filed.AddDays(-10);
            var lastDay = calendar.Compute(entered, AsylumRules.FilingPeriodBusinessDays, PeriodUnit.BusinessDays, AgencyCodes.Comar).DueDate;
            var claim = AsylumClaim.File(new FilingFacts(family[0], family[1..], entered, filed, office!.Value, AgencyCodes.Comar,
                FiledBy.Applicant, lastDay), actor);
            db.Add(claim);
            claim.CaseNumber = await AsylumCaseNumbers.AllocateAsync(db, filed.Year, cancellationToken);
            claim.ResolutionDueDate = (await deadlines.ScheduleAsync(new DeadlineRequest(AsylumRules.CaseType, claim.Id, claim.ApplicantId,
                AsylumRules.ResolutionKind, "Resolución de la solicitud de refugio", AsylumRules.ResolutionBasis, AgencyCodes.Comar,
                DeadlineUnit.BusinessDays, AsylumRules.ResolutionBusinessDays, filed), cancellationToken)).DueDate;
            await notices.SendAsync(new NewNotice(AgencyCodes.Inm, NoticeTypes.AsylumClaimFiled,
                "Presentación de solicitud de reconocimiento de la condición de refugiado",
                $"Se hace de su conocimiento que el {filed:dd/MM/yyyy} se presentó la solicitud {claim.Id} (datos de demostración).",
                AsylumRules.ClaimNoticeBasis, claim.ApplicantId, AsylumRules.CaseType, claim.Id,
                AcknowledgeWithin: new AcknowledgementLimit(AsylumRules.InmAcknowledgementHours, DeadlineUnit.Hours), SenderAgency: AgencyCodes.Comar,
                Link: AsylumNoticeLinks.IssueHumanitarianCards(claim.Id)),
                cancellationToken);
            return claim;
        }

        if (office is null)
        {
            return;
        }

        if (await FamilyAsync("José Luis", "María Fernanda", "Ángel David", "Sofía Guadalupe") is { } perez)
        {
            var claim = await FileAsync(perez, 20);
            claim.RecordInterview(claim.ApplicantId, today.AddDays(-6), null, "Entrevista de elegibilidad (demostración).", actor);
        }

        if (await FamilyAsync("Jean-Baptiste", "Marie-Ange", "Wideline") is { } joseph)
        {
            var claim = await FileAsync(joseph, 120);
            claim.RecordInterview(claim.ApplicantId, today.AddDays(-100), "hat", "Entrevista con intérprete de kreyòl (demostración).", actor);
            claim.Resolve(AsylumOutcome.Refugee, today.AddDays(-70), "Persecución por opiniones políticas (demostración).", true, [], actor);
            MeetResolution(claim);
            claim.Notify(today.AddDays(-69), actor);
        }

        if (await FamilyAsync("Yoandris", "Yanelis") is { } martinez)
        {
            var claim = await FileAsync(martinez, 60);
            claim.Resolve(AsylumOutcome.Rejected, today.AddDays(-4), "Sin temor fundado; no procede la protección complementaria (demostración).",
                true, [], actor);
            MeetResolution(claim);
            claim.Notify(today.AddDays(-3), actor);
            claim.AppealDueDate = (await deadlines.ScheduleAsync(new DeadlineRequest(AsylumRules.CaseType, claim.Id, claim.ApplicantId,
                AsylumRules.AppealKind, "Plazo para interponer el recurso de revisión", AsylumRules.AppealBasis, AgencyCodes.Comar,
                DeadlineUnit.BusinessDays, AsylumRules.AppealBusinessDays, claim.NotifiedOn!.Value), cancellationToken)).DueDate;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
