using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Migration.Features;

namespace Ruta.Web.Modules.Migration;

/// <summary>
/// /api/v1/migration: the JSON face of the module over the same handlers the pages call. Creations
/// answer 201 with Location; acts on a stay answer the stay with its ETag, accept If-Match (412 when
/// stale); a move the state does not allow is a 409 naming the state; a legal refusal a 409/422 with
/// its code and legal basis; bad input a 400 with field errors.
/// </summary>
public static class MigrationApi
{
    private const string NoStay = "No existe una estancia con ese identificador.";
    private const string NoApprehension = "No existe una puesta a disposición con ese identificador.";

    public static RouteGroupBuilder MapMigrationApi(this RouteGroupBuilder api)
    {
        var migration = api.MapGroup("/migration").WithTags("Migration");

        migration.MapPost("/entries", async (RecordBorderCrossing.Request request, RecordBorderCrossing.Handler handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(request, ct);
                return result.IsOk ? Results.Created($"/api/v1/migration/entries/{result.Value!.Id}", result.Value) : result.ToProblem("");
            })
            .RequireAuthorization(MigrationPolicies.Work).WithName("RecordBorderCrossing")
            .Produces<RecordBorderCrossing.Row>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        migration.MapGet("/entries/{id:guid}", async (Guid id, Kernel.Persistence.RutaDbContext db, CancellationToken ct) =>
                await RecordBorderCrossing.LoadAsync(db, id, ct) is { } row ? Results.Ok(row) : Problems.NotFound("No existe ese registro de control migratorio."))
            .RequireAuthorization(MigrationPolicies.Work).WithName("GetBorderCrossing")
            .Produces<RecordBorderCrossing.Row>().ProducesProblem(StatusCodes.Status404NotFound);

        migration.MapPost("/refusals", async (RefuseEntry.Request request, RefuseEntry.Handler handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(request, ct);
                return result.IsOk ? Results.Created($"/api/v1/migration/refusals/{result.Value!.Id}", result.Value) : result.ToProblem("");
            })
            .RequireAuthorization(MigrationPolicies.Work).WithName("RefuseEntry")
            .Produces<RefuseEntry.Row>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        migration.MapGet("/refusals/{id:guid}", async (Guid id, Kernel.Persistence.RutaDbContext db, CancellationToken ct) =>
                await RefuseEntry.LoadAsync(db, id, ct) is { } row ? Results.Ok(row) : Problems.NotFound("No existe ese rechazo."))
            .RequireAuthorization(MigrationPolicies.Work).WithName("GetEntryRefusal")
            .Produces<RefuseEntry.Row>().ProducesProblem(StatusCodes.Status404NotFound);

        migration.MapPost("/apprehensions", async (RecordApprehension.Request request, RecordApprehension.Handler handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(request, ct);
                return result.IsOk ? Results.Created($"/api/v1/migration/apprehensions/{result.Value!.Id}", result.Value) : result.ToProblem(NoApprehension);
            })
            .RequireAuthorization(MigrationPolicies.Work).WithName("RecordApprehension")
            .Produces<ApprehensionView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        migration.MapGet("/apprehensions", async (BrowseApprehensions.Handler handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(ct);
                return result.IsOk ? Results.Ok(result.Value) : result.ToProblem(NoApprehension);
            })
            .RequireAuthorization(MigrationPolicies.Work).WithName("BrowseApprehensions")
            .Produces<IReadOnlyList<BrowseApprehensions.Row>>();
        migration.MapGet("/apprehensions/{id:guid}", async (Guid id, GetApprehension.Handler handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, ct);
                return result.IsOk ? Results.Ok(result.Value) : result.ToProblem(NoApprehension);
            })
            .RequireAuthorization(MigrationPolicies.Work).WithName("GetApprehension")
            .Produces<ApprehensionView>().ProducesProblem(StatusCodes.Status404NotFound);
        migration.MapPost("/apprehensions/{id:guid}/admissions", async (Guid id, AdmitToStation.Request request, AdmitToStation.Handler handler,
                HttpContext http, CancellationToken ct) =>
                Respond(http, await handler.HandleAsync(id, ETags.ReadIfMatch(http.Request), request, ct), NoApprehension))
            .RequireAuthorization(MigrationPolicies.Work).WithName("AdmitToStation")
            .Produces<StationStayView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        migration.MapPost("/apprehensions/{id:guid}/canalizations", async (Guid id, RecordCanalization.Request request, RecordCanalization.Handler handler,
                CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, request, ct);
                return result.IsOk ? Results.Created($"/api/v1/migration/apprehensions/{id}", result.Value) : result.ToProblem(NoApprehension);
            })
            .RequireAuthorization(MigrationPolicies.Work).WithName("RecordCanalization")
            .Produces<ApprehensionView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        migration.MapGet("/station-stays", async (Guid? stationId, BrowseStationRoster.Handler handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(stationId, ct);
                return result.IsOk ? Results.Ok(result.Value) : result.ToProblem(NoStay);
            })
            .RequireAuthorization(MigrationPolicies.Roster).WithName("BrowseStationRoster")
            .Produces<BrowseStationRoster.Roster>().ProducesValidationProblem();
        migration.MapGet("/station-stays/{id:guid}", async (Guid id, GetStationStay.Handler handler, HttpContext http, CancellationToken ct) =>
                Respond(http, await handler.HandleAsync(id, ct)))
            .RequireAuthorization(MigrationPolicies.Roster).WithName("GetStationStay")
            .Produces<StationStayView>().ProducesProblem(StatusCodes.Status404NotFound);

        Act<RecordStayAsylumRequest.Request>(migration, StayActions.AsylumRequest,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordStayAsylumRequest.Handler>().HandleAsync(id, v, r, ct));
        Act<ExtendStay.Request>(migration, StayActions.Extension,
            (sp, id, v, r, ct) => sp.GetRequiredService<ExtendStay.Handler>().HandleAsync(id, v, r, ct));
        Act<ReleaseFromStation.Request>(migration, StayActions.Release,
            (sp, id, v, r, ct) => sp.GetRequiredService<ReleaseFromStation.Handler>().HandleAsync(id, v, r, ct));
        return api;
    }

    private delegate Task<MigrationResult<StationStayView>> ActHandler<TRequest>(IServiceProvider services, Guid id, int? expectedVersion,
        TRequest request, CancellationToken ct);

    private static void Act<TRequest>(RouteGroupBuilder migration, string action, ActHandler<TRequest> handle) =>
        migration.MapPost("/station-stays/{id:guid}/" + action, async (Guid id, TRequest request, HttpContext http, CancellationToken ct) =>
                Respond(http, await handle(http.RequestServices, id, ETags.ReadIfMatch(http.Request), request, ct)))
            .RequireAuthorization(MigrationPolicies.Work).WithName("Migration_" + action).Produces<StationStayView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static IResult Respond(HttpContext http, MigrationResult<StationStayView> result, string notFound = NoStay)
    {
        if (!result.IsOk)
        {
            return result.ToProblem(notFound);
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }
}
