using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Children.Domain;
using Ruta.Web.Modules.Children.Features;

namespace Ruta.Web.Modules.Children;

/// <summary>
/// /api/v1/children: the module's JSON face over the same handlers the pages call. Reading a file
/// requires ?purpose= (logged). Acts are POST /cases/{id}/{action}; If-Match is optional on them but,
/// when sent, must match (412). A move the state does not allow is a 409 naming the current state; a
/// legal refusal a 409/422 with its code and legal basis; bad input a 400 with field errors.
/// </summary>
public static class ChildrenApi
{
    public static RouteGroupBuilder MapChildrenApi(this RouteGroupBuilder api)
    {
        var children = api.MapGroup("/children").WithTags("Children");
        var cases = children.MapGroup("/cases");
        cases.MapPost("/", IdentifyAsync).RequireAuthorization(ChildrenPolicies.Identify).WithName("IdentifyChildren")
            .Produces<IdentifyChildren.Identified>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapGet("/{id:guid}", GetFileAsync).RequireAuthorization(ChildrenPolicies.ReadFile).WithName("GetChildFile")
            .Produces<ChildFileView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapGet("/{id:guid}/inm-view", GetInmViewAsync).RequireAuthorization(ChildrenPolicies.InmView).WithName("GetChildInmView")
            .Produces<InmChildView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        Act<CanalizeChild.Request>(cases, ChildTrigger.Canalize, (sp, id, v, r, ct) => sp.GetRequiredService<CanalizeChild.Handler>().HandleAsync(id, v, r, ct));
        Act<PlaceChild.Request>(cases, ChildTrigger.Place, (sp, id, v, r, ct) => sp.GetRequiredService<PlaceChild.Handler>().HandleAsync(id, v, r, ct));
        Act<EndPlacement.Request>(cases, ChildTrigger.EndPlacement, (sp, id, v, r, ct) => sp.GetRequiredService<EndPlacement.Handler>().HandleAsync(id, v, r, ct));
        cases.MapPost("/{id:guid}/" + ChildActions.Names[ChildTrigger.IssueTvrh], IssueTvrhAsync).RequireAuthorization(ChildrenPolicies.Act)
            .WithName("Children_tvrh").Produces<IReadOnlyList<TvrhOutcome>>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        Act<ScreenForProtection.Request>(cases, ChildTrigger.Screen,
            (sp, id, v, r, ct) => sp.GetRequiredService<ScreenForProtection.Handler>().HandleAsync(id, v, r, ct));
        Act<ResolveProtectionNeed.Request>(cases, ChildTrigger.ResolveProtectionNeed,
            (sp, id, v, r, ct) => sp.GetRequiredService<ResolveProtectionNeed.Handler>().HandleAsync(id, v, r, ct));
        Act<NotifyConsulate.Request>(cases, ChildTrigger.NotifyConsulate,
            (sp, id, v, r, ct) => sp.GetRequiredService<NotifyConsulate.Handler>().HandleAsync(id, v, r, ct));
        Act<UrgentMeasures.Request>(cases, ChildTrigger.RequestUrgentMeasure,
            (sp, id, v, r, ct) => sp.GetRequiredService<UrgentMeasures.RequestHandler>().HandleAsync(id, v, r, ct));
        Act<UrgentMeasures.DecreeRequest>(cases, ChildTrigger.RecordUrgentMeasureDecree,
            (sp, id, v, r, ct) => sp.GetRequiredService<UrgentMeasures.DecreeHandler>().HandleAsync(id, v, r, ct));
        Act<UrgentMeasures.RulingRequest>(cases, ChildTrigger.RecordJudicialRuling,
            (sp, id, v, r, ct) => sp.GetRequiredService<UrgentMeasures.RulingHandler>().HandleAsync(id, v, r, ct));
        cases.MapPost("/{id:guid}/" + ChildActions.Names[ChildTrigger.ReceiveCase], async (Guid id, HttpContext http, CancellationToken ct) =>
                Respond(http, await http.RequestServices.GetRequiredService<ReceiveCase.Handler>().HandleAsync(id, ETags.ReadIfMatch(http.Request), ct)))
            .RequireAuthorization(ChildrenPolicies.Act).WithName("Children_reception").Produces<CaseState>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        Act<DiagnoseFamily.Request>(cases, ChildTrigger.DiagnoseFamily,
            (sp, id, v, r, ct) => sp.GetRequiredService<DiagnoseFamily.Handler>().HandleAsync(id, v, r, ct));
        Act<DetermineRights.Request>(cases, ChildTrigger.DetermineRights,
            (sp, id, v, r, ct) => sp.GetRequiredService<DetermineRights.Handler>().HandleAsync(id, v, r, ct));
        Act<DetermineBestInterest.Request>(cases, ChildTrigger.DetermineBestInterest,
            (sp, id, v, r, ct) => sp.GetRequiredService<DetermineBestInterest.Handler>().HandleAsync(id, v, r, ct));
        Act<DetermineAdultContrary.Request>(cases, ChildTrigger.DetermineAdultContrary,
            (sp, id, v, r, ct) => sp.GetRequiredService<DetermineAdultContrary.Handler>().HandleAsync(id, v, r, ct));
        Act<AssessRisk.Request>(cases, ChildTrigger.AssessRisk, (sp, id, v, r, ct) => sp.GetRequiredService<AssessRisk.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordReunification.Request>(cases, ChildTrigger.RecordReunification,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordReunification.Handler>().HandleAsync(id, v, r, ct));
        Act<IssueRestitutionPlan.Request>(cases, ChildTrigger.IssuePlan,
            (sp, id, v, r, ct) => sp.GetRequiredService<IssueRestitutionPlan.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordInmDecision.Request>(cases, ChildTrigger.RecordInmDecision,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordInmDecision.Handler>().HandleAsync(id, v, r, ct));
        Act<AssignEscort.Request>(cases, ChildTrigger.AssignEscort, (sp, id, v, r, ct) => sp.GetRequiredService<AssignEscort.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordReceivingAuthority.Request>(cases, ChildTrigger.RecordReceivingAuthority,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordReceivingAuthority.Handler>().HandleAsync(id, v, r, ct));
        Act<RecordFollowUp.Request>(cases, ChildTrigger.RecordFollowUp,
            (sp, id, v, r, ct) => sp.GetRequiredService<RecordFollowUp.Handler>().HandleAsync(id, v, r, ct));
        Act<CloseCase.Request>(cases, ChildTrigger.CloseRestored, (sp, id, v, r, ct) => sp.GetRequiredService<CloseCase.Handler>().HandleAsync(id, v, r, ct));

        var worklists = children.MapGroup("/worklists");
        worklists.MapGet("/procuraduria", async (Worklists.Handler h, CancellationToken ct) => Ok(await h.ProcuraduriaAsync(ct)))
            .RequireAuthorization(ChildrenPolicies.ReadFile).WithName("ChildrenProcuraduriaWorklist").Produces<ProcuraduriaWorklist>();
        worklists.MapGet("/care", async (Worklists.Handler h, CancellationToken ct) => Ok(await h.CareAsync(ct)))
            .RequireAuthorization(ChildrenPolicies.Care).WithName("ChildrenCareOverview").Produces<CareOverview>();
        worklists.MapGet("/inm", async (Worklists.Handler h, CancellationToken ct) => Ok(await h.InmAsync(ct)))
            .RequireAuthorization(ChildrenPolicies.InmView).WithName("ChildrenInmWorklist").Produces<InmWorklist>();

        var centers = children.MapGroup("/care-centers");
        centers.MapPost("/", async (ManageCareCenters.RegisterRequest request, ManageCareCenters.Handler h, CancellationToken ct) =>
            {
                var result = await h.RegisterAsync(request, ct);
                return result.IsOk ? Results.Created($"/api/v1/children/care-centers/{result.Value!.Id}", result.Value) : result.ToProblem();
            })
            .RequireAuthorization(ChildrenPolicies.Care).WithName("RegisterCareCenter").Produces<CareCenterRow>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        centers.MapPut("/{id:guid}/capacity", async (Guid id, ManageCareCenters.CapacityRequest request, ManageCareCenters.Handler h, HttpContext http,
                CancellationToken ct) =>
            {
                if (ETags.ReadIfMatch(http.Request) is not { } version)
                {
                    return Problems.PreconditionRequired();
                }

                var result = await h.ChangeCapacityAsync(id, version, request, ct);
                if (!result.IsOk)
                {
                    return result.ToProblem();
                }

                ETags.Set(http, result.Value!.Version);
                return Results.Ok(result.Value);
            })
            .RequireAuthorization(ChildrenPolicies.Care).WithName("ChangeCareCenterCapacity").Produces<CareCenterRow>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<IResult> IdentifyAsync(IdentifyChildren.Request request, IdentifyChildren.Handler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, ct);
        return result.IsOk ? Results.Created($"/api/v1/children/cases/{result.Value!.Children[0].CaseId}", result.Value) : result.ToProblem();
    }

    private static async Task<IResult> GetFileAsync(Guid id, string? purpose, string? purposeDetail, GetChildFile.Handler handler, HttpContext http,
        CancellationToken ct)
    {
        var (parsed, error) = ReadPurposes.Parse(purpose, purposeDetail);
        if (parsed is null)
        {
            return Problems.Validation("purpose", error!);
        }

        var result = await handler.HandleAsync(id, parsed.Value, purposeDetail, ct);
        if (!result.IsOk)
        {
            return result.ToProblem();
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }

    private static async Task<IResult> GetInmViewAsync(Guid id, string? purpose, string? purposeDetail, GetInmView.Handler handler, HttpContext http,
        CancellationToken ct)
    {
        var (parsed, error) = ReadPurposes.Parse(purpose, purposeDetail);
        if (parsed is null)
        {
            return Problems.Validation("purpose", error!);
        }

        var result = await handler.HandleAsync(id, parsed.Value, purposeDetail, ct);
        if (!result.IsOk)
        {
            return result.ToProblem();
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }

    private static async Task<IResult> IssueTvrhAsync(Guid id, IssueChildTvrh.Request request, IssueChildTvrh.Handler handler, HttpContext http,
        CancellationToken ct) =>
        Ok(await handler.HandleAsync(id, ETags.ReadIfMatch(http.Request), request, ct));

    private delegate Task<ChildResult<CaseState>> ActHandler<TRequest>(IServiceProvider services, Guid id, int? expectedVersion, TRequest request,
        CancellationToken ct);

    private static void Act<TRequest>(RouteGroupBuilder cases, ChildTrigger trigger, ActHandler<TRequest> handle) =>
        cases.MapPost("/{id:guid}/" + ChildActions.Names[trigger], async (Guid id, TRequest request, HttpContext http, CancellationToken ct) =>
                Respond(http, await handle(http.RequestServices, id, ETags.ReadIfMatch(http.Request), request, ct)))
            .RequireAuthorization(ChildrenPolicies.Act).WithName("Children_" + ChildActions.Names[trigger]).Produces<CaseState>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static IResult Respond(HttpContext http, ChildResult<CaseState> result)
    {
        if (!result.IsOk)
        {
            return result.ToProblem();
        }

        ETags.Set(http, result.Value!.Version);
        return Results.Ok(result.Value);
    }

    private static IResult Ok<T>(ChildResult<T> result) => result.IsOk ? Results.Ok(result.Value) : result.ToProblem();

    /// <summary>The problem details of a failed result: 400 field errors, 403, 404, 412.</summary>
    public static IResult ToProblem<T>(this ChildResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            ChildResultStatus.Invalid => Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value),
                title: "La solicitud tiene datos inválidos"),
            ChildResultStatus.NotFound => Problems.NotFound("No existe un caso de protección (o un centro) con ese identificador."),
            ChildResultStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Acceso denegado",
                detail: "Su dependencia o su rol no permiten este acto o esta consulta sobre niñas, niños y adolescentes."),
            ChildResultStatus.Stale => Problems.PreconditionFailed(),
            _ => throw new InvalidOperationException("A successful result is not a problem."),
        };
    }
}
