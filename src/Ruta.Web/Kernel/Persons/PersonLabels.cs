using System.Globalization;
using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Spanish labels of the persons vocabulary. They are resource keys too: pages pass them through
/// the localizer, and Resources/SharedResource.en.resx holds the English.
/// </summary>
public static class PersonLabels
{
    public static string Sex(Sex sex) => sex switch
    {
        Persons.Sex.Male => "Hombre",
        Persons.Sex.Female => "Mujer",
        Persons.Sex.Other => "Otro",
        _ => "Sin dato",
    };

    /// <summary>What the relative is to the person ("Madre o padre" = the relative is the person's parent).</summary>
    public static string Relation(FamilyRelation kind) => kind switch
    {
        FamilyRelation.Parent => "Madre o padre",
        FamilyRelation.Child => "Hija o hijo",
        FamilyRelation.SpouseOrPartner => "Cónyuge o pareja",
        FamilyRelation.Sibling => "Hermana o hermano",
        FamilyRelation.OtherRelative => "Otro familiar",
        FamilyRelation.LegalGuardian => "Tutora o tutor legal",
        FamilyRelation.Ward => "Bajo su tutela",
        _ => kind.ToString(),
    };

    public static string Document(IdentityDocumentType type) => type switch
    {
        IdentityDocumentType.Passport => "Pasaporte",
        IdentityDocumentType.NationalIdCard => "Documento nacional de identidad",
        IdentityDocumentType.BirthCertificate => "Acta de nacimiento",
        IdentityDocumentType.ConsularId => "Identificación consular",
        IdentityDocumentType.TravelDocument => "Documento de viaje",
        _ => "Otro documento",
    };

    public static string Vulnerability(Vulnerabilities v) => v switch
    {
        Vulnerabilities.UnaccompaniedChild => "NNA no acompañado",
        Vulnerabilities.Pregnant => "Embarazo",
        Vulnerabilities.Disability => "Discapacidad",
        Vulnerabilities.Indigenous => "Persona indígena",
        Vulnerabilities.Lgbti => "Persona LGBTI+",
        Vulnerabilities.GenderViolenceVictim => "Víctima de violencia de género",
        Vulnerabilities.TraffickingVictim => "Víctima de trata",
        Vulnerabilities.CrimeVictimOrWitness => "Víctima o testigo de delito",
        Vulnerabilities.SeriousIllness => "Enfermedad grave",
        Vulnerabilities.OlderPerson => "Persona adulta mayor",
        _ => v.ToString(),
    };

    /// <summary>Country name in the UI language, or the code itself when unknown.</summary>
    public static string Country(string code)
    {
        var country = Countries.Find(code);
        if (country is null)
        {
            return code;
        }

        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? country.NameEn : country.NameEs;
    }

    public static string Language(string code)
    {
        var language = Languages.Find(code);
        if (language is null)
        {
            return code;
        }

        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? language.NameEn : language.NameEs;
    }

    /// <summary>"Pérez López, José" as registries list people; the single name when that is all there is.</summary>
    public static string ListName(string? givenNames, string? firstSurname, string? secondSurname)
    {
        var surnames = string.Join(' ', new[] { firstSurname, secondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return (surnames.Length, string.IsNullOrWhiteSpace(givenNames)) switch
        {
            (0, _) => givenNames ?? "",
            (_, true) => surnames,
            _ => $"{surnames}, {givenNames}",
        };
    }

    public static string FullName(string? givenNames, string? firstSurname, string? secondSurname) =>
        string.Join(' ', new[] { givenNames, firstSurname, secondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
