using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.UnitTests.Kernel.Agencies;

public sealed class AgencyCatalogTests
{
    private static readonly string[] ExpectedAgencyCodes =
    [
        "COMAR", "INM", "BETA", "DIF", "PROCURADURIA", "SRE", "SEGOB", "CONASE", "STPS", "IMME",
        "REGISTROCIVIL", "CNDH", "ADMIN",
    ];

    // Seed: "Existen 22 Grupos Beta distribuidos en 9 estados del país: Baja California, Sonora, Chihuahua,
    // Coahuila, Tamaulipas, Veracruz, Tabasco, Chiapas y Oaxaca."
    private static readonly string[] BetaStates = ["02", "26", "08", "05", "28", "30", "27", "07", "20"];

    [Fact]
    public void Agencies_are_exactly_the_expected_codes()
    {
        Assert.Equal(
            ExpectedAgencyCodes.Order(StringComparer.Ordinal),
            AgencyCatalog.Agencies.Select(a => a.Code).Order(StringComparer.Ordinal));
        Assert.All(AgencyCatalog.Agencies, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Name));
            Assert.False(string.IsNullOrWhiteSpace(a.NameEn));
        });
    }

    [Fact]
    public void Agencies_match_the_access_agency_codes()
    {
        Assert.Equal(AgencyCodes.All, AgencyCatalog.Agencies.Select(a => a.Code));
    }

    [Fact]
    public void Seed_values_fit_the_database_columns()
    {
        // ref_agencies / ref_offices column sizes (Kernel/Agencies/Agency.cs).
        Assert.All(AgencyCatalog.Agencies, a =>
        {
            Assert.InRange(a.Code.Length, 1, 32);
            Assert.InRange(a.Name.Length, 1, 200);
            Assert.InRange(a.NameEn.Length, 1, 200);
        });
        Assert.All(AgencyCatalog.Offices, o =>
        {
            Assert.InRange(o.Code.Length, 1, 64);
            Assert.InRange(o.Name.Length, 1, 200);
            Assert.InRange(o.City.Length, 1, 120);
            Assert.InRange(o.StateCode.Length, 0, 2);
            Assert.True(o.CountryCode is null || o.CountryCode.Length == 3);
        });
    }

    [Fact]
    public void Only_cndh_is_oversight()
    {
        var oversight = Assert.Single(AgencyCatalog.Agencies, a => a.IsOversight);
        Assert.Equal("CNDH", oversight.Code);
    }

    [Theory]
    [InlineData("comar")]
    [InlineData("Comar")]
    [InlineData(" COMAR ")]
    public void Find_is_case_insensitive(string code)
    {
        Assert.Equal("COMAR", AgencyCatalog.Find(code)?.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PPNNA")]
    [InlineData("UNKNOWN")]
    public void Unknown_agency_is_not_found(string? code)
    {
        Assert.Null(AgencyCatalog.Find(code));
    }

    [Fact]
    public void Office_codes_are_unique_and_prefixed_with_the_agency_code()
    {
        Assert.Equal(
            AgencyCatalog.Offices.Count,
            AgencyCatalog.Offices.Select(o => o.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(AgencyCatalog.Offices, o =>
        {
            Assert.Matches("^[A-Z0-9]+(-[A-Z0-9]+)+$", o.Code);
            Assert.StartsWith(o.AgencyCode + "-", o.Code, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_office_belongs_to_a_known_agency()
    {
        Assert.All(AgencyCatalog.Offices, o => Assert.NotNull(AgencyCatalog.Find(o.AgencyCode)));
    }

    [Fact]
    public void Every_agency_has_at_least_one_office()
    {
        Assert.All(AgencyCatalog.Agencies, a => Assert.Contains(AgencyCatalog.Offices, o => o.AgencyCode == a.Code));
    }

    [Fact]
    public void Every_office_is_in_a_known_state_or_abroad_in_a_known_country()
    {
        Assert.All(AgencyCatalog.Offices, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Name));
            Assert.False(string.IsNullOrWhiteSpace(o.City));
            if (o.StateCode.Length == 0)
            {
                Assert.NotNull(o.CountryCode);
                Assert.NotEqual("MEX", o.CountryCode);
                Assert.Equal(o.CountryCode, Countries.Find(o.CountryCode)?.Code);
            }
            else
            {
                Assert.Null(o.CountryCode);
                Assert.Equal(o.StateCode, MexicanStates.Find(o.StateCode)?.InegiCode);
            }
        });
    }

    [Fact]
    public void Comar_has_headquarters_nine_representation_offices_and_four_liaison_offices()
    {
        var comar = AgencyCatalog.OfficesOf("COMAR");

        Assert.Single(comar, o => o.Kind == OfficeKind.Headquarters);
        Assert.Equal(9, comar.Count(o => o.Kind == OfficeKind.RepresentationOffice));
        Assert.Equal(4, comar.Count(o => o.Kind == OfficeKind.LiaisonOffice));
        Assert.Equal(14, comar.Count);

        var chiapas = comar.Where(o => o.Kind == OfficeKind.RepresentationOffice && o.StateCode == "07").Select(o => o.City);
        Assert.Equal(["Palenque", "Tapachula"], chiapas.Order(StringComparer.Ordinal));

        var liaisonCities = comar.Where(o => o.Kind == OfficeKind.LiaisonOffice).Select(o => o.City).Order(StringComparer.Ordinal);
        Assert.Equal(["Cancún", "Ciudad Juárez", "Tuxtla Gutiérrez", "Villahermosa"], liaisonCities);
    }

    [Fact]
    public void There_are_exactly_22_beta_groups_in_exactly_the_9_seed_states()
    {
        var groups = AgencyCatalog.Offices.Where(o => o.Kind == OfficeKind.BetaGroup).ToList();

        Assert.Equal(22, groups.Count);
        Assert.All(groups, g => Assert.Equal("BETA", g.AgencyCode));
        Assert.All(AgencyCatalog.OfficesOf("BETA"), o => Assert.Equal(OfficeKind.BetaGroup, o.Kind));
        Assert.Equal(
            BetaStates.Order(StringComparer.Ordinal),
            groups.Select(g => g.StateCode).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dif_has_the_national_system_and_one_system_per_state()
    {
        var dif = AgencyCatalog.OfficesOf("DIF");

        Assert.Single(dif, o => o.Kind == OfficeKind.NationalSystem);
        var states = dif.Where(o => o.Kind == OfficeKind.StateSystem).Select(o => o.StateCode).ToList();
        Assert.Equal(MexicanStates.All.Select(s => s.InegiCode), states);
        Assert.Contains(dif, o => o.Kind == OfficeKind.MunicipalSystem && o.City == "Tapachula");
    }

    [Fact]
    public void Procuradurias_have_the_federal_office_and_one_per_state()
    {
        var offices = AgencyCatalog.OfficesOf("PROCURADURIA");

        Assert.Single(offices, o => o.Kind == OfficeKind.FederalOffice);
        var states = offices.Where(o => o.Kind == OfficeKind.StateOffice).Select(o => o.StateCode).ToList();
        Assert.Equal(MexicanStates.All.Select(s => s.InegiCode), states);
    }

    [Fact]
    public void Sre_has_the_embassy_and_five_consulates_in_canada_and_consulates_in_the_united_states()
    {
        var sre = AgencyCatalog.OfficesOf("SRE");

        Assert.Single(sre, o => o.Kind == OfficeKind.Headquarters && o.CountryCode is null);
        var canada = sre.Where(o => o.CountryCode == "CAN").ToList();
        Assert.Single(canada, o => o.Kind == OfficeKind.Embassy && o.City == "Ottawa");
        Assert.Equal(
            ["Calgary", "Leamington", "Montreal", "Toronto", "Vancouver"],
            canada.Where(o => o.Kind == OfficeKind.Consulate).Select(o => o.City).Order(StringComparer.Ordinal));
        Assert.True(sre.Count(o => o.CountryCode == "USA" && o.Kind == OfficeKind.Consulate) >= 10);
        Assert.All(sre.Where(o => o.CountryCode is not null), o => Assert.Equal("", o.StateCode));
    }

    [Theory]
    [InlineData("SEGOB")]
    [InlineData("CONASE")]
    [InlineData("STPS")]
    [InlineData("IMME")]
    [InlineData("CNDH")]
    [InlineData("ADMIN")]
    public void Single_seat_agencies_have_their_headquarters_in_mexico_city(string agencyCode)
    {
        var office = Assert.Single(AgencyCatalog.OfficesOf(agencyCode));
        Assert.Equal(OfficeKind.Headquarters, office.Kind);
        Assert.Equal("09", office.StateCode);
    }

    [Fact]
    public void Civil_registry_has_state_offices_in_the_main_transit_states()
    {
        var states = AgencyCatalog.OfficesOf("REGISTROCIVIL").Select(o => o.StateCode).Order(StringComparer.Ordinal);
        Assert.Equal(["02", "07", "08", "09", "28"], states);
    }

    [Fact]
    public void FindOffice_is_case_insensitive()
    {
        Assert.Equal("COMAR-TAP", AgencyCatalog.FindOffice("comar-tap")?.Code);
        Assert.Null(AgencyCatalog.FindOffice("COMAR-XYZ"));
        Assert.Empty(AgencyCatalog.OfficesOf("NOPE"));
    }
}
