using System.Security.Cryptography;
using System.Text;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Kernel.Documents;

/// <summary>
/// The code printed on a document and carried by its QR: the document id (16 bytes) followed by an
/// HMAC-SHA256 tag of that id truncated to <see cref="TagBytes"/> bytes, written in Crockford
/// base32 (upper case, no padding): 42 characters that fit a small QR and can be typed.
/// Without the key nobody can make a code for an id, so codes can be neither guessed nor forged; a
/// code whose tag does not match (one character changed, truncated, invented) is "not genuine".
/// </summary>
/// <remarks>
/// The key is derived from the application's signing key with HKDF-SHA256 and its own context
/// ("document-verification"), so it is never the key that signs API tokens. Rotating the signing
/// key invalidates every printed code: keep it (Auth:SigningKey or the data directory's key file).
/// </remarks>
public sealed class DocumentVerificationCodes
{
    public const int IdBytes = 16;

    /// <summary>80 bits: forging a tag takes about 2^79 guesses, against a rate-limited endpoint.</summary>
    public const int TagBytes = 10;

    /// <summary>Characters of a code: ceil((16 + 10) × 8 / 5).</summary>
    public const int Length = ((IdBytes + TagBytes) * 8 + 4) / 5;

    private static readonly byte[] Context = "document-verification"u8.ToArray();
    private readonly byte[] _key;

    public DocumentVerificationCodes(SigningKeys keys) : this(keys.Raw)
    {
    }

    internal DocumentVerificationCodes(byte[] signingKey) =>
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey, 32, salt: [], info: Context);

    /// <summary>The code of a document.</summary>
    public string Create(Guid documentId)
    {
        Span<byte> bytes = stackalloc byte[IdBytes + TagBytes];
        documentId.TryWriteBytes(bytes[..IdBytes], bigEndian: true, out _);
        Tag(bytes[..IdBytes], bytes[IdBytes..]);
        return CrockfordBase32.Encode(bytes);
    }

    /// <summary>
    /// Reads a code (as printed, typed or scanned: hyphens, spaces, lower case and the look-alikes
    /// O/I/L are accepted) and checks its tag in constant time.
    /// </summary>
    /// <returns>False when it is malformed or its tag is not Ruta's: not a genuine code.</returns>
    public bool TryRead(string? code, out Guid documentId)
    {
        documentId = Guid.Empty;
        Span<byte> bytes = stackalloc byte[IdBytes + TagBytes];
        if (!CrockfordBase32.TryDecode(Normalize(code), bytes))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[TagBytes];
        Tag(bytes[..IdBytes], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[IdBytes..]))
        {
            return false;
        }

        documentId = new Guid(bytes[..IdBytes], bigEndian: true);
        return true;
    }

    /// <summary>"ABCDEF-GHJKMN-…": groups of six for reading aloud and typing.</summary>
    public static string Grouped(string code) =>
        string.Join('-', code.Chunk(6).Select(c => new string(c)));

    /// <summary>Upper case without separators, with Crockford's look-alikes folded (O→0, I and L→1).</summary>
    public static string Normalize(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 4 * Length)
        {
            return "";
        }

        var normalized = new StringBuilder(Length);
        foreach (var c in code)
        {
            if (c is not ('-' or ' '))
            {
                normalized.Append(CrockfordBase32.Fold(c));
            }
        }

        return normalized.ToString();
    }

    private void Tag(ReadOnlySpan<byte> id, Span<byte> tag)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, id, mac);
        mac[..TagBytes].CopyTo(tag);
    }
}

/// <summary>Crockford's base32 (0-9, A-Z without I, L, O, U), most significant bit first, no padding.</summary>
public static class CrockfordBase32
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>What a person typed, read the Crockford way: upper case, O as 0, I and L as 1.</summary>
    public static char Fold(char typed) => char.ToUpperInvariant(typed) switch
    {
        'O' => '0',
        'I' or 'L' => '1',
        var other => other,
    };

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var output = new StringBuilder((data.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = ((buffer << 8) | b) & 0xFFFF;
            bits += 8;
            while (bits >= 5)
            {
                output.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            output.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return output.ToString();
    }

    /// <summary>
    /// Decodes exactly <paramref name="output"/>.Length bytes from upper-case canonical text. The
    /// unused low bits of the last character must be zero, so each byte string has one code only.
    /// </summary>
    public static bool TryDecode(string text, Span<byte> output)
    {
        if (text.Length != (output.Length * 8 + 4) / 5)
        {
            return false;
        }

        int buffer = 0, bits = 0, written = 0;
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            buffer = ((buffer << 5) | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8)
            {
                if (written == output.Length)
                {
                    return false;
                }

                output[written++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }

        return written == output.Length && (buffer & ((1 << bits) - 1)) == 0;
    }
}
