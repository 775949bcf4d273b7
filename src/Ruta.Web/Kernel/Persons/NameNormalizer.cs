using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Folds person names to a search key: invariant lower case, no diacritics, letters and digits only,
/// words separated by single spaces. "  José  PÉREZ-López " becomes "jose perez lopez".
/// </summary>
/// <remarks>
/// Hot path for search and matching: Latin-1 and Latin Extended-A go through a lookup table, the
/// work happens in a stack buffer, and the only allocation is the result string (none when the
/// input is already normalized). Other characters fall back to Unicode canonical decomposition
/// (NormalizationForm.FormD, memoized per character) to drop their marks.
/// </remarks>
public static class NameNormalizer
{
    /// <summary>Inputs up to this length are processed in a stack buffer; longer ones rent from the pool.</summary>
    private const int StackInputLimit = 256;

    // Table entries: a letter to emit, ' ' for a separator, '*' for a two-letter expansion.
    private const char Separator = ' ';
    private const char Expansion = '*';

    /// <summary>Folded forms of U+00C0..U+017F (Latin-1 letters and Latin Extended-A), 16 per row.</summary>
    private const string LatinLetters =
        "aaaaaa*ceeeeiiii" + // U+00C0 À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
        "dnooooo ouuuuy**" + // U+00D0 Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
        "aaaaaa*ceeeeiiii" + // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï
        "dnooooo ouuuuy*y" + // U+00F0 ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
        "aaaaaaccccccccdd" + // U+0100 Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
        "ddeeeeeeeeeegggg" + // U+0110 Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
        "gggghhhhiiiiiiii" + // U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
        "ii**jjkkklllllll" + // U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
        "lllnnnnnnnnnoooo" + // U+0140 ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
        "oo**rrrrrrssssss" + // U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
        "ssttttttuuuuuuuu" + // U+0160 Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
        "uuuuwwyyyzzzzzzs";  // U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ

    private const int LatinLettersStart = 0xC0;
    private const int LatinLettersEnd = 0x180;

    /// <summary>
    /// Memoized <see cref="StripMarks"/> results: FormD allocates on every call, and names in
    /// scripts outside the table repeat the same few letters. Bounded by the letters of the BMP.
    /// </summary>
    private static readonly ConcurrentDictionary<char, char> BaseLetters = new();

    /// <summary>Returns the search key of <paramref name="value"/>; empty for null, empty or punctuation-only input.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // Output never exceeds twice the input: at most two letters per input character, and a
        // space is only written before a letter that follows at least one separator character.
        char[]? rented = null;
        Span<char> buffer = value.Length <= StackInputLimit
            ? stackalloc char[StackInputLimit * 2]
            : (rented = ArrayPool<char>.Shared.Rent(value.Length * 2));
        try
        {
            var result = buffer[..Fold(value, buffer)];
            if (result.IsEmpty)
            {
                return string.Empty;
            }

            // Already-normalized input (the common case for stored keys) costs no allocation.
            return result.SequenceEqual(value) ? value : new string(result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Words of the normalized form of <paramref name="value"/>, in order; empty when there are none.</summary>
    public static IReadOnlyList<string> Tokens(string? value)
    {
        var normalized = Normalize(value);
        return normalized.Length == 0 ? [] : normalized.Split(Separator);
    }

    private static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var writer = new Writer(destination);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
                {
                    writer.Put(c);
                }
                else if (char.IsAsciiLetterUpper(c))
                {
                    writer.Put((char)(c | 0x20));
                }
                else
                {
                    writer.Separate();
                }
            }
            else if (c is >= (char)LatinLettersStart and < (char)LatinLettersEnd)
            {
                var folded = LatinLetters[c - LatinLettersStart];
                switch (folded)
                {
                    case Separator:
                        writer.Separate();
                        break;
                    case Expansion:
                        PutExpansion(c, ref writer);
                        break;
                    default:
                        writer.Put(folded);
                        break;
                }
            }
            else if (c < (char)LatinLettersStart)
            {
                FoldLatin1Symbol(c, ref writer);
            }
            else
            {
                i += FoldOther(source[i..], ref writer) - 1;
            }
        }

