using FluentValidation.Results;
using Microsoft.Extensions.Time.Testing;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Persons.Identification;
using Ruta.Web.Kernel.Web;

namespace Ruta.UnitTests.Kernel.Persons;

public sealed class PersonDataValidatorTests
{
    /// <summary>18:00 UTC on 1 June 2026: noon in Mexico City, the same date.</summary>
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 1, 18, 0, 0, TimeSpan.Zero));
    private static readonly PersonDataValidator Validator = new(Clock);

    private static PersonData Valid() => new()
    {
        GivenNames = "José Luis",
        FirstSurname = "Pérez",
        SecondSurname = "Núñez",
        Sex = Sex.Male,
        BirthDate = new DateOnly(1987, 3, 14),
        Nationalities = ["HND"],
        Languages = ["spa"],
        PreferredLanguage = "spa",
        Phone = "+504 9876-5432",
        Email = "jose.perez@example.org",
        Aliases = ["Chepe Pérez"],
        Documents = [new DocumentData { Type = IdentityDocumentType.Passport, Number = "E0912345", IssuingCountry = "HND", ExpiryDate = new DateOnly(2029, 5, 1) }],
        Vulnerabilities = [Vulnerabilities.CrimeVictimOrWitness],
    };

    private static Dictionary<string, string[]> Errors(PersonData data) => Validator.Validate(data).ToFieldErrors();

    private static string Curp17(string first17) => first17 + Curp.ComputeCheckDigit(first17);

    [Fact]
    public void A_complete_valid_person_passes()
    {
        var result = Validator.Validate(Valid());
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public void A_person_known_by_one_name_passes_with_only_the_given_names_or_only_the_first_surname()
    {
        Assert.True(Validator.Validate(new PersonData { GivenNames = "Wideline" }).IsValid);
        Assert.True(Validator.Validate(new PersonData { FirstSurname = "Dorvil" }).IsValid);
    }

    [Fact]
    public void Without_given_names_and_first_surname_both_fields_say_one_is_needed_in_spanish()
    {
        var errors = Errors(new PersonData { SecondSurname = "Núñez" });
        Assert.Contains("al menos uno", errors["givenNames"][0], StringComparison.Ordinal);
        Assert.Contains("firstSurname", errors.Keys);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Names_hold_at_most_100_characters(int length, bool valid)
    {
        var data = Valid() with { GivenNames = new string('a', length), SecondSurname = new string('b', length) };
        var errors = Errors(data);
        Assert.Equal(valid, !errors.ContainsKey("givenNames"));
        Assert.Equal(valid, !errors.ContainsKey("secondSurname"));
    }

    [Theory]
    [InlineData("O'Brien", true)]
    [InlineData("Jean-Baptiste", true)]
    [InlineData("Ma. de los Ángeles", true)]
    [InlineData("Nguyễn", true)]
    [InlineData("José2", false)]
    [InlineData("<script>", false)]
    public void Names_are_letters_spaces_apostrophes_hyphens_and_periods(string name, bool valid) =>
        Assert.Equal(valid, !Errors(Valid() with { GivenNames = name }).ContainsKey("givenNames"));

    [Fact]
    public void A_sex_outside_the_enumeration_is_refused() =>
        Assert.Contains("sex", Errors(Valid() with { Sex = (Sex)42 }).Keys);

    [Fact]
    public void The_birth_date_may_be_today_in_mexico_but_not_tomorrow_and_not_before_1900()
    {
        Assert.DoesNotContain("birthDate", Errors(Valid() with { BirthDate = new DateOnly(2026, 6, 1) }).Keys);
        Assert.Contains("futura", Errors(Valid() with { BirthDate = new DateOnly(2026, 6, 2) })["birthDate"][0], StringComparison.Ordinal);
        Assert.Contains("1900", Errors(Valid() with { BirthDate = new DateOnly(1899, 12, 31) })["birthDate"][0], StringComparison.Ordinal);
        Assert.DoesNotContain("birthDate", Errors(Valid() with { BirthDate = new DateOnly(1900, 1, 1) }).Keys);
    }

    [Fact]
    public void A_birth_date_of_tomorrow_in_mexico_is_refused_even_when_utc_is_already_there()
    {
        // 02:00 UTC on 2 June is 20:00 on 1 June in Mexico City.
        var evening = new PersonDataValidator(new FakeTimeProvider(new DateTimeOffset(2026, 6, 2, 2, 0, 0, TimeSpan.Zero)));
        Assert.Contains("birthDate", evening.Validate(Valid() with { BirthDate = new DateOnly(2026, 6, 2) }).ToFieldErrors().Keys);
    }

    [Fact]
    public void An_estimated_birth_date_needs_a_date() =>
        Assert.Contains("birthDateEstimated", Errors(Valid() with { BirthDate = null, BirthDateEstimated = true }).Keys);

    [Theory]
    [InlineData("XYZ", "nationalities[0]")]
    [InlineData("HN", "nationalities[0]")]
    [InlineData("XXA", "nationalities[0]")]
    [InlineData("", "nationalities[0]")]
    public void Nationalities_are_known_iso_alpha_3_countries(string code, string field) =>
        Assert.Contains(field, Errors((Valid() with { Nationalities = ["GTM", code] }).WithNationalityFirst()).Keys);

    [Fact]
    public void Nationality_codes_are_accepted_in_any_case() =>
        Assert.True(Validator.Validate(Valid() with { Nationalities = ["hnd", " Gtm "] }).IsValid);

    [Fact]
    public void A_stateless_person_has_no_nationality()
    {
        Assert.Contains("apátrida", Errors(Valid() with { IsStateless = true })["nationalities"][0], StringComparison.Ordinal);
        Assert.True(Validator.Validate(Valid() with { IsStateless = true, Nationalities = [] }).IsValid);
    }

    [Fact]
    public void At_most_five_nationalities() =>
        Assert.Contains("nationalities", Errors(Valid() with { Nationalities = ["HND", "GTM", "SLV", "NIC", "CRI", "PAN"] }).Keys);

    [Theory]
    [InlineData("quc", true)]
    [InlineData("hat", true)]
    [InlineData("es", false)]
    [InlineData("zz9", false)]
    public void Languages_are_known_iso_639_3_codes(string code, bool valid)
    {
        Assert.Equal(valid, !Errors(Valid() with { Languages = [code] }).ContainsKey("languages[0]"));
        Assert.Equal(valid, !Errors(Valid() with { PreferredLanguage = code }).ContainsKey("preferredLanguage"));
    }

    [Fact]
    public void A_valid_curp_consistent_with_birth_date_and_sex_passes() =>
        Assert.True(Validator.Validate(Valid() with { Curp = Curp17("PENJ870314HNERXS0") }).IsValid);

    [Fact]
    public void An_invalid_curp_reports_the_validator_messages()
    {
        var errors = Errors(Valid() with { Curp = "PENJ870314HNE" });
        Assert.Contains("18 caracteres", errors["curp"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_curp_of_another_birth_date_or_sex_is_an_error_on_the_curp()
    {
        Assert.Contains("1987-03-15", Errors(Valid() with { Curp = Curp17("PENJ870315HNERXS0") })["curp"][0], StringComparison.Ordinal);
        Assert.Contains("Mujer", Errors(Valid() with { Curp = Curp17("PENJ870314MNERXS0") })["curp"][0], StringComparison.Ordinal);
        Assert.True(Validator.Validate(Valid() with { Curp = Curp17("PENJ870314MNERXS0"), Sex = Sex.Unknown }).IsValid);
    }

    [Theory]
    [InlineData("962 123 4567", true)]
    [InlineData("+52 123", false)]
    [InlineData("+1 202 456 1111", true)]
    [InlineData("12345", false)]
    [InlineData("teléfono", false)]
    public void Phones_must_be_valid_numbers_mexican_by_default(string phone, bool valid) =>
        Assert.Equal(valid, !Errors(Valid() with { Phone = phone }).ContainsKey("phone"));

    [Theory]
    [InlineData("ana@example.org", true)]
    [InlineData("ana@example", false)]
    [InlineData("Ana <ana@example.org>", false)]
    [InlineData("ana@", false)]
    public void Emails_must_be_plain_addresses(string email, bool valid) =>
        Assert.Equal(valid, !Errors(Valid() with { Email = email }).ContainsKey("email"));

    [Fact]
    public void Documents_need_type_number_and_a_known_issuing_country()
    {
        var errors = Errors(Valid() with { Documents = [new DocumentData()] });
        Assert.Contains("documents[0].type", errors.Keys);
        Assert.Contains("documents[0].number", errors.Keys);
        Assert.Contains("documents[0].issuingCountry", errors.Keys);
    }

    [Theory]
    [InlineData("E 091-2345", true)]
    [InlineData("E09/12345", false)]
    [InlineData("123456789012345678901234567890", true)]
    [InlineData("1234567890123456789012345678901", false)]
    public void Document_numbers_are_up_to_30_letters_and_digits_once_spaces_and_dashes_are_dropped(string number, bool valid) =>
        Assert.Equal(valid, !Errors(Valid() with { Documents = [new DocumentData { Type = IdentityDocumentType.Passport, Number = number, IssuingCountry = "HND" }] })
            .ContainsKey("documents[0].number"));

    [Fact]
    public void Travel_documents_for_stateless_persons_may_carry_icao_issuer_codes() =>
        Assert.True(Validator.Validate(Valid() with { Documents = [new DocumentData { Type = IdentityDocumentType.TravelDocument, Number = "X1", IssuingCountry = "XXA" }] }).IsValid);

    [Fact]
    public void The_same_document_twice_is_refused() =>
        Assert.Contains("documents", Errors(Valid() with
        {
            Documents =
            [
                new DocumentData { Type = IdentityDocumentType.Passport, Number = "E0912345", IssuingCountry = "HND" },
                new DocumentData { Type = IdentityDocumentType.Passport, Number = "e091-2345", IssuingCountry = "hnd" },
            ],
        }).Keys);

    [Fact]
    public void Vulnerabilities_are_single_known_flags()
    {
        Assert.Contains("vulnerabilities[0]", Errors(Valid() with { Vulnerabilities = [Vulnerabilities.None] }).Keys);
        Assert.Contains("vulnerabilities[0]", Errors(Valid() with { Vulnerabilities = [Vulnerabilities.Pregnant | Vulnerabilities.Disability] }).Keys);
        Assert.Contains("vulnerabilities[0]", Errors(Valid() with { Vulnerabilities = [(Vulnerabilities)4096] }).Keys);
    }

    [Fact]
    public void Overlong_address_email_and_aliases_are_refused()
    {
        var errors = Errors(Valid() with { Address = new string('x', 301), Email = new string('a', 250) + "@example.org", Aliases = [new string('a', 151)] });
        Assert.Contains("address", errors.Keys);
        Assert.Contains("email", errors.Keys);
        Assert.Contains("aliases[0]", errors.Keys);
    }

    [Fact]
    public void Every_message_is_spanish()
    {
        var result = Validator.Validate(new PersonData
        {
            Sex = (Sex)9, BirthDate = new DateOnly(1800, 1, 1), Nationalities = ["XYZ"], Languages = ["zz9"], Curp = "X",
            Phone = "1", Email = "x", Documents = [new DocumentData()], Vulnerabilities = [Vulnerabilities.None],
        });
        Assert.All(result.Errors, (ValidationFailure e) => Assert.DoesNotContain("must", e.ErrorMessage, StringComparison.OrdinalIgnoreCase));
        Assert.True(result.Errors.Count >= 10);
    }
}

internal static class PersonDataTestExtensions
{
    /// <summary>Puts the code under test first, so its error is "nationalities[0]".</summary>
    public static PersonData WithNationalityFirst(this PersonData data) => data with { Nationalities = [.. data.Nationalities!.Reverse()] };
}
