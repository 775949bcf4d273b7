using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Asylum.Features;

namespace Ruta.Web.Modules.Asylum;

/// <summary>
/// /api/v1/asylum-claims: the asylum procedure's JSON face over the same handlers the pages call.
/// Acts are POST /{id}/{action}; If-Match is optional on them but, when sent, must match (412).
/// A move the state does not allow is a 409 naming the current state; a legal refusal a 409/422
/// with its code and legal basis; bad input a 400 with field errors.
/// </summary>
public static class AsylumApi
{
    public static RouteGroupBuilder MapAsylumApi(this RouteGroupBuilder api)
    {
        var claims = api.MapGroup("/asylum-claims").WithTags("Asylum");
        claims.MapPost("/", FileAsync).RequireAuthorization(AsylumPolicies.File).WithName("FileAsylumClaim")
            .Produces<FileAsylumClaim.Filed>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        claims.MapGet("/", BrowseAsync).RequireAuthorization(AsylumPolicies.Read).WithName("BrowseAsylumClaims")
            .Produces<BrowseAsylumClaims.PageResult>().ProducesValidationProblem();
        claims.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AsylumPolicies.Read).WithName("GetAsylumClaim")
            .Produces<AsylumClaimView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapGet("/{id:guid}/status", StatusAsync).RequireAuthorization(AsylumPolicies.Status).WithName("GetAsylumClaimStatus")
            .Produces<GetAsylumStatus.Status>().ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapGet("/status", StatusForPersonAsync).RequireAuthorization(AsylumPolicies.Status).WithName("GetAsylumStatusOfPerson")
            .Produces<GetAsylumStatus.Status>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        claims.MapPost("/{id:guid}/documents", IssueDocumentAsync).RequireAuthorization(AsylumPolicies.IssueDocuments)
            .WithName("IssueAsylumDocument").Produces<AsylumIssuedDocument>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        Act<RatifyClaim.Request>(claims, AsylumActions.Ratification, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<RatifyClaim.Handler>().HandleAsync(id, v, r, ct));
        ActWithoutBody(claims, AsylumActions.RatificationLapse,
            (sp, id, v, ct) => sp.GetRequiredService<MarkRatificationLapsed.Handler>().HandleAsync(id, v, ct));
        Act<DecideLateFiling.Request>(claims, AsylumActions.LateFilingDecision, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<DecideLateFiling.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordInterview.Request>(claims, AsylumActions.Interview, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordInterview.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordSigning.Request>(claims, AsylumActions.Signing, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordSigning.Handler>().HandleAsync(id, v, r, ct));
        Act<RequestOpinion.Request>(claims, AsylumActions.OpinionRequest, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<RequestOpinion.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordOpinionResponse.Request>(claims, AsylumActions.OpinionResponse, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordOpinionResponse.Handler>().HandleAsync(id, v, r, ct));
        Act<ReceiveEvidence.Request>(claims, AsylumActions.Evidence, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<ReceiveEvidence.Handler>().HandleAsync(id, v, r, ct));
        Act<ExtendResolutionPeriod.Request>(claims, AsylumActions.Extension, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<ExtendResolutionPeriod.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordResolution.Request>(claims, AsylumActions.Resolution, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordResolution.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordNotification.Request>(claims, AsylumActions.Notification, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordNotification.Handler>().HandleAsync(id, v, r, ct));
        Act<FileAppeal.Request>(claims, AsylumActions.Appeal, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<FileAppeal.Handler>().HandleAsync(id, v, r, ct));
        ActWithoutBody(claims, AsylumActions.AppealWindowLapse,
            (sp, id, v, ct) => sp.GetRequiredService<MarkAppealWindowLapsed.Handler>().HandleAsync(id, v, ct));
        Act<DecideAppeal.Request>(claims, AsylumActions.AppealDecision, AsylumPolicies.Supervise,
            (sp, id, v, r, ct) => sp.GetRequiredService<DecideAppeal.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordAbandonment.Request>(claims, AsylumActions.Abandonment, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordAbandonment.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordWithdrawal.Request>(claims, AsylumActions.Withdrawal, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordWithdrawal.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordArticle52Determination.Request>(claims, AsylumActions.Article52Determination, AsylumPolicies.Supervise,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordArticle52Determination.Handler>().HandleAsync(id, v, r, ct));
        Act<ScheduleAppointment.Request>(claims, AsylumActions.Appointment, AsylumPolicies.Manage,
            (sp, id, v, r, ct) => sp.GetRequiredService<ScheduleAppointment.Handler>().HandleAsync(id, v, r, ct));
        ReissueStatusSecret.Map(claims);
        CheckAsylumStatus.Map(api);
        claims.MapPost("/{id:guid}/" + AsylumActions.ConsularContact, ConsularContactAsync)
            .RequireAuthorization(AsylumPolicies.ConsularContact).WithName("RequestConsularContact")
            .Produces<RequestConsularContact.Recorded>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> FileAsync(FileAsylumClaim.Request request, FileAsylumClaim.Handler handler, HttpContext http,
        CancellationToken ct)
    {
        // The answer carries the applicant's status secret, shown once.
        CheckAsylumStatus.NoStore(http);
        var result = await handler.HandleAsync(request, ct);
        return result.IsOk ? Results.Created($"/api/v1/asylum-claims/{result.Value!.Id}", result.Value) : result.ToProblem();
    }

    private static async Task<IResult> IssueDocumentAsync(Guid id, IssueAsylumDocument.Request request, IssueAsylumDocument.Handler handler,
        CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, request, ct);
        return result.IsOk ? Results.Created($"/api/v1/documents/{result.Value!.Id}", result.Value) : result.ToProblem();
    }

    private static async Task<IResult> BrowseAsync(string? status, int? page, BrowseAsylumClaims.Handler handler, CancellationToken ct)
    {
        AsylumClaimStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!TryParseStatus(status, out var parsed))
            {
                return Problems.Validation("status", "Estado desconocido: " + string.Join(", ", AsylumProcedure.StoredStates.Select(AsylumProcedure.StatusCode)) + ".");
            }

            filter = parsed;
        }

        var result = await handler.HandleAsync(filter, page ?? 1, ct);
        return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<IResult> GetAsync(Guid id, GetAsylumClaim.Handler handler, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        if (!result.IsOk)
        {
            return result.ToProblem();
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }

    private static async Task<IResult> StatusAsync(Guid id, GetAsylumStatus.Handler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<IResult> StatusForPersonAsync(Guid? personId, GetAsylumStatus.Handler handler, CancellationToken ct)
    {
        if (personId is not { } person || person == Guid.Empty)
        {
            return Problems.Validation("personId", "Indique el identificador de la persona.");
        }

        var result = await handler.ForPersonAsync(person, ct);
        return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<IResult> ConsularContactAsync(Guid id, RequestConsularContact.Request request, RequestConsularContact.Handler handler,
        HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ETags.ReadIfMatch(http.Request), request, ct);
        return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
    }

    private delegate Task<AsylumResult<AsylumClaimView>> ActHandler<TRequest>(IServiceProvider services, Guid id, int? expectedVersion,
        TRequest request, CancellationToken ct);

    private static void Act<TRequest>(RouteGroupBuilder claims, string action, string policy, ActHandler<TRequest> handle) =>
        claims.MapPost("/{id:guid}/" + action, async (Guid id, TRequest request, HttpContext http, CancellationToken ct) =>
                Respond(http, await handle(http.RequestServices, id, ETags.ReadIfMatch(http.Request), request, ct)))
            .RequireAuthorization(policy).WithName("Asylum_" + action).Produces<AsylumClaimView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static void ActWithoutBody(RouteGroupBuilder claims, string action,
        Func<IServiceProvider, Guid, int?, CancellationToken, Task<AsylumResult<AsylumClaimView>>> handle) =>
        claims.MapPost("/{id:guid}/" + action, async (Guid id, HttpContext http, CancellationToken ct) =>
                Respond(http, await handle(http.RequestServices, id, ETags.ReadIfMatch(http.Request), ct)))
            .RequireAuthorization(AsylumPolicies.Manage).WithName("Asylum_" + action).Produces<AsylumClaimView>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static IResult Respond(HttpContext http, AsylumResult<AsylumClaimView> result)
    {
        if (!result.IsOk)
        {
            return result.ToProblem();
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }

    public static bool TryParseStatus(string? value, out AsylumClaimStatus status)
    {
        foreach (var candidate in AsylumProcedure.StoredStates)
        {
            if (string.Equals(AsylumProcedure.StatusCode(candidate), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>The problem details of a failed result: 400 field errors, 403, 404, 412.</summary>
    public static IResult ToProblem<T>(this AsylumResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            AsylumResultStatus.Invalid => Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value),
                title: "La solicitud tiene datos inválidos"),
            AsylumResultStatus.NotFound => Problems.NotFound("No existe una solicitud de refugio con ese identificador."),
            AsylumResultStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Acceso denegado",
                detail: "Su dependencia o su rol no permiten este acto sobre solicitudes de refugio."),
            AsylumResultStatus.Stale => Problems.PreconditionFailed(),
            _ => throw new InvalidOperationException("A successful result is not a problem."),
        };
    }
}
