using System.Globalization;
using Bogus;
using Person = Ruta.Web.Kernel.Persons.Person;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Persons.Identification;
using BogusGender = Bogus.DataSets.Name.Gender;

namespace Ruta.Web.Kernel.Synthetic;

/// <summary>
/// The kernel's part: households of persons as the registry holds them. About a fifth are children
/// (families with children, some travelling alone); family members are linked both ways, as
/// <see cref="LinkRelatives"/> links them; each person is registered through <see cref="PersonData"/>
/// and the registry's own mapping (folded search name, E.164 phone, canonical codes) with the same
/// audit line <see cref="RegisterPerson"/> writes.
/// </summary>
internal sealed class SyntheticPersons : ISyntheticDataPart
{
    private static readonly string[] Cities =
        ["Tapachula, Chiapas", "Tapachula, Chiapas", "Tapachula, Chiapas", "Ciudad de México", "Tijuana, Baja California",
         "Ciudad Juárez, Chihuahua", "Monterrey, Nuevo León", "Villahermosa, Tabasco", "Tenosique, Tabasco", "Reynosa, Tamaulipas",
         "Saltillo, Coahuila", "Guadalajara, Jalisco", "Palenque, Chiapas", "Acayucan, Veracruz"];

    private static readonly string[] EmailDomains = ["example.com", "example.org", "example.net"];

    /// <summary>One Faker per locale, made up front and reseeded per batch, so that batch N is the same in every process.</summary>
    private readonly Dictionary<string, Faker> _fakers = Nationalities.All
        .SelectMany(n => new[] { n.GivenLocale, n.SurnameLocale }).Append("es_MX").Distinct(StringComparer.Ordinal)
        .ToDictionary(locale => locale, locale => new Faker(locale), StringComparer.Ordinal);

    public int Order => 0;
    public string Name => "personas";

