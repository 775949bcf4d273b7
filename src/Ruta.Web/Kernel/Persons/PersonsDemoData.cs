using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons.Identification;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Forty fictitious persons for demonstrations and tests: families from Honduras, Guatemala,
/// Venezuela, Haiti, Cuba, El Salvador and elsewhere, with accented names, children, documents,
/// vulnerabilities and family links. Hand-written (not random) so every demo shows the same people.
/// Seeded only when the registry is empty.
/// </summary>
internal sealed class PersonsDemoData(ILogger<PersonsDemoData> logger) : IDemoDataContributor
{
    public int Order => 10;

    /// <param name="Doc">"type:country:number[:expiry]", type P passport, N national ID, B birth certificate, C consular ID, T travel document.</param>
    /// <param name="Curp">First 17 characters; the check digit is computed.</param>
    private sealed record Demo(string Given, string First, string? Second, Sex Sex, string Birth, string? Nationality,
        string Languages = "spa", Vulnerabilities Needs = Vulnerabilities.None, string? Doc = null, bool Estimated = false,
        string? Curp = null, bool Stateless = false);

    private sealed record Family(Demo[] Members, (int Person, int Relative, FamilyRelation Kind)[] Links);

    private static readonly Family[] Families =
    [
        new([
            new("José Luis", "Pérez", "Núñez", Sex.Male, "1987-03-14", "HND", Doc: "P:HND:E0912345:2029-05-01"),
            new("María Fernanda", "Castillo", "Ramírez", Sex.Female, "1990-11-02", "HND", Needs: Vulnerabilities.Pregnant, Doc: "N:HND:0501199002345"),
            new("Ángel David", "Pérez", "Castillo", Sex.Male, "2014-06-20", "HND", Doc: "B:HND:0801201409876"),
            new("Sofía Guadalupe", "Pérez", "Castillo", Sex.Female, "2019-01-09", "HND"),
        ], [(0, 1, FamilyRelation.SpouseOrPartner), (2, 0, FamilyRelation.Parent), (2, 1, FamilyRelation.Parent),
            (3, 0, FamilyRelation.Parent), (3, 1, FamilyRelation.Parent), (2, 3, FamilyRelation.Sibling)]),
        new([
            new("Juana Ixchel", "Tzoc", "Tum", Sex.Female, "1985-04-30", "GTM", "quc spa", Vulnerabilities.Indigenous, "N:GTM:2456789010101"),
            new("Josué Baltazar", "Tzoc", "Tum", Sex.Male, "2012-09-15", "GTM", "quc spa", Vulnerabilities.Indigenous),
            new("Rosa Amalia", "Tzoc", "Tum", Sex.Female, "2016-02-28", "GTM", "quc", Vulnerabilities.Indigenous),
        ], [(1, 0, FamilyRelation.Parent), (2, 0, FamilyRelation.Parent), (1, 2, FamilyRelation.Sibling)]),
        new([
            new("Andrés Eduardo", "Rodríguez", "Peña", Sex.Male, "1982-07-19", "VEN", Doc: "P:VEN:123456789:2027-10-31"),
            new("Yusmary Coromoto", "Gil", "Hernández", Sex.Female, "1984-12-05", "VEN", Doc: "N:VEN:V15678901"),
            new("Valentina", "Rodríguez", "Gil", Sex.Female, "2010-08-23", "VEN"),
            new("Santiago", "Rodríguez", "Gil", Sex.Male, "2007-03-03", "VEN", Doc: "N:VEN:V30111222"),
        ], [(0, 1, FamilyRelation.SpouseOrPartner), (2, 0, FamilyRelation.Parent), (2, 1, FamilyRelation.Parent),
            (3, 0, FamilyRelation.Parent), (3, 1, FamilyRelation.Parent), (2, 3, FamilyRelation.Sibling)]),
        new([
            new("Jean-Baptiste", "Joseph", null, Sex.Male, "1989-01-25", "HTI", "hat fra", Doc: "P:HTI:RD5567890:2028-02-14"),
            new("Marie-Ange", "Pierre", null, Sex.Female, "1992-06-14", "HTI", "hat fra", Vulnerabilities.Pregnant),
            new("Wideline", "Joseph", null, Sex.Female, "2021-10-10", "CHL", "hat spa", Doc: "B:CHL:2210100456"),
        ], [(0, 1, FamilyRelation.SpouseOrPartner), (2, 0, FamilyRelation.Parent), (2, 1, FamilyRelation.Parent)]),
        new([
            new("Yoandris", "Martínez", "Leyva", Sex.Male, "1993-05-05", "CUB", Doc: "P:CUB:K123456:2030-01-20"),
            new("Yanelis", "Fonseca", "Rizo", Sex.Female, "1995-09-17", "CUB", Doc: "P:CUB:K654321:2030-01-20"),
        ], [(0, 1, FamilyRelation.SpouseOrPartner)]),
        new([
            new("Kenia Yamileth", "Ordóñez", "Zelaya", Sex.Female, "1994-05-25", "HND", Doc: "N:HND:0801199405555", Curp: "OOZK940525MNERLN0"),
            new("Ashley Nicole", "Ordóñez", "Zelaya", Sex.Female, "2024-12-01", "MEX"),
        ], [(1, 0, FamilyRelation.Parent)]),
        new([
            new("Marvin Estuardo", "López", "Chub", Sex.Male, "1990-10-12", "GTM", "kek spa", Vulnerabilities.Indigenous, "N:GTM:1987654320101"),
            new("Irma Yolanda", "Caal", "Pop", Sex.Female, "1992-03-19", "GTM", "kek", Vulnerabilities.Indigenous),
            new("Brayan Estuardo", "López", "Caal", Sex.Male, "2018-07-04", "GTM", "kek spa"),
        ], [(0, 1, FamilyRelation.SpouseOrPartner), (2, 0, FamilyRelation.Parent), (2, 1, FamilyRelation.Parent)]),
        new([
            new("María José", "Euceda", "Banegas", Sex.Female, "1986-08-08", "HND", Doc: "N:HND:0318198600123"),
            new("Petrona", "Banegas", "Mejía", Sex.Female, "1951-02-11", "HND", Needs: Vulnerabilities.OlderPerson | Vulnerabilities.SeriousIllness),
            new("Dilcia Marisol", "Núñez", "Euceda", Sex.Female, "2008-07-07", "HND", Needs: Vulnerabilities.TraffickingVictim),
        ], [(0, 1, FamilyRelation.Parent), (2, 0, FamilyRelation.Parent)]),
        new([
            new("Brenda Lisseth", "Flores", "Ayala", Sex.Female, "1998-02-14", "SLV", Needs: Vulnerabilities.GenderViolenceVictim, Doc: "N:SLV:045678901", Curp: "FOAB980214MNELYR0"),
            new("Kevin Alexander", "Hernández", "Flores", Sex.Male, "2009-04-12", "SLV", Needs: Vulnerabilities.UnaccompaniedChild, Doc: "B:SLV:20090412778"),
        ], [(1, 0, FamilyRelation.OtherRelative)]),
    ];

