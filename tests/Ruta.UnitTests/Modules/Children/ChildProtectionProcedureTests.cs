using Ruta.Web.Kernel.Domain;
using Ruta.Web.Modules.Children.Domain;
using static Ruta.Web.Modules.Children.Domain.ChildCaseStatus;
using static Ruta.Web.Modules.Children.Domain.ChildTrigger;

namespace Ruta.UnitTests.Modules.Children;

/// <summary>
/// The chain's transition table checked against the specification written out here by hand: every
/// legal path from identification to closure is walked, and every (state, trigger) pair that is not
/// in the specification is refused with <see cref="IllegalTransitionException"/> naming the state.
/// </summary>
public sealed class ChildProtectionProcedureTests
{
    /// <summary>THE specification: (from, trigger) → to. The restitution stages go in the order of LGDNNA art. 123.</summary>
    private static readonly (ChildCaseStatus From, ChildTrigger Trigger, ChildCaseStatus To)[] Specification =
    [
        (New, Identify, Notified),
        (New, Detect, Received),
        (Notified, ReceiveCase, Received),
        (Received, DiagnoseFamily, FamilyDiagnosed),
        (FamilyDiagnosed, DetermineRights, RightsDetermined),
        (RightsDetermined, DetermineBestInterest, BestInterestDetermined),
        (BestInterestDetermined, IssuePlan, PlanInForce),
        (PlanInForce, CloseRestored, Closed),
        (Notified, CloseEnded, Closed),
        (Received, CloseEnded, Closed),
        (FamilyDiagnosed, CloseEnded, Closed),
        (RightsDetermined, CloseEnded, Closed),
        (BestInterestDetermined, CloseEnded, Closed),
        (PlanInForce, CloseEnded, Closed),
    ];

    private static readonly ChildTrigger[] Chain =
        [Canalize, Place, EndPlacement, IssueTvrh, Screen, ResolveProtectionNeed, NotifyConsulate, RequestUrgentMeasure, RecordUrgentMeasureDecree, RecordJudicialRuling];

    private static readonly ChildTrigger[] Procuraduria = [DetermineAdultContrary, AssessRisk, RecordReunification];

    private static readonly ChildTrigger[] Plan = [RevisePlan, RecordInmDecision, AssignEscort, RecordReceivingAuthority, RecordFollowUp];

    /// <summary>Acts without a change of state, per state.</summary>
    private static readonly Dictionary<ChildCaseStatus, ChildTrigger[]> Internal = new()
    {
        [New] = [],
        [Notified] = Chain,
        [Received] = [.. Chain, .. Procuraduria],
        [FamilyDiagnosed] = [.. Chain, .. Procuraduria],
        [RightsDetermined] = [.. Chain, .. Procuraduria],
        [BestInterestDetermined] = [.. Chain, .. Procuraduria],
        [PlanInForce] = [.. Chain, .. Procuraduria, .. Plan],
        [Closed] = [],
    };

    public static TheoryData<ChildCaseStatus, ChildTrigger> IllegalPairs()
    {
        var data = new TheoryData<ChildCaseStatus, ChildTrigger>();
        foreach (var state in Enum.GetValues<ChildCaseStatus>())
        {
            foreach (var trigger in Enum.GetValues<ChildTrigger>())
            {
                if (!Specification.Any(s => s.From == state && s.Trigger == trigger) && !Internal[state].Contains(trigger))
                {
                    data.Add(state, trigger);
                }
            }
        }

        return data;
    }

    public static TheoryData<ChildCaseStatus, ChildTrigger, ChildCaseStatus> LegalMoves()
    {
        var data = new TheoryData<ChildCaseStatus, ChildTrigger, ChildCaseStatus>();
        foreach (var (from, trigger, to) in Specification)
        {
            data.Add(from, trigger, to);
        }

        foreach (var (state, triggers) in Internal)
        {
            foreach (var trigger in triggers)
            {
                data.Add(state, trigger, state);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Every_legal_move_of_the_specification_is_in_the_table(ChildCaseStatus from, ChildTrigger trigger, ChildCaseStatus to)
    {
        var state = from;
        var machine = ChildProtectionProcedure.Build(() => state, s => state = s);

        machine.Fire(trigger);

        Assert.Equal(to, state);
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Every_move_outside_the_specification_is_refused_naming_the_state(ChildCaseStatus from, ChildTrigger trigger)
    {
        var state = from;
        var machine = ChildProtectionProcedure.Build(() => state, s => state = s);

        Assert.False(machine.CanFire(trigger));
        var e = Assert.Throws<IllegalTransitionException>(() => machine.Fire(trigger));
        Assert.Equal(ChildProtectionProcedure.StatusLabel(from), e.CurrentState);
        Assert.Equal(from, state);
    }

    [Fact]
    public void The_six_stages_are_walked_in_the_order_of_the_law_from_the_notice_to_closure()
    {
        var state = New;
        var machine = ChildProtectionProcedure.Build(() => state, s => state = s);
        var path = new List<ChildCaseStatus>();
        foreach (var trigger in new[] { Identify, ReceiveCase, DiagnoseFamily, DetermineRights, DetermineBestInterest, IssuePlan, CloseRestored })
        {
            machine.Fire(trigger);
            path.Add(state);
        }

        Assert.Equal([Notified, Received, FamilyDiagnosed, RightsDetermined, BestInterestDetermined, PlanInForce, Closed], path);
    }

    [Theory]
    [InlineData(Notified)]
    [InlineData(Received)]
    [InlineData(BestInterestDetermined)]
    public void No_stage_can_be_skipped_and_no_plan_exists_before_the_best_interest_is_determined(ChildCaseStatus from)
    {
        var state = from;
        var machine = ChildProtectionProcedure.Build(() => state, s => state = s);

        Assert.False(machine.CanFire(RecordInmDecision));
        if (from != BestInterestDetermined)
        {
            Assert.False(machine.CanFire(IssuePlan));
        }
    }

    [Fact]
    public void Nothing_happens_on_a_closed_case()
    {
        var state = Closed;
        var machine = ChildProtectionProcedure.Build(() => state, s => state = s);

        Assert.All(Enum.GetValues<ChildTrigger>(), t => Assert.False(machine.CanFire(t)));
    }

    [Fact]
    public void Every_trigger_and_state_has_a_spanish_label()
    {
        Assert.All(Enum.GetValues<ChildTrigger>(), t => Assert.NotEqual(t.ToString(), ChildProtectionProcedure.TriggerLabel(t)));
        Assert.All(Enum.GetValues<ChildCaseStatus>(), s => Assert.NotEqual(s.ToString(), ChildProtectionProcedure.StatusLabel(s)));
    }
}
