using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Regularization;
using Ruta.Web.Modules.Regularization.Domain;
using Ruta.Web.Modules.Regularization.Features;
using static Ruta.Web.Modules.Regularization.Domain.FamilyProcedure;
using static Ruta.Web.Modules.Regularization.Domain.StayCondition;

namespace Ruta.UnitTests.Modules.Regularization;

/// <summary>
/// Who qualifies with whom (LM arts. 52 fr. VII, 54–56, 133; LRPCAP art. 58), under which condition,
/// and how every unmet requirement is named with its basis.
/// </summary>
public sealed class FamilyEligibilityTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    public enum P { Mexican, Permanent, Temporary, Refugee, Complementary, None }

    private static PrincipalFacts Principal(P standing) => new(Guid.NewGuid(), true, false, standing == P.Mexican,
        standing == P.Permanent ? Card(DocumentType.PermanentResidentCard, Today.AddYears(-3), null) : null,
        standing == P.Temporary ? Card(DocumentType.TemporaryResidentCard, Today.AddYears(-1), Today.AddMonths(8)) : null,
        standing == P.Refugee ? Guid.NewGuid() : null, standing == P.Complementary ? Guid.NewGuid() : null);

    private static DocumentFact Card(DocumentType type, DateOnly since, DateOnly? until) => new(Guid.NewGuid(), "X-1", type, since, until, since);

    private static RelativeFacts Relative(int age = 30, DocumentFact? held = null, string? presence = null, bool mexican = false) =>
        new(Guid.NewGuid(), true, false, mexican, Today.AddYears(-age).AddDays(-10), false, held, presence);

    private static EligibilityResult Evaluate(FamilyProcedure procedure, P standing, FamilyRelation? link, RelativeFacts? relative = null,
        StayCondition? target = null, bool stepChild = false, bool pending = false) =>
        FamilyEligibility.Evaluate(new EligibilityQuery(procedure, target, Today, Principal(standing), relative ?? Relative(), link, stepChild, pending));

    /// <summary>The matrix: procedure, principal, what the relative is to the principal, age → eligible and condition.</summary>
    [Theory]
    // Regularization by family link (LM art. 133 fr. I and II): spouse, parent, child (any age), guardian.
    [InlineData(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.SpouseOrPartner, 30, true, TemporaryResident)]
    [InlineData(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.Parent, 60, true, PermanentResident)]
    [InlineData(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.Child, 25, true, PermanentResident)]
    [InlineData(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.LegalGuardian, 40, true, TemporaryResident)]
    [InlineData(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.Sibling, 30, false, null)]
    [InlineData(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.OtherRelative, 30, false, null)]
    [InlineData(FamilyProcedure.Regularization, P.Permanent, FamilyRelation.SpouseOrPartner, 30, true, TemporaryResident)]
    [InlineData(FamilyProcedure.Regularization, P.Permanent, FamilyRelation.Child, 10, true, PermanentResident)]
    [InlineData(FamilyProcedure.Regularization, P.Refugee, FamilyRelation.Parent, 60, true, PermanentResident)]
    [InlineData(FamilyProcedure.Regularization, P.Complementary, FamilyRelation.SpouseOrPartner, 30, true, TemporaryResident)]
    [InlineData(FamilyProcedure.Regularization, P.Temporary, FamilyRelation.Child, 10, true, TemporaryResident)]
    [InlineData(FamilyProcedure.Regularization, P.None, FamilyRelation.SpouseOrPartner, 30, false, null)]
    // Visa por unidad familiar (LM arts. 55, 56, 52 fr. VII): minors where the law says so.
    [InlineData(Visa, P.Mexican, FamilyRelation.SpouseOrPartner, 30, true, TemporaryResident)]
    [InlineData(Visa, P.Mexican, FamilyRelation.Parent, 60, true, PermanentResident)]
    [InlineData(Visa, P.Mexican, FamilyRelation.Sibling, 15, true, TemporaryResident)]
    [InlineData(Visa, P.Mexican, FamilyRelation.Sibling, 25, false, TemporaryResident)]
    [InlineData(Visa, P.Permanent, FamilyRelation.Child, 12, true, PermanentResident)]
    [InlineData(Visa, P.Permanent, FamilyRelation.Child, 20, false, PermanentResident)]
    [InlineData(Visa, P.Permanent, FamilyRelation.Sibling, 17, true, PermanentResident)]
    [InlineData(Visa, P.Temporary, FamilyRelation.Parent, 60, true, TemporaryResident)]
    [InlineData(Visa, P.Temporary, FamilyRelation.Sibling, 15, false, null)]
    [InlineData(Visa, P.Refugee, FamilyRelation.SpouseOrPartner, 30, false, PermanentResident)] // COMAR authorizes (LRPCAP art. 58)
    public void Who_qualifies_with_whom(FamilyProcedure procedure, P standing, FamilyRelation link, int age, bool eligible, StayCondition? condition)
    {
        var result = Evaluate(procedure, standing, link, Relative(age));
        Assert.Equal(eligible, result.Eligible);
        if (condition is not null)
        {
            Assert.Equal(condition, result.Condition);
        }
        else
        {
            Assert.False(result.Eligible);
        }
    }

    [Fact]
    public void The_spouse_of_a_Mexican_gets_temporary_residence_for_two_years_and_a_relative_of_a_temporary_resident_until_the_principal_permit_ends()
    {
        var spouse = Evaluate(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.SpouseOrPartner);
        Assert.Equal(2, spouse.MaxValidityYears);
        var principal = Principal(P.Temporary);
        var child = FamilyEligibility.Evaluate(new EligibilityQuery(FamilyProcedure.Regularization, null, Today, principal, Relative(8), FamilyRelation.Child, false, false));
        Assert.Equal(principal.TemporaryCard!.ValidUntil, child.ValidUntilCap);
    }

    [Fact]
    public void The_spouse_waits_two_years_as_temporary_resident_before_permanent_residence()
    {
        var oneYear = Relative(30, new DocumentFact(Guid.NewGuid(), "TRT-INM-2025-000001", DocumentType.TemporaryResidentCard, Today.AddMonths(-3),
            Today.AddMonths(9), Today.AddYears(-1)));
        var early = Evaluate(ChangeOfCondition, P.Mexican, FamilyRelation.SpouseOrPartner, oneYear, PermanentResident);
        Assert.False(early.Eligible);
        var waiting = Assert.Single(early.Unmet);
        Assert.Equal("waiting-period", waiting.Code);
        Assert.Equal(FamilyEligibility.WaitingPeriodBasis, waiting.LegalBasis);
        Assert.Contains($"cumple dos años el {Today.AddYears(1):yyyy-MM-dd}", waiting.Detail, StringComparison.Ordinal);

        var twoYears = Relative(30, new DocumentFact(Guid.NewGuid(), "TRT-INM-2024-000001", DocumentType.TemporaryResidentCard, Today.AddMonths(-3),
            Today.AddMonths(9), Today.AddYears(-2)));
        Assert.True(Evaluate(ChangeOfCondition, P.Mexican, FamilyRelation.SpouseOrPartner, twoYears, PermanentResident).Eligible);

        var visitor = Relative(30, Card(DocumentType.HumanitarianVisitorCard, Today.AddMonths(-5), Today.AddMonths(7)));
        Assert.True(Evaluate(ChangeOfCondition, P.Mexican, FamilyRelation.SpouseOrPartner, visitor, TemporaryResident).Eligible);
        Assert.Contains(Evaluate(ChangeOfCondition, P.Mexican, FamilyRelation.SpouseOrPartner, visitor, PermanentResident).Unmet,
            r => r.Code == "waiting-period");
    }

    /// <summary>Each requirement missing → refused, naming it with its legal basis.</summary>
    [Theory]
    [InlineData("principal-standing")]
    [InlineData("relative-foreign")]
    [InlineData("family-link")]
    [InlineData("relation-qualifies")]
    [InlineData("relative-minor")]
    [InlineData("relative-abroad")]
    [InlineData("competent-authority")]
    [InlineData("relative-irregular")]
    [InlineData("relative-current-condition")]
    [InlineData("no-identical-request")]
    public void Each_missing_requirement_is_named_with_its_legal_basis(string code)
    {
        var result = code switch
        {
            "principal-standing" => Evaluate(FamilyProcedure.Regularization, P.None, FamilyRelation.SpouseOrPartner),
            "relative-foreign" => Evaluate(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.SpouseOrPartner, Relative(mexican: true)),
            "family-link" => Evaluate(FamilyProcedure.Regularization, P.Mexican, null),
            "relation-qualifies" => Evaluate(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.Sibling),
            "relative-minor" => Evaluate(Visa, P.Permanent, FamilyRelation.Child, Relative(19)),
            "relative-abroad" => Evaluate(Visa, P.Mexican, FamilyRelation.SpouseOrPartner, Relative(presence: "Está alojada en una estación migratoria.")),
            "competent-authority" => Evaluate(Visa, P.Refugee, FamilyRelation.SpouseOrPartner),
            "relative-irregular" => Evaluate(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.SpouseOrPartner,
                Relative(held: Card(DocumentType.HumanitarianVisitorCard, Today.AddMonths(-1), Today.AddMonths(11)))),
            "relative-current-condition" => Evaluate(ChangeOfCondition, P.Mexican, FamilyRelation.SpouseOrPartner, Relative()),
            _ => Evaluate(FamilyProcedure.Regularization, P.Mexican, FamilyRelation.SpouseOrPartner, pending: true),
        };
        Assert.False(result.Eligible);
        var unmet = Assert.Single(result.Unmet, r => r.Code == code);
        Assert.False(string.IsNullOrWhiteSpace(unmet.LegalBasis));
        Assert.Matches("(LM|LRPCAP|Lineamientos)", unmet.LegalBasis);
        if (code is not ("principal-standing" or "family-link" or "relation-qualifies"))
        {
            Assert.Single(result.Unmet); // the other requirements hold: the refusal names exactly what is missing
        }

        var refusal = FileRegularization.NotEligible(result);
        Assert.Equal(RegularizationRules.FamilyNotEligible, refusal.Code);
        Assert.Contains(unmet.LegalBasis, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spouse_children_count_as_step_children_and_a_person_without_a_birth_date_is_presumed_a_child()
    {
        var noBirthDate = new RelativeFacts(Guid.NewGuid(), true, false, false, null, false, null, null);
        var step = FamilyEligibility.Evaluate(new EligibilityQuery(Visa, null, Today, Principal(P.Permanent), noBirthDate, null, true, false));
        Assert.True(step.Eligible);
        Assert.Equal(RelativeRole.StepChild, step.Role);
        Assert.Contains("LM art. 3 fr. XVI", step.Requirements.Single(r => r.Code == "relative-minor").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Standing_comes_from_data_Mexican_first_then_refugee_permanent_temporary()
    {
        Assert.Equal(PrincipalStanding.Mexican, FamilyEligibility.Standing(Principal(P.Mexican), Today).Standing);
        Assert.Equal(PrincipalStanding.Refugee, FamilyEligibility.Standing(Principal(P.Refugee), Today).Standing);
        Assert.Equal(PrincipalStanding.PermanentResident, FamilyEligibility.Standing(Principal(P.Permanent), Today).Standing);
        Assert.Equal(PrincipalStanding.PermanentResident, FamilyEligibility.Standing(Principal(P.Complementary), Today).Standing);
        Assert.Equal(PrincipalStanding.TemporaryResident, FamilyEligibility.Standing(Principal(P.Temporary), Today).Standing);
        var archived = new PrincipalFacts(Guid.NewGuid(), true, true, true, null, null, null, null);
        Assert.Equal(PrincipalStanding.None, FamilyEligibility.Standing(archived, Today).Standing);
    }

    [Fact]
    public void Validity_one_year_by_default_never_beyond_the_law()
    {
        var from = new DateOnly(2026, 11, 25);
        Assert.Null(RegularizationActs.ValidUntil(PermanentResident, from, null, null, null));
        Assert.Equal(new DateOnly(2027, 11, 24), RegularizationActs.ValidUntil(TemporaryResident, from, null, null, null));
        Assert.Equal(new DateOnly(2027, 11, 24), RegularizationActs.ValidUntil(HumanitarianVisitor, from, null, null, null));
        Assert.Equal(new DateOnly(2028, 11, 24), RegularizationActs.ValidUntil(TemporaryResident, from, new DateOnly(2028, 11, 24), 2, null));
        var tooLong = Assert.Throws<DomainRuleException>(() => RegularizationActs.ValidUntil(TemporaryResident, from, new DateOnly(2028, 11, 25), 2, null));
        Assert.Equal(RegularizationRules.ValidityTooLong, tooLong.Code);
        Assert.Contains("LM art. 55", tooLong.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 3, 1), RegularizationActs.ValidUntil(TemporaryResident, from, null, 4, new DateOnly(2027, 3, 1)));
        Assert.Throws<DomainRuleException>(() => RegularizationActs.ValidUntil(TemporaryResident, from, new DateOnly(2031, 1, 1), null, null));
    }
}
