using Microsoft.Extensions.Time.Testing;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Persons.Identification;

namespace Ruta.UnitTests.Kernel.Persons;

public sealed class PersonRegistryRulesTests
{
    [Theory]
    [InlineData(FamilyRelation.Parent, FamilyRelation.Child)]
    [InlineData(FamilyRelation.Child, FamilyRelation.Parent)]
    [InlineData(FamilyRelation.SpouseOrPartner, FamilyRelation.SpouseOrPartner)]
    [InlineData(FamilyRelation.Sibling, FamilyRelation.Sibling)]
    [InlineData(FamilyRelation.OtherRelative, FamilyRelation.OtherRelative)]
    [InlineData(FamilyRelation.LegalGuardian, FamilyRelation.Ward)]
    [InlineData(FamilyRelation.Ward, FamilyRelation.LegalGuardian)]
    public void Each_relation_has_its_inverse_and_the_inverse_of_the_inverse_is_itself(FamilyRelation kind, FamilyRelation inverse)
    {
        Assert.Equal(inverse, kind.Inverse());
        Assert.Equal(kind, kind.Inverse().Inverse());
    }

    [Fact]
    public void Applying_data_cleans_names_normalizes_codes_and_builds_the_search_key_surnames_first()
    {
        var person = new Person { Id = Guid.CreateVersion7() };
        new PersonData
        {
            GivenNames = "  José   Luis ",
            FirstSurname = "Pérez",
            SecondSurname = "Núñez",
            Nationalities = ["hnd", "HND", " gtm"],
            Languages = ["SPA"],
            PreferredLanguage = "quc",
            Curp = " penj870314hnerxs01 ",
            Phone = "962-123-4567",
            Aliases = ["Chepe", " chepe ", "Pepe  Pérez"],
            Documents = [new DocumentData { Type = IdentityDocumentType.Passport, Number = "e 091-2345", IssuingCountry = "hnd" }],
            Vulnerabilities = [Vulnerabilities.Pregnant, Vulnerabilities.Disability],
        }.ApplyTo(person);

        Assert.Equal("José Luis", person.GivenNames);
        Assert.Equal(["HND", "GTM"], person.Nationalities.Select(n => n.CountryCode));
        Assert.Equal(["spa", "quc"], person.Languages.Select(l => l.LanguageCode));
        Assert.Equal("PENJ870314HNERXS01", person.Curp);
        Assert.Equal("+529621234567", person.Phone);
        Assert.Equal(["Chepe", "Pepe Pérez"], person.Aliases.Select(a => a.Name));
        Assert.Equal("E0912345", person.Documents.Single().Number);
        Assert.Equal("HND", person.Documents.Single().IssuingCountry);
        Assert.Equal(Vulnerabilities.Pregnant | Vulnerabilities.Disability, person.Vulnerabilities);
        Assert.Equal("perez nunez jose luis chepe pepe perez", person.SearchName);
    }

    [Fact]
    public void Reapplying_keeps_unchanged_rows_and_replaces_the_rest()
    {
        var person = new Person { Id = Guid.CreateVersion7() };
        var passport = new DocumentData { Type = IdentityDocumentType.Passport, Number = "E0912345", IssuingCountry = "HND" };
        new PersonData { GivenNames = "Ana", Nationalities = ["HND"], Documents = [passport], Aliases = ["Anita"] }.ApplyTo(person);
        var keptDocument = person.Documents.Single();
        var keptNationality = person.Nationalities.Single();

        new PersonData
        {
            GivenNames = "Ana",
            Nationalities = ["HND", "SLV"],
            Documents = [passport with { ExpiryDate = new DateOnly(2030, 1, 1) }, new DocumentData { Type = IdentityDocumentType.NationalIdCard, Number = "1", IssuingCountry = "SLV" }],
        }.ApplyTo(person);

        Assert.Same(keptDocument, person.Documents[0]);
        Assert.Equal(new DateOnly(2030, 1, 1), keptDocument.ExpiryDate);
        Assert.Equal(2, person.Documents.Count);
        Assert.Same(keptNationality, person.Nationalities[0]);
        Assert.Empty(person.Aliases);
    }