    private static readonly Demo[] Singles =
    [
        new("Carlos Manuel", "Obando", "Téllez", Sex.Male, "1979-10-30", "NIC", Doc: "P:NIC:C01234567:2026-12-31"),
        new("Wilson Patricio", "Quishpe", "Guamán", Sex.Male, "1991-12-01", "ECU", "que spa", Vulnerabilities.Indigenous, "N:ECU:1712345678"),
        new("Luz Marina", "Zapata", "Ocampo", Sex.Female, "1970-03-08", "COL", Needs: Vulnerabilities.SeriousIllness, Doc: "N:COL:43567890"),
        new("Élmer Orlando", "Chávez", "Ixcoy", Sex.Male, "1975-05-21", "GTM", "mam spa", Vulnerabilities.Indigenous),
        new("Génesis Andreína", "Márquez", "Briceño", Sex.Female, "2000-01-31", "VEN", Needs: Vulnerabilities.Lgbti, Doc: "P:VEN:157894561:2026-08-15"),
        new("Rose-Merline", "Dorvil", null, Sex.Female, "1960-08-15", "HTI", "hat", Vulnerabilities.OlderPerson),
        new("Ernesto Rafael", "Sosa", "Pupo", Sex.Male, "1968-02-02", "CUB", Doc: "P:CUB:J987654:2025-11-30"),
        new("Óscar Armando", "Martínez", "Peña", Sex.Male, "1996-09-09", "SLV", Needs: Vulnerabilities.CrimeVictimOrWitness, Doc: "N:SLV:056789012"),
        new("Bryan Steven", "Caicedo", null, Sex.Male, "2011-01-01", "ECU", Needs: Vulnerabilities.UnaccompaniedChild, Estimated: true),
        new("Samir", "Haddad", null, Sex.Male, "1990-06-01", null, "ara eng", Doc: "T:KWT:TD0045871:2027-06-30", Stateless: true),
        new("Emmanuel", "Nkembe", "Fon", Sex.Male, "1993-11-11", "CMR", "fra eng", Doc: "P:CMR:AA1234567:2029-03-01"),
        new("Luis Alfonso", "Pérez", "Pérez", Sex.Male, "1988-04-16", "VEN", Doc: "N:VEN:V18222333"),
        new("José", "Pérez", "Gómez", Sex.Male, "2001-12-24", "HND", Doc: "C:HND:MC00451278"),
        new("Sebastián", "Núñez", "Arango", Sex.Male, "1999-07-27", "COL", Doc: "P:COL:AT4567891:2031-07-01"),
        new("Ana Lucía", "Girón", "Sandoval", Sex.Female, "2006-05-18", "GTM", Needs: Vulnerabilities.Disability),
    ];

