using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.UnitTests.Modules.Children;

/// <summary>The legal rules a case enforces on its own (no database): childhood, accompaniment, shelter, TVRH, best interest, the plan that binds INM.</summary>
public sealed class ChildCaseRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 18, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly ChildActor Inm = new(Now, null, "inm", "INM");
    private static readonly ChildActor Procuraduria = new(Now, null, "procuraduria", "PROCURADURIA");
    private static readonly ChildActor Dif = new(Now, null, "dif", "DIF");
    private static readonly Guid Mother = Guid.NewGuid();
    private static readonly Guid Stranger = Guid.NewGuid();

    private static ChildCase Identify(params (Guid Person, AdultRelation Relation)[] adults) =>
        ChildCase.Identify(new IdentificationFacts(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2014, 5, 1), false, Now, IdentifyingAuthority.Inm, null,
            "07", "Tapachula", null, Guid.NewGuid(), [.. adults.Select(a => (a.Person, a.Relation, RelationSource.Declared, (FamilyRelation?)null))]), Inm);

    private static CareCenter Center(int capacity, bool families) =>
        new(Guid.NewGuid(), "C", "Centro", CareSystem.State, Guid.NewGuid(), "07", "Tapachula", capacity, families);

    [Theory]
    [InlineData(null, false, true)]
    [InlineData("2009-11-21", false, true)]
    [InlineData("2008-11-20", false, false)]
    [InlineData("2007-11-20", true, true)]
    [InlineData("2000-01-01", true, false)]
    public void A_person_under_18_or_of_uncertain_age_is_presumed_a_child(string? birth, bool estimated, bool child)
    {
        var date = birth is null ? (DateOnly?)null : DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(child, Person.IsChildOn(date, estimated, Today));
    }

    [Fact]
    public void Accompaniment_follows_from_the_adults_present()
    {
        Assert.Equal(Accompaniment.Accompanied, ChildCase.AccompanimentOf([AdultRelation.Unrelated, AdultRelation.ParentOrGuardian]));
        Assert.Equal(Accompaniment.Separated, ChildCase.AccompanimentOf([AdultRelation.CustomaryCaregiver, AdultRelation.Unrelated]));
        Assert.Equal(Accompaniment.Unaccompanied, ChildCase.AccompanimentOf([AdultRelation.Unrelated]));
        Assert.Equal(Accompaniment.Unaccompanied, ChildCase.AccompanimentOf([]));
    }

    [Fact]
    public void Identification_notifies_and_the_procuraduria_detecting_a_case_starts_it_received()
    {
        var identified = Identify();
        var detected = ChildCase.Identify(new IdentificationFacts(Guid.NewGuid(), Guid.NewGuid(), null, false, Now, IdentifyingAuthority.Procuraduria, null,
            "07", "Tapachula", null, Guid.NewGuid(), []), Procuraduria);

        Assert.Equal(ChildCaseStatus.Notified, identified.Status);
        Assert.Equal(ChildCaseStatus.Received, detected.Status);
        Assert.True(detected.AgePresumed);
    }

    [Fact]
    public void A_child_is_placed_only_after_canalization()
    {
        var child = Identify();

        var e = Assert.Throws<DomainRuleException>(() => child.Place(Center(10, false), 0, [], 0, null, Dif));
        Assert.Equal(ChildRules.NotCanalized, e.Code);
    }

    [Fact]
    public void A_full_care_centre_refuses_the_placement_and_its_count_is_unchanged()
    {
        var child = Identify((Mother, AdultRelation.ParentOrGuardian));
        child.Canalize(Guid.NewGuid(), "ACTA-1", null, Inm);
        var center = Center(capacity: 3, families: true);

        var e = Assert.Throws<DomainRuleException>(() => child.Place(center, occupiedNow: 2, [Mother], 0, null, Dif));

        Assert.Equal(ChildRules.CareCenterFull, e.Code);
        Assert.Equal(ChildRules.CapacityBasis, e.LegalBasis);
        Assert.Equal(0, center.Occupied);
        Assert.Null(child.ActivePlacement);
    }

    [Fact]
    public void A_sibling_joining_a_mother_already_lodged_takes_one_place()
    {
        var child = Identify((Mother, AdultRelation.ParentOrGuardian));
        child.Canalize(Guid.NewGuid(), "ACTA-1", null, Inm);
        var center = Center(capacity: 3, families: true);

        child.Place(center, occupiedNow: 2, [Mother], companionsAlreadyThere: 1, null, Dif);

        Assert.Equal(3, center.Occupied);
    }

    [Fact]
    public void An_unaccompanied_child_is_never_lodged_with_adults()
    {
        var child = Identify((Stranger, AdultRelation.Unrelated));
        child.Canalize(Guid.NewGuid(), "ACTA-1", null, Inm);

        var e = Assert.Throws<DomainRuleException>(() => child.Place(Center(10, true), 0, [Stranger], 0, null, Dif));
        Assert.Equal(ChildRules.ChildApartFromAdults, e.Code);
    }

    [Fact]
    public void An_accompanied_child_is_lodged_apart_from_the_family_only_with_a_reason()
    {
        var child = Identify((Mother, AdultRelation.ParentOrGuardian));
        child.Canalize(Guid.NewGuid(), "ACTA-1", null, Inm);

        var e = Assert.Throws<DomainRuleException>(() => child.Place(Center(10, false), 0, [], 0, " ", Dif));
        Assert.Equal(ChildRules.SeparationWithoutReason, e.Code);

        var placement = child.Place(Center(10, false), 0, [], 0, "La Procuraduría detectó violencia familiar.", Dif);
        Assert.False(placement.WithFamily);
    }

    [Fact]
    public void The_TVRH_reaches_the_adult_in_charge_not_an_unrelated_adult_nor_one_found_contrary_to_the_childs_interest()
    {
        var child = Identify((Mother, AdultRelation.ParentOrGuardian), (Stranger, AdultRelation.Unrelated));
        child.EnsureTvrhHolder(child.PersonId);
        child.EnsureTvrhHolder(Mother);

        Assert.Equal(ChildRules.TvrhNotCaregiver, Assert.Throws<DomainRuleException>(() => child.EnsureTvrhHolder(Stranger)).Code);

        child.ReceiveCase(Procuraduria);
        child.DetermineAdultContrary(Mother, Today, "Riesgo para la niña.", Procuraduria);
        Assert.Equal(ChildRules.TvrhAdultContrary, Assert.Throws<DomainRuleException>(() => child.EnsureTvrhHolder(Mother)).Code);
    }

    [Theory]
    [InlineData(15, false)]
    [InlineData(12, false)]
    [InlineData(null, false)]
    [InlineData(8, true)]
    public void The_childs_opinion_must_be_heard_only_a_young_child_may_instead_have_a_recorded_reason(int? age, bool reasonAccepted)
    {
        var child = AtRightsDetermined();

        void Determine() => child.DetermineBestInterest(Today, [("Lic. A", "Procuraduría")], null, "No pudo expresarla por su edad.", "Razones.", age, Procuraduria);

        if (reasonAccepted)
        {
            Determine();
            Assert.Equal(ChildCaseStatus.BestInterestDetermined, child.Status);
        }
        else
        {
            Assert.Equal(ChildRules.OpinionNotHeard, Assert.Throws<DomainRuleException>(Determine).Code);
        }
    }

    [Fact]
    public void INMs_decision_must_be_one_the_plan_allows_and_only_with_the_family_members_it_lists()
    {
        var child = AtRightsDetermined((Mother, AdultRelation.ParentOrGuardian));
        child.DetermineBestInterest(Today, [("Lic. A", "Procuraduría")], "Me quiero quedar con mi mamá.", null, "Razones.", 12, Procuraduria);
        child.IssuePlan(Today, new PlanOutcomes(true, false, false, false, false), "Permanencia.", [("Escuela", "SEP", Today.AddDays(10))], [Mother], Procuraduria);

        var notAllowed = Assert.Throws<DomainRuleException>(() =>
            child.RecordInmDecision(ChildProtectionOutcome.AssistedReturn, Today, "Retorno.", [], Inm));
        Assert.Equal(ChildRules.DecisionNotInPlan, notAllowed.Code);
        Assert.Equal(ChildRules.PlanBindsInmBasis, notAllowed.LegalBasis);
        Assert.Equal(ChildRules.FamilyUnityNotInPlan, Assert.Throws<DomainRuleException>(() =>
            child.RecordInmDecision(ChildProtectionOutcome.Regularization, Today, "Regularización.", [Stranger], Inm)).Code);

        var decision = child.RecordInmDecision(ChildProtectionOutcome.Regularization, Today, "Regularización conforme al plan.", [Mother], Inm);

        Assert.Equal([Mother], decision.FamilyUnity.Select(f => f.PersonId));
        Assert.Equal(ChildRules.DecisionAlreadyRecorded, Assert.Throws<DomainRuleException>(() =>
            child.RecordInmDecision(ChildProtectionOutcome.Regularization, Today, "Otra vez.", [], Inm)).Code);
    }

    [Fact]
    public void A_revised_plan_replaces_the_one_in_force_and_INM_decides_again()
    {
        var child = AtRightsDetermined();
        child.DetermineBestInterest(Today, [("Lic. A", "Procuraduría")], "Quiero volver con mi abuela.", null, "Razones.", 15, Procuraduria);
        var first = child.IssuePlan(Today, new PlanOutcomes(true, false, false, false, false), "Permanencia.", [("Escuela", "SEP", Today)], [], Procuraduria);
        child.RecordInmDecision(ChildProtectionOutcome.Regularization, Today, "Conforme al plan.", [], Inm);

        var second = child.IssuePlan(Today, new PlanOutcomes(false, false, false, false, true), "Retorno con su abuela.", [("Traslado", "DIF", Today)], [],
            Procuraduria);

        Assert.NotNull(first.SupersededAt);
        Assert.Equal(second.Id, child.CurrentPlan!.Id);
        Assert.Null(child.CurrentDecision);
        Assert.Equal(2, second.Sequence);
    }

    [Fact]
    public void A_plan_must_say_which_decisions_it_allows()
    {
        var child = AtRightsDetermined();
        child.DetermineBestInterest(Today, [("Lic. A", "Procuraduría")], "Opinión.", null, "Razones.", 15, Procuraduria);

        Assert.Equal(ChildRules.PlanWithoutOutcome, Assert.Throws<DomainRuleException>(() =>
            child.IssuePlan(Today, new PlanOutcomes(false, false, false, false, false), "Nada.", [("M", "I", Today)], [], Procuraduria)).Code);
    }

    [Fact]
    public void The_case_closes_as_restored_only_when_every_measure_is_fulfilled()
    {
        var child = AtRightsDetermined();
        child.DetermineBestInterest(Today, [("Lic. A", "Procuraduría")], "Opinión.", null, "Razones.", 15, Procuraduria);
        var plan = child.IssuePlan(Today, new PlanOutcomes(true, false, false, false, false), "Permanencia.", [("Escuela", "SEP", Today.AddDays(3))], [],
            Procuraduria);

        Assert.Equal(ChildRules.MeasuresPending, Assert.Throws<DomainRuleException>(() => child.CloseRestored(Today, "Fin.", Procuraduria)).Code);

        child.RecordFollowUp(plan.Measures[0].Id, Today, MeasureStatus.Fulfilled, "Inscrita.", null, Procuraduria);
        child.CloseRestored(Today, "Derechos restituidos.", Procuraduria);
        Assert.Equal(ChildCaseStatus.Closed, child.Status);
    }

    [Fact]
    public void Consular_contact_is_refused_while_an_international_protection_need_is_pending()
    {
        var child = Identify();
        child.Screen(Today, ScreeningResult.NeedIdentified, "Teme persecución.", Dif);

        var e = Assert.Throws<DomainRuleException>(() =>
            child.NotifyConsulate(ConsularPurpose.Canalization, "HND", "Consulado de Honduras en Tapachula", Today, "OF-1", false, Inm));

        Assert.Equal(ChildRules.ConsularContactBarred, e.Code);
        Assert.Equal(ProtectionNeedStatus.Pending, child.ProtectionNeed);
    }

    [Fact]
    public void A_pending_protection_need_is_not_settled_while_COMAR_has_an_active_claim()
    {
        var child = Identify();
        child.Screen(Today, ScreeningResult.NeedIdentified, "Teme persecución.", Dif);

        Assert.Equal(ChildRules.AsylumClaimActive, Assert.Throws<DomainRuleException>(() =>
            child.ResolveProtectionNeed(ProtectionNeedResolution.NotPursued, Today, "No quiso.", asylumClaimActive: true, Procuraduria)).Code);
    }

    private static ChildCase AtRightsDetermined(params (Guid Person, AdultRelation Relation)[] adults)
    {
        var child = Identify(adults);
        child.ReceiveCase(Procuraduria);
        child.DiagnoseFamily(Today, "Diagnóstico.", Procuraduria);
        child.DetermineRights(Today, [("Educación", false, null)], Procuraduria);
        return child;
    }
}
