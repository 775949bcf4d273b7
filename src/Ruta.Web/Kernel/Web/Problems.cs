using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;

namespace Ruta.Web.Kernel.Web;

/// <summary>RFC 9457 problem details, the one shape of every API error.</summary>
public static class Problems
{
    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        if (http.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        http.Response.StatusCode = status;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        return writer.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }

    /// <summary>400 with field-level errors, keys in camelCase like the JSON that was sent.</summary>
    public static IResult Validation(ValidationResult result) =>
        Results.ValidationProblem(result.ToFieldErrors(), title: "La solicitud tiene datos inválidos");

    public static IResult Validation(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            title: "La solicitud tiene datos inválidos");

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No encontrado", detail: what);

    public static IResult Conflict(string detail, string? code = null, string? currentState = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (code is not null)
        {
            extensions["code"] = code;
        }

        if (currentState is not null)
        {
            extensions["currentState"] = currentState;
        }

        return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflicto con el estado actual",
            detail: detail, extensions: extensions);
    }

    public static IResult PreconditionFailed() =>
        Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "El registro cambió",
            detail: "Otro usuario modificó este registro después de que usted lo leyó (ETag distinto). Vuelva a leerlo y aplique su cambio de nuevo.");

    public static IResult PreconditionRequired() =>
        Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Falta If-Match",
            detail: "Envíe el encabezado If-Match con el ETag del registro que leyó, para no sobrescribir cambios ajenos.");

    public static Dictionary<string, string[]> ToFieldErrors(this ValidationResult result) =>
        result.Errors
            .GroupBy(e => CamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>"Documents[0].Number" → "documents[0].number".</summary>
    public static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