        return writer.Length;
    }

    private static void PutExpansion(char c, ref Writer writer)
    {
        var (first, second) = c switch
        {
            'Æ' or 'æ' => ('a', 'e'),
            'Þ' or 'þ' => ('t', 'h'),
            'ß' => ('s', 's'),
            'Ĳ' or 'ĳ' => ('i', 'j'),
            _ => ('o', 'e'), // Œ œ
        };
        writer.Put(first, second);
    }

    /// <summary>U+0080..U+00BF: C1 controls and Latin-1 punctuation, plus three letters.</summary>
    private static void FoldLatin1Symbol(char c, ref Writer writer)
    {
        switch (c)
        {
            case '\u00AA': // ª feminine ordinal, as in "Mª"
                writer.Put('a');
                break;
            case '\u00BA': // º masculine ordinal
                writer.Put('o');
                break;
            case '\u00B5': // µ micro sign folds to Greek small mu, as under Unicode case folding
                writer.Put('\u03BC');
                break;
            case '\u00AD':
                break; // soft hyphen is invisible: "Jo\u00ADsé" is one word
            default:
                writer.Separate();
                break;
        }
    }

    /// <summary>Characters from U+0180 up, including surrogate pairs. Returns the chars consumed.</summary>
    private static int FoldOther(ReadOnlySpan<char> source, ref Writer writer)
    {
        var c = source[0];
        if (char.IsSurrogate(c))
        {
            if (Rune.DecodeFromUtf16(source, out var rune, out var consumed) != OperationStatus.Done)
            {
                writer.Separate();
                return 1;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                Span<char> chars = stackalloc char[2];
                var length = Rune.ToLowerInvariant(rune).EncodeToUtf16(chars);
                if (length == 2)
                {
                    writer.Put(chars[0], chars[1]);
                }
                else
                {
                    writer.Put(chars[0]);
                }
            }
            else if (!IsInvisible(Rune.GetUnicodeCategory(rune)))
            {
                writer.Separate();
            }

            return consumed;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (IsInvisible(category))
        {
            return 1; // combining marks of decomposed input, zero-width joiners: part of the letter
        }

        if (c is >= '\u02B0' and <= '\u02FF')
        {
            // Spacing modifier letters: ʼ and ʻ are typed as apostrophes (Haitian Creole, Hawaiian).
            writer.Separate();
        }
        else if (char.IsLetter(c))
        {
            writer.Put(char.ToLowerInvariant(StripMarks(c)));
        }
        else if (category == UnicodeCategory.DecimalDigitNumber)
        {
            writer.Put(c);
        }
        else
        {
            writer.Separate();
        }

        return 1;
    }

    /// <summary>
    /// Base letter of a precomposed character whose canonical decomposition is that letter plus
    /// combining marks (ệ → e, ș → s, ά → α); otherwise the character itself, so syllables that
    /// decompose into several letters (Hangul) stay whole.
    /// </summary>
    private static char StripMarks(char c) => BaseLetters.GetOrAdd(c, static letter => Decompose(letter));

    private static char Decompose(char c)
    {
        Span<char> decomposed = stackalloc char[16];
        if (!new ReadOnlySpan<char>(in c).TryNormalize(decomposed, out var length, NormalizationForm.FormD)
            || length < 2)
        {
            return c;
        }

        foreach (var part in decomposed[1..length])
        {
            if (!IsMark(CharUnicodeInfo.GetUnicodeCategory(part)))
            {
                return c;
            }
        }

        return decomposed[0];
    }

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsInvisible(UnicodeCategory category) => IsMark(category) || category == UnicodeCategory.Format;

    /// <summary>Appends letters, turning runs of separators into one space and dropping them at both ends.</summary>
    private ref struct Writer(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private bool _pendingSpace;

        public int Length { get; private set; }

        public void Separate() => _pendingSpace = true;

        public void Put(char c)
        {
            WritePendingSpace();
            _buffer[Length++] = c;
        }

        public void Put(char first, char second)
        {
            WritePendingSpace();
            _buffer[Length++] = first;
            _buffer[Length++] = second;
        }

        private void WritePendingSpace()
        {
            if (_pendingSpace)
            {
                if (Length > 0)
                {
                    _buffer[Length++] = Separator;
                }

                _pendingSpace = false;
            }
        }
    }
}
