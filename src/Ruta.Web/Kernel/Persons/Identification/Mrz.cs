using System.Globalization;
using System.Text;

namespace Ruta.Web.Kernel.Persons.Identification;

// ICAO Doc 9303 (8th ed.), Part 3 §4.9 (check digits), Part 4 (TD3 / MRP),
// Part 5 (TD1), Part 6 (TD2) and Part 7 (MRV-A / MRV-B visas).

/// <summary>Machine-readable zone layout, named as in ICAO Doc 9303.</summary>
public enum MrzFormat
{
    /// <summary>3 lines × 30 characters: ID cards.</summary>
    Td1,

    /// <summary>2 lines × 36 characters: older ID cards and official travel documents.</summary>
    Td2,

    /// <summary>2 lines × 44 characters: passports.</summary>
    Td3,

    /// <summary>2 lines × 44 characters whose document code starts with V: full-size visa (no composite check).</summary>
    MrvA,

    /// <summary>2 lines × 36 characters whose document code starts with V: small visa (no composite check).</summary>
    MrvB,
}

/// <summary>
/// Fields read from an MRZ. Strings have their '&lt;' fillers removed; dates are null when the
/// MRZ holds no real calendar date (unknown parts written as '&lt;' or "00", or misreads).
/// </summary>
/// <param name="DocumentCode">Document code without fillers, e.g. "P", "I", "ID", "V".</param>
/// <param name="IssuingState">Issuing state or organisation (ICAO 3-letter code, e.g. "MEX", or "D").</param>
/// <param name="PrimaryIdentifier">Surname(s), '&lt;' turned into spaces.</param>
/// <param name="SecondaryIdentifier">Given name(s), '&lt;' turned into spaces; empty when absent.</param>
/// <param name="DocumentNumber">Full document number, including the TD1/TD2 long-number continuation.</param>
/// <param name="Nationality">Holder's nationality (ICAO 3-letter code).</param>
/// <param name="BirthDate">Date of birth; the century is the latest one not in the future.</param>
/// <param name="Sex">"male", "female" or "unknown".</param>
/// <param name="ExpiryDate">Date of expiry.</param>
/// <param name="OptionalData1">TD3: personal number; TD1: line-1 optional data; TD2 / MRV: optional data.</param>
/// <param name="OptionalData2">TD1 only: line-2 optional data; null for other formats.</param>
public sealed record MrzFields(
    string DocumentCode,
    string IssuingState,
    string PrimaryIdentifier,
    string SecondaryIdentifier,
    string DocumentNumber,
    string Nationality,
    DateOnly? BirthDate,
    string Sex,
    DateOnly? ExpiryDate,
    string OptionalData1,
    string? OptionalData2);

/// <summary>Outcome of one check digit; <see cref="Name"/> is one of <see cref="MrzCheckNames"/>.</summary>
public sealed record MrzCheck(string Name, bool Passed);

/// <summary>Names used in <see cref="MrzCheck.Name"/>.</summary>
public static class MrzCheckNames
{
    /// <summary>Document number check digit.</summary>
    public const string DocumentNumber = "documentNumber";

    /// <summary>Date of birth check digit.</summary>
    public const string BirthDate = "birthDate";

    /// <summary>Date of expiry check digit.</summary>
    public const string ExpiryDate = "expiryDate";

    /// <summary>TD3 personal number / optional data check digit.</summary>
    public const string OptionalData = "optionalData";

    /// <summary>Composite check digit over the upper and middle / lower lines.</summary>
    public const string Composite = "composite";
}

/// <summary>Result of parsing an MRZ with <see cref="MrzParser"/>.</summary>
/// <param name="IsValid">True when the layout is recognised, there are no errors and every check digit matches.</param>
/// <param name="Format">Recognised layout; null when the line count / lengths match none.</param>
/// <param name="Fields">Parsed fields; null when the layout or the character set is wrong.</param>
/// <param name="Checks">Every check digit the layout defines, in MRZ order; empty when nothing could be parsed.</param>
/// <param name="Errors">Format errors in Spanish, ready to show to staff. Check-digit failures are in <paramref name="Checks"/>.</param>
public sealed record MrzParseResult(
    bool IsValid,
    MrzFormat? Format,
    MrzFields? Fields,
    IReadOnlyList<MrzCheck> Checks,
    IReadOnlyList<string> Errors);