    [Fact]
    public void A_stateless_person_keeps_no_nationality_and_an_undated_birth_is_not_estimated()
    {
        var person = new Person();
        new PersonData { GivenNames = "Samir", IsStateless = true, BirthDateEstimated = true }.ApplyTo(person);
        Assert.Empty(person.Nationalities);
        Assert.False(person.BirthDateEstimated);
    }

    [Fact]
    public void The_search_key_is_cut_at_a_word_boundary_to_fit_its_column()
    {
        var aliases = Enumerable.Range(0, 40).Select(i => new string((char)('a' + i % 26), 100)).ToList();
        var key = PersonText.SearchName("Ana", "López", null, aliases);
        Assert.True(key.Length <= PersonLimits.SearchName);
        Assert.StartsWith("lopez ana ", key, StringComparison.Ordinal);
        Assert.False(key.EndsWith(' '));
    }

    [Fact]
    public void Age_and_childhood_follow_the_birth_date_and_its_doubt()
    {
        var today = new DateOnly(2026, 6, 1);
        Assert.Equal(17, Person.AgeOn(new DateOnly(2008, 6, 2), today));
        Assert.True(Person.IsChildOn(new DateOnly(2008, 6, 2), false, today));
        Assert.False(Person.IsChildOn(new DateOnly(2008, 6, 1), false, today));
        Assert.True(Person.IsChildOn(new DateOnly(2006, 1, 1), true, today));
        Assert.True(Person.IsChildOn(null, false, today));
    }

    [Fact]
    public void Mrz_suggestions_split_two_hispanic_surnames_and_keep_particles_with_theirs()
    {
        Assert.Equal(("Pérez", "López"), ParseMrz.SplitSurnames("PÉREZ LÓPEZ"));
        Assert.Equal(("De la Cruz", "Martínez"), ParseMrz.SplitSurnames("DE LA CRUZ MARTÍNEZ"));
        Assert.Equal(("Eriksson", null), ParseMrz.SplitSurnames("ERIKSSON"));
        Assert.Equal(("Perez Lopez Garcia", null), ParseMrz.SplitSurnames("PEREZ LOPEZ GARCIA"));
    }

    [Fact]
    public void Mrz_suggestions_carry_names_sex_birth_nationality_and_the_document()
    {
        var fields = new MrzFields("P", "HND", "PEREZ NUNEZ", "JOSE LUIS", "E0912345", "HND", new DateOnly(1987, 3, 14), "male",
            new DateOnly(2029, 5, 1), "", null);

        var data = ParseMrz.Suggest(fields);

        Assert.Equal("Jose Luis", data.GivenNames);
        Assert.Equal(("Perez", "Nunez"), (data.FirstSurname, data.SecondSurname));
        Assert.Equal(Sex.Male, data.Sex);
        Assert.Equal(new DateOnly(1987, 3, 14), data.BirthDate);
        Assert.Equal(["HND"], data.Nationalities!);
        var document = Assert.Single(data.Documents!);
        Assert.Equal(IdentityDocumentType.Passport, document!.Type);
        Assert.Equal(("E0912345", "HND", new DateOnly(2029, 5, 1)), (document.Number, document.IssuingCountry, document.ExpiryDate));
    }

    [Fact]
    public void Mrz_suggestions_mark_xxa_as_stateless_and_read_d_as_germany()
    {
        var data = ParseMrz.Suggest(new MrzFields("PT", "D", "HADDAD", "SAMIR", "TD0045871", "XXA", null, "unknown", null, "", null));
        Assert.True(data.IsStateless);
        Assert.Empty(data.Nationalities!);
        Assert.Equal("DEU", data.Documents![0]!.IssuingCountry);
        Assert.Equal(Sex.Unknown, data.Sex);
    }

    [Fact]
    public void Every_demo_person_obeys_the_registry_rules()
    {
        var validator = new PersonDataValidator(new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 18, 0, 0, TimeSpan.Zero)));
        var all = PersonsDemoData.AllData().ToList();
        Assert.InRange(all.Count, 35, 45);
        Assert.All(all, data =>
        {
            var result = validator.Validate(data);
            Assert.True(result.IsValid, $"{data.GivenNames} {data.FirstSurname}: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
        });
        Assert.Contains(all, d => d.Curp is not null && Curp.Validate(d.Curp).IsValid);
    }
}