    public Task PrepareAsync(SyntheticContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Generate(SyntheticBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var random = batch.Random;
        foreach (var locale in _fakers.Keys.Order(StringComparer.Ordinal))
        {
            _fakers[locale].Random = new Randomizer(random.Next());
        }

        var made = 0;
        while (made < batch.TargetPersons)
        {
            var household = MakeHousehold(batch, batch.TargetPersons - made);
            batch.Households.Add(household);
            made += household.Members.Count;
        }
    }

    private Household MakeHousehold(SyntheticBatch batch, int room)
    {
        var random = batch.Random;
        var context = batch.Context;
        var profile = Nationalities.Draw(random);
        var firstContact = DrawContactDay(random, context);
        var plan = PlanHousehold(random, Math.Max(1, room));
        var members = new List<(PersonData Data, bool IsChild, Role Role)>();
        var familyFirstSurname = Surname(profile);
        var familySecondSurname = Surname(profile);

        foreach (var role in plan)
        {
            var isChild = role is Role.Child or Role.UnaccompaniedChild or Role.Niece;
            var sex = role switch
            {
                Role.Father => Sex.Male,
                Role.Mother => Sex.Female,
                _ => random.Next(100) < (isChild ? 50 : 58) ? Sex.Male : Sex.Female,
            };
            var age = isChild
                ? role == Role.UnaccompaniedChild ? 13 + random.Next(5) : random.Next(18)
                : AdultAge(random, role);
            var bornInMexico = role == Role.Child && age < 6 && random.Next(100) < 10;
            string first, second;
            switch (role)
            {
                case Role.Child when profile.TwoSurnames:
                    // Hispanic custom: the father's first surname, then the mother's.
                    (first, second) = (familyFirstSurname, familySecondSurname);
                    break;
                case Role.Child:
                case Role.Father:
                case Role.Sibling:
                    (first, second) = (familyFirstSurname, profile.TwoSurnames ? Surname(profile) : "");
                    break;
                case Role.Mother when profile.TwoSurnames:
                    (first, second) = (familySecondSurname, Surname(profile));
                    break;
                default:
                    (first, second) = (Surname(profile), profile.TwoSurnames ? Surname(profile) : "");
                    break;
            }

            members.Add((MakeData(random, profile, sex, age, firstContact, first, second, role, bornInMexico), isChild, role));
        }

        var agency = members.Any(m => m.Role == Role.UnaccompaniedChild) ? AgencyCodes.ChildProtectionOffice
            : random.Next(100) switch { < 62 => AgencyCodes.Inm, < 88 => AgencyCodes.Comar, < 94 => AgencyCodes.BetaGroups, _ => AgencyCodes.Dif };
        var createdAt = SyntheticContext.At(random, firstContact);
        var persons = new List<HouseholdMember>();
        foreach (var (data, isChild, _) in members)
        {
            var person = new Person
            {
                Id = SyntheticContext.NewId(random, createdAt),
                CreatedAt = createdAt,
                CreatedByAgency = agency,
                Version = 1,
            };
            data.ApplyTo(person);
            foreach (var alias in person.Aliases)
            {
                alias.Id = SyntheticContext.NewId(random, createdAt);
            }

            foreach (var document in person.Documents)
            {
                document.Id = SyntheticContext.NewId(random, createdAt);
            }

            persons.Add(new HouseholdMember(person, isChild));
            batch.Rows.Add(person);
            batch.Rows.Add(SyntheticContext.Audit(random, createdAt, agency, PersonsAudit.Register, nameof(Person), person.Id.ToString(),
                null, PersonsAudit.Serialize(PersonData.From(person))));
        }

        foreach (var member in persons)
        {
            foreach (var nationality in member.Person.Nationalities)
            {
                batch.Rows.Add(nationality);
            }

            foreach (var language in member.Person.Languages)
            {
                batch.Rows.Add(language);
            }

            foreach (var alias in member.Person.Aliases)
            {
                batch.Rows.Add(alias);
            }

            foreach (var document in member.Person.Documents)
            {
                batch.Rows.Add(document);
            }
        }

        Link(batch, persons, [.. members.Select(m => m.Role)]);
        return new Household(persons, profile.Code, firstContact);
    }

    /// <summary>Links in pairs, each with its inverse, as <see cref="LinkRelatives"/> stores them.</summary>
    private static void Link(SyntheticBatch batch, List<HouseholdMember> persons, Role[] roles)
    {
        void Pair(int a, int b, FamilyRelation kindOfBToA)
        {
            var link = new FamilyLink { PersonId = persons[a].Person.Id, RelativeId = persons[b].Person.Id, Kind = kindOfBToA };
            var inverse = new FamilyLink { PersonId = persons[b].Person.Id, RelativeId = persons[a].Person.Id, Kind = kindOfBToA.Inverse() };
            persons[a].Person.FamilyLinks.Add(link);
            persons[b].Person.FamilyLinks.Add(inverse);
            batch.Rows.Add(link);
            batch.Rows.Add(inverse);
        }

        var parents = Enumerable.Range(0, roles.Length).Where(i => roles[i] is Role.Father or Role.Mother).ToList();
        var children = Enumerable.Range(0, roles.Length).Where(i => roles[i] == Role.Child).ToList();
        if (parents.Count == 2)
        {
            Pair(parents[0], parents[1], FamilyRelation.SpouseOrPartner);
        }

        foreach (var child in children)
        {
            foreach (var parent in parents)
            {
                Pair(child, parent, FamilyRelation.Parent);
            }
        }

        for (var i = 0; i < children.Count; i++)
        {
            for (var j = i + 1; j < children.Count; j++)
            {
                Pair(children[i], children[j], FamilyRelation.Sibling);
            }
        }

        var siblings = Enumerable.Range(0, roles.Length).Where(i => roles[i] == Role.Sibling).ToList();
        for (var i = 1; i < siblings.Count; i++)
        {
            Pair(siblings[0], siblings[i], FamilyRelation.Sibling);
        }

        var unaccompanied = Enumerable.Range(0, roles.Length).Where(i => roles[i] == Role.UnaccompaniedChild).ToList();
        for (var i = 1; i < unaccompanied.Count; i++)
        {
            Pair(unaccompanied[0], unaccompanied[i], FamilyRelation.Sibling);
        }

        var niece = Array.IndexOf(roles, Role.Niece);
        if (niece > 0)
        {
            // An aunt or uncle travelling with a niece or nephew; some hold a guardianship besides the kinship.
            Pair(niece, 0, FamilyRelation.OtherRelative);
            if (batch.Random.Next(100) < 25)
            {
                Pair(niece, 0, FamilyRelation.LegalGuardian);
            }
        }
    }

    private enum Role { Adult, Father, Mother, Child, Sibling, UnaccompaniedChild, Niece }

    /// <summary>
    /// 57% alone, 12% couples, 18% parents with children, 10% adult siblings or an adult with a
    /// niece or nephew, 3% children without an adult: about one person in five is a child.
    /// </summary>
    private static List<Role> PlanHousehold(Random random, int room)
    {
        var roll = random.Next(100);
        List<Role> plan = roll switch
        {
            < 57 => [Role.Adult],
            < 69 => [Role.Father, Role.Mother],
            < 87 => Family(random),
            < 94 => [Role.Sibling, Role.Sibling],
            < 97 => [Role.Adult, Role.Niece],
            _ => random.Next(100) < 75 ? [Role.UnaccompaniedChild] : [Role.UnaccompaniedChild, Role.UnaccompaniedChild],
        };
        return plan.Count <= room ? plan : [Role.Adult];
    }

    private static List<Role> Family(Random random)
    {
        List<Role> family = random.Next(100) < 65 ? [Role.Father, Role.Mother] : [random.Next(100) < 80 ? Role.Mother : Role.Father];
        var children = random.Next(100) switch { < 40 => 1, < 75 => 2, < 92 => 3, _ => 4 };
        family.AddRange(Enumerable.Repeat(Role.Child, children));
        return family;
    }

    private static int AdultAge(Random random, Role role)
    {
        // Most adults who migrate are 20–40; few are older than 60.
        var spread = Math.Abs(Normal(random)) * (role is Role.Father or Role.Mother ? 9 : 11);
        return Math.Min(85, (role is Role.Father or Role.Mother ? 22 : 18) + (int)spread);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>First contacts over the five years to the reference date, more of them in recent years (as the flows grew).</summary>
    private static DateOnly DrawContactDay(Random random, SyntheticContext context)
    {
        var span = context.AsOf.DayNumber - context.Start.DayNumber;
        return context.Start.AddDays((int)(span * Math.Sqrt(random.NextDouble())));
    }

    private PersonData MakeData(Random random, NationalityProfile profile, Sex sex, int age, DateOnly firstContact, string firstSurname,
        string secondSurname, Role role, bool bornInMexico)
    {
        var isChild = role is Role.Child or Role.UnaccompaniedChild or Role.Niece;
        var birth = firstContact.AddYears(-age).AddDays(-random.Next(365));
        if (birth < Persons.PersonLimits.EarliestBirthDate)
        {
            birth = Persons.PersonLimits.EarliestBirthDate.AddDays(random.Next(365));
        }

        DateOnly? birthDate = birth;
        var estimated = false;
        if (isChild && random.Next(100) < 6)
        {
            // No papers: the age was assessed, the birth date is an estimate (1 January of the year).
            birthDate = new DateOnly(birth.Year, 1, 1);
            estimated = true;
        }
        else if (random.Next(1000) < 3)
        {
            birthDate = null;
        }

        var given = GivenNames(random, profile, sex);
        var nationalities = new List<string?> { profile.Code };
        string? curp = null;
        if (bornInMexico && birthDate is { } born && !estimated)
        {
            // Born in Mexico: Mexican by birth (Const. art. 30), often also of the parents' nationality.
            nationalities = random.Next(100) < 50 ? ["MEX"] : ["MEX", profile.Code];
            curp = MakeCurp(random, given, firstSurname, secondSurname, born, sex);
        }

        var languages = new List<string?>(profile.Languages);
        string preferred = profile.Languages[0];
        var needsInterpreter = profile.Code == "HTI" ? random.Next(100) < 70 : profile.Languages[0] != "spa" && random.Next(100) < 60;
        var vulnerabilities = new List<Vulnerabilities>();
        if (profile.IndigenousShare > 0 && random.NextDouble() < profile.IndigenousShare)
        {
            preferred = profile.IndigenousLanguages[random.Next(profile.IndigenousLanguages.Length)];
            languages.Insert(0, preferred);
            needsInterpreter = random.Next(100) < 40;
            vulnerabilities.Add(Vulnerabilities.Indigenous);
        }

        if (profile.Code == "HTI" && random.Next(100) < 25)
        {
            languages.Add("spa");
        }

        if (role == Role.UnaccompaniedChild)
        {
            vulnerabilities.Add(Vulnerabilities.UnaccompaniedChild);
        }

        if (!isChild && sex == Sex.Female && age < 42 && random.Next(100) < 6)
        {
            vulnerabilities.Add(Vulnerabilities.Pregnant);
        }

        if (age >= 60)
        {
            vulnerabilities.Add(Vulnerabilities.OlderPerson);
        }

        var roll = random.Next(1000);
        if (roll < 50)
        {
            vulnerabilities.Add(Vulnerabilities.CrimeVictimOrWitness);
        }
        else if (roll < 58)
        {
            vulnerabilities.Add(Vulnerabilities.TraffickingVictim);
        }
        else if (roll < 78)
        {
            vulnerabilities.Add(Vulnerabilities.Disability);
        }
        else if (roll < 98 && !isChild)
        {
            vulnerabilities.Add(Vulnerabilities.Lgbti);
        }
        else if (roll < 118 && !isChild && sex == Sex.Female)
        {
            vulnerabilities.Add(Vulnerabilities.GenderViolenceVictim);
        }

        var documents = Documents(random, profile, isChild, firstContact, nationalities);
        var aliases = random.Next(100) < 4 ? new List<string?> { given.Split(' ')[0] + " " + firstSurname } : null;
        return new PersonData
        {
            GivenNames = given,
            FirstSurname = firstSurname,
            SecondSurname = secondSurname.Length == 0 ? null : secondSurname,
            Sex = sex,
            BirthDate = birthDate,
            BirthDateEstimated = estimated,
            Nationalities = nationalities,
            Languages = languages,
            PreferredLanguage = preferred,
            NeedsInterpreter = needsInterpreter,
            Curp = curp,
            Phone = !isChild && random.Next(100) < 45 ? string.Create(CultureInfo.InvariantCulture, $"962{1 + random.Next(9)}{random.Next(1_000_000):D6}") : null,
            Email = !isChild && random.Next(100) < 12
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{NameNormalizer.Tokens(given)[0]}.{NameNormalizer.Tokens(firstSurname).FirstOrDefault() ?? "x"}{random.Next(100)}@{EmailDomains[random.Next(EmailDomains.Length)]}")
                : null,
            Address = random.Next(100) < 35 ? $"{Faker("es_MX").Address.StreetAddress()}, {Cities[random.Next(Cities.Length)]}" : null,
            Aliases = aliases,
            Documents = documents,
            Vulnerabilities = vulnerabilities,
        };
    }

    private List<DocumentData?> Documents(Random random, NationalityProfile profile, bool isChild, DateOnly firstContact, List<string?> nationalities)
    {
        var documents = new List<DocumentData?>();
        var country = nationalities[^1]!;
        var roll = random.Next(100);
        if (roll < (isChild ? 30 : 62))
        {
            documents.Add(new DocumentData
            {
                Type = IdentityDocumentType.Passport,
                Number = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{random.Next(10_000_000):D7}"),
                IssuingCountry = country,
                ExpiryDate = firstContact.AddDays(random.Next(-700, 3000)),
            });
        }

        if (!isChild && random.Next(100) < 35)
        {
            var (prefix, digits) = profile.IdCard;
            var number = prefix + string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('0' + random.Next(10))));
            documents.Add(new DocumentData { Type = IdentityDocumentType.NationalIdCard, Number = number, IssuingCountry = profile.Code });
        }

        if (isChild && random.Next(100) < 45)
        {
            documents.Add(new DocumentData
            {
                Type = IdentityDocumentType.BirthCertificate,
                Number = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1_000_000_000):D9}"),
                IssuingCountry = country,
            });
        }

        return documents;
    }

    private string GivenNames(Random random, NationalityProfile profile, Sex sex)
    {
        var extra = sex == Sex.Male ? profile.ExtraGivenMale : profile.ExtraGivenFemale;
        string One() => extra is not null && random.Next(100) < profile.ExtraGivenShare
            ? extra[random.Next(extra.Length)]
            : Faker(profile.GivenLocale).Name.FirstName(sex == Sex.Male ? BogusGender.Male : BogusGender.Female);

        var first = One();
        // Compound given names ("José Luis", "María Fernanda") are common in Latin America.
        if (profile.TwoSurnames && random.Next(100) < 35)
        {
            var second = One();
            return second == first ? first : first + " " + second;
        }

        return first;
    }

    private string Surname(NationalityProfile profile) =>
        profile.ExtraSurnames is { } extra && Faker(profile.SurnameLocale).Random.Number(99) < 55
            ? extra[Faker(profile.SurnameLocale).Random.Number(extra.Length - 1)]
            : Faker(profile.SurnameLocale).Name.LastName();

    private Faker Faker(string locale) => _fakers[locale];

    /// <summary>
    /// A structurally valid CURP for a child born in Mexico (Chiapas, Tabasco or the capital), as
    /// <see cref="Curp.Validate"/> reads it; null in the rare case the letters make no valid key.
    /// </summary>
    private static string? MakeCurp(Random random, string given, string firstSurname, string secondSurname, DateOnly birth, Sex sex)
    {
        static string Letters(string name) => new([.. NameNormalizer.Normalize(name).ToUpperInvariant().Where(char.IsAsciiLetterUpper)]);
        static char FirstInternal(string word, bool vowel) =>
            word.Skip(1).FirstOrDefault(c => "AEIOU".Contains(c, StringComparison.Ordinal) == vowel) is var c and not '\0' ? c : 'X';

        var surname = Letters(firstSurname);
        var mother = Letters(secondSurname);
        var name = Letters(given.Split(' ')[0]);
        if (surname.Length == 0 || name.Length == 0)
        {
            return null;
        }

        string[] states = ["CS", "CS", "TC", "DF", "BC"];
        var key = string.Concat(
            surname[0], FirstInternal(surname, vowel: true), mother.Length > 0 ? mother[0] : 'X', name[0],
            birth.ToString("yyMMdd", CultureInfo.InvariantCulture), sex == Sex.Male ? 'H' : 'M', states[random.Next(states.Length)],
            FirstInternal(surname, vowel: false), mother.Length > 0 ? FirstInternal(mother, vowel: false) : 'X', FirstInternal(name, vowel: false),
            birth.Year < 2000 ? (char)('0' + random.Next(10)) : (char)('A' + random.Next(26)));
        var curp = key + Curp.ComputeCheckDigit(key);
        return Curp.Validate(curp, birth.AddDays(1)).IsValid ? curp : null;
    }
}
