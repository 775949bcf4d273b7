using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>Limits of the public status check (configuration section Asylum:PublicStatus).</summary>
public sealed class AsylumPublicStatusOptions
{
    /// <summary>Checks (POSTs) one client address may make per minute, page and API together.</summary>
    public int PermitsPerMinute { get; set; } = 20;

    /// <summary>Wrong answers for one case number within <see cref="WindowMinutes"/> after which it is locked.</summary>
    public int MaxFailures { get; set; } = 5;

    public int WindowMinutes { get; set; } = 15;
}

/// <summary>
/// The applicant's own view of their claim, without an account (page /estado-solicitud and
/// POST /api/v1/public/asylum-status, anonymous): with the case number and the secret given at
/// filing, the stage in plain words, the next date to come and what to bring, in Spanish, English,
/// French or Haitian Creole. The interested party's right to know the state of their procedure at
/// any time (LFPA art. 33), given through the minimum of data (LGPDPPSO; LRPCAP art. 10): never a
/// name, nationality, reason, interview or piece of evidence.
/// </summary>
/// <remarks>
/// Guessing is stopped twice: per client address (rate limiter, <see cref="RateLimitPolicy"/>) and per
/// case number: after <see cref="AsylumPublicStatusOptions.MaxFailures"/> wrong answers within the
/// window, every check of that number is refused (even with the right secret) until the oldest of
/// them leaves the window; a right answer or a reissued secret starts the count again. The count is
/// read from the audit trail, which records every check anyway: it lives in the database, so it holds
/// across restarts and across instances (two simultaneous checks may both pass the count: at most a
/// guess or two more, which the client limit and 50 bits make harmless). An unknown case number is
/// counted, answered and timed exactly like a wrong secret, so the answers tell nothing about which
/// case numbers exist.
/// </remarks>
public static class CheckAsylumStatus
{
    public const string RateLimitPolicy = "asylum-public-status";
    public const string PagePath = "/estado-solicitud";

    // Audit actions of the checks (one line each; never the secret).
    public const string ShownAction = "asylum-status-shown";
    public const string RefusedAction = "asylum-status-refused";
    public const string LockedAction = "asylum-status-locked";

