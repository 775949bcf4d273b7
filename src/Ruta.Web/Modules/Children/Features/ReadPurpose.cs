using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>Why a child's file is opened: every read names one and is logged (LGDNNA arts. 99–100; LM art. 112 fr. VI).</summary>
public enum ReadPurpose { CaseFollowUp, Diagnosis, Placement, MigrationDecision, Oversight, Other }

public static class ReadPurposes
{
    public static string Label(ReadPurpose purpose) => purpose switch
    {
        ReadPurpose.CaseFollowUp => "seguimiento del caso",
        ReadPurpose.Diagnosis => "diagnóstico, interés superior y plan",
        ReadPurpose.Placement => "canalización y alojamiento",
        ReadPurpose.MigrationDecision => "decisión migratoria conforme al plan",
        ReadPurpose.Oversight => "supervisión de derechos humanos",
        _ => "otro motivo",
    };

    /// <summary>Parses purpose and detail; an error message (Spanish) when missing or unknown, or "other" without detail.</summary>
    public static (ReadPurpose? Purpose, string? Error) Parse(string? purpose, string? detail)
    {
        var parsed = ChildLabels.Parse<ReadPurpose>(purpose);
        if (parsed is null)
        {
            return (null, "Indique para qué consulta el expediente (purpose): " + ChildLabels.Codes<ReadPurpose>() + ". Toda consulta queda registrada.");
        }

        if (parsed == ReadPurpose.Other && string.IsNullOrWhiteSpace(detail))
        {
            return (null, "Con purpose=other, describa el motivo en purposeDetail.");
        }

        return detail is { Length: > 200 } ? (null, "El detalle del motivo admite como máximo 200 caracteres.") : (parsed, null);
    }

    /// <summary>Adds the "read" audit entry (saved by the caller, with nothing else).</summary>
    public static void Log(RutaDbContext db, TimeProvider clock, ClaimsPrincipal user, Guid caseId, string view, ReadPurpose purpose, string? detail)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(user);
        var text = ChildLabels.Code(purpose) + (string.IsNullOrWhiteSpace(detail) ? "" : ": " + detail.Trim());
        db.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, user.UserId(), user.Identity?.Name, user.AgencyCode(), AuditActions.Read, "ChildCase",
            caseId.ToString(), before: null, after: JsonSerializer.Serialize(new { view }), purpose: text,
            correlationId: Activity.Current?.TraceId.ToString()));
    }
}
