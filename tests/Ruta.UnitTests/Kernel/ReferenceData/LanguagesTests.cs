using System.Globalization;
using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.UnitTests.Kernel.ReferenceData;

public sealed class LanguagesTests
{
    [Fact]
    public void Codes_are_unique_three_lower_case_letters()
    {
        Assert.NotEmpty(Languages.All);
        Assert.All(Languages.All, l => Assert.Matches("^[a-z]{3}$", l.Code));
        Assert.Equal(Languages.All.Count, Languages.All.Select(l => l.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Names_are_present_and_spanish_names_unique()
    {
        Assert.All(Languages.All, l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.NameEs));
            Assert.False(string.IsNullOrWhiteSpace(l.NameEn));
        });
        Assert.Equal(Languages.All.Count, Languages.All.Select(l => l.NameEs).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_is_sorted_by_spanish_name()
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("es-MX"), CompareOptions.IgnoreCase);

        for (var i = 1; i < Languages.All.Count; i++)
        {
            Assert.True(comparer.Compare(Languages.All[i - 1].NameEs, Languages.All[i].NameEs) <= 0);
        }
    }

    [Theory]
    [InlineData("spa", "Español")]
    [InlineData("eng", "Inglés")]
    [InlineData("fra", "Francés")]
    [InlineData("por", "Portugués")]
    [InlineData("hat", "Criollo haitiano")]
    [InlineData("ara", "Árabe")]
    [InlineData("zho", "Chino")]
    [InlineData("cab", "Garífuna")]
    [InlineData("miq", "Miskito")]
    [InlineData("quc", "K'iche'")]
    [InlineData("mam", "Mam")]
    [InlineData("kek", "Q'eqchi'")]
    [InlineData("yua", "Maya yucateco")]
    [InlineData("tzo", "Tsotsil")]
    [InlineData("tzh", "Tseltal")]
    [InlineData("zap", "Zapoteco")]
    [InlineData("tsz", "P'urhépecha")]
    [InlineData("mfs", "Lengua de Señas Mexicana (LSM)")]
    [InlineData("ase", "Lengua de Señas Americana (ASL)")]
    public void Spot_checks(string code, string nameEs)
    {
        var language = Languages.Find(code);

        Assert.NotNull(language);
        Assert.Equal(code, language.Code);
        Assert.Equal(nameEs, language.NameEs);
    }

    [Fact]
    public void Haitian_creole_is_hat()
    {
        Assert.Equal("Haitian Creole", Languages.Find("hat")?.NameEn);
    }

    [Theory]
    [InlineData("HAT")]
    [InlineData("Hat")]
    [InlineData(" hat ")]
    public void Find_is_case_insensitive(string code)
    {
        Assert.Equal("hat", Languages.Find(code)?.Code);
        Assert.True(Languages.IsKnown(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ht")]
    [InlineData("nah")] // ISO 639-2/639-5 collective code, deliberately not used
    [InlineData("chi")] // ISO 639-2/B code for Chinese, not ISO 639-3
    [InlineData("xyz")]
    public void Unknown_codes_are_not_found(string? code)
    {
        Assert.Null(Languages.Find(code));
        Assert.False(Languages.IsKnown(code));
    }
}
