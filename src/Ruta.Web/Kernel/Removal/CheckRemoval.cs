using System.Globalization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Removal;

/// <summary>
/// GET /api/v1/persons/{id}/removal-check?kind=deportation|assisted-return|border-rejection&amp;on=YYYY-MM-DD:
/// may this person be sent out of Mexico this way on that date? Every answer is recorded and audited.
/// </summary>
public static class CheckRemoval
{
    /// <summary>The wire names of <see cref="RemovalKind"/> (the API's kebab-case enum names).</summary>
    public static readonly IReadOnlyDictionary<string, RemovalKind> Kinds = new Dictionary<string, RemovalKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["deportation"] = RemovalKind.Deportation,
        ["assisted-return"] = RemovalKind.AssistedReturn,
        ["border-rejection"] = RemovalKind.BorderRejection,
    };

    public static RouteGroupBuilder MapCheckRemoval(this RouteGroupBuilder api)
    {
        api.MapGet("/persons/{id:guid}/removal-check", HandleAsync)
            .RequireAuthorization(Policies.RemovalCheck).WithTags("Removal").WithName("CheckRemoval")
            .Produces<RemovalCheckResult>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="on">Defaults to today (Mexico City time) when absent.</param>
    public static async Task<IResult> HandleAsync(Guid id, string? kind, string? on, RemovalGuard guard, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (kind is null || !Kinds.TryGetValue(kind.Trim(), out var removalKind))
        {
            removalKind = default;
            errors["kind"] = ["Indique el tipo de salida: deportation, assisted-return o border-rejection."];
        }

        var date = MexicoCity.Today(clock);
        if (on is not null && !DateOnly.TryParseExact(on.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors["on"] = ["Fecha inválida: use el formato AAAA-MM-DD."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "La solicitud tiene datos inválidos");
        }

        var result = await guard.CheckAsync(id, removalKind, date, cancellationToken);
        return result is null ? Problems.NotFound("No existe una persona con ese identificador.") : Results.Ok(result);
    }
}
