using Ruta.Web.Kernel.Domain;
using Ruta.Web.Modules.Regularization.Domain;
using static Ruta.Web.Modules.Regularization.Domain.RegularizationStatus;
using static Ruta.Web.Modules.Regularization.Domain.RegularizationTrigger;

namespace Ruta.UnitTests.Modules.Regularization;

/// <summary>
/// The regularization table against the specification written out here by hand: every legal move
/// leads where it should, every other (state, trigger) pair is refused naming the current state, and
/// the legal paths from filing to an end walk through the procedure itself.
/// </summary>
public sealed class RegularizationTransitionsTests
{
    /// <summary>THE specification: (from, trigger, from a station?, prevented before?) → to. Internal acts map to their own state.</summary>
    private static readonly (RegularizationStatus From, RegularizationTrigger Trigger, bool? Station, bool? Prevented, RegularizationStatus To)[] Specification =
    [
        (New, RegularizationTrigger.File, true, null, ExitPermitDue),
        (New, RegularizationTrigger.File, false, null, InProcedure),
        (ExitPermitDue, IssueExitPermit, null, null, InProcedure),
        (ExitPermitDue, UpdateRequirements, null, null, ExitPermitDue),
        (InProcedure, IssuePrevention, null, false, PreventionPending),
        (InProcedure, Grant, null, null, Granted),
        (InProcedure, Refuse, null, null, DepartureOrdered),
        (InProcedure, Withdraw, null, null, DepartureOrdered),
        (InProcedure, UpdateRequirements, null, null, InProcedure),
        (PreventionPending, AnswerPrevention, null, null, InProcedure),
        (PreventionPending, Dismiss, null, null, DepartureOrdered),
        (PreventionPending, Withdraw, null, null, DepartureOrdered),
        (PreventionPending, UpdateRequirements, null, null, PreventionPending),
        (DepartureOrdered, RecordDeparture, null, null, Concluded),
        (DepartureOrdered, LapseDepartureOrder, null, null, Concluded),
    ];

