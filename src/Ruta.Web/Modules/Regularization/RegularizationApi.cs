using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Regularization.Domain;
using Ruta.Web.Modules.Regularization.Features;

namespace Ruta.Web.Modules.Regularization;

/// <summary>
/// /api/v1/migration/regularizations and /api/v1/migration/family-unity: the JSON face over the same
/// handlers the pages call. Filing answers 201 with Location; acts are POST /{id}/{action} (If-Match
/// optional but, when sent, must match: 412); the requirements checklist is an edit (PUT, If-Match
/// required: 428 without it). A move the state does not allow is a 409 naming the current state; a
/// legal refusal a 409/422 with its code and legal basis; bad input a 400 with field errors.
/// </summary>
public static class RegularizationApi
{
    public static RouteGroupBuilder MapRegularizationApi(this RouteGroupBuilder api)
    {
        var regularizations = api.MapGroup("/migration/regularizations").WithTags("Regularization");
        regularizations.MapPost("/", FileAsync).RequireAuthorization(RegularizationPolicies.Manage).WithName("FileRegularization")
            .Produces<RegularizationView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        regularizations.MapGet("/", BrowseAsync).RequireAuthorization(RegularizationPolicies.Read).WithName("BrowseRegularizations")
            .Produces<BrowseRegularizations.PageResult>().ProducesValidationProblem();
        regularizations.MapGet("/{id:guid}", GetAsync).RequireAuthorization(RegularizationPolicies.Read).WithName("GetRegularization")
            .Produces<RegularizationView>().ProducesProblem(StatusCodes.Status404NotFound);
        regularizations.MapPut("/{id:guid}/requirements", UpdateRequirementsAsync).RequireAuthorization(RegularizationPolicies.Manage)
            .WithName("UpdateRegularizationRequirements").Produces<RegularizationView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        ActWithoutBody(regularizations, RegularizationActions.ExitPermit,
            (sp, id, v, ct) => sp.GetRequiredService<IssueExitPermit.Handler>().HandleAsync(id, v, ct));
        Act<IssueRegularizationPrevention.Request>(regularizations, RegularizationActions.Prevention,
            (sp, id, v, r, ct) => sp.GetRequiredService<IssueRegularizationPrevention.Handler>().HandleAsync(id, v, r, ct));
        Act<AnswerRegularizationPrevention.Request>(regularizations, RegularizationActions.PreventionAnswer,
            (sp, id, v, r, ct) => sp.GetRequiredService<AnswerRegularizationPrevention.Handler>().HandleAsync(id, v, r, ct));
        Act<DismissRegularization.Request>(regularizations, RegularizationActions.Dismissal,
            (sp, id, v, r, ct) => sp.GetRequiredService<DismissRegularization.Handler>().HandleAsync(id, v, r, ct));
        Act<ResolveRegularization.Request>(regularizations, RegularizationActions.Resolution,
            (sp, id, v, r, ct) => sp.GetRequiredService<ResolveRegularization.Handler>().HandleAsync(id, v, r, ct));
        Act<WithdrawRegularization.Request>(regularizations, RegularizationActions.Withdrawal,
            (sp, id, v, r, ct) => sp.GetRequiredService<WithdrawRegularization.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordDeparture.Request>(regularizations, RegularizationActions.Departure,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordDeparture.Handler>().HandleAsync(id, v, r, ct));
        ActWithoutBody(regularizations, RegularizationActions.DepartureOrderLapse,
            (sp, id, v, ct) => sp.GetRequiredService<LapseDepartureOrder.Handler>().HandleAsync(id, v, ct));

        var family = api.MapGroup("/migration/family-unity").WithTags("FamilyUnity");
        family.MapGet("/eligibility", EligibilityAsync).RequireAuthorization(RegularizationPolicies.Read).WithName("CheckFamilyUnityEligibility")
            .Produces<CheckFamilyEligibility.Explanation>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        family.MapGet("/principals/{id:guid}/relatives", RelativesAsync).RequireAuthorization(RegularizationPolicies.Read)
            .WithName("FamilyUnityRelatives").Produces<CheckFamilyEligibility.PrincipalAnswer>().ProducesProblem(StatusCodes.Status404NotFound);
        family.MapPost("/regularizations", FileFamilyRegularizationAsync).RequireAuthorization(RegularizationPolicies.Manage)
            .WithName("FileFamilyRegularization").Produces<RegularizationView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        family.MapPost("/visa-requests", (FileFamilyUnity.Request r, FileFamilyUnity.Handler h, CancellationToken ct) =>
                FileFamilyUnityAsync(FamilyUnityKind.Visa, r, h, ct))
            .RequireAuthorization(RegularizationPolicies.Manage).WithName("FileFamilyUnityVisa")
            .Produces<FamilyUnityView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        family.MapPost("/changes-of-condition", (FileFamilyUnity.Request r, FileFamilyUnity.Handler h, CancellationToken ct) =>
                FileFamilyUnityAsync(FamilyUnityKind.ChangeOfCondition, r, h, ct))
            .RequireAuthorization(RegularizationPolicies.Manage).WithName("FileFamilyUnityChangeOfCondition")
            .Produces<FamilyUnityView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        family.MapGet("/procedures", BrowseFamilyAsync).RequireAuthorization(RegularizationPolicies.Read).WithName("BrowseFamilyUnity")
            .Produces<BrowseFamilyUnity.PageResult>().ProducesValidationProblem();
        family.MapGet("/procedures/{id:guid}", GetFamilyAsync).RequireAuthorization(RegularizationPolicies.Read).WithName("GetFamilyUnity")
            .Produces<FamilyUnityView>().ProducesProblem(StatusCodes.Status404NotFound);
        family.MapPut("/procedures/{id:guid}/requirements", UpdateFamilyRequirementsAsync).RequireAuthorization(RegularizationPolicies.Manage)
            .WithName("UpdateFamilyUnityRequirements").Produces<FamilyUnityView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        var familyProcedures = family.MapGroup("/procedures");
        FamilyAct<IssueFamilyUnityPrevention.Request>(familyProcedures, RegularizationActions.Prevention,
            (sp, id, v, r, ct) => sp.GetRequiredService<IssueFamilyUnityPrevention.Handler>().HandleAsync(id, v, r, ct));
        FamilyAct<AnswerFamilyUnityPrevention.Request>(familyProcedures, RegularizationActions.PreventionAnswer,
            (sp, id, v, r, ct) => sp.GetRequiredService<AnswerFamilyUnityPrevention.Handler>().HandleAsync(id, v, r, ct));
        FamilyAct<DismissFamilyUnity.Request>(familyProcedures, RegularizationActions.Dismissal,
            (sp, id, v, r, ct) => sp.GetRequiredService<DismissFamilyUnity.Handler>().HandleAsync(id, v, r, ct));
        FamilyAct<ResolveFamilyUnity.Request>(familyProcedures, RegularizationActions.Resolution,
            (sp, id, v, r, ct) => sp.GetRequiredService<ResolveFamilyUnity.Handler>().HandleAsync(id, v, r, ct));
        FamilyAct<WithdrawFamilyUnity.Request>(familyProcedures, RegularizationActions.Withdrawal,
            (sp, id, v, r, ct) => sp.GetRequiredService<WithdrawFamilyUnity.Handler>().HandleAsync(id, v, r, ct));
        return api;
    }

    private static async Task<IResult> FileAsync(FileRegularization.Request request, FileRegularization.Handler handler, HttpContext http,
        CancellationToken ct) => Created(http, await handler.HandleAsync(request, ct), id => $"/api/v1/migration/regularizations/{id}");

    private static async Task<IResult> FileFamilyRegularizationAsync(FileFamilyRegularization.Request request, FileFamilyRegularization.Handler handler,
        HttpContext http, CancellationToken ct) => Created(http, await handler.HandleAsync(request, ct), id => $"/api/v1/migration/regularizations/{id}");

    private static async Task<IResult> FileFamilyUnityAsync(FamilyUnityKind kind, FileFamilyUnity.Request request, FileFamilyUnity.Handler handler,
        CancellationToken ct)
    {
        var result = await handler.HandleAsync(kind, request, ct);
        return result.IsOk ? Results.Created($"/api/v1/migration/family-unity/procedures/{result.Value!.Id}", result.Value) : result.ToProblem();
    }

    private static IResult Created(HttpContext http, ProcedureResult<RegularizationView> result, Func<Guid, string> location)
    {
        if (!result.IsOk)
        {
            return result.ToProblem();
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Created(location(result.Value.Id), result.Value);
    }

    private static async Task<IResult> BrowseAsync(string? status, int? page, BrowseRegularizations.Handler handler, CancellationToken ct)
    {
        RegularizationStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!RegularizationTransitions.TryParseStatus(status, out var parsed))
            {
                return Problems.Validation("status", "Estado desconocido: " +
                    string.Join(", ", RegularizationTransitions.StoredStates.Select(RegularizationTransitions.StatusCode)) + ".");
            }

            filter = parsed;
        }

        var result = await handler.HandleAsync(filter, page ?? 1, ct);
        return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<IResult> BrowseFamilyAsync(string? status, int? page, BrowseFamilyUnity.Handler handler, CancellationToken ct)
    {
        FamilyUnityStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            var parsed = FamilyUnityTransitions.StoredStates.Where(s => string.Equals(FamilyUnityTransitions.StatusCode(s), status.Trim(),
                StringComparison.OrdinalIgnoreCase)).Select(s => (FamilyUnityStatus?)s).FirstOrDefault();
            if (parsed is null)
            {
                return Problems.Validation("status", "Estado desconocido: " +
                    string.Join(", ", FamilyUnityTransitions.StoredStates.Select(FamilyUnityTransitions.StatusCode)) + ".");
            }

            filter = parsed;
        }

        var result = await handler.HandleAsync(filter, page ?? 1, ct);
        return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<IResult> GetAsync(Guid id, GetRegularization.Handler handler, HttpContext http, CancellationToken ct) =>
        Respond(http, await handler.HandleAsync(id, ct));

    private static async Task<IResult> GetFamilyAsync(Guid id, GetFamilyUnity.Handler handler, HttpContext http, CancellationToken ct) =>
        Respond(http, await handler.HandleAsync(id, ct));

    private static async Task<IResult> UpdateRequirementsAsync(Guid id, UpdateRegularizationRequirements.Request request,
        UpdateRegularizationRequirements.Handler handler, HttpContext http, CancellationToken ct) =>
        ETags.ReadIfMatch(http.Request) is not { } expected ? Problems.PreconditionRequired() : Respond(http, await handler.HandleAsync(id, expected, request, ct));

    private static async Task<IResult> UpdateFamilyRequirementsAsync(Guid id, UpdateFamilyUnityRequirements.Request request,
        UpdateFamilyUnityRequirements.Handler handler, HttpContext http, CancellationToken ct) =>
        ETags.ReadIfMatch(http.Request) is not { } expected ? Problems.PreconditionRequired() : Respond(http, await handler.HandleAsync(id, expected, request, ct));

    private static async Task<IResult> EligibilityAsync(Guid? principalId, Guid? relativeId, string? procedure, string? targetCondition,
        CheckFamilyEligibility.Handler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new CheckFamilyEligibility.Query(principalId, relativeId, procedure, targetCondition), ct);
        return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<IResult> RelativesAsync(Guid id, CheckFamilyEligibility.Handler handler, CancellationToken ct)
    {
        var result = await handler.RelativesAsync(id, ct);
        return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
    }

    private delegate Task<ProcedureResult<RegularizationView>> ActHandler<TRequest>(IServiceProvider services, Guid id, int? expectedVersion,
        TRequest request, CancellationToken ct);

    private delegate Task<ProcedureResult<FamilyUnityView>> FamilyActHandler<TRequest>(IServiceProvider services, Guid id, int? expectedVersion,
        TRequest request, CancellationToken ct);

    private static void Act<TRequest>(RouteGroupBuilder group, string action, ActHandler<TRequest> handle) =>
        group.MapPost("/{id:guid}/" + action, async (Guid id, TRequest request, HttpContext http, CancellationToken ct) =>
                Respond(http, await handle(http.RequestServices, id, ETags.ReadIfMatch(http.Request), request, ct)))
            .RequireAuthorization(RegularizationPolicies.Manage).WithName("Regularization_" + action).Produces<RegularizationView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static void ActWithoutBody(RouteGroupBuilder group, string action,
        Func<IServiceProvider, Guid, int?, CancellationToken, Task<ProcedureResult<RegularizationView>>> handle) =>
        group.MapPost("/{id:guid}/" + action, async (Guid id, HttpContext http, CancellationToken ct) =>
                Respond(http, await handle(http.RequestServices, id, ETags.ReadIfMatch(http.Request), ct)))
            .RequireAuthorization(RegularizationPolicies.Manage).WithName("Regularization_" + action).Produces<RegularizationView>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static void FamilyAct<TRequest>(RouteGroupBuilder group, string action, FamilyActHandler<TRequest> handle) =>
        group.MapPost("/{id:guid}/" + action, async (Guid id, TRequest request, HttpContext http, CancellationToken ct) =>
                Respond(http, await handle(http.RequestServices, id, ETags.ReadIfMatch(http.Request), request, ct)))
            .RequireAuthorization(RegularizationPolicies.Manage).WithName("FamilyUnity_" + action).Produces<FamilyUnityView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static IResult Respond(HttpContext http, ProcedureResult<RegularizationView> result)
    {
        if (!result.IsOk)
        {
            return result.ToProblem();
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }

    private static IResult Respond(HttpContext http, ProcedureResult<FamilyUnityView> result)
    {
        if (!result.IsOk)
        {
            return result.ToProblem();
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }

    /// <summary>The problem details of a failed result: 400 field errors, 403, 404, 412.</summary>
    public static IResult ToProblem<T>(this ProcedureResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            ProcedureResultStatus.Invalid => Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value),
                title: "La solicitud tiene datos inválidos"),
            ProcedureResultStatus.NotFound => Problems.NotFound("No existe un trámite o una persona con ese identificador."),
            ProcedureResultStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Acceso denegado",
                detail: "Su dependencia o su rol no permiten este acto sobre trámites migratorios."),
            ProcedureResultStatus.Stale => Problems.PreconditionFailed(),
            _ => throw new InvalidOperationException("A successful result is not a problem."),
        };
    }
}
