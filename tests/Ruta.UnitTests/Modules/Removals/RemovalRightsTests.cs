using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.UnitTests.Modules.Removals;

/// <summary>The rights of LM arts. 119 and 122 as the law lists them, and how they are recorded.</summary>
public sealed class RemovalRightsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly RemovalActor Actor = new(DateTime.UtcNow, null, "inm.officer", "INM");

    [Fact]
    public void An_assisted_return_lists_the_rights_of_article_119_and_the_interpreter_and_receiving_officials_only_when_they_apply()
    {
        Assert.Equal(
        [
            RemovalRight.ConsularProtectionInformation, RemovalRight.RegularStayAndRemediesInformation, RemovalRight.FamilyNotice,
            RemovalRight.LegalAdvice, RemovalRight.NationalityOrResidenceVerified, RemovalRight.TravelWithBelongings,
        ], RemovalRights.For(RemovalKind.AssistedReturn, needsInterpreter: false, vulnerable: false));
        var all = RemovalRights.For(RemovalKind.AssistedReturn, needsInterpreter: true, vulnerable: true);
        Assert.Contains(RemovalRight.Interpreter, all);
        Assert.Contains(RemovalRight.ReceivingCountryOfficials, all);
        Assert.All(all, r => Assert.StartsWith("LM art. 1", RemovalRights.Basis(RemovalKind.AssistedReturn, r), StringComparison.Ordinal));
    }

    [Fact]
    public void A_deportation_lists_the_six_rights_of_article_122_with_their_fractions()
    {
        var rights = RemovalRights.For(RemovalKind.Deportation, needsInterpreter: true, vulnerable: true);
        Assert.Equal(6, rights.Count);
        Assert.Equal(["LM art. 122 fr. I", "LM art. 122 fr. II", "LM art. 122 fr. III", "LM art. 122 fr. IV", "LM art. 122 fr. V", "LM art. 122 fr. VI"],
            rights.Select(r => RemovalRights.Basis(RemovalKind.Deportation, r)));
        Assert.DoesNotContain(RemovalRight.ReceivingCountryOfficials, rights);
    }

    [Fact]
    public void A_right_is_recorded_once_only_if_it_applies_and_only_the_persons_own_choices_can_be_declined()
    {
        var removal = RemovalProcedureTests.Started(RemovalKind.AssistedReturn);
        removal.RecordRight(RemovalRight.ConsularProtectionInformation, Today, declined: true, "No desea contacto consular.", Actor);

        Assert.Equal(RemovalRules.RightAlreadyRecorded,
            Assert.Throws<DomainRuleException>(() => removal.RecordRight(RemovalRight.ConsularProtectionInformation, Today, false, null, Actor)).Code);
        Assert.Equal(RemovalRules.RightNotApplicable,
            Assert.Throws<DomainRuleException>(() => removal.RecordRight(RemovalRight.ProcedureStartNotice, Today, false, null, Actor)).Code);
        Assert.Equal(RemovalRules.RightNotApplicable,
            Assert.Throws<DomainRuleException>(() => removal.RecordRight(RemovalRight.Interpreter, Today, false, null, Actor)).Code);
        Assert.Equal(RemovalRules.RightCannotBeDeclined,
            Assert.Throws<DomainRuleException>(() => removal.RecordRight(RemovalRight.TravelWithBelongings, Today, true, null, Actor)).Code);
        Assert.Equal(5, removal.MissingRights.Count);
    }

    [Fact]
    public void Scheduling_is_refused_while_a_right_is_missing_naming_it()
    {
        var removal = RemovalProcedureTests.Started(RemovalKind.Deportation, needsInterpreter: true);
        foreach (var right in removal.ApplicableRights.Where(r => r != RemovalRight.Interpreter))
        {
            removal.RecordRight(right, Today, false, null, Actor);
        }

        var refused = Assert.Throws<DomainRuleException>(() => removal.EnsureRightsRecorded("Persona"));
        Assert.Equal(RemovalRules.RightsMissing, refused.Code);
        Assert.Contains("Traductor o intérprete", refused.Message, StringComparison.Ordinal);
        removal.RecordRight(RemovalRight.Interpreter, Today, false, "Intérprete de k'iche'.", Actor);
        removal.EnsureRightsRecorded("Persona");
    }

    [Fact]
    public void An_amparo_is_resolved_once_and_not_before_it_was_filed()
    {
        var amparo = new Amparo(Guid.NewGuid(), null, "Juzgado Primero de Distrito", "1/2026", Today, AmparoSuspension.Pending, null, Actor);
        Assert.True(amparo.IsOpen);
        Assert.Throws<DomainRuleException>(() => amparo.Resolve(AmparoOutcome.Denied, Today.AddDays(-1), null));
        amparo.Resolve(AmparoOutcome.Dismissed, Today, null);
        Assert.False(amparo.IsOpen);
        Assert.Equal(RemovalRules.AmparoAlreadyResolved, Assert.Throws<DomainRuleException>(() => amparo.Resolve(AmparoOutcome.Granted, Today, null)).Code);
        Assert.Throws<DomainRuleException>(() => amparo.RecordSuspension(AmparoSuspension.Definitive, Today));
    }
}
