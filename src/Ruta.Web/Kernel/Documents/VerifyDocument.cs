using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Documents;

/// <summary>
/// The public check of a printed document (/verificar/{code} and GET /api/v1/verify/{code}),
/// anonymous and rate-limited. It says only whether the code is genuine, what the document is worth
/// today, its type, number and dates: never the holder's name or any other personal data, nor the
/// case it belongs to or why it was revoked (data minimisation, see docs/legal-rules.md DOC-03).
/// </summary>
public static class VerifyDocument
{
    /// <summary>The rate-limiter policy of both faces (per client IP, see <see cref="DocumentsModule"/>).</summary>
    public const string RateLimitPolicy = "document-verification";

    /// <summary>The whole answer. Everything but <paramref name="Genuine"/> is null when the code is not genuine.</summary>
    /// <param name="Genuine">The code was made by Ruta for a document it issued.</param>
    /// <param name="Status">valid, not-yet-valid, expired, revoked or replaced (Mexico City date).</param>
    public sealed record Result(bool Genuine, DocumentValidity? Status, DocumentType? Type, string? TypeName, string? Number,
        DateOnly? ValidFrom, DateOnly? ValidUntil)
    {
        public static readonly Result NotGenuine = new(false, null, null, null, null, null, null);
    }

    internal static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/verify/{code}", async (string code, DocumentVerificationCodes codes, RutaDbContext db, TimeProvider clock,
                HttpContext http, ILogger<DocumentVerificationCodes> logger, CancellationToken ct) =>
            {
                NoStore(http);
                return Results.Ok(await HandleAsync(code, codes, db, clock, logger, ct));
            })
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicy).WithTags("Documents").WithName("VerifyDocument")
            .Produces<Result>().ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    public static async Task<Result> HandleAsync(string? code, DocumentVerificationCodes codes, RutaDbContext db, TimeProvider clock,
        ILogger logger, CancellationToken ct)
    {
        if (!codes.TryRead(code, out var id))
        {
            DocumentsLog.NotGenuine(logger);
            return Result.NotGenuine;
        }

        var d = await db.Set<IssuedDocument>().AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Type, x.Number, x.Status, x.ValidFrom, x.ValidUntil })
            .FirstOrDefaultAsync(ct);
        if (d is null)
        {
            // A well-signed code for a document never saved (its act failed): nothing was issued.
            DocumentsLog.NotGenuine(logger);
            return Result.NotGenuine;
        }

        var status = IssuedDocument.Validity(d.Status, d.ValidFrom, d.ValidUntil, MexicoCity.Today(clock));
        DocumentsLog.Verified(logger, id, status);
        return new Result(true, status, d.Type, DocumentTypes.Label(d.Type), d.Number, d.ValidFrom, d.ValidUntil);
    }

    /// <summary>The answer changes when the document is revoked or expires: nobody may keep a copy.</summary>
    public static void NoStore(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}

internal static partial class DocumentsLog
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Document {DocumentId} verified: {Status}")]
    public static partial void Verified(ILogger logger, Guid documentId, DocumentValidity status);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "A verification code that is not genuine was presented")]
    public static partial void NotGenuine(ILogger logger);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Verification rate limit reached for a client on {Path}")]
    public static partial void RateLimited(ILogger logger, string path);
}
