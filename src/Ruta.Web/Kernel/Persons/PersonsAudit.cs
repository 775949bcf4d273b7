using System.Diagnostics;
using System.Text.Json;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// One audit line per registry act, filed under the person's id. The interceptor already records
/// each changed row, but rows of nationalities, documents or links carry their own keys; this
/// line keeps the whole record's before and after under the one id an auditor looks up.
/// </summary>
internal static class PersonsAudit
{
    public const string Register = "register";
    public const string ChangeDetails = "change-details";
    public const string Archive = "archive";
    public const string LinkRelatives = "link-relatives";
    public const string UnlinkRelatives = "unlink-relatives";

    private static readonly JsonSerializerOptions Json = CreateJson();

    public static void Add(RutaDbContext db, TimeProvider clock, ICurrentUser user, string action, Guid personId, object? before, object? after) =>
        db.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, user.UserId, user.UserName, user.AgencyCode, action,
            nameof(Person), personId.ToString(), Serialize(before), Serialize(after),
            correlationId: Activity.Current?.TraceId.ToString()));

    public static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Json);

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        KernelModule.ConfigureJson(options);
        return options;
    }
}
