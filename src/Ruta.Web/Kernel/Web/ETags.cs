using Microsoft.Net.Http.Headers;

namespace Ruta.Web.Kernel.Web;

/// <summary>Strong ETags derived from a record's version number.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    public static void Set(HttpContext http, int version) => http.Response.Headers.ETag = For(version);

    /// <summary>
    /// The version the client says it read (If-Match), or null when the header is absent.
    /// An unparseable header yields -1, which never matches a record.
    /// </summary>
    public static int? ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag) || tag.IsWeak)
        {
            return -1;
        }

        var value = tag.Tag.ToString().Trim('"');
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1;
    }
}
