using System.Globalization;
using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.UnitTests.Kernel.ReferenceData;

public sealed class CountriesTests
{
    private static readonly string[] IcaoCodes = ["XXA", "XXB", "XXC", "XXX"];

    [Fact]
    public void All_contains_the_249_iso_codes_plus_the_four_icao_codes()
    {
        var iso = Countries.All.Where(c => !Countries.IsIcaoSpecialCode(c.Code)).ToList();

        Assert.Equal(249, Countries.IsoCountryCount);
        Assert.Equal(Countries.IsoCountryCount, iso.Count);
        Assert.Equal(Countries.IsoCountryCount + IcaoCodes.Length, Countries.All.Count);
        Assert.All(IcaoCodes, code => Assert.True(Countries.IsKnown(code)));
    }

    [Fact]
    public void Codes_are_unique_three_upper_case_letters()
    {
        Assert.All(Countries.All, c => Assert.Matches("^[A-Z]{3}$", c.Code));
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Names_are_present_trimmed_and_unique()
    {
        Assert.All(Countries.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.NameEs));
            Assert.False(string.IsNullOrWhiteSpace(c.NameEn));
            Assert.Equal(c.NameEs.Trim(), c.NameEs);
            Assert.Equal(c.NameEn.Trim(), c.NameEn);
        });
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.NameEs).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_is_sorted_by_spanish_name()
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("es-MX"), CompareOptions.IgnoreCase);

        for (var i = 1; i < Countries.All.Count; i++)
        {
            Assert.True(
                comparer.Compare(Countries.All[i - 1].NameEs, Countries.All[i].NameEs) <= 0,
                $"'{Countries.All[i - 1].NameEs}' should not come after '{Countries.All[i].NameEs}'.");
        }
    }

    [Fact]
    public void All_is_read_only()
    {
        var list = Assert.IsAssignableFrom<IList<Country>>(Countries.All);
        Assert.True(list.IsReadOnly);
    }

    [Theory]
    [InlineData("HND", "Honduras", "Honduras")]
    [InlineData("HTI", "Haití", "Haiti")]
    [InlineData("VEN", "Venezuela", "Venezuela")]
    [InlineData("GTM", "Guatemala", "Guatemala")]
    [InlineData("SLV", "El Salvador", "El Salvador")]
    [InlineData("CUB", "Cuba", "Cuba")]
    [InlineData("MEX", "México", "Mexico")]
    [InlineData("USA", "Estados Unidos de América", "United States of America")]
    [InlineData("CAN", "Canadá", "Canada")]
    [InlineData("COD", "República Democrática del Congo", "Democratic Republic of the Congo")]
    public void Spot_checks(string code, string nameEs, string nameEn)
    {
        var country = Countries.Find(code);

        Assert.NotNull(country);
        Assert.Equal(code, country.Code);
        Assert.Equal(nameEs, country.NameEs);
        Assert.Equal(nameEn, country.NameEn);
    }

    [Theory]
    [InlineData("hnd")]
    [InlineData("Hnd")]
    [InlineData(" HND ")]
    public void Find_is_case_insensitive_and_ignores_surrounding_spaces(string code)
    {
        Assert.Equal("HND", Countries.Find(code)?.Code);
        Assert.True(Countries.IsKnown(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("HN")]
    [InlineData("ZZZ")]
    [InlineData("HNDX")]
    public void Unknown_codes_are_not_found(string? code)
    {
        Assert.Null(Countries.Find(code));
        Assert.False(Countries.IsKnown(code));
    }

    [Fact]
    public void Icao_special_codes_are_flagged_and_named()
    {
        Assert.Equal("Apátrida", Countries.Find(Countries.StatelessPersonCode)?.NameEs);
        Assert.True(Countries.IsIcaoSpecialCode("xxa"));
        Assert.True(Countries.IsIcaoSpecialCode("XXB"));
        Assert.True(Countries.IsIcaoSpecialCode("XXC"));
        Assert.True(Countries.IsIcaoSpecialCode("XXX"));
        Assert.False(Countries.IsIcaoSpecialCode("HND"));
        Assert.False(Countries.IsIcaoSpecialCode(null));
    }
}
