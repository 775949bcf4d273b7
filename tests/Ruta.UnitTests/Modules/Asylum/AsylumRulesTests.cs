using Ruta.Web.Kernel.Domain;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.UnitTests.Modules.Asylum;

/// <summary>The legal rule each act checks besides the transition table, and the protection on a date.</summary>
public sealed class AsylumRulesTests
{
    private static readonly AsylumActor Actor = new(new DateTime(2026, 11, 25, 18, 0, 0, DateTimeKind.Utc), Guid.NewGuid(), "COMAR");
    private static readonly DateOnly Filed = new(2026, 11, 17);

    private static AsylumClaim Claim(FiledBy by = FiledBy.Applicant, DateOnly? filed = null, Guid? dependent = null)
    {
        var claim = AsylumClaim.File(new FilingFacts(Guid.NewGuid(), dependent is { } d ? [d] : [], new DateOnly(2026, 9, 28), filed ?? Filed,
            Guid.NewGuid(), "COMAR", by, new DateOnly(2026, 11, 17)), Actor);
        claim.ResolutionDueDate = new DateOnly(2027, 1, 22);
        return claim;
    }

    [Fact]
    public void A_claim_filed_on_the_30th_business_day_after_entry_is_in_time_and_on_the_31st_goes_to_review_not_rejection()
    {
        Assert.Equal(AsylumClaimStatus.InProcedure, Claim(filed: new DateOnly(2026, 11, 17)).Status);
        var late = Claim(filed: new DateOnly(2026, 11, 18));
        Assert.True(late.IsLateFiling);
        Assert.Equal(AsylumClaimStatus.LateFilingReview, late.Status);
    }

    [Fact]
    public void A_ratification_after_its_three_business_days_is_refused_and_the_claim_is_then_held_not_filed()
    {
        var claim = Claim(FiledBy.Representative, new DateOnly(2026, 11, 18));
        claim.RatificationDueDate = new DateOnly(2026, 11, 24);
        var late = Assert.Throws<DomainRuleException>(() => claim.Ratify(new DateOnly(2026, 11, 25), Actor));
        Assert.Equal(AsylumRules.RatificationLate, late.Code);
        Assert.Contains("LRPCAP art. 11", late.LegalBasis, StringComparison.Ordinal);

        var running = Assert.Throws<DomainRuleException>(() => claim.LapseRatification(new DateOnly(2026, 11, 24), Actor));
        Assert.Equal(AsylumRules.RatificationTermRunning, running.Code);
        claim.LapseRatification(new DateOnly(2026, 11, 25), Actor);
        Assert.Equal(AsylumClaimStatus.Closed, claim.Status);
        Assert.Equal(ClosingReason.NotFiled, claim.ClosingReason);
    }

    [Fact]
    public void A_late_claim_is_not_refused_before_the_prevencion_is_answered_or_its_term_ends()
    {
        var claim = Claim(filed: new DateOnly(2026, 11, 18));
        claim.LateFilingAnswerDueDate = new DateOnly(2026, 11, 26);
        var refused = Assert.Throws<DomainRuleException>(() =>
            claim.DecideLateFiling(false, new DateOnly(2026, 11, 26), null, "Sin causas.", Actor));
        Assert.Equal(AsylumRules.PreventionTermRunning, refused.Code);
        Assert.Contains("LFPA art. 17-A", refused.LegalBasis, StringComparison.Ordinal);

        claim.DecideLateFiling(false, new DateOnly(2026, 11, 27), null, "No respondió la prevención.", Actor);
        Assert.Equal(ClosingReason.NotAdmitted, claim.ClosingReason);
    }

