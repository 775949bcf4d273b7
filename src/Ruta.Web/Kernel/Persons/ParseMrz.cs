using System.Globalization;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persons.Identification;
using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Reads the machine-readable zone of a passport, ID card or visa and proposes the person's data
/// (names, sex, birth date, nationality, the document itself) for the registration form. A zone
/// of the wrong shape is refused; a zone whose check digits fail is still read, with the failed
/// checks named, because a scanner's misread digit is for the officer to judge.
/// </summary>
public static class ParseMrz
{
    /// <summary>Longer than any real MRZ (3 × 30 or 2 × 44 characters) with generous room for line breaks and spaces.</summary>
    public const int MaxInputLength = 400;

    public sealed record Request(IReadOnlyList<string?>? Lines);

    /// <param name="FailedChecks">Names of the check digits that did not match (see <see cref="MrzCheckNames"/>).</param>
    /// <param name="Errors">Problems that did not stop the reading (an impossible date…), in Spanish.</param>
    /// <param name="Suggested">The person's data as read, to pre-fill the form; codes the catalogs do not know are left out.</param>
    public sealed record Response(MrzFormat Format, bool IsValid, MrzFields Fields, IReadOnlyList<MrzCheck> Checks,
        IReadOnlyList<string> FailedChecks, IReadOnlyList<string> Errors, PersonData Suggested);

    public sealed class Handler(TimeProvider clock)
    {
        public PersonsOutcome<Response> Handle(Request request)
        {
            var lines = request.Lines ?? [];
            if (lines.Count == 0 || lines.All(string.IsNullOrWhiteSpace))
            {
                return PersonsOutcome<Response>.Invalid("lines", "Pegue las líneas de la zona de lectura mecánica (MRZ).");
            }

            if (lines.Sum(l => l?.Length ?? 0) > MaxInputLength)
            {
                return PersonsOutcome<Response>.Invalid("lines", $"La zona MRZ admite como máximo {MaxInputLength} caracteres.");
            }

            var result = MrzParser.Parse(lines, MexicoCity.Today(clock));
            if (result.Fields is null || result.Format is null)
            {
                return PersonsOutcome<Response>.Invalid(new Dictionary<string, string[]> { ["lines"] = [.. result.Errors] });
            }

            return PersonsOutcome<Response>.Ok(new Response(result.Format.Value, result.IsValid, result.Fields, result.Checks,
                [.. result.Checks.Where(c => !c.Passed).Select(c => c.Name)], result.Errors, Suggest(result.Fields)));
        }
    }

    /// <summary>Spanish names of the check digits, for the form.</summary>
    public static string CheckLabel(string name) => name switch
    {
        MrzCheckNames.DocumentNumber => "Dígito de control del número de documento",
        MrzCheckNames.BirthDate => "Dígito de control de la fecha de nacimiento",
        MrzCheckNames.ExpiryDate => "Dígito de control de la fecha de vencimiento",
        MrzCheckNames.OptionalData => "Dígito de control de los datos opcionales",
        MrzCheckNames.Composite => "Dígito de control compuesto",
        _ => name,
    };

    /// <summary>The person's data the zone proposes.</summary>
    public static PersonData Suggest(MrzFields fields)
    {
        var (first, second) = SplitSurnames(fields.PrimaryIdentifier);
        var nationality = IcaoState(fields.Nationality);
        var issuer = IcaoState(fields.IssuingState);
        var stateless = nationality == Countries.StatelessPersonCode;
        return new PersonData
        {
            GivenNames = TitleCase(fields.SecondaryIdentifier),
            FirstSurname = first,
            SecondSurname = second,
            Sex = fields.Sex switch { "male" => Sex.Male, "female" => Sex.Female, _ => Sex.Unknown },
            BirthDate = fields.BirthDate,
            IsStateless = stateless,
            Nationalities = nationality is not null && !stateless && !Countries.IsIcaoSpecialCode(nationality) ? [nationality] : [],
            Documents = string.IsNullOrEmpty(fields.DocumentNumber)
                ? []
                : [new DocumentData { Type = DocumentType(fields.DocumentCode), Number = fields.DocumentNumber, IssuingCountry = issuer ?? fields.IssuingState, ExpiryDate = fields.ExpiryDate }],
        };
    }

    private static IdentityDocumentType DocumentType(string code) => code.FirstOrDefault() switch
    {
        'P' => IdentityDocumentType.Passport,
        'I' or 'A' or 'C' => IdentityDocumentType.NationalIdCard,
        _ => IdentityDocumentType.TravelDocument,
    };

    /// <summary>ICAO writes Germany as "D"; every other state uses its ISO alpha-3 code. Null when the catalog does not know it.</summary>
    private static string? IcaoState(string code)
    {
        var trimmed = code.Trim();
        var iso = trimmed == "D" ? "DEU" : trimmed;
        return Countries.IsKnown(iso) ? iso.ToUpperInvariant() : null;
    }

    /// <summary>Particles that belong to the surname that follows them ("DE LA CRUZ").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "DE", "DEL", "LA", "LAS", "LOS", "Y", "SAN", "SANTA", "VAN", "VON", "DA", "DOS", "DAS", "DI", "LE" };

    /// <summary>
    /// The MRZ does not separate the two Hispanic surnames. When the primary identifier reads as
    /// exactly two surnames (particles kept with theirs: "DE LA CRUZ PEREZ"), they are split;
    /// otherwise everything stays in the first surname for the officer to correct.
    /// </summary>
    internal static (string? First, string? Second) SplitSurnames(string primary)
    {
        var words = primary.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var groups = new List<List<string>>();
        var pending = new List<string>();
        foreach (var word in words)
        {
            pending.Add(word);
            if (!Particles.Contains(word))
            {
                groups.Add(pending);
                pending = [];
            }
        }

        if (pending.Count > 0)
        {
            if (groups.Count == 0)
            {
                groups.Add(pending);
            }
            else
            {
                groups[^1].AddRange(pending);
            }
        }

        return groups.Count == 2
            ? (TitleCase(string.Join(' ', groups[0])), TitleCase(string.Join(' ', groups[1])))
            : (TitleCase(primary), null);
    }

    private static readonly TextInfo Spanish = CultureInfo.GetCultureInfo("es-MX").TextInfo;

    private static string? TitleCase(string value)
    {
        var clean = PersonText.Clean(value);
        if (clean is null)
        {
            return null;
        }

        var words = Spanish.ToTitleCase(clean.ToLowerInvariant()).Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            if (Particles.Contains(words[i]) && words[i].Length <= 3)
            {
                words[i] = words[i].ToLowerInvariant();
            }
        }

        return string.Join(' ', words);
    }
}