/// <summary>
/// Parses the machine-readable zone of passports (TD3), ID cards (TD1, TD2) and visas (MRV-A, MRV-B).
/// Never throws: anything unusable is reported in <see cref="MrzParseResult.Errors"/>.
/// </summary>
public static class MrzParser
{
    private const char Filler = '<';
    private const int Td1Width = 30;
    private const int Td2Width = 36;
    private const int Td3Width = 44;

    /// <summary>Parses MRZ lines, resolving two-digit years against today's UTC date.</summary>
    /// <param name="lines">The MRZ lines; an element may also hold several lines separated by line breaks.</param>
    public static MrzParseResult Parse(IReadOnlyList<string?>? lines) =>
        Parse(lines, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>Parses MRZ lines, resolving two-digit years against <paramref name="today"/>.</summary>
    /// <param name="lines">The MRZ lines; an element may also hold several lines separated by line breaks.</param>
    /// <param name="today">Reference date: birth dates are never after it; expiry dates are at most 50 years after it.</param>
    public static MrzParseResult Parse(IReadOnlyList<string?>? lines, DateOnly today)
    {
        var normalized = NormalizeLines(lines);
        if (normalized.Count == 0)
        {
            return Failure(null, "No se recibió ninguna línea de la zona de lectura mecánica (MRZ).");
        }

        var format = DetectFormat(normalized);
        if (format is null)
        {
            return Failure(null, DescribeWrongShape(normalized));
        }

        var charsetErrors = CharsetErrors(normalized);
        if (charsetErrors.Count > 0)
        {
            return new MrzParseResult(false, format, null, [], charsetErrors);
        }

        var errors = new List<string>();
        var checks = new List<MrzCheck>(5);
        var fields = format == MrzFormat.Td1
            ? ParseTd1(normalized, today, checks, errors)
            : ParseTwoLine(normalized, format.Value, today, checks, errors);

        var isValid = errors.Count == 0 && checks.TrueForAll(c => c.Passed);
        return new MrzParseResult(isValid, format, fields, checks, errors);
    }

    /// <summary>
    /// ICAO 9303 check digit of <paramref name="data"/>: weights 7, 3, 1 repeating;
    /// '&lt;' = 0, digits = their value, A..Z = 10..35; sum modulo 10.
    /// </summary>
    /// <exception cref="ArgumentException">A character is outside [A-Z0-9&lt;].</exception>
    public static char ComputeCheckDigit(ReadOnlySpan<char> data)
    {
        foreach (var c in data)
        {
            if (!IsMrzChar(c))
            {
                throw new ArgumentException($"'{c}' is not an MRZ character.", nameof(data));
            }
        }

        return (char)('0' + WeightedSum(data, 0) % 10);
    }

    // ---- Layouts -------------------------------------------------------------------------

    private static MrzFields ParseTd1(List<string> lines, DateOnly today, List<MrzCheck> checks, List<string> errors)
    {
        var l1 = lines[0].AsSpan();
        var l2 = lines[1].AsSpan();
        var l3 = lines[2].AsSpan();

        var (documentNumber, documentNumberOk, optional1) = ReadDocumentNumber(l1[5..14], l1[14], l1[15..30]);
        checks.Add(new MrzCheck(MrzCheckNames.DocumentNumber, documentNumberOk));
        checks.Add(new MrzCheck(MrzCheckNames.BirthDate, Verify(l2[0..6], l2[6])));
        checks.Add(new MrzCheck(MrzCheckNames.ExpiryDate, Verify(l2[8..14], l2[14])));

        // Composite (Part 5 §4.2.2): upper line 6-30, middle line 1-7, 9-15 and 19-29.
        var compositeSum = WeightedSum(l1[5..30], 0);
        compositeSum = WeightedSum(l2[0..7], compositeSum, 25);
        compositeSum = WeightedSum(l2[8..15], compositeSum, 32);
        compositeSum = WeightedSum(l2[18..29], compositeSum, 39);
        checks.Add(new MrzCheck(MrzCheckNames.Composite, IsDigit(l2[29], compositeSum % 10)));

        var (primary, secondary) = ReadName(l3);
        return new MrzFields(
            DocumentCode: Clean(l1[0..2]),
            IssuingState: Clean(l1[2..5]),
            PrimaryIdentifier: primary,
            SecondaryIdentifier: secondary,
            DocumentNumber: documentNumber,
            Nationality: Clean(l2[15..18]),
            BirthDate: ReadBirthDate(l2[0..6], today),
            Sex: ReadSex(l2[7], errors),
            ExpiryDate: ReadExpiryDate(l2[8..14], today),
            OptionalData1: optional1,
            OptionalData2: Clean(l2[18..29]));
    }

    private static MrzFields ParseTwoLine(List<string> lines, MrzFormat format, DateOnly today, List<MrzCheck> checks, List<string> errors)
    {
        var l1 = lines[0].AsSpan();
        var l2 = lines[1].AsSpan();
        var width = l2.Length;
        var isVisa = format is MrzFormat.MrvA or MrzFormat.MrvB;

        // Optional data ends before the personal-number check (TD3) and the composite (TD3, TD2);
        // visas have neither.
        var optionalEnd = format switch
        {
            MrzFormat.Td3 => 42,
            MrzFormat.Td2 => 35,
            _ => width,
        };

        string documentNumber;
        bool documentNumberOk;
        string optional;
        if (format == MrzFormat.Td2)
        {
            // Only TD2 (Part 6) among the two-line layouts continues long numbers in optional data.
            (documentNumber, documentNumberOk, optional) = ReadDocumentNumber(l2[0..9], l2[9], l2[28..optionalEnd]);
        }
        else
        {
            documentNumber = Clean(l2[0..9]);
            documentNumberOk = Verify(l2[0..9], l2[9]);
            optional = Clean(l2[28..optionalEnd]);
        }

        checks.Add(new MrzCheck(MrzCheckNames.DocumentNumber, documentNumberOk));
        checks.Add(new MrzCheck(MrzCheckNames.BirthDate, Verify(l2[13..19], l2[19])));
        checks.Add(new MrzCheck(MrzCheckNames.ExpiryDate, Verify(l2[21..27], l2[27])));

        if (format == MrzFormat.Td3)
        {
            // Part 4: an unused personal number (all fillers) may carry '<' instead of 0.
            var personalNumber = l2[28..42];
            var passed = Verify(personalNumber, l2[42])
                || (l2[42] == Filler && !personalNumber.ContainsAnyExcept(Filler));
            checks.Add(new MrzCheck(MrzCheckNames.OptionalData, passed));
        }

        if (!isVisa)
        {
            // Composite: lower line 1-10, 14-20 and 22-(width-1); nationality and sex are not covered.
            var sum = WeightedSum(l2[0..10], 0);
            sum = WeightedSum(l2[13..20], sum, 10);
            sum = WeightedSum(l2[21..(width - 1)], sum, 17);
            checks.Add(new MrzCheck(MrzCheckNames.Composite, IsDigit(l2[width - 1], sum % 10)));
        }

        var (primary, secondary) = ReadName(l1[5..]);
        return new MrzFields(
            DocumentCode: Clean(l1[0..2]),
            IssuingState: Clean(l1[2..5]),
            PrimaryIdentifier: primary,
            SecondaryIdentifier: secondary,
            DocumentNumber: documentNumber,
            Nationality: Clean(l2[10..13]),
            BirthDate: ReadBirthDate(l2[13..19], today),
            Sex: ReadSex(l2[20], errors),
            ExpiryDate: ReadExpiryDate(l2[21..27], today),
            OptionalData1: optional,
            OptionalData2: null);
    }

    /// <summary>
    /// Reads a 9-character document number field. When its check digit is '&lt;' (TD1 / TD2 long
    /// number), the number continues at the start of the optional data, followed by the check digit
    /// of the whole number and a filler; whatever follows that filler is the real optional data.
    /// </summary>
    private static (string Number, bool CheckPassed, string OptionalData) ReadDocumentNumber(
        ReadOnlySpan<char> field, char check, ReadOnlySpan<char> optional)
    {
        if (check != Filler)
        {
            return (Clean(field), Verify(field, check), Clean(optional));
        }

        var end = optional.IndexOf(Filler);
        if (end < 0)
        {
            end = optional.Length;
        }

        if (end < 2)
        {
            // '<' without a continuation is simply a missing check digit.
            return (Clean(field), false, Clean(optional));
        }

        var continuation = optional[..(end - 1)];
        var fullNumber = string.Concat(field, continuation);
        var rest = end < optional.Length ? optional[(end + 1)..] : [];
        return (Clean(fullNumber), Verify(fullNumber, optional[end - 1]), Clean(rest));
    }

    // ---- Field readers -------------------------------------------------------------------

    /// <summary>Splits a name field on the first "&lt;&lt;"; single '&lt;' become spaces.</summary>
    private static (string Primary, string Secondary) ReadName(ReadOnlySpan<char> field)
    {
        var trimmed = field.TrimEnd(Filler);
        var separator = trimmed.IndexOf("<<", StringComparison.Ordinal);
        return separator < 0
            ? (Words(trimmed), string.Empty)
            : (Words(trimmed[..separator]), Words(trimmed[(separator + 2)..]));
    }

    private static string Words(ReadOnlySpan<char> part)
    {
        var builder = new StringBuilder(part.Length);
        foreach (var c in part)
        {
            if (c != Filler)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static string ReadSex(char c, List<string> errors)
    {
        switch (c)
        {
            case 'M':
                return "male";
            case 'F':
                return "female";
            case 'X' or Filler:
                return "unknown";
            default:
                errors.Add($"Código de sexo no válido: '{c}'. Se esperaba M, F, X o '<'.");
                return "unknown";
        }
    }

    /// <summary>YYMMDD in the latest century that does not put the date after <paramref name="today"/>.</summary>
    private static DateOnly? ReadBirthDate(ReadOnlySpan<char> yymmdd, DateOnly today)
    {
        if (!TryReadDate(yymmdd, out var yy, out var month, out var day))
        {
            return null;
        }

        var year = today.Year / 100 * 100 + yy;
        var isFuture = year > today.Year
            || (year == today.Year && (month > today.Month || (month == today.Month && day > today.Day)));
        if (isFuture)
        {
            year -= 100;
        }

        return MakeDate(year, month, day);
    }

    /// <summary>YYMMDD in the century that keeps the year within 50 years after <paramref name="today"/>.</summary>
    private static DateOnly? ReadExpiryDate(ReadOnlySpan<char> yymmdd, DateOnly today)
    {
        if (!TryReadDate(yymmdd, out var yy, out var month, out var day))
        {
            return null;
        }

        var year = today.Year / 100 * 100 + yy;
        if (year > today.Year + 50)
        {
            year -= 100;
        }
        else if (year <= today.Year - 50)
        {
            year += 100;
        }

        return MakeDate(year, month, day);
    }

    private static bool TryReadDate(ReadOnlySpan<char> yymmdd, out int yy, out int month, out int day)
    {
        yy = month = day = 0;
        if (yymmdd.Length != 6 || yymmdd.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        yy = (yymmdd[0] - '0') * 10 + (yymmdd[1] - '0');
        month = (yymmdd[2] - '0') * 10 + (yymmdd[3] - '0');
        day = (yymmdd[4] - '0') * 10 + (yymmdd[5] - '0');
        return true;
    }

    private static DateOnly? MakeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Removes fillers at both ends; inner fillers are kept as they carry meaning.</summary>
    private static string Clean(ReadOnlySpan<char> field) => field.Trim(Filler).ToString();

    // ---- Check digits --------------------------------------------------------------------

    private static bool Verify(ReadOnlySpan<char> data, char check) => IsDigit(check, WeightedSum(data, 0) % 10);

    private static bool IsDigit(char check, int expected) => check == (char)('0' + expected);

    /// <summary>
    /// Adds the weighted values of <paramref name="data"/> to <paramref name="sum"/>; <paramref name="offset"/>
    /// is the position of data[0] in the whole checked string, so weights keep cycling across segments.
    /// Callers pass only validated MRZ characters.
    /// </summary>
    private static int WeightedSum(ReadOnlySpan<char> data, int sum, int offset = 0)
    {
        ReadOnlySpan<int> weights = [7, 3, 1];
        for (var i = 0; i < data.Length; i++)
        {
            sum += ValueOf(data[i]) * weights[(offset + i) % 3];
        }

        return sum;
    }

    private static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 0,
    };

    private static bool IsMrzChar(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or Filler;

    // ---- Input shape ---------------------------------------------------------------------

    /// <summary>
    /// Splits on line breaks, drops blank lines, removes whitespace anywhere (OCR and copy-paste
    /// insert it) and upper-cases.
    /// </summary>
    private static List<string> NormalizeLines(IReadOnlyList<string?>? lines)
    {
        var result = new List<string>(3);
        if (lines is null)
        {
            return result;
        }

        var builder = new StringBuilder(Td3Width);
        foreach (var line in lines)
        {
            if (line is null)
            {
                continue;
            }

            foreach (var c in line)
            {
                if (c is '\n' or '\r')
                {
                    Flush(builder, result);
                }
                else if (!char.IsWhiteSpace(c))
                {
                    builder.Append(char.ToUpperInvariant(c));
                }
            }

            Flush(builder, result);
        }

        return result;

        static void Flush(StringBuilder builder, List<string> result)
        {
            if (builder.Length > 0)
            {
                result.Add(builder.ToString());
                builder.Clear();
            }
        }
    }

    private static MrzFormat? DetectFormat(List<string> lines)
    {
        if (lines.Count == 3 && lines.TrueForAll(l => l.Length == Td1Width))
        {
            return MrzFormat.Td1;
        }

        if (lines.Count == 2 && lines[0].Length == lines[1].Length)
        {
            var isVisa = lines[0][0] == 'V';
            return lines[0].Length switch
            {
                Td3Width => isVisa ? MrzFormat.MrvA : MrzFormat.Td3,
                Td2Width => isVisa ? MrzFormat.MrvB : MrzFormat.Td2,
                _ => null,
            };
        }

        return null;
    }

    private static string DescribeWrongShape(List<string> lines)
    {
        var lengths = lines.Select(l => l.Length.ToString(CultureInfo.InvariantCulture)).ToList();
        var lengthText = lengths.Count == 1
            ? lengths[0]
            : string.Join(", ", lengths.Take(lengths.Count - 1)) + " y " + lengths[^1];
        var received = lines.Count == 1
            ? $"se recibió 1 línea de {lengthText} caracteres"
            : $"se recibieron {lines.Count} líneas de {lengthText} caracteres";
        return $"Se esperaban 2 líneas de 44 caracteres (TD3), 2 de 36 (TD2) o 3 de 30 (TD1); {received}.";
    }

    private static List<string> CharsetErrors(List<string> lines)
    {
        var errors = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            for (var p = 0; p < line.Length; p++)
            {
                if (!IsMrzChar(line[p]))
                {
                    errors.Add(
                        $"La línea {i + 1} contiene un carácter no válido en la posición {p + 1}: '{line[p]}'. " +
                        "Solo se admiten A-Z, 0-9 y '<'.");
                    break;
                }
            }
        }

        return errors;
    }

    private static MrzParseResult Failure(MrzFormat? format, string error) => new(false, format, null, [], [error]);
}
