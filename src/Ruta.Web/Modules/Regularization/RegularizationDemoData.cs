using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization;

/// <summary>
/// Demo procedures (dates relative to today), seeded once when there are none and the demo persons
/// exist: Kenia Ordóñez, mother of a Mexican girl, regularizing by family link (walk-in); Ernesto Sosa,
/// an overstayer with a prevención; Carlos Obando, refused, with an order to leave whose period is
/// ending; Luz Marina Zapata, regularized as humanitarian visitor; and a visa por unidad familiar
/// asked by a Mexican woman for her husband abroad.
/// </summary>
internal sealed class RegularizationDemoData : IDemoDataContributor
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RutaDbContext>();
        if (await db.Set<RegularizationProcedure>().AnyAsync(cancellationToken) || await db.Set<FamilyUnityProcedure>().AnyAsync(cancellationToken))
        {
            return;
        }

        var office = await db.Set<Office>().Where(o => o.Code == "INM-OR-07").Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (office is not { } officeId)
        {
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var deadlines = services.GetRequiredService<IDeadlines>();
        var issuer = services.GetRequiredService<DocumentIssuer>();
        var today = MexicoCity.Today(clock);
        var actor = new ProcedureActor(clock.GetUtcNow().UtcDateTime, null, AgencyCodes.Inm);

        async Task<Guid?> PersonAsync(string givenNames, string firstSurname) =>
            await db.Set<Person>().Where(p => p.GivenNames == givenNames && p.FirstSurname == firstSurname).Select(p => (Guid?)p.Id)
                .FirstOrDefaultAsync(cancellationToken);

        Task<Deadline> Schedule(string caseType, Guid caseId, Guid personId, string kind, string description, string basis, DeadlineUnit unit, int amount,
            DateOnly trigger) =>
            deadlines.ScheduleAsync(new DeadlineRequest(caseType, caseId, personId, kind, description, basis, AgencyCodes.Inm, unit, amount, trigger),
                cancellationToken);

        async Task<RegularizationProcedure> FileAsync(Guid personId, RegularizationGround ground, int daysAgo, string? detail = null,
            Guid? principal = null, FamilyRelation? relation = null, StayCondition? requested = null, StayCondition? eligible = null,
            DateOnly? expiredOn = null, RegularizationRequirement presented = RegularizationRequirement.None)
        {
            var filedOn = today.AddDays(-daysAgo);
            var procedure = RegularizationProcedure.File(new RegularizationFiling(personId, RegularizationOrigin.WalkIn, ground, detail, officeId, filedOn,
                null, null, null, principal, relation, requested, eligible, null, null, expiredOn, presented), actor);
            db.Add(procedure);
            procedure.ResolutionDueDate = (await Schedule(RegularizationRules.CaseType, procedure.Id, personId, RegularizationRules.ResolutionKind,
                "Resolución de la solicitud de regularización", RegularizationRules.ResolutionBasis, DeadlineUnit.NaturalDays,
                RegularizationRules.ResolutionNaturalDays, filedOn)).DueDate;
            return procedure;
        }

        void Close(RegularizationProcedure procedure, DateOnly on)
        {
            foreach (var open in db.ChangeTracker.Entries<Deadline>().Select(e => e.Entity)
                         .Where(d => d.CaseId == procedure.Id && d.Kind == RegularizationRules.ResolutionKind && d.Status == DeadlineStatus.Open).ToList())
            {
                deadlines.Cancel(open, $"Resuelta el {on:yyyy-MM-dd} (datos de demostración).");
            }
        }

        var all = RegularizationRequirement.WrittenRequest | RegularizationRequirement.IdentityDocument | RegularizationRequirement.FamilyLinkProof
            | RegularizationRequirement.ExpiredDocument | RegularizationRequirement.FinePaid | RegularizationRequirement.ConditionRequirements;

        if (await PersonAsync("Kenia Yamileth", "Ordóñez") is { } kenia && await PersonAsync("Ashley Nicole", "Ordóñez") is { } ashley)
        {
            await FileAsync(kenia, RegularizationGround.FamilyLink, 4, principal: ashley, relation: FamilyRelation.Parent,
                eligible: StayCondition.PermanentResident,
                presented: RegularizationRequirement.WrittenRequest | RegularizationRequirement.IdentityDocument | RegularizationRequirement.FamilyLinkProof);
        }

        if (await PersonAsync("Ernesto Rafael", "Sosa") is { } ernesto)
        {
            var procedure = await FileAsync(ernesto, RegularizationGround.ExpiredStay, 6, requested: StayCondition.TemporaryResident,
                expiredOn: today.AddDays(-30), presented: RegularizationRequirement.WrittenRequest | RegularizationRequirement.IdentityDocument
                    | RegularizationRequirement.ExpiredDocument);
            var notifiedOn = today.AddDays(-2);
            procedure.IssuePrevention(notifiedOn, RegularizationRequirement.None, "Datos de demostración.", today, actor);
            foreach (var open in db.ChangeTracker.Entries<Deadline>().Select(e => e.Entity)
                         .Where(d => d.CaseId == procedure.Id && d.Status == DeadlineStatus.Open).ToList())
            {
                deadlines.Suspend(open, $"Prevención notificada el {notifiedOn:yyyy-MM-dd} (LFPA art. 17-A).");
            }

            procedure.PreventionAnswerDueDate = (await Schedule(RegularizationRules.CaseType, procedure.Id, ernesto, RegularizationRules.PreventionAnswerKind,
                "Desahogo de la prevención (requisitos faltantes)", RegularizationRules.PreventionBasis, DeadlineUnit.BusinessDays,
                RegularizationRules.PreventionAnswerBusinessDays, notifiedOn)).DueDate;
        }

        if (await PersonAsync("Carlos Manuel", "Obando") is { } carlos)
        {
            var procedure = await FileAsync(carlos, RegularizationGround.ResidenceIntent, 50, requested: StayCondition.TemporaryResident, presented: all);
            var resolvedOn = today.AddDays(-26);
            procedure.Refuse(resolvedOn, "No acreditó los requisitos de la residencia temporal solicitada (datos de demostración).", actor);
            Close(procedure, resolvedOn);
            var due = await Schedule(RegularizationRules.CaseType, procedure.Id, carlos, RegularizationRules.DepartureKind,
                "Salida del territorio nacional (30 días naturales)", RegularizationRules.DepartureOrderBasis, DeadlineUnit.NaturalDays, 30, resolvedOn);
            var order = await issuer.IssueAsync(new IssueDocumentRequest(DocumentType.DepartureOrder, carlos, resolvedOn, due.DueDate,
                RegularizationRules.CaseType, procedure.Id, $"Plazo concedido para salir del territorio nacional: 30 días naturales; último día: {due.DueDate:yyyy-MM-dd}.",
                IssuingOfficeId: officeId, IssuingAgency: AgencyCodes.Inm), cancellationToken);
            procedure.AttachDepartureOrder(order.Id, 30, due.DueDate);
        }

        if (await PersonAsync("Luz Marina", "Zapata") is { } luz)
        {
            var procedure = await FileAsync(luz, RegularizationGround.Vulnerability, 40,
                "Enfermedad grave en tratamiento; viajar pone en riesgo su vida (datos de demostración).", presented: all);
            var resolvedOn = today.AddDays(-20);
            procedure.Grant(resolvedOn, StayCondition.HumanitarianVisitor, "Se acreditó la vulnerabilidad (datos de demostración).", actor);
            Close(procedure, resolvedOn);
            var card = await issuer.IssueAsync(new IssueDocumentRequest(DocumentType.HumanitarianVisitorCard, luz, resolvedOn,
                resolvedOn.AddYears(1).AddDays(-1), RegularizationRules.CaseType, procedure.Id,
                "Visitante por razones humanitarias por regularización: vulnerabilidad (LM art. 133 párr. segundo fr. IV).",
                IssuingOfficeId: officeId, IssuingAgency: AgencyCodes.Inm), cancellationToken);
            procedure.GrantedDocumentId = card.Id;
        }

        var principal = new Person
        {
            Id = Guid.CreateVersion7(), GivenNames = "Guadalupe", FirstSurname = "Ramírez", SecondSurname = "Soto", Sex = Sex.Female,
            BirthDate = new DateOnly(1991, 4, 12), SearchName = "guadalupe ramirez soto", CreatedAt = actor.Now, CreatedByAgency = AgencyCodes.Inm,
            Version = 1, Nationalities = [new PersonNationality { CountryCode = "MEX" }],
        };
        var husband = new Person
        {
            Id = Guid.CreateVersion7(), GivenNames = "Mateo", FirstSurname = "Alvarado", SecondSurname = "Díaz", Sex = Sex.Male,
            BirthDate = new DateOnly(1989, 9, 3), SearchName = "mateo alvarado diaz", CreatedAt = actor.Now, CreatedByAgency = AgencyCodes.Inm,
            Version = 1, Nationalities = [new PersonNationality { CountryCode = "VEN" }],
        };
        principal.FamilyLinks.Add(new FamilyLink { PersonId = principal.Id, RelativeId = husband.Id, Kind = FamilyRelation.SpouseOrPartner });
        husband.FamilyLinks.Add(new FamilyLink { PersonId = husband.Id, RelativeId = principal.Id, Kind = FamilyRelation.SpouseOrPartner });
        db.AddRange(principal, husband);
        var filed = today.AddDays(-3);
        var visa = FamilyUnityProcedure.File(new FamilyUnityFiling(FamilyUnityKind.Visa, principal.Id, husband.Id, FamilyRelation.SpouseOrPartner,
            PrincipalStanding.Mexican, StayCondition.TemporaryResident, FamilyEligibility.SpouseWaitingYears, null, officeId, filed,
            FamilyUnityRequirement.WrittenRequest | FamilyUnityRequirement.PrincipalIdentity | FamilyUnityRequirement.RelativePassport), actor);
        db.Add(visa);
        visa.ResolutionDueDate = (await Schedule(RegularizationRules.FamilyUnityCaseType, visa.Id, husband.Id, RegularizationRules.FamilyResolutionKind,
            "Resolución: visa por unidad familiar", RegularizationRules.OtherResolutionBasis, DeadlineUnit.BusinessDays,
            RegularizationRules.OtherResolutionBusinessDays, filed)).DueDate;

        await db.SaveChangesAsync(cancellationToken);
    }
}
