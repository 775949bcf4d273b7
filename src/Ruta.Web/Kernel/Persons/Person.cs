using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// A person Ruta protects: the one record that follows them across agencies. Names are kept as
/// people really carry them (given names, first and second surname, or a single name).
/// </summary>
public sealed class Person : IVersioned
{
    public Guid Id { get; set; }

    /// <summary>Given names ("José Luis"); may be empty for a person known by a single name kept in <see cref="FirstSurname"/>.</summary>
    public string? GivenNames { get; set; }
    public string? FirstSurname { get; set; }
    public string? SecondSurname { get; set; }
    public Sex Sex { get; set; } = Sex.Unknown;
    public DateOnly? BirthDate { get; set; }

    /// <summary>The birth date is an estimate (no document, age assessed). See <see cref="IsChildOn"/>.</summary>
    public bool BirthDateEstimated { get; set; }

    /// <summary>Has no nationality (then <see cref="Nationalities"/> is empty).</summary>
    public bool IsStateless { get; set; }

    /// <summary>Clave Única de Registro de Población, validated, upper case.</summary>
    public string? Curp { get; set; }

    /// <summary>ISO 639-3 code of the language the person prefers to be heard in.</summary>
    public string? PreferredLanguage { get; set; }
    public bool NeedsInterpreter { get; set; }

    /// <summary>E.164 phone number.</summary>
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public Vulnerabilities Vulnerabilities { get; set; }

    /// <summary>Normalized names and aliases (lower case, no accents) for search; see NameNormalizer.</summary>
    public string SearchName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedByAgency { get; set; } = "";

    /// <summary>Archived persons are hidden from search and lists; the record and its audit trail remain.</summary>
    public bool IsArchived { get; set; }
    public int Version { get; set; }

    public List<PersonAlias> Aliases { get; set; } = [];
    public List<PersonNationality> Nationalities { get; set; } = [];
    public List<PersonLanguage> Languages { get; set; } = [];
    public List<IdentityDocument> Documents { get; set; } = [];

    /// <summary>Links from this person to relatives; each has its inverse on the relative (kept in step).</summary>
    public List<FamilyLink> FamilyLinks { get; set; } = [];

    /// <summary>Whole years of age on <paramref name="date"/>, or null when the birth date is unknown.</summary>
    public int? AgeOn(DateOnly date) => AgeOn(BirthDate, date);

    /// <summary>Whole years between <paramref name="birthDate"/> and <paramref name="date"/> (for read models that hold no entity).</summary>
    public static int? AgeOn(DateOnly? birthDate, DateOnly date)
    {
        if (birthDate is not { } birth)
        {
            return null;
        }

        var age = date.Year - birth.Year;
        if (date < birth.AddYears(age))
        {
            age--;
        }

        return age;
    }

    /// <summary>
    /// Whether the person must be treated as a child on <paramref name="date"/>: under 18, or of
    /// uncertain age. "Cuando exista la duda de si se trata de una persona mayor de dieciocho años
    /// de edad, se presumirá que es adolescente" (Ley de Migración, art. 3 fr. XVI; LGDNNA art. 5).
    /// Uncertain = no birth date at all, or an estimated birth date putting the person under
    /// <see cref="AgeDoubtCeiling"/> (a policy margin: the law sets none; see docs/legal-rules.md).
    /// </summary>
    public bool IsChildOn(DateOnly date) => IsChildOn(BirthDate, BirthDateEstimated, date);

    /// <summary>The presumption of <see cref="IsChildOn(DateOnly)"/> for read models that hold no entity.</summary>
    public static bool IsChildOn(DateOnly? birthDate, bool birthDateEstimated, DateOnly date) => AgeOn(birthDate, date) switch
    {
        null => true,
        < 18 => true,
        var age when birthDateEstimated && age < AgeDoubtCeiling => true,
        _ => false,
    };

    /// <summary>Ages below this, when only estimated, leave a doubt that the law resolves as childhood.</summary>
    public const int AgeDoubtCeiling = 21;

    public string FullName => string.Join(' ', new[] { GivenNames, FirstSurname, SecondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

public enum Sex { Unknown, Male, Female, Other }

/// <summary>Situations that call for reinforced protection (stored as bit flags).</summary>
[Flags]
public enum Vulnerabilities
{
    None = 0,
    UnaccompaniedChild = 1,
    Pregnant = 2,
    Disability = 4,
    Indigenous = 8,
    Lgbti = 16,
    GenderViolenceVictim = 32,
    TraffickingVictim = 64,
    CrimeVictimOrWitness = 128,
    SeriousIllness = 256,
    OlderPerson = 512,
}

/// <summary>Another name the person is known by (documents with other spellings, previous names).</summary>
public sealed class PersonAlias
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>One nationality (ISO 3166-1 alpha-3). A person may hold several.</summary>
public sealed class PersonNationality
{
    public Guid PersonId { get; set; }
    public string CountryCode { get; set; } = "";
}

/// <summary>A language the person speaks (ISO 639-3).</summary>
public sealed class PersonLanguage
{
    public Guid PersonId { get; set; }
    public string LanguageCode { get; set; } = "";
}

/// <summary>A passport, ID card or other identity document the person carries.</summary>
public sealed class IdentityDocument
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public IdentityDocumentType Type { get; set; }
    public string Number { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-3 of the issuing state (ICAO codes such as XXA allowed).</summary>
    public string IssuingCountry { get; set; } = "";
    public DateOnly? ExpiryDate { get; set; }
}

public enum IdentityDocumentType { Passport, NationalIdCard, BirthCertificate, ConsularId, TravelDocument, Other }

/// <summary>
/// A family relation from <see cref="PersonId"/> to <see cref="RelativeId"/>: "RelativeId is the
/// PersonId's Kind". Always stored in pairs with the inverse (parent ↔ child, guardian ↔ ward…).
/// </summary>
public sealed class FamilyLink
{
    public Guid PersonId { get; set; }
    public Guid RelativeId { get; set; }
    public FamilyRelation Kind { get; set; }
}

/// <summary>What the relative is to the person.</summary>
public enum FamilyRelation { Parent, Child, SpouseOrPartner, Sibling, OtherRelative, LegalGuardian, Ward }

/// <summary>How family relations pair up and combine.</summary>
public static class FamilyRelations
{
    /// <summary>What the person is to the relative when the relative is <paramref name="kind"/> to the person.</summary>
    public static FamilyRelation Inverse(this FamilyRelation kind) => kind switch
    {
        FamilyRelation.Parent => FamilyRelation.Child,
        FamilyRelation.Child => FamilyRelation.Parent,
        FamilyRelation.LegalGuardian => FamilyRelation.Ward,
        FamilyRelation.Ward => FamilyRelation.LegalGuardian,
        FamilyRelation.SpouseOrPartner or FamilyRelation.Sibling or FamilyRelation.OtherRelative => kind,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Guardianship is a legal role, kinship a fact of birth or union: a pair may hold one of each
    /// (a mother who is also her grandson's guardian), never two kinships (parent and sibling at once).
    /// </summary>
    public static bool IsGuardianship(this FamilyRelation kind) => kind is FamilyRelation.LegalGuardian or FamilyRelation.Ward;

    /// <summary>A child has at most two parents; step-parents are other relatives or legal guardians.</summary>
    public const int MaxParents = 2;
}
