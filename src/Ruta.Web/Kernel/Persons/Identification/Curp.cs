using System.Collections.Frozen;
using System.Globalization;

namespace Ruta.Web.Kernel.Persons.Identification;

/// <summary>Result of <see cref="Curp.Validate"/>.</summary>
/// <param name="IsValid">True when the structure, the birth date, the state code and the check digit are all correct.</param>
/// <param name="Normalized">Trimmed, upper-cased input (also when invalid, to echo it back); null for null or blank input.</param>
/// <param name="Errors">Every problem found, in Spanish, ready to show to staff.</param>
/// <param name="BirthDate">Encoded birth date when it is a real calendar date (century from position 17).</param>
/// <param name="Sex">"male" (H), "female" (M) or "other" (X, no binaria); null when position 11 is none of these.</param>
/// <param name="StateCode">Two-letter birth state code, e.g. "CS"; "NE" means born abroad; null when unknown.</param>
public sealed record CurpValidation(
    bool IsValid,
    string? Normalized,
    IReadOnlyList<string> Errors,
    DateOnly? BirthDate,
    string? Sex,
    string? StateCode);

/// <summary>
/// Validates the Clave Única de Registro de Población (CURP), Mexico's population registry key.
/// </summary>
/// <remarks>
/// Source: Instructivo Normativo para la Asignación de la CURP (SEGOB/RENAPO, DOF 18-10-2021).
/// Layout: 1-4 name letters, 5-10 birth date YYMMDD, 11 sex, 12-13 state, 14-16 internal consonants,
/// 17 differentiator (digit: born 1900-1999, letter: born 2000 or later), 18 check digit.
/// Only the structure is checked: whether RENAPO actually issued the key cannot be known offline.
/// </remarks>
public static class Curp
{
    /// <summary>Number of characters in a CURP.</summary>
    public const int Length = 18;

    /// <summary>State code used for people born outside Mexico ("nacido en el extranjero").</summary>
    public const string BornAbroadStateCode = "NE";

    /// <summary>
    /// Entity codes of positions 12-13: the 32 federal entities plus NE. Names live in
    /// ReferenceData.MexicanStates; this list is kept here so validation has no dependencies.
    /// </summary>
    private static readonly FrozenSet<string> StateCodes = FrozenSet.Create(
        StringComparer.Ordinal,
        "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN",
        "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS",
        BornAbroadStateCode);

