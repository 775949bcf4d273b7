using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children;

/// <summary>
/// Demo care centres (DIF Chiapas, Tapachula, Tabasco, Baja California and a civil-society shelter)
/// and three demo cases: the Tzoc Tum children with their mother (plan in force recommending
/// regularization with family unity, awaiting INM's decision), Bryan Steven Caicedo, unaccompanied
/// and of presumed age (received, awaiting diagnosis), and Kevin Alexander Hernández, separated, with
/// his aunt (notified, awaiting reception). Seeded only when there are no centres.
/// </summary>
internal sealed class ChildrenDemoData : IDemoDataContributor
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RutaDbContext>();
        if (await db.Set<CareCenter>().AnyAsync(cancellationToken))
        {
            return;
        }

        var offices = await db.Set<Office>().Where(o => o.AgencyCode == AgencyCodes.Dif || o.AgencyCode == AgencyCodes.ChildProtectionOffice)
            .ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        CareCenter Center(string code, string name, CareSystem system, string? office, string state, string city, int capacity, bool families)
        {
            var center = new CareCenter(Guid.CreateVersion7(), code, name, system, office is null ? null : offices[office], state, city, capacity, families);
            db.Add(center);
            return center;
        }

        var family = Center("CAS-07-TAP-FAM", "Albergue familiar del Sistema DIF Municipal de Tapachula", CareSystem.Municipal, "DIF-M-TAP", "07", "Tapachula", 24, true);
        Center("CAS-07-TAP-NNA", "Centro de Asistencia Social para adolescentes no acompañados, Tapachula", CareSystem.State, "DIF-07", "07", "Tapachula", 12, false);
        Center("CAS-07-TGZ", "Centro de Asistencia Social del Sistema DIF Chiapas", CareSystem.State, "DIF-07", "07", "Tuxtla Gutiérrez", 30, false);
        Center("CAS-27-TEN", "Albergue del Sistema DIF Municipal de Tenosique", CareSystem.Municipal, "DIF-M-TEN", "27", "Tenosique", 16, true);
        Center("CAS-02-TIJ", "Centro de Asistencia Social del Sistema DIF Municipal de Tijuana", CareSystem.Municipal, "DIF-M-TIJ", "02", "Tijuana", 20, false);
        Center("OSC-07-TAP", "Albergue de la sociedad civil para familias migrantes, Tapachula", CareSystem.CivilSociety, null, "07", "Tapachula", 40, true);
        await db.SaveChangesAsync(cancellationToken);

        var persons = await db.Set<Person>().Where(p => new[] { "Juana Ixchel", "Josué Baltazar", "Rosa Amalia", "Bryan Steven", "Kevin Alexander", "Brenda Lisseth" }
                .Contains(p.GivenNames!))
            .Select(p => new { p.Id, p.GivenNames, p.BirthDate, p.BirthDateEstimated }).ToListAsync(cancellationToken);
        if (persons.Count < 6)
        {
            return;
        }

        Guid Id(string given) => persons.First(p => p.GivenNames == given).Id;
        var clock = services.GetRequiredService<TimeProvider>();
        var notices = services.GetRequiredService<NoticeSender>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = MexicoCity.Today(clock);
        var inm = new ChildActor(now.AddDays(-20), null, "demo", AgencyCodes.Inm);
        var procuraduria = new ChildActor(now.AddDays(-19), null, "demo", AgencyCodes.ChildProtectionOffice);
        var dif = new ChildActor(now.AddDays(-19), null, "demo", AgencyCodes.Dif);

        // The Procuraduría received these cases: their oficios are acknowledged (as ReceiveCase does), the alert met.
        void Acknowledge(ChildCase child, DateTime at)
        {
            var notice = db.ChangeTracker.Entries<OfficialNotice>().Select(e => e.Entity).Single(n => n.Id == child.NoticeId);
            notice.Acknowledge(at, null, "demo", AgencyCodes.ChildProtectionOffice);
            foreach (var deadline in db.ChangeTracker.Entries<Deadline>().Select(e => e.Entity).Where(d => d.CaseId == notice.Id))
            {
                deadline.Status = DeadlineStatus.Met;
                deadline.ClosedAt = at;
            }
        }

        async Task<ChildCase> IdentifyAsync(string given, Guid group, DateTime at, params (string Given, AdultRelation Relation)[] adults)
        {
            var p = persons.First(x => x.GivenNames == given);
            var child = ChildCase.Identify(new IdentificationFacts(p.Id, group, p.BirthDate, p.BirthDateEstimated, at, IdentifyingAuthority.Inm, null, "07",
                "Tapachula", "Revisión migratoria en la carretera costera", offices["PROCURADURIA-07"],
                [.. adults.Select(a => (Id(a.Given), a.Relation, RelationSource.Registry, (FamilyRelation?)null))]), inm with { Now = at });
            db.Add(child);
            var notice = await notices.SendAsync(new NewNotice(AgencyCodes.ChildProtectionOffice, NoticeTypes.ChildIdentified,
                "Notificación inmediata de niña, niño o adolescente migrante",
                "Notificación de demostración: niña, niño o adolescente identificado en Tapachula, Chiapas. Caso: " + child.Id + ".",
                ChildRules.NoticeBasis, p.Id, ChildRules.CaseType, child.Id, offices["PROCURADURIA-07"],
                new AcknowledgementLimit(ChildRules.AcknowledgementHours, DeadlineUnit.Hours, ChildRules.AcknowledgementBasis), AgencyCodes.Inm), cancellationToken);
            child.NoticeSent(notice.Id, notice.Folio);
            return child;
        }

        // The Tzoc Tum children, with their mother: plan in force, regularization with family unity, awaiting INM's decision.
        var group = Guid.CreateVersion7();
        foreach (var given in new[] { "Josué Baltazar", "Rosa Amalia" })
        {
            var child = await IdentifyAsync(given, group, now.AddDays(-20), ("Juana Ixchel", AdultRelation.ParentOrGuardian));
            child.Canalize(offices["DIF-M-TAP"], $"ACTA-NNA-DEMO-{given[..4].ToUpperInvariant()}", null, inm);
            child.Place(family, family.Occupied, [Id("Juana Ixchel")], given == "Rosa Amalia" ? 1 : 0, null, dif);
            child.ReceiveCase(procuraduria);
            Acknowledge(child, now);
            child.DiagnoseFamily(today.AddDays(-17), "Demostración: la familia huyó de amenazas de extorsión; la madre cuida adecuadamente a sus hijos.", procuraduria);
            child.DetermineRights(today.AddDays(-15), [("Derecho a vivir en familia", false, null), ("Derecho a la educación", false, "Sin escuela desde hace 6 meses.")],
                procuraduria);
            child.DetermineBestInterest(today.AddDays(-12), [("Lic. Demo, Procuraduría de Protección de Chiapas", "abogada"), ("Psic. Demo", "psicóloga")],
                "Demostración: quiere quedarse con su mamá y volver a la escuela.", null,
                "Demostración: permanecer en México con su madre garantiza la unidad familiar y la educación.", 10, procuraduria);
            var plan = child.IssuePlan(today.AddDays(-10), new PlanOutcomes(true, false, false, false, false), "Demostración: permanencia en México.",
                [("Inscripción escolar", "Secretaría de Educación de Chiapas", today.AddDays(5)), ("Atención psicológica", "DIF Chiapas", today.AddDays(2))],
                [Id("Juana Ixchel")], procuraduria);
            var planNotice = await notices.SendAsync(new NewNotice(AgencyCodes.Inm, NoticeTypes.ChildRestitutionPlan, "Presentación del plan de restitución de derechos",
                "Plan de demostración. Decisiones migratorias que el plan permite al Instituto: regularización migratoria (con unidad familiar). Caso: " + child.Id + ".",
                ChildRules.PlanBasis, child.PersonId, ChildRules.CaseType, child.Id, SenderAgency: AgencyCodes.ChildProtectionOffice), cancellationToken);
            child.PlanNoticeSent(plan, planNotice.Id, planNotice.Folio);
        }

        // Bryan Steven: unaccompanied, estimated birth date (presumed a child), received, awaiting diagnosis.
        var bryan = await IdentifyAsync("Bryan Steven", Guid.CreateVersion7(), now.AddDays(-3));
        bryan.Canalize(offices["DIF-07"], "ACTA-NNA-DEMO-BRYA", null, inm with { Now = now.AddDays(-3) });
        bryan.ReceiveCase(procuraduria with { Now = now.AddDays(-2) });
        Acknowledge(bryan, now);

        // Kevin Alexander: separated (with his aunt, his customary caregiver), notified, awaiting reception.
        await IdentifyAsync("Kevin Alexander", Guid.CreateVersion7(), now.AddHours(-5), ("Brenda Lisseth", AdultRelation.CustomaryCaregiver));
        await db.SaveChangesAsync(cancellationToken);
    }
}
