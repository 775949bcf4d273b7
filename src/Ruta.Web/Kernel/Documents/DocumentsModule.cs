using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Documents;

/// <summary>How many verifications one client (IP address) may ask for per minute (Documents:Verification).</summary>
public sealed class VerificationLimitOptions
{
    public int PermitsPerMinute { get; set; } = 30;
}

/// <summary>
/// Issued documents: the issuer service other modules call, the verification codes, the API under
/// /api/v1 (documents, persons/{id}/documents, verify), the /Documents pages, the public
/// /verificar page and its rate limit.
/// </summary>
public static class DocumentsModule
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<DocumentVerificationCodes>();
        services.AddSingleton<DocumentLinks>();
        services.AddScoped<DocumentIssuer>();
        services.AddOptions<VerificationLimitOptions>().BindConfiguration("Documents:Verification");
        services.PostConfigure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Documents", Policies.PersonsRead));
        services.AddRateLimiter(o =>
        {
            // Verification is anonymous: the limit keeps anyone from walking through codes or
            // hammering the database. Behind a reverse proxy, configure forwarded headers so the
            // client's address (not the proxy's) is the partition.
            o.AddPolicy(VerifyDocument.RateLimitPolicy, http =>
                RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                    new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, http.RequestServices.GetRequiredService<IOptions<VerificationLimitOptions>>().Value.PermitsPerMinute),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => TooManyRequestsAsync(context.HttpContext, context.Lease, ct);
        });
        return services;
    }

    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        ReadDocuments.Map(api);
        RevokeDocument.Map(api);
        VerifyDocument.Map(api);
        return api;
    }

    /// <summary>429: a problem for the API, a short page in the user's language for browsers.</summary>
    private static async ValueTask TooManyRequestsAsync(HttpContext http, RateLimitLease lease, CancellationToken ct)
    {
        DocumentsLog.RateLimited(http.RequestServices.GetRequiredService<ILogger<DocumentVerificationCodes>>(), http.Request.Path);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        const string Title = "Demasiadas solicitudes";
        const string Message = "Se hicieron demasiadas consultas desde su conexión en poco tiempo. Espere un minuto y vuelva a intentar.";
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Problems.WriteAsync(http, StatusCodes.Status429TooManyRequests, Title, Message);
            return;
        }

        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var html = HtmlEncoder.Default;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{(language is "en" or "fr" or "ht" ? language : "es-MX")}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{html.Encode(l[Title])} · Ruta</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main id="main"><h1>{html.Encode(l[Title])}</h1><p class="notice warn" role="alert">{html.Encode(l[Message])}</p></main></body>
            </html>
            """, ct);
    }
}
