using System.Text;

namespace Ruta.IntegrationTests.Kernel.Access;

/// <summary>The tests' own authenticator agrees with RFC 6238, appendix B (SHA-1 vectors, last six digits).</summary>
public sealed class TotpTests
{
    private static readonly string RfcSecret = ToBase32(Encoding.ASCII.GetBytes("12345678901234567890"));

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void The_test_helper_computes_the_rfc_6238_codes(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcSecret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void A_wrong_code_is_never_one_of_the_accepted_neighbours()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var wrong = Totp.WrongCode(RfcSecret, now);
        Assert.DoesNotContain(wrong, Enumerable.Range(-2, 5).Select(i => Totp.Code(RfcSecret, now.AddSeconds(30 * i))));
    }

    private static string ToBase32(byte[] data)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }
}
