using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.UnitTests.Modules.Children;

/// <summary>
/// Each condition of a child's assisted return (LM arts. 74, 112, 120; LGDNNA arts. 96–98) alone
/// missing blocks it with its own code and legal basis; all met, nothing blocks. Rejection at the
/// border needs the notice, the plan, the risk assessment and no pending protection need.
/// </summary>
public sealed class ChildReturnConditionsTests
{
    private static readonly DateOnly On = new(2026, 12, 15);

    private static readonly ReturnFacts AllMet = new(true, new PlanOutcomes(false, false, false, false, true),
        ChildProtectionOutcome.AssistedReturn, RiskResult.NoRisk, On.AddDays(-5), false, On.AddDays(-ChildRules.ConsulateLeadDays), true, true);

    public static TheoryData<string, string> EachConditionAlone() => new()
    {
        { "notice", ChildRules.BlockNotNotified },
        { "plan", ChildRules.BlockPlanDoesNotAllowLeaving },
        { "plan-without-leaving", ChildRules.BlockPlanDoesNotAllowLeaving },
        { "decision", ChildRules.BlockNoReturnDecision },
        { "decision-regularization", ChildRules.BlockNoReturnDecision },
        { "risk", ChildRules.BlockRiskNotAssessed },
        { "risk-found", ChildRules.BlockRiskFound },
        { "protection", ChildRules.BlockProtectionNeedPending },
        { "consulate", ChildRules.BlockConsulateNotNotifiedInTime },
        { "consulate-late", ChildRules.BlockConsulateNotNotifiedInTime },
        { "escort", ChildRules.BlockNoEscort },
        { "receiving", ChildRules.BlockNoReceivingAuthority },
    };

    private static ReturnFacts Without(string condition) => condition switch
    {
        "notice" => AllMet with { Notified = false },
        "plan" => AllMet with { Plan = null },
        "plan-without-leaving" => AllMet with { Plan = new PlanOutcomes(true, true, true, false, false) },
        "decision" => AllMet with { Decision = null },
        "decision-regularization" => AllMet with { Decision = ChildProtectionOutcome.Regularization },
        "risk" => AllMet with { LatestRisk = null, RiskAssessedOn = null },
        "risk-found" => AllMet with { LatestRisk = RiskResult.RiskFound },
        "protection" => AllMet with { ProtectionNeedPending = true },
        "consulate" => AllMet with { ConsulateNotifiedOn = null },
        "consulate-late" => AllMet with { ConsulateNotifiedOn = On.AddDays(-ChildRules.ConsulateLeadDays + 1) },
        "escort" => AllMet with { EscortAssigned = false },
        "receiving" => AllMet with { ReceivingAuthorityRecorded = false },
        _ => throw new ArgumentOutOfRangeException(nameof(condition)),
    };

    [Fact]
    public void With_every_condition_met_an_assisted_return_is_not_blocked()
    {
        Assert.Empty(ChildReturnConditions.Evaluate(AllMet, RemovalKind.AssistedReturn, On, null, null));
    }

    [Fact]
    public void A_plan_allowing_reunification_abroad_allows_leaving_when_INM_decided_it()
    {
        var facts = AllMet with { Plan = new PlanOutcomes(false, false, false, true, false), Decision = ChildProtectionOutcome.FamilyReunificationAbroad };

        Assert.Empty(ChildReturnConditions.Evaluate(facts, RemovalKind.AssistedReturn, On, null, null));
    }

    [Theory]
    [MemberData(nameof(EachConditionAlone))]
    public void Each_condition_alone_missing_blocks_the_assisted_return_with_its_own_legal_basis(string condition, string code)
    {
        var blocks = ChildReturnConditions.Evaluate(Without(condition), RemovalKind.AssistedReturn, On, new DateOnly(2012, 1, 1), new DateOnly(2030, 1, 1));

        var block = Assert.Single(blocks);
        Assert.Equal(code, block.Code);
        Assert.Matches("(LM|LGDNNA) art", block.LegalBasis);
        Assert.False(string.IsNullOrWhiteSpace(block.Reason));
        Assert.Equal(new DateOnly(2012, 1, 1), block.Since);
    }

    [Fact]
    public void A_consulate_notified_exactly_the_minimum_days_before_is_in_time()
    {
        var facts = AllMet with { ConsulateNotifiedOn = On.AddDays(-ChildRules.ConsulateLeadDays) };

        Assert.Empty(ChildReturnConditions.Evaluate(facts, RemovalKind.AssistedReturn, On, null, null));
    }

    [Fact]
    public void A_child_without_any_protection_case_has_every_condition_missing()
    {
        var codes = ChildReturnConditions.Evaluate(ReturnFacts.None, RemovalKind.AssistedReturn, On, null, null).Select(b => b.Code).ToList();

        Assert.Equal(
            [ChildRules.BlockNotNotified, ChildRules.BlockPlanDoesNotAllowLeaving, ChildRules.BlockNoReturnDecision, ChildRules.BlockRiskNotAssessed,
             ChildRules.BlockConsulateNotNotifiedInTime, ChildRules.BlockNoEscort, ChildRules.BlockNoReceivingAuthority],
            codes);
    }

    [Fact]
    public void Rejection_at_the_border_needs_the_notice_the_plan_the_risk_assessment_and_no_pending_protection_need()
    {
        var codes = ChildReturnConditions.Evaluate(ReturnFacts.None with { ProtectionNeedPending = true }, RemovalKind.BorderRejection, On, null, null)
            .Select(b => b.Code).ToList();

        Assert.Equal(
            [ChildRules.BlockNotNotified, ChildRules.BlockPlanDoesNotAllowLeaving, ChildRules.BlockRiskNotAssessed, ChildRules.BlockProtectionNeedPending],
            codes);
        var riskOnly = AllMet with { LatestRisk = null, Decision = null, EscortAssigned = false, ConsulateNotifiedOn = null, ReceivingAuthorityRecorded = false };
        Assert.Equal([ChildRules.BlockRiskNotAssessed],
            ChildReturnConditions.Evaluate(riskOnly, RemovalKind.BorderRejection, On, null, null).Select(b => b.Code));
    }

    [Fact]
    public void Deportation_is_left_to_the_kernel_rule_that_always_blocks_it()
    {
        Assert.Empty(ChildReturnConditions.Evaluate(ReturnFacts.None, RemovalKind.Deportation, On, null, null));
    }
}
