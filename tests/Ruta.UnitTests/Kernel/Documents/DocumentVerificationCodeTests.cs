using System.Security.Cryptography;
using Ruta.Web.Kernel.Documents;

namespace Ruta.UnitTests.Kernel.Documents;

public sealed class DocumentVerificationCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly byte[] Key = Enumerable.Range(1, 64).Select(i => (byte)i).ToArray();
    private readonly DocumentVerificationCodes _codes = new(Key);

    [Fact]
    public void A_code_is_42_upper_case_crockford_characters_and_reads_back_to_its_document()
    {
        var id = Guid.CreateVersion7();
        var code = _codes.Create(id);

        Assert.Equal(42, DocumentVerificationCodes.Length);
        Assert.Equal(DocumentVerificationCodes.Length, code.Length);
        Assert.All(code, c => Assert.Contains(c, Alphabet));
        Assert.True(_codes.TryRead(code, out var read));
        Assert.Equal(id, read);
    }

    [Fact]
    public void The_code_is_the_big_endian_id_followed_by_the_first_ten_bytes_of_an_hmac_sha256_under_an_hkdf_derived_key()
    {
        var id = Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        var derived = HKDF.DeriveKey(HashAlgorithmName.SHA256, Key, 32, [], "document-verification"u8.ToArray());
        var idBytes = id.ToByteArray(bigEndian: true);
        var tag = HMACSHA256.HashData(derived, idBytes)[..10];

        Assert.Equal(CrockfordBase32.Encode([.. idBytes, .. tag]), _codes.Create(id));
        Assert.StartsWith("06", _codes.Create(id), StringComparison.Ordinal); // 0x01 0x93 … → 00000 00110 …
    }

    [Fact]
    public void The_verification_key_is_not_the_signing_key_itself()
    {
        var id = Guid.CreateVersion7();
        var withSigningKeyDirectly = HMACSHA256.HashData(Key, id.ToByteArray(bigEndian: true))[..10];

        Assert.NotEqual(CrockfordBase32.Encode([.. id.ToByteArray(bigEndian: true), .. withSigningKeyDirectly]), _codes.Create(id));
    }

    [Fact]
    public void Changing_any_single_character_to_any_other_symbol_makes_the_code_not_genuine()
    {
        var code = _codes.Create(Guid.CreateVersion7());
        for (var position = 0; position < code.Length; position++)
        {
            foreach (var replacement in Alphabet.Where(c => c != code[position]))
            {
                var tampered = code[..position] + replacement + code[(position + 1)..];
                Assert.False(_codes.TryRead(tampered, out _), $"{position}:{replacement}");
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(41)]
    [InlineData(43)]
    [InlineData(200)]
    public void A_code_of_the_wrong_length_is_not_genuine(int length)
    {
        var code = _codes.Create(Guid.CreateVersion7());
        var candidate = length <= code.Length ? code[..length] : code + new string('0', length - code.Length);

        Assert.False(_codes.TryRead(candidate, out var id));
        Assert.Equal(Guid.Empty, id);
    }

    [Fact]
    public void Random_codes_are_not_genuine()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 5000; i++)
        {
            var candidate = new string(Enumerable.Range(0, 42).Select(_ => Alphabet[random.Next(32)]).ToArray());
            Assert.False(_codes.TryRead(candidate, out _));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("00000000000000000000000000000000000000000!")]
    public void Malformed_input_is_not_genuine(string? input) => Assert.False(_codes.TryRead(input, out _));

    [Fact]
    public void A_code_made_with_another_key_is_not_genuine()
    {
        var id = Guid.CreateVersion7();
        var forged = new DocumentVerificationCodes(new byte[64]).Create(id);

        Assert.False(_codes.TryRead(forged, out _));
    }

    [Fact]
    public void Typed_codes_may_be_lower_case_grouped_with_hyphens_or_spaces_and_use_crockford_look_alikes()
    {
        var id = Guid.CreateVersion7();
        var code = _codes.Create(id);
        var grouped = DocumentVerificationCodes.Grouped(code);

        Assert.Equal(7, grouped.Split('-').Length);
        Assert.True(_codes.TryRead(grouped.ToLowerInvariant(), out var a));
        Assert.True(_codes.TryRead(grouped.Replace('-', ' '), out var b));
        Assert.True(_codes.TryRead(code.Replace('0', 'O').Replace('1', 'l'), out var c));
        Assert.Equal([id, id, id], new[] { a, b, c });
    }

    [Fact]
    public void The_unused_bits_of_the_last_character_must_be_zero_so_each_document_has_one_code()
    {
        var code = _codes.Create(Guid.CreateVersion7());
        var last = Alphabet.IndexOf(code[^1], StringComparison.Ordinal);
        Assert.Equal(0, last & 3);

        for (var padding = 1; padding < 4; padding++)
        {
            Assert.False(_codes.TryRead(code[..^1] + Alphabet[last | padding], out _));
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "CR")]
    [InlineData("fo", "CSQG")]
    [InlineData("foobar", "CSQPYRK1E8")]
    public void Crockford_base32_encodes_most_significant_bit_first_without_padding(string text, string expected) =>
        Assert.Equal(expected, CrockfordBase32.Encode(System.Text.Encoding.ASCII.GetBytes(text)));
}