    [Fact]
    public void The_resolution_period_is_extended_once_only_and_never_after_it_ended()
    {
        var claim = Claim();
        var after = Assert.Throws<DomainRuleException>(() => claim.Extend("I", "Falta información.", new DateOnly(2027, 1, 25), 45, Actor));
        Assert.Equal(AsylumRules.ExtensionAfterDeadline, after.Code);

        claim.Extend("III", "Hospitalizada.", new DateOnly(2027, 1, 22), 45, Actor);
        var second = Assert.Throws<DomainRuleException>(() => claim.Extend("V", "Fuerza mayor.", new DateOnly(2027, 1, 22), 10, Actor));
        Assert.Equal(AsylumRules.ExtensionAlreadyGranted, second.Code);
        Assert.Contains("art. 24", second.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejection_must_record_that_complementary_protection_was_assessed()
    {
        var claim = Claim();
        var refused = Assert.Throws<DomainRuleException>(() =>
            claim.Resolve(AsylumOutcome.Rejected, new DateOnly(2026, 12, 1), "No acredita temor fundado.", false, [], Actor));
        Assert.Equal(AsylumRules.ComplementaryNotAssessed, refused.Code);
        Assert.Equal(AsylumClaimStatus.InProcedure, claim.Status);

        claim.Resolve(AsylumOutcome.ComplementaryProtection, new DateOnly(2026, 12, 1), "Riesgo de tortura.", false, [], Actor);
        Assert.True(claim.ComplementaryProtectionAssessed);
    }

    [Fact]
    public void The_resolution_waits_while_an_opinion_is_within_its_fifteen_days_and_silence_after_them_means_no_opinion()
    {
        var claim = Claim();
        var pending = Assert.Throws<DomainRuleException>(() =>
            claim.Resolve(AsylumOutcome.Refugee, new DateOnly(2026, 12, 10), "Persecución.", true, [new DateOnly(2026, 12, 10)], Actor));
        Assert.Equal(AsylumRules.OpinionPending, pending.Code);

        claim.Resolve(AsylumOutcome.Refugee, new DateOnly(2026, 12, 11), "Persecución.", true, [new DateOnly(2026, 12, 10)], Actor);
        Assert.Equal(AsylumClaimStatus.Resolved, claim.Status);
    }

    [Fact]
    public void An_appeal_after_the_last_day_of_the_window_is_refused_as_not_filed()
    {
        var claim = Claim(filed: new DateOnly(2026, 10, 2));
        claim.Resolve(AsylumOutcome.Rejected, new DateOnly(2026, 10, 15), "Sin temor fundado.", true, [], Actor);
        claim.Notify(new DateOnly(2026, 10, 16), Actor);
        claim.AppealDueDate = new DateOnly(2026, 11, 6);
        var late = Assert.Throws<DomainRuleException>(() => claim.FileAppeal(new DateOnly(2026, 11, 9), Actor));
        Assert.Equal(AsylumRules.AppealLate, late.Code);
        Assert.Contains("LFPA art. 88 fr. I", late.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(AsylumClaimStatus.AppealWindowOpen, claim.Status);

        claim.FileAppeal(new DateOnly(2026, 11, 6), Actor);
        Assert.Equal(AsylumClaimStatus.AppealPending, claim.Status);
    }

    [Fact]
    public void An_abandonment_for_missed_signings_needs_a_missed_signing_on_record()
    {
        var claim = Claim();
        claim.RecordSigning(claim.ApplicantId, new DateOnly(2026, 11, 20), true, Actor);
        var refused = Assert.Throws<DomainRuleException>(() =>
            claim.Abandon(AbandonmentGround.MissedSignings, new DateOnly(2026, 12, 1), "No firma.", Actor));
        Assert.Equal(AsylumRules.NoMissedSigning, refused.Code);

        claim.RecordSigning(claim.ApplicantId, new DateOnly(2026, 11, 27), false, Actor);
        claim.Abandon(AbandonmentGround.MissedSignings, new DateOnly(2026, 12, 1), "No firma.", Actor);
        Assert.Equal(ClosingReason.Abandoned, claim.ClosingReason);
    }

    [Fact]
    public void Consular_contact_is_refused_without_express_consent_and_recorded_with_it()
    {
        var claim = Claim();
        var refused = Assert.Throws<DomainRuleException>(() =>
            claim.RecordConsularContact(claim.ApplicantId, false, null, null, "Pasaporte.", Actor));
        Assert.Equal(AsylumRules.ConsularContactWithoutConsent, refused.Code);
        Assert.Contains("LRPCAP art. 21", refused.LegalBasis, StringComparison.Ordinal);
        Assert.DoesNotContain(claim.Events, e => e.Kind == AsylumEventKind.ConsularContact);

        claim.RecordConsularContact(claim.ApplicantId, true, new DateOnly(2026, 11, 20), "Escrito firmado ante la COMAR", "Pasaporte.", Actor);
        Assert.Single(claim.Events, e => e.Kind == AsylumEventKind.ConsularContact);
    }

    [Fact]
    public void An_act_dated_before_the_filing_or_about_someone_outside_the_claim_is_bad_input()
    {
        var claim = Claim();
        Assert.Equal("heldOn", Assert.Throws<AsylumInputException>(() =>
            claim.RecordInterview(claim.ApplicantId, new DateOnly(2026, 11, 16), null, null, Actor)).Field);
        Assert.Equal("personId", Assert.Throws<AsylumInputException>(() =>
            claim.RecordInterview(Guid.NewGuid(), new DateOnly(2026, 11, 18), null, null, Actor)).Field);
    }

    private static ProtectionFacts Facts(AsylumClaimStatus status, AsylumOutcome? outcome = null, DateOnly? appealDue = null,
        DateOnly? article52On = null) =>
        new(Guid.NewGuid(), ApplicantId, status, outcome, Filed, new DateOnly(2026, 11, 13), appealDue, null, new DateOnly(2026, 12, 1), article52On);

    private static readonly Guid ApplicantId = Guid.NewGuid();

    [Theory]
    [InlineData(AsylumClaimStatus.AwaitingRatification)]
    [InlineData(AsylumClaimStatus.LateFilingReview)]
    [InlineData(AsylumClaimStatus.InProcedure)]
    [InlineData(AsylumClaimStatus.Resolved)]
    public void A_pending_claim_protects_the_applicant_and_a_dependent(AsylumClaimStatus status)
    {
        var facts = Facts(status);
        Assert.Equal(AsylumProtection.ClaimPending, AsylumProtection.BlockOn(facts, ApplicantId, new DateOnly(2030, 1, 1))?.Code);
        var dependent = AsylumProtection.BlockOn(facts, Guid.NewGuid(), new DateOnly(2030, 1, 1));
        Assert.Equal(AsylumProtection.ClaimPending, dependent?.Code);
        Assert.Contains("dependiente", dependent!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_appeal_window_protects_up_to_and_including_its_last_day_and_not_after()
    {
        var facts = Facts(AsylumClaimStatus.AppealWindowOpen, AsylumOutcome.Rejected, new DateOnly(2026, 12, 8));
        var block = AsylumProtection.BlockOn(facts, ApplicantId, new DateOnly(2026, 12, 8));
        Assert.Equal(AsylumProtection.AppealWindowOpen, block?.Code);
        Assert.Equal(new DateOnly(2026, 12, 9), block!.Until);
        Assert.Null(AsylumProtection.BlockOn(facts, ApplicantId, new DateOnly(2026, 12, 9)));
    }

    [Fact]
    public void Recognition_protects_for_good_until_an_article_52_determination_about_that_person_takes_effect()
    {
        Assert.Equal(AsylumProtection.RecognizedRefugee,
            AsylumProtection.BlockOn(Facts(AsylumClaimStatus.Recognized, AsylumOutcome.Refugee), ApplicantId, new DateOnly(2060, 1, 1))?.Code);
        Assert.Equal(AsylumProtection.ComplementaryProtection,
            AsylumProtection.BlockOn(Facts(AsylumClaimStatus.Recognized, AsylumOutcome.ComplementaryProtection), ApplicantId, new DateOnly(2060, 1, 1))?.Code);

        var determined = Facts(AsylumClaimStatus.Recognized, AsylumOutcome.Refugee, article52On: new DateOnly(2027, 3, 1));
        Assert.NotNull(AsylumProtection.BlockOn(determined, ApplicantId, new DateOnly(2027, 2, 28)));
        Assert.Null(AsylumProtection.BlockOn(determined, ApplicantId, new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void A_closed_claim_protects_nobody()
    {
        Assert.Null(AsylumProtection.BlockOn(Facts(AsylumClaimStatus.Closed, AsylumOutcome.Rejected), ApplicantId, Filed));
    }

    [Fact]
    public void Documents_due_are_a_constancia_and_a_tvrh_for_each_person_while_pending_and_a_trp_for_each_once_recognized()
    {
        var applicant = Guid.NewGuid();
        var child = Guid.NewGuid();
        var pending = AsylumDocuments.DueFor(AsylumClaimStatus.InProcedure, applicant, [child]);
        Assert.Equal(4, pending.Count);
        Assert.Equal(2, pending.Count(d => d.Document == AsylumDocuments.ProofOfClaim));
        Assert.Contains(pending, d => d.Document == AsylumDocuments.ProofOfClaim && d.PersonId == child && d.IssuingAgency == "COMAR");
        Assert.Empty(AsylumDocuments.DueFor(AsylumClaimStatus.AwaitingRatification, applicant, [child]));
        var recognized = AsylumDocuments.DueFor(AsylumClaimStatus.Recognized, applicant, [child]);
        Assert.All(recognized, d => Assert.Equal(AsylumDocuments.PermanentResidentCard, d.Document));
        Assert.Equal(2, recognized.Count);
    }
}