    public static TheoryData<RegularizationStatus, RegularizationTrigger, bool, bool> EveryPair()
    {
        var data = new TheoryData<RegularizationStatus, RegularizationTrigger, bool, bool>();
        foreach (var state in Enum.GetValues<RegularizationStatus>())
        {
            foreach (var trigger in Enum.GetValues<RegularizationTrigger>())
            {
                foreach (var station in new[] { false, true })
                {
                    foreach (var prevented in new[] { false, true })
                    {
                        data.Add(state, trigger, station, prevented);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_state_and_trigger_does_what_the_specification_says_and_nothing_else(RegularizationStatus from, RegularizationTrigger trigger,
        bool station, bool prevented)
    {
        var state = from;
        var machine = RegularizationTransitions.Build(() => state, s => state = s, () => station, () => prevented);
        var row = Specification.FirstOrDefault(r => r.From == from && r.Trigger == trigger && (r.Station ?? station) == station
            && (r.Prevented ?? prevented) == prevented);
        if (row.Trigger == trigger && row.From == from && (row.To != New))
        {
            Assert.True(machine.CanFire(trigger));
            machine.Fire(trigger);
            Assert.Equal(row.To, state);
            return;
        }

        Assert.False(machine.CanFire(trigger));
        var refused = Assert.Throws<IllegalTransitionException>(() => machine.Fire(trigger));
        Assert.Equal(RegularizationTransitions.StatusLabel(from), refused.CurrentState);
        Assert.Equal(from, state);
    }

    [Fact]
    public void A_walk_in_is_in_procedure_at_once_and_a_favourable_resolution_ends_it_granted()
    {
        var p = Walk(RegularizationGround.Vulnerability, All);
        Assert.Equal(InProcedure, p.Status);
        p.Grant(Filed.AddDays(10), StayCondition.HumanitarianVisitor, "Se acreditó.", Actor);
        Assert.Equal(Granted, p.Status);
        Assert.Equal(RegularizationOutcome.Granted, p.Outcome);
        Assert.Equal(2, p.ActCount);
    }

    [Fact]
    public void A_station_filing_waits_for_the_exit_permit_then_a_withdrawal_orders_departure_and_the_lapse_concludes()
    {
        var p = Walk(RegularizationGround.Humanitarian, All, RegularizationOrigin.Station);
        Assert.Equal(ExitPermitDue, p.Status);
        Assert.Throws<IllegalTransitionException>(() => p.Grant(Filed, StayCondition.HumanitarianVisitor, "x", Actor));
        p.IssueExitPermit(new DateTime(2026, 11, 3, 15, 0, 0, DateTimeKind.Utc), Filed, Actor);
        p.Withdraw(Filed.AddDays(3), null, Actor);
        p.AttachDepartureOrder(Guid.NewGuid(), 20, Filed.AddDays(23));
        Assert.Equal(DepartureOrdered, p.Status);
        var running = Assert.Throws<DomainRuleException>(() => p.LapseDepartureOrder(Filed.AddDays(23), Actor));
        Assert.Equal(RegularizationRules.DeparturePeriodRunning, running.Code);
        p.LapseDepartureOrder(Filed.AddDays(24), Actor);
        Assert.Equal(Concluded, p.Status);
        Assert.True(p.DepartureOrderBreached);
    }

    [Fact]
    public void A_prevention_is_made_once_within_the_first_third_and_only_for_what_is_missing()
    {
        var p = Walk(RegularizationGround.FamilyLink, RegularizationRequirement.WrittenRequest | RegularizationRequirement.IdentityDocument);
        var late = Assert.Throws<DomainRuleException>(() => p.IssuePrevention(Filed.AddDays(11), RegularizationRequirement.None, null, Filed.AddDays(10), Actor));
        Assert.Equal(RegularizationRules.PreventionTooLate, late.Code);
        var presented = Assert.Throws<ProcedureInputException>(() =>
            p.IssuePrevention(Filed.AddDays(2), RegularizationRequirement.IdentityDocument, null, Filed.AddDays(10), Actor));
        Assert.True(presented.Errors.ContainsKey("missing"));

        p.IssuePrevention(Filed.AddDays(10), RegularizationRequirement.None, null, Filed.AddDays(10), Actor);
        Assert.Equal(PreventionPending, p.Status);
        Assert.Equal(RegularizationRequirement.FamilyLinkProof | RegularizationRequirement.FinePaid | RegularizationRequirement.ConditionRequirements,
            p.PreventionMissing);
        p.PreventionAnswerDueDate = Filed.AddDays(24);
        var stillMissing = Assert.Throws<DomainRuleException>(() => p.AnswerPrevention(Filed.AddDays(20), Actor));
        Assert.Equal(RegularizationRules.RequirementsStillMissing, stillMissing.Code);
        p.UpdateRequirements(All, Filed.AddDays(20), Actor);
        var answerLate = Assert.Throws<DomainRuleException>(() => p.AnswerPrevention(Filed.AddDays(25), Actor));
        Assert.Equal(RegularizationRules.PreventionAnswerLate, answerLate.Code);
        p.AnswerPrevention(Filed.AddDays(24), Actor);
        Assert.Equal(InProcedure, p.Status);

        var twice = Assert.Throws<DomainRuleException>(() => p.IssuePrevention(Filed.AddDays(5), RegularizationRequirement.None, null, Filed.AddDays(10), Actor));
        Assert.Equal(RegularizationRules.PreventionAlreadyIssued, twice.Code);
    }

    [Fact]
    public void Nothing_can_be_prevented_when_every_applicable_requirement_was_presented()
    {
        var p = Walk(RegularizationGround.CrimeVictimOrWitness, All);
        var nothing = Assert.Throws<DomainRuleException>(() => p.IssuePrevention(Filed, RegularizationRequirement.None, null, Filed.AddDays(10), Actor));
        Assert.Equal(RegularizationRules.NothingMissing, nothing.Code);
    }

    [Fact]
    public void A_dismissal_waits_for_the_end_of_the_ten_business_days()
    {
        var p = Walk(RegularizationGround.ExpiredStay, RegularizationRequirement.WrittenRequest);
        p.IssuePrevention(Filed.AddDays(1), RegularizationRequirement.None, null, Filed.AddDays(10), Actor);
        p.PreventionAnswerDueDate = Filed.AddDays(15);
        var running = Assert.Throws<DomainRuleException>(() => p.Dismiss(Filed.AddDays(15), Filed.AddDays(15), null, Actor));
        Assert.Equal(RegularizationRules.PreventionTermRunning, running.Code);
        p.Dismiss(Filed.AddDays(16), Filed.AddDays(16), null, Actor);
        Assert.Equal(DepartureOrdered, p.Status);
        Assert.Equal(RegularizationOutcome.Dismissed, p.Outcome);
    }

    [Fact]
    public void A_favourable_resolution_needs_every_applicable_requirement_and_the_condition_the_ground_gives()
    {
        var missing = Walk(RegularizationGround.FamilyLink, All & ~RegularizationRequirement.FinePaid, eligible: StayCondition.TemporaryResident);
        var refused = Assert.Throws<DomainRuleException>(() => missing.Grant(Filed, StayCondition.TemporaryResident, "x", Actor));
        Assert.Equal(RegularizationRules.RequirementsMissing, refused.Code);
        Assert.Contains("Pago de la multa", refused.Message, StringComparison.Ordinal);

        var victim = Walk(RegularizationGround.CrimeVictimOrWitness, All);
        var wrong = Assert.Throws<DomainRuleException>(() => victim.Grant(Filed, StayCondition.TemporaryResident, "x", Actor));
        Assert.Equal(RegularizationRules.ConditionNotAllowed, wrong.Code);
        Assert.Contains("Visitante por razones humanitarias", wrong.Message, StringComparison.Ordinal);

        var overstay = Walk(RegularizationGround.ExpiredStay, All, requested: StayCondition.PermanentResident);
        Assert.Equal([StayCondition.PermanentResident], overstay.GrantableConditions());
    }

    [Fact]
    public void The_requirements_of_article_135_depend_on_the_ground()
    {
        var family = Requirements.ApplicableTo(RegularizationGround.FamilyLink);
        Assert.True(family.HasFlag(RegularizationRequirement.FamilyLinkProof));
        Assert.True(family.HasFlag(RegularizationRequirement.FinePaid)); // LM art. 145
        Assert.False(family.HasFlag(RegularizationRequirement.ExpiredDocument));
        var overstay = Requirements.ApplicableTo(RegularizationGround.ExpiredStay);
        Assert.True(overstay.HasFlag(RegularizationRequirement.ExpiredDocument));
        Assert.True(overstay.HasFlag(RegularizationRequirement.FinePaid)); // LM art. 146
        foreach (var free in new[] { RegularizationGround.CrimeVictimOrWitness, RegularizationGround.Vulnerability,
                     RegularizationGround.InternationalChildAbduction }) // LM art. 145 párr. segundo
        {
            Assert.False(Requirements.ApplicableTo(free).HasFlag(RegularizationRequirement.FinePaid));
        }
    }

    [Theory]
    [InlineData("2026-11-02", "2026-11-02", 30)]
    [InlineData("2026-11-02", "2026-11-12", 20)]
    [InlineData("2026-11-02", "2026-12-20", 1)]
    public void A_resumed_period_keeps_the_natural_days_that_had_not_run(string filed, string notified, int remaining) =>
        Assert.Equal(remaining, Web.Modules.Regularization.Features.AnswerRegularizationPrevention.RemainingDays(DateOnly.Parse(filed,
            System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(notified, System.Globalization.CultureInfo.InvariantCulture)));

    internal static readonly DateOnly Filed = new(2026, 11, 2);
    internal static readonly ProcedureActor Actor = new(new DateTime(2026, 11, 2, 18, 0, 0, DateTimeKind.Utc), Guid.NewGuid(), "INM");

    internal const RegularizationRequirement All = RegularizationRequirement.WrittenRequest | RegularizationRequirement.IdentityDocument
        | RegularizationRequirement.FamilyLinkProof | RegularizationRequirement.ExpiredDocument | RegularizationRequirement.FinePaid
        | RegularizationRequirement.ConditionRequirements;

    internal static RegularizationProcedure Walk(RegularizationGround ground, RegularizationRequirement presented,
        RegularizationOrigin origin = RegularizationOrigin.WalkIn, StayCondition? eligible = null, StayCondition? requested = null) =>
        RegularizationProcedure.File(new RegularizationFiling(Guid.NewGuid(), origin, ground, "Hechos.", Guid.NewGuid(), Filed, null, null,
            origin == RegularizationOrigin.Station ? Actor.Now : null, ground == RegularizationGround.FamilyLink ? Guid.NewGuid() : null, null,
            requested, eligible, null, null, ground == RegularizationGround.ExpiredStay ? Filed.AddDays(-10) : null, presented), Actor);
}
