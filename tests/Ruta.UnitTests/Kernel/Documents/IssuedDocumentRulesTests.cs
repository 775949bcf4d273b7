using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Domain;

namespace Ruta.UnitTests.Kernel.Documents;

public sealed class IssuedDocumentRulesTests
{
    private static readonly DateOnly From = new(2026, 3, 1);
    private static readonly DateOnly Until = new(2026, 12, 31);

    [Theory]
    [InlineData(DocumentStatus.Valid, DocumentTrigger.Revoke, DocumentStatus.Revoked)]
    [InlineData(DocumentStatus.Valid, DocumentTrigger.Replace, DocumentStatus.Replaced)]
    public void A_valid_document_may_be_revoked_or_replaced(DocumentStatus from, DocumentTrigger trigger, DocumentStatus to)
    {
        Assert.True(DocumentTransitions.Can(from, trigger));
        Assert.Equal(to, DocumentTransitions.Next(from, trigger));
    }

    [Theory]
    [InlineData(DocumentStatus.Revoked, DocumentTrigger.Revoke, "revocado")]
    [InlineData(DocumentStatus.Revoked, DocumentTrigger.Replace, "revocado")]
    [InlineData(DocumentStatus.Replaced, DocumentTrigger.Revoke, "reemplazado")]
    [InlineData(DocumentStatus.Replaced, DocumentTrigger.Replace, "reemplazado")]
    public void An_ended_document_cannot_move_again(DocumentStatus from, DocumentTrigger trigger, string stateName)
    {
        Assert.False(DocumentTransitions.Can(from, trigger));
        var error = Assert.Throws<IllegalTransitionException>(() => DocumentTransitions.Next(from, trigger));
        Assert.Equal(stateName, error.CurrentState);
    }

    [Fact]
    public void The_transition_table_has_only_the_two_moves_out_of_valid() =>
        Assert.Equal(2, DocumentTransitions.Table.Count);

    [Theory]
    [InlineData("2026-02-28", DocumentValidity.NotYetValid)]
    [InlineData("2026-03-01", DocumentValidity.Valid)]
    [InlineData("2026-12-31", DocumentValidity.Valid)]
    [InlineData("2027-01-01", DocumentValidity.Expired)]
    public void Validity_follows_the_dates_with_the_last_day_included(string today, DocumentValidity expected) =>
        Assert.Equal(expected, IssuedDocument.Validity(DocumentStatus.Valid, From, Until, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_document_without_a_last_day_never_expires() =>
        Assert.Equal(DocumentValidity.Valid, IssuedDocument.Validity(DocumentStatus.Valid, From, null, new DateOnly(2090, 1, 1)));

    [Fact]
    public void Revoked_and_replaced_win_over_the_dates()
    {
        Assert.Equal(DocumentValidity.Revoked, IssuedDocument.Validity(DocumentStatus.Revoked, From, Until, new DateOnly(2027, 6, 1)));
        Assert.Equal(DocumentValidity.Replaced, IssuedDocument.Validity(DocumentStatus.Replaced, From, Until, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Each_type_has_a_distinct_number_prefix_and_a_spanish_name()
    {
        var types = Enum.GetValues<DocumentType>();
        Assert.Equal(types.Length, types.Select(DocumentTypes.Prefix).Distinct().Count());
        Assert.All(types, t => Assert.False(string.IsNullOrWhiteSpace(DocumentTypes.Label(t))));
        Assert.Equal("TVRH-INM-2026-000042", DocumentNumbers.Format(DocumentType.HumanitarianVisitorCard, "INM", 2026, 42));
    }

    [Fact]
    public void Comar_issues_the_constancia_and_inm_the_migratory_documents()
    {
        Assert.Equal("COMAR", DocumentTypes.Issuer(DocumentType.AsylumApplicationCertificate));
        Assert.All(new[] { DocumentType.HumanitarianVisitorCard, DocumentType.PermanentResidentCard, DocumentType.TemporaryResidentCard,
            DocumentType.StationExitPermit, DocumentType.DepartureOrder }, t => Assert.Equal("INM", DocumentTypes.Issuer(t)));
        Assert.Null(DocumentTypes.Issuer(DocumentType.Other));
    }

    [Fact]
    public void Cards_print_as_cards_and_only_permanent_documents_may_lack_an_end()
    {
        Assert.True(DocumentTypes.IsCard(DocumentType.HumanitarianVisitorCard));
        Assert.False(DocumentTypes.IsCard(DocumentType.AsylumApplicationCertificate));
        Assert.True(DocumentTypes.MayBeOpenEnded(DocumentType.PermanentResidentCard));
        Assert.False(DocumentTypes.MayBeOpenEnded(DocumentType.HumanitarianVisitorCard));
        Assert.False(DocumentTypes.MayBeOpenEnded(DocumentType.DepartureOrder));
    }
}
