using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Removals.Features;

namespace Ruta.Web.Modules.Removals;

/// <summary>
/// /api/v1/migration/removals: assisted returns and deportations over the same handlers the pages call.
/// Acts are POST /{id}/{action} and need If-Match with the ETag read (428 without it, 412 when stale). A
/// move the state does not allow is a 409 naming the current state; a guard refusal a 409 naming every
/// block with its legal basis; other legal refusals 409/422 with code and basis; bad input a 400.
/// </summary>
public static class RemovalsApi
{
    public const string Base = "/api/v1/migration/removals";

    public static RouteGroupBuilder MapRemovalsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var removals = api.MapGroup("/migration/removals").WithTags("Removals");
        removals.MapGet("/", BrowseAsync).RequireAuthorization(RemovalsPolicies.Read).WithName("Removals_Browse")
            .Produces<BrowseRemovals.PageResult>().ProducesValidationProblem();
        removals.MapPost("/", StartAsync).RequireAuthorization(RemovalsPolicies.Work).WithName("Removals_Start")
            .Produces<StartRemoval.Started>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        removals.MapGet("/{id:guid}", GetAsync).RequireAuthorization(RemovalsPolicies.Read).WithName("Removals_Get")
            .Produces<RemovalView>().ProducesProblem(StatusCodes.Status404NotFound);

        Act<RecordRight.Request>(removals, RemovalActions.Rights,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordRight.Handler>().HandleAsync(id, v, r, ct));
        Act<ScheduleRemoval.Request>(removals, RemovalActions.Schedule,
            (sp, id, v, r, ct) => sp.GetRequiredService<ScheduleRemoval.Handler>().HandleAsync(id, v, r, ct));
        Act<RescheduleRemoval.Request>(removals, RemovalActions.Reschedule,
            (sp, id, v, r, ct) => sp.GetRequiredService<RescheduleRemoval.Handler>().HandleAsync(id, v, r, ct));
        Act<ExecuteRemoval.Request>(removals, RemovalActions.Execute,
            (sp, id, v, r, ct) => sp.GetRequiredService<ExecuteRemoval.Handler>().HandleAsync(id, v, r, ct));
        Act<CancelRemoval.Request>(removals, RemovalActions.Cancel,
            (sp, id, v, r, ct) => sp.GetRequiredService<CancelRemoval.Handler>().HandleAsync(id, v, r, ct));
        Act<ResumeRemoval.Request>(removals, RemovalActions.Resume,
            (sp, id, v, r, ct) => sp.GetRequiredService<ResumeRemoval.Handler>().HandleAsync(id, v, r, ct));

        removals.MapPost("/amparos", RecordAmparoAsync).RequireAuthorization(RemovalsPolicies.Work).WithName("Removals_RecordAmparo")
            .Produces<AmparoRow>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        removals.MapGet("/amparos/{id:guid}", GetAmparoAsync).RequireAuthorization(RemovalsPolicies.Read).WithName("Removals_GetAmparo")
            .Produces<AmparoRow>().ProducesProblem(StatusCodes.Status404NotFound);
        removals.MapPost("/amparos/{id:guid}/suspension", async (Guid id, ResolveAmparo.SuspensionRequest request, ResolveAmparo.Handler handler,
                HttpContext http, CancellationToken ct) => RespondAmparo(http, await handler.RecordSuspensionAsync(id, ETags.ReadIfMatch(http.Request), request, ct)))
            .RequireAuthorization(RemovalsPolicies.Work).WithName("Removals_RecordAmparoSuspension").Produces<AmparoRow>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        removals.MapPost("/amparos/{id:guid}/resolution", async (Guid id, ResolveAmparo.Request request, ResolveAmparo.Handler handler,
                HttpContext http, CancellationToken ct) => RespondAmparo(http, await handler.ResolveAsync(id, ETags.ReadIfMatch(http.Request), request, ct)))
            .RequireAuthorization(RemovalsPolicies.Work).WithName("Removals_ResolveAmparo").Produces<AmparoRow>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<IResult> BrowseAsync(string? status, int? page, BrowseRemovals.Handler handler, CancellationToken ct)
    {
        Domain.RemovalStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!BrowseRemovals.TryParseStatus(status, out var parsed))
            {
                return Problems.Validation("status", "Estado desconocido: " +
                    string.Join(", ", Domain.RemovalProcedure.StoredStates.Select(Domain.RemovalProcedure.StatusCode)) + ".");
            }

            filter = parsed;
        }

        var result = await handler.HandleAsync(filter, page ?? 1, ct);
        return result.IsOk ? Results.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<IResult> StartAsync(StartRemoval.Request request, StartRemoval.Handler handler, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, ct);
        if (!result.IsOk)
        {
            return result.ToProblem("No existe una persona con ese identificador.");
        }

        ETags.Set(http, result.Value!.Removal.Version);
        return Results.Created($"{Base}/{result.Value.Id}", result.Value);
    }

    private static async Task<IResult> GetAsync(Guid id, GetRemoval.Handler handler, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        if (!result.IsOk)
        {
            return result.ToProblem();
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }

    private static async Task<IResult> RecordAmparoAsync(RecordAmparo.Request request, RecordAmparo.Handler handler, HttpContext http,
        CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, ct);
        if (!result.IsOk)
        {
            return result.ToProblem("No existe esa persona o esa salida.");
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Created($"{Base}/amparos/{result.Value.Id}", result.Value);
    }

    private static async Task<IResult> GetAmparoAsync(Guid id, ResolveAmparo.Handler handler, HttpContext http, CancellationToken ct) =>
        RespondAmparo(http, await handler.GetAsync(id, ct));

    private static IResult RespondAmparo(HttpContext http, RemovalsResult<AmparoRow> result)
    {
        if (!result.IsOk)
        {
            return result.ToProblem("No existe ese amparo.");
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }

    private delegate Task<RemovalsResult<RemovalView>> ActHandler<TRequest>(IServiceProvider services, Guid id, int? expectedVersion,
        TRequest request, CancellationToken ct);

    private static void Act<TRequest>(RouteGroupBuilder removals, string action, ActHandler<TRequest> handle) =>
        removals.MapPost("/{id:guid}/" + action, async (Guid id, TRequest request, HttpContext http, CancellationToken ct) =>
            {
                var result = await handle(http.RequestServices, id, ETags.ReadIfMatch(http.Request), request, ct);
                if (!result.IsOk)
                {
                    return result.ToProblem();
                }

                ETags.Set(http, result.Value!.Version);
                return Results.Ok(result.Value);
            })
            .RequireAuthorization(RemovalsPolicies.Work).WithName("Removals_" + action).Produces<RemovalView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
