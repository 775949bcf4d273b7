using System.Text;
using QRCoder;

namespace Ruta.Web.Kernel.Access;

/// <summary>
/// Authenticator-app (TOTP, RFC 6238) setup helpers: how the shared key is shown to a person and to
/// the app. Verification itself is Identity's authenticator token provider.
/// </summary>
public static class TwoFactor
{
    /// <summary>Identity's login provider name under which it keeps the authenticator key and recovery codes.</summary>
    public const string StoreProvider = "[AspNetUserStore]";

    /// <summary>Identity's token name for the authenticator's shared key.</summary>
    public const string AuthenticatorKeyName = "AuthenticatorKey";

    public const string Issuer = "Ruta";

    public const int RecoveryCodeCount = 10;

    /// <summary>"JBSWY3DPEHPK3PXP" → "jbsw y3dp ehpk 3pxp": groups of four are easier to type into a phone.</summary>
    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>The otpauth URI authenticator apps read from the QR code (Key URI Format).</summary>
    public static string AuthenticatorUri(string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}"
        + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30";

    /// <summary>The URI as a QR code PNG, in a data: URL so the secret never sits at an address of its own.</summary>
    public static string QrCodeDataUrl(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>Removes the spaces and dashes people type between digit groups.</summary>
    public static string CleanCode(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
