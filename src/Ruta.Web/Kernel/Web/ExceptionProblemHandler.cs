using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Domain;

namespace Ruta.Web.Kernel.Web;

/// <summary>
/// Turns the exceptions a request may raise into problem details, so that no request ends in a
/// bare 500: malformed JSON is a 400, an illegal transition a 409, a stale version a 412.
/// </summary>
internal sealed partial class ExceptionProblemHandler(IProblemDetailsService problems, ILogger<ExceptionProblemHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, extensions) = Map(exception);
        if (status >= 500)
        {
            LogUnhandled(logger, exception, http.TraceIdentifier);
        }

        http.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        problem.Extensions["traceId"] = http.TraceIdentifier;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static (int, string, string, Dictionary<string, object?>) Map(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => (400, "JSON mal formado",
            $"El cuerpo no es JSON válido o un valor no tiene el tipo esperado ({json.Path ?? "$"}).",
            new() { ["errors"] = new Dictionary<string, string[]> { [FieldOf(json.Path)] = ["Valor con formato o tipo inválido."] } }),
        BadHttpRequestException bad => (bad.StatusCode, "Solicitud inválida", bad.Message, new()),
        JsonException json => (400, "JSON mal formado", "El cuerpo no es JSON válido.",
            new() { ["errors"] = new Dictionary<string, string[]> { [FieldOf(json.Path)] = ["Valor con formato o tipo inválido."] } }),
        IllegalTransitionException illegal => (409, "Acción no permitida en el estado actual", illegal.Message,
            new() { ["currentState"] = illegal.CurrentState, ["action"] = illegal.Trigger }),
        DomainRuleException rule => (rule.Status, "Regla legal", rule.Message,
            new() { ["code"] = rule.Code, ["legalBasis"] = rule.LegalBasis }),
        DbUpdateConcurrencyException => (412, "El registro cambió",
            "Otro usuario modificó este registro después de que usted lo leyó. Vuelva a leerlo.", new()),
        OperationCanceledException => (499, "Solicitud cancelada", "El cliente canceló la solicitud.", new()),
        _ => (500, "Error interno", "Ocurrió un error inesperado. Se registró con el identificador de rastreo.", new()),
    };

    private static string FieldOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "$";
        }

        return Problems.CamelCasePath(jsonPath.TrimStart('$', '.'));
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Unhandled exception for request {TraceId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceId);
}