    /// <summary>
    /// Validates <paramref name="input"/>, accepting lower case and surrounding spaces. Never throws.
    /// </summary>
    /// <param name="input">The CURP as typed.</param>
    /// <param name="today">Reference date for "birth date in the future"; defaults to today's UTC date.</param>
    public static CurpValidation Validate(string? input, DateOnly? today = null)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new CurpValidation(false, null, ["La CURP está vacía."], null, null, null);
        }

        var curp = input.Trim().ToUpperInvariant();
        if (curp.Length != Length)
        {
            return Invalid(curp, $"La CURP debe tener {Length} caracteres; tiene {curp.Length}.");
        }

        var errors = new List<string>();
        for (var i = 0; i < curp.Length; i++)
        {
            if (ValueOf(curp[i]) < 0)
            {
                errors.Add($"Carácter no válido en la posición {i + 1}: '{curp[i]}'. Solo se admiten letras (A-Z, Ñ) y dígitos.");
            }
        }

        if (errors.Count > 0)
        {
            return new CurpValidation(false, curp, errors, null, null, null);
        }

        // Positions 1-4: initials and first internal vowel; X replaces a missing letter or vowel.
        RequireLetter(curp, 0, "inicial del primer apellido", errors);
        if (!IsVowel(curp[1]) && curp[1] != 'X')
        {
            errors.Add($"La posición 2 (primera vocal interna del primer apellido) debe ser una vocal o X; se encontró '{curp[1]}'.");
        }

        RequireLetter(curp, 2, "inicial del segundo apellido", errors);
        RequireLetter(curp, 3, "inicial del nombre", errors);

        // Position 11: sex.
        var sex = curp[10] switch
        {
            'H' => "male",
            'M' => "female",
            'X' => "other",
            _ => null,
        };
        if (sex is null)
        {
            errors.Add($"La posición 11 (sexo) debe ser H, M o X; se encontró '{curp[10]}'.");
        }

        // Positions 12-13: birth state.
        var state = curp.Substring(11, 2);
        string? stateCode = null;
        if (StateCodes.Contains(state))
        {
            stateCode = state;
        }
        else
        {
            errors.Add($"Clave de entidad desconocida: {state}.");
        }

        // Positions 14-16: first internal consonants; X when there is none.
        RequireConsonant(curp, 13, "primera consonante interna del primer apellido", errors);
        RequireConsonant(curp, 14, "primera consonante interna del segundo apellido", errors);
        RequireConsonant(curp, 15, "primera consonante interna del nombre", errors);

        // Position 17 carries the century, which positions 5-10 need.
        int? century = curp[16] switch
        {
            >= '0' and <= '9' => 1900,
            >= 'A' and <= 'Z' => 2000,
            _ => null,
        };
        if (century is null)
        {
            errors.Add($"La posición 17 (diferenciador) debe ser un dígito (nacidos de 1900 a 1999) o una letra A-Z (nacidos desde 2000); se encontró '{curp[16]}'.");
        }

        var birthDate = ReadBirthDate(curp, century, today ?? DateOnly.FromDateTime(DateTime.UtcNow), errors);

        // Position 18: check digit.
        if (curp[17] is < '0' or > '9')
        {
            errors.Add($"La posición 18 (dígito verificador) debe ser un dígito; se encontró '{curp[17]}'.");
        }
        else
        {
            var expected = CheckDigit(curp.AsSpan(0, 17));
            if (curp[17] != expected)
            {
                errors.Add($"El dígito verificador no coincide: se esperaba {expected}.");
            }
        }

        return new CurpValidation(errors.Count == 0, curp, errors, birthDate, sex, stateCode);
    }

    /// <summary>
    /// Check digit (position 18) of the first 17 upper-case characters: each character's index in
    /// "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ" times (18 − position index), summed;
    /// digit = (10 − sum mod 10) mod 10.
    /// </summary>
    /// <exception cref="ArgumentException">Not exactly 17 characters, or a character outside that alphabet.</exception>
    public static char ComputeCheckDigit(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"Expected {Length - 1} characters, got {first17.Length}.", nameof(first17));
        }

        foreach (var c in first17)
        {
            if (ValueOf(c) < 0)
            {
                throw new ArgumentException($"'{c}' is not a CURP character.", nameof(first17));
            }
        }

        return CheckDigit(first17);
    }

    private static char CheckDigit(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += ValueOf(first17[i]) * (18 - i);
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>Index in the RENAPO alphabet "0-9 A-N Ñ O-Z", or -1 for any other character.</summary>
    private static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'N' => c - 'A' + 10,
        'Ñ' => 24,
        >= 'O' and <= 'Z' => c - 'O' + 25,
        _ => -1,
    };

    private static DateOnly? ReadBirthDate(string curp, int? century, DateOnly today, List<string> errors)
    {
        var digits = curp.AsSpan(4, 6);
        if (digits.ContainsAnyExceptInRange('0', '9'))
        {
            errors.Add($"Las posiciones 5 a 10 (fecha de nacimiento, AAMMDD) deben ser dígitos; se encontró '{digits}'.");
            return null;
        }

        if (century is null)
        {
            return null;
        }

        var year = century.Value + int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(digits[2..4], CultureInfo.InvariantCulture);
        var day = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            errors.Add($"La fecha de nacimiento {year:D4}-{month:D2}-{day:D2} no existe.");
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (date > today)
        {
            errors.Add("La fecha de nacimiento está en el futuro.");
        }

        return date;
    }

    private static void RequireLetter(string curp, int index, string meaning, List<string> errors)
    {
        if (!IsLetter(curp[index]))
        {
            errors.Add($"La posición {index + 1} ({meaning}) debe ser una letra; se encontró '{curp[index]}'.");
        }
    }

    private static void RequireConsonant(string curp, int index, string meaning, List<string> errors)
    {
        var c = curp[index];
        if (!IsLetter(c) || IsVowel(c))
        {
            errors.Add($"La posición {index + 1} ({meaning}) debe ser una consonante o X; se encontró '{c}'.");
        }
    }

    private static bool IsLetter(char c) => c is (>= 'A' and <= 'Z') or 'Ñ';

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private static CurpValidation Invalid(string normalized, string error) =>
        new(false, normalized, [error], null, null, null);
}
