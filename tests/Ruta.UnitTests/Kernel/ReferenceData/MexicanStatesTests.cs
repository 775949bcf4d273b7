using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.UnitTests.Kernel.ReferenceData;

public sealed class MexicanStatesTests
{
    [Fact]
    public void There_are_32_states_in_inegi_order()
    {
        Assert.Equal(32, MexicanStates.All.Count);
        for (var i = 0; i < MexicanStates.All.Count; i++)
        {
            Assert.Equal((i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), MexicanStates.All[i].InegiCode);
        }

        Assert.Equal("Aguascalientes", MexicanStates.All[0].Name);
        Assert.Equal("Zacatecas", MexicanStates.All[31].Name);
    }

    [Fact]
    public void Codes_and_names_are_unique()
    {
        Assert.Equal(32, MexicanStates.All.Select(s => s.InegiCode).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(32, MexicanStates.All.Select(s => s.CurpCode).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(32, MexicanStates.All.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(MexicanStates.All, s => Assert.Matches("^[A-Z]{2}$", s.CurpCode));
        Assert.DoesNotContain(MexicanStates.All, s => s.CurpCode == MexicanStates.BornAbroadCurpCode);
    }

    [Theory]
    [InlineData("01", "AS", "Aguascalientes")]
    [InlineData("02", "BC", "Baja California")]
    [InlineData("05", "CL", "Coahuila")]
    [InlineData("07", "CS", "Chiapas")]
    [InlineData("08", "CH", "Chihuahua")]
    [InlineData("09", "DF", "Ciudad de México")]
    [InlineData("15", "MC", "Estado de México")]
    [InlineData("20", "OC", "Oaxaca")]
    [InlineData("27", "TC", "Tabasco")]
    [InlineData("28", "TS", "Tamaulipas")]
    [InlineData("30", "VZ", "Veracruz")]
    [InlineData("32", "ZS", "Zacatecas")]
    public void Spot_checks(string inegiCode, string curpCode, string name)
    {
        var byInegi = MexicanStates.Find(inegiCode);
        var byCurp = MexicanStates.FindByCurpCode(curpCode);

        Assert.NotNull(byInegi);
        Assert.Same(byInegi, byCurp);
        Assert.Equal(curpCode, byInegi.CurpCode);
        Assert.Equal(name, byInegi.Name);
        Assert.True(MexicanStates.IsKnown(inegiCode));
    }

    [Theory]
    [InlineData("cs")]
    [InlineData("Cs")]
    [InlineData(" CS ")]
    public void FindByCurpCode_is_case_insensitive(string code)
    {
        Assert.Equal("07", MexicanStates.FindByCurpCode(code)?.InegiCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("33")]
    [InlineData("7")]
    [InlineData("CS")]
    [InlineData("007")]
    public void Unknown_inegi_codes_are_not_found(string? code)
    {
        Assert.Null(MexicanStates.Find(code));
        Assert.False(MexicanStates.IsKnown(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("NE")]
    [InlineData("07")]
    [InlineData("XX")]
    public void Unknown_curp_codes_are_not_found(string? code)
    {
        Assert.Null(MexicanStates.FindByCurpCode(code));
    }
}