    private static readonly string[] Agencies = [AgencyCodes.Inm, AgencyCodes.Comar, AgencyCodes.Dif, AgencyCodes.BetaGroups];

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RutaDbContext>();
        if (await db.Set<Person>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var count = 0;
        Person Create(Demo demo)
        {
            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                CreatedAt = now,
                CreatedByAgency = Agencies[count++ % Agencies.Length],
                Version = 1,
            };
            ToData(demo).ApplyTo(person);
            db.Add(person);
            return person;
        }

        foreach (var family in Families)
        {
            var members = family.Members.Select(Create).ToArray();
            foreach (var (from, to, kind) in family.Links)
            {
                db.AddRange(
                    new FamilyLink { PersonId = members[from].Id, RelativeId = members[to].Id, Kind = kind },
                    new FamilyLink { PersonId = members[to].Id, RelativeId = members[from].Id, Kind = kind.Inverse() });
            }
        }

        foreach (var single in Singles)
        {
            Create(single);
        }

        await db.SaveChangesAsync(cancellationToken);
        PersonsLog.DemoSeeded(logger, count);
    }

    /// <summary>Every demo person's data, for tests that hold the demo to the registry's own rules.</summary>
    internal static IEnumerable<PersonData> AllData() => Families.SelectMany(f => f.Members).Concat(Singles).Select(ToData);

    private static PersonData ToData(Demo demo)
    {
        var languages = demo.Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new PersonData
        {
            GivenNames = demo.Given,
            FirstSurname = demo.First,
            SecondSurname = demo.Second,
            Sex = demo.Sex,
            BirthDate = DateOnly.ParseExact(demo.Birth, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            BirthDateEstimated = demo.Estimated,
            Nationalities = demo.Nationality is null ? [] : [demo.Nationality],
            IsStateless = demo.Stateless,
            Languages = languages,
            PreferredLanguage = languages[0],
            NeedsInterpreter = languages[0] != "spa",
            Curp = demo.Curp is null ? null : demo.Curp + Curp.ComputeCheckDigit(demo.Curp),
            Vulnerabilities = PersonVulnerabilities.Split(demo.Needs),
            Documents = demo.Doc is null ? [] : [ParseDocument(demo.Doc)],
        };
    }

    private static DocumentData ParseDocument(string spec)
    {
        var parts = spec.Split(':');
        return new DocumentData
        {
            Type = parts[0] switch
            {
                "P" => IdentityDocumentType.Passport,
                "N" => IdentityDocumentType.NationalIdCard,
                "B" => IdentityDocumentType.BirthCertificate,
                "C" => IdentityDocumentType.ConsularId,
                _ => IdentityDocumentType.TravelDocument,
            },
            IssuingCountry = parts[1],
            Number = parts[2],
            ExpiryDate = parts.Length > 3 ? DateOnly.ParseExact(parts[3], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        };
    }
}
