using System.Security.Claims;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>
/// Who may do what with asylum claims. The file is confidential (LRPCAP art. 10): COMAR works it,
/// CNDH auditors read it; INM files claims only where COMAR has no office, and otherwise sees the
/// oficios and the minimal status (claim exists, status, protected until) it needs for TVRH and TRP.
/// </summary>
public static class AsylumAccess
{
    /// <summary>COMAR officers and supervisors: every act on a claim.</summary>
    public static bool IsComarCaseWorker(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Comar) && user.HasAnyRole(Roles.Officer, Roles.Supervisor);

    /// <summary>COMAR supervisors: the acts the law gives a superior (recurso decision, art. 52 determination).</summary>
    public static bool IsComarSupervisor(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Comar) && user.HasAnyRole(Roles.Supervisor);

    public static bool IsInmCaseWorker(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Inm) && user.HasAnyRole(Roles.Officer, Roles.Supervisor);

    public static bool IsOversight(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Cndh) && user.HasAnyRole(Roles.Auditor);

    /// <summary>Reads the whole file (interviews, evidence, opinions, reasons).</summary>
    public static bool CanReadFile(ClaimsPrincipal user) => IsComarCaseWorker(user) || IsOversight(user);

    /// <summary>Files a claim: COMAR anywhere; INM at its own offices in states where COMAR has no office.</summary>
    public static bool CanFile(ClaimsPrincipal user) => IsComarCaseWorker(user) || IsInmCaseWorker(user);

    /// <summary>Records consular contact (with consent): COMAR, and INM, which deals with consulates for identity and travel documents.</summary>
    public static bool CanRecordConsularContact(ClaimsPrincipal user) => IsComarCaseWorker(user) || IsInmCaseWorker(user);

    /// <summary>Reads the minimal status: COMAR, INM (to document the person) and oversight.</summary>
    public static bool CanReadStatus(ClaimsPrincipal user) => IsComarCaseWorker(user) || IsInmCaseWorker(user) || IsOversight(user);
}