    /// <param name="Language">"es", "en", "fr" or "ht"; the request's language (?culture=) when absent.</param>
    public sealed record Request(string? CaseNumber, string? Secret, string? Language = null);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.CaseNumber).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Escriba el número de caso.")
                .Must(n => AsylumCaseNumbers.Normalize(n) is not null)
                .WithMessage("Escriba el número de caso como aparece en su hoja, por ejemplo SR-2026-000123.");
            RuleFor(r => r.Secret).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Escriba la clave.")
                .Must(s => AsylumStatusSecrets.Normalize(s) is not null)
                .WithMessage("La clave tiene 10 letras y números, por ejemplo 7KQ2M-X9D4P.");
            RuleFor(r => r.Language).Must(l => l is null || PublicLanguages.Find(l) is not null)
                .WithMessage("Idioma no disponible: es, en, fr o ht.");
        }
    }

    /// <summary>The whole answer: nothing about the persons, the file or why.</summary>
    /// <param name="Stage">The claim's state code (in-procedure, appeal-window-open…).</param>
    /// <param name="Language">"es", "en", "fr" or "ht": the language of the texts.</param>
    public sealed record Answer(string CaseNumber, string Stage, string StageText, NextDateAnswer? NextDate, IReadOnlyList<string> WhatToBring,
        string Language);

    /// <param name="Kind">signing, interview, notification, ratification-deadline, late-filing-answer-deadline, appeal-deadline, resolution-due-date.</param>
    /// <param name="Time">"HH:mm" (local time of the office), when the appointment has one.</param>
    /// <param name="MustAttend">Whether the applicant must come (or act) by then.</param>
    public sealed record NextDateAnswer(DateOnly Date, string? Time, string Kind, string Text, string LongDate, bool MustAttend);

    public enum Outcome { Shown, Refused, Locked, Invalid }

    /// <param name="RetryAfterMinutes">For <see cref="Outcome.Locked"/>: how long the case number stays locked.</param>
    public sealed record Result(Outcome Outcome, Answer? Answer, IReadOnlyDictionary<string, string[]> Errors, int RetryAfterMinutes);

    /// <summary>The refusal for a wrong secret and for an unknown case number: one text for both.</summary>
    public const string RefusedTitle = "No encontramos su solicitud";
    public const string RefusedText = "El número de caso o la clave no son correctos. Revíselos en su hoja de acceso e intente de nuevo.";
    public const string LockedTitle = "Demasiados intentos";
    public const string LockedText = "Hubo demasiados intentos fallidos con este número de caso. Por seguridad, espere {0} minutos antes de intentar de nuevo. Si perdió su clave, pida una nueva en la oficina de la COMAR.";

    public sealed class Handler(RutaDbContext db, TimeProvider clock, IOptions<AsylumPublicStatusOptions> options, ILogger<Handler> logger)
    {
        /// <param name="culture">The language of the answer when the request names none.</param>
        public async Task<Result> HandleAsync(Request request, CultureInfo culture, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            culture = PublicLanguages.Find(request.Language) ?? PublicLanguages.Find(culture.Name) ?? PublicLanguages.Find("es")!;
            var validation = await new Validator().ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return new Result(Outcome.Invalid, null, validation.ToFieldErrors()
                    .ToDictionary(e => e.Key, e => e.Value.Select(m => PublicLanguages.Text(m, culture)).ToArray()), 0);
            }

            var caseNumber = AsylumCaseNumbers.Normalize(request.CaseNumber)!;
            var secret = AsylumStatusSecrets.Normalize(request.Secret)!;
            var claim = await db.Set<AsylumClaim>().AsNoTracking().Where(c => c.CaseNumber == caseNumber)
                .Select(c => new
                {
                    c.Id, c.Status, c.Outcome, c.RatificationDueDate, c.LateFilingAnswerDueDate, c.ResolutionDueDate, c.AppealDueDate,
                })
                .FirstOrDefaultAsync(ct);
            // Asked even for an unknown number (with an id no claim has), so both paths do the same work.
            var claimId = claim?.Id ?? Guid.Empty;
            var access = await db.Set<AsylumStatusAccess>().AsNoTracking().Where(a => a.ClaimId == claimId)
                .Select(a => new { a.SecretHash, a.IssuedAt }).FirstOrDefaultAsync(ct);

            // One key per case number: the claim's id when it exists (auditors search by it), the number otherwise.
            var key = claim?.Id.ToString() ?? caseNumber;
            var limits = options.Value;
            var window = TimeSpan.FromMinutes(Math.Max(1, limits.WindowMinutes));
            var now = clock.GetUtcNow().UtcDateTime;
            // Counted: answers within the window, and only those after the current secret was issued (a reissue unlocks).
            var windowStart = now - window;
            var issuedAt = access?.IssuedAt ?? DateTime.MinValue;
            var recent = await db.Set<AuditEntry>().AsNoTracking()
                .Where(a => a.RecordId == key && a.OccurredAt >= windowStart && a.OccurredAt > issuedAt
                    && (a.Action == RefusedAction || a.Action == ShownAction))
                .OrderByDescending(a => a.OccurredAt)
                .Select(a => new { a.Action, a.OccurredAt })
                .Take(Math.Max(1, limits.MaxFailures) + 1)
                .ToListAsync(ct);
            var failures = recent.TakeWhile(a => a.Action == RefusedAction).Select(a => a.OccurredAt).ToList();
            var entityType = claim is null ? "AsylumCaseNumber" : nameof(AsylumClaim);
            if (failures.Count >= Math.Max(1, limits.MaxFailures))
            {
                var unlockAt = failures[Math.Max(1, limits.MaxFailures) - 1] + window;
                var minutes = Math.Max(1, (int)Math.Ceiling((unlockAt - now).TotalMinutes));
                await AuditAsync(now, LockedAction, entityType, key, new { caseNumber, result = "locked" }, ct);
                AsylumStatusLog.Locked(logger, key);
                return new Result(Outcome.Locked, null, new Dictionary<string, string[]>(), minutes);
            }

            var right = access is not null ? AsylumStatusSecrets.Verify(access.SecretHash, secret) : AsylumStatusSecrets.Burn(secret);
            if (!right)
            {
                var reason = claim is null ? "unknown-case" : access is null ? "no-secret-issued" : "wrong-secret";
                await AuditAsync(now, RefusedAction, entityType, key, new { caseNumber, result = reason }, ct);
                AsylumStatusLog.Refused(logger, key);
                return new Result(Outcome.Refused, null, new Dictionary<string, string[]>(), 0);
            }

            var today = MexicoCity.Today(clock);
            var appointments = await db.Set<AsylumAppointment>().AsNoTracking().Where(a => a.ClaimId == claim!.Id && a.On >= today)
                .Select(a => new PublicAppointment(a.Kind, a.On, a.At)).ToListAsync(ct);
            var status = AsylumPublicStatus.Of(new PublicStatusFacts(claim!.Status, claim.Outcome, claim.RatificationDueDate,
                claim.LateFilingAnswerDueDate, claim.ResolutionDueDate, claim.AppealDueDate), appointments, today);
            await AuditAsync(now, ShownAction, entityType, key, new { caseNumber, result = "shown", stage = AsylumProcedure.StatusCode(status.Stage) }, ct);
            AsylumStatusLog.Shown(logger, claim.Id);
            return new Result(Outcome.Shown, Localize(caseNumber, status, culture), new Dictionary<string, string[]>(), 0);
        }

        private async Task AuditAsync(DateTime now, string action, string entityType, string key, object after, CancellationToken ct)
        {
            db.Add(new AuditEntry(now, null, null, null, action, entityType, key, null, JsonSerializer.Serialize(after),
                correlationId: Activity.Current?.TraceId.ToString()));
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The answer's texts in <paramref name="culture"/>.</summary>
    public static Answer Localize(string caseNumber, PublicStatus status, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(status);
        var next = status.Next is { } n
            ? new NextDateAnswer(n.On, n.At?.ToString("HH:mm", CultureInfo.InvariantCulture),
                System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n.Kind.ToString()),
                PublicLanguages.Text(n.Text, culture), PublicLanguages.LongDate(n.On, culture), n.MustAttend)
            : null;
        return new Answer(caseNumber, AsylumProcedure.StatusCode(status.Stage), PublicLanguages.Text(status.StageText, culture), next,
            [.. status.WhatToBring.Select(b => PublicLanguages.Text(b, culture))], PublicLanguages.Code(culture));
    }

    /// <summary>Nobody may keep a copy of the answer, nor index the page.</summary>
    public static void NoStore(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    internal static void Map(RouteGroupBuilder api) =>
        api.MapPost("/public/asylum-status", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
            {
                NoStore(http);
                var culture = PublicLanguages.Find(request.Language) ?? CultureInfo.CurrentUICulture;
                var result = await handler.HandleAsync(request, culture, ct);
                string T(string text, params object[] args) => PublicLanguages.Text(text, culture, args);
                switch (result.Outcome)
                {
                    case Outcome.Shown:
                        return Results.Ok(result.Answer);
                    case Outcome.Invalid:
                        return Results.ValidationProblem(result.Errors, title: T("La solicitud tiene datos inválidos"));
                    case Outcome.Locked:
                        http.Response.Headers.RetryAfter = (result.RetryAfterMinutes * 60).ToString(CultureInfo.InvariantCulture);
                        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: T(LockedTitle),
                            detail: T(LockedText, result.RetryAfterMinutes));
                    default:
                        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: T(RefusedTitle), detail: T(RefusedText));
                }
            })
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicy).WithTags("Asylum").WithName("CheckAsylumStatus")
            .WithSummary("Estado de una solicitud de refugio para la persona solicitante (número de caso y clave).")
            .Produces<Answer>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}

internal static partial class AsylumStatusLog
{
    [LoggerMessage(EventId = 7300, Level = LogLevel.Information, Message = "Public status of asylum claim {ClaimId} shown")]
    public static partial void Shown(ILogger logger, Guid claimId);

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Public status check refused for {Key}")]
    public static partial void Refused(ILogger logger, string key);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "Public status checks locked for {Key} after repeated wrong answers")]
    public static partial void Locked(ILogger logger, string key);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Information, Message = "Status secret of asylum claim {ClaimId} reissued")]
    public static partial void Reissued(ILogger logger, Guid claimId);
}
