using QRCoder;

namespace Ruta.Web.Kernel.Documents;

/// <summary>
/// The absolute address of a document's verification page, and its QR code. The base address is
/// Ruta:PublicBaseUrl (set it in production: the address printed on documents must be the public
/// one, not whatever host a request came through); without it, the request's scheme and host.
/// </summary>
public sealed class DocumentLinks(IConfiguration configuration)
{
    public string VerificationUrl(HttpRequest request, string code) => PublicUrl(request, ReadDocuments.VerificationPath(code));

    /// <summary>The absolute public address of a path of the site (printed on paper: verification, the applicant's status page).</summary>
    public string PublicUrl(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = configuration["Ruta:PublicBaseUrl"];
        var baseUrl = string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.Trim();
        return baseUrl.TrimEnd('/') + path;
    }

    /// <summary>
    /// A PNG QR code of <paramref name="url"/>: error correction M (survives a worn card), 8 pixels
    /// per module, quiet zone included. The same input always gives the same bytes.
    /// </summary>
    public static byte[] QrPng(string url, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
