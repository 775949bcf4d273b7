using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration;

/// <summary>
/// Demo records relative to now: five puestas a disposición whose stays show every alert of the
/// roster (24 h running out, 36 h close and passed, 15 business days), an asylum request while held,
/// and the López Caal family, whose son goes to the Procuraduría and whose parents wait for his
/// canalization; plus two crossings at filters. Seeded only when there are no apprehensions and the
/// demo persons exist. Stays are built through the same age gate and domain methods as the acts.
/// </summary>
internal sealed class MigrationDemoData : IDemoDataContributor
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RutaDbContext>();
        if (await db.Set<Apprehension>().AnyAsync(cancellationToken))
        {
            return;
        }

        var acts = services.GetRequiredService<StayActs>();
        var ages = services.GetRequiredService<StationAgeGate>();
        var now = acts.Now;
        var offices = await db.Set<Office>().Where(o => o.AgencyCode == AgencyCodes.Inm)
            .ToDictionaryAsync(o => o.Code, cancellationToken);
        var persons = await db.Set<Person>().Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname })
            .ToListAsync(cancellationToken);
        Guid? Find(string given, string surname) => persons.FirstOrDefault(p => p.GivenNames == given && p.FirstSurname == surname)?.Id;
        if (!offices.ContainsKey("INM-EM-TAP") || Find("Carlos Manuel", "Obando") is null)
        {
            return;
        }

        var actor = acts.Actor();

        async Task<(Apprehension, List<StationStay>)> ApprehendAsync(string station, ApprehensionOperation operation, string order, string basis,
            string state, string municipality, string place, double hoursAgo, params (Guid Id, Guid? Carer)[] members)
        {
            var disposedAt = now.AddHours(-hoursAgo);
            var office = offices[station];
            var a = new Apprehension(operation, order, basis, state, municipality, place, disposedAt,
                "Agentes federales de migración del INM (demostración)", office.Id, now, null, AgencyCodes.Inm);
            db.Add(a);
            var stays = new List<StationStay>();
            foreach (var (id, carer) in members)
            {
                var check = (await ages.CheckAsync(id, a.Id, StationAgeCheck.AtDisposal, Kernel.Calendar.MexicoCity.DateOf(disposedAt), cancellationToken))!;
                var member = new ApprehendedPerson(a.Id, id, check.IsChild, carer);
                a.Persons.Add(member);
                if (check.IsAdult)
                {
                    var stay = StationStay.PutAtDisposal(id, a.Id, office.Id, disposedAt, check, actor);
                    db.Add(stay);
                    member.StayId = stay.Id;
                    await acts.ScheduleDisposalDeadlinesAsync(stay, cancellationToken);
                    stays.Add(stay);
                }
                else
                {
                    var p = persons.First(x => x.Id == id);
                    var notice = await acts.NotifyProcuraduriaAsync(a, id, PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname),
                        office.Name, null, "Datos de demostración.", cancellationToken);
                    member.ChildNoticeId = notice.Id;
                }
            }

            return (a, stays);
        }

        async Task AdmitAsync(StationStay stay, double hoursAfter, string reference)
        {
            var agreedAt = stay.DisposedAt.AddHours(hoursAfter);
            var check = (await ages.CheckAsync(stay.PersonId, stay.ApprehensionId, StationAgeCheck.AtAdmission,
                Kernel.Calendar.MexicoCity.DateOf(agreedAt), cancellationToken))!;
            stay.Admit(agreedAt, reference, new RightsChecklist(true, true, ConsularAssistance.Declined, true, InterpreterNeed.NotNeeded, null, true, true),
                check, actor);
            foreach (var deadline in await acts.RunningDeadlinesAsync(stay, MigrationRules.AgreementKind, cancellationToken))
            {
                acts.Meet(deadline, agreedAt);
            }

            await acts.ScheduleStayLimitAsync(stay, agreedAt, cancellationToken);
        }

        const string Revision = "Ley de Migración, arts. 97 y 99";
        if (Find("Carlos Manuel", "Obando") is { } carlos)
        {
            var (_, stays) = await ApprehendAsync("INM-EM-TAP", ApprehensionOperation.Revision, "INM/ORCHIS/REV/0412/2026", Revision, "07", "Tapachula",
                "Punto de revisión carretera costera, km 12", 24 * 12, (carlos, null));
            await AdmitAsync(stays[0], 3, "EM-TAP/AP/0981/2026");
        }

        if (Find("Wilson Patricio", "Quishpe") is { } wilson)
        {
            await ApprehendAsync("INM-EM-IZT", ApprehensionOperation.Verification, "INM/ORCDMX/VER/0077/2026", "Ley de Migración, arts. 92, 95 y 99",
                "09", "Iztapalapa", "Domicilio verificado en la colonia Santa Cruz Meyehualco", 20, (wilson, null));
        }

        if (Find("Élmer Orlando", "Chávez") is { } elmer)
        {
            var (_, stays) = await ApprehendAsync("INM-EM-ACY", ApprehensionOperation.Revision, "INM/ORVER/REV/0209/2026", Revision, "30", "Acayucan",
                "Autopista La Tinaja–Cosoleacaque, caseta de Acayucan", 30, (elmer, null));
            await AdmitAsync(stays[0], 4, "EM-ACY/AP/0311/2026");
        }

        if (Find("Emmanuel", "Nkembe") is { } emmanuel)
        {
            var (_, stays) = await ApprehendAsync("INM-EM-TAP", ApprehensionOperation.Revision, "INM/ORCHIS/REV/0430/2026", Revision, "07", "Huixtla",
                "Terminal de autobuses de Huixtla", 24 * 5, (emmanuel, null));
            await AdmitAsync(stays[0], 2, "EM-TAP/AP/1002/2026");
            var requestedAt = stays[0].AdmittedAt!.Value.AddHours(5);
            var notice = await acts.NotifyComarAsync(emmanuel, stays[0].StationOfficeId, requestedAt, "estando presentada en la estación migratoria",
                MigrationRules.StayCaseType, stays[0].Id, MigrationRules.AsylumWhileHeldBasis, cancellationToken);
            stays[0].RecordAsylumRequest(requestedAt, notice.Id, "Teme volver a la región anglófona de Camerún (demostración).", actor);
        }

        if (Find("Marvin Estuardo", "López") is { } marvin && Find("Irma Yolanda", "Caal") is { } irma && Find("Brayan Estuardo", "López") is { } brayan)
        {
            await ApprehendAsync("INM-EM-TAP", ApprehensionOperation.Revision, "INM/ORCHIS/REV/0455/2026", Revision, "07", "Tapachula",
                "Punto de revisión El Manguito", 3, (marvin, null), (irma, null), (brayan, marvin));
        }

        if (offices.TryGetValue("INM-PI-AICM", out var aicm) && Find("Sebastián", "Núñez") is { } sebastian)
        {
            db.Add(new BorderControlEntry(sebastian, aicm.Id, CrossingDirection.Entry, now.AddDays(-2), IdentityDocumentType.Passport, "AT4567891", "COL",
                ConditionOfStay.VisitorWithoutPermissionToWork, false, now, null));
        }

        if (offices.TryGetValue("INM-PI-CHI", out var hidalgo) && Find("Rose-Merline", "Dorvil") is { } rose)
        {
            var entry = new BorderControlEntry(rose, hidalgo.Id, CrossingDirection.Entry, now.AddHours(-26), null, null, null, null, true, now, null);
            db.Add(entry);
            entry.AsylumNoticeId = (await acts.NotifyComarAsync(rose, hidalgo.Id, entry.OccurredAt, "en un punto de internación al país",
                MigrationRules.BorderEntryCaseType, entry.Id, MigrationRules.AsylumAtBorderBasis, cancellationToken)).Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
