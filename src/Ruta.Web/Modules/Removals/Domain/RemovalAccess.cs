using System.Security.Claims;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Removal;

namespace Ruta.Web.Modules.Removals.Domain;

/// <summary>
/// Who may do what with removals. Removing a person is INM's (LM arts. 115 and 143): INM officers
/// record assisted-return requests, rights, schedules, executions and amparos; only an INM supervisor
/// orders a deportation or revokes one, because the order is a resolution of authority that ends the
/// administrative migration procedure and restricts re-entry (LM arts. 143–144). CNDH auditors read.
/// </summary>
public static class RemovalAccess
{
    public static bool IsInmCaseWorker(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Inm) && user.HasAnyRole(Roles.Officer, Roles.Supervisor);

    public static bool IsInmSupervisor(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Inm) && user.HasAnyRole(Roles.Supervisor);

    public static bool IsOversight(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Cndh) && user.HasAnyRole(Roles.Auditor);

    public static bool CanRead(ClaimsPrincipal user) => IsInmCaseWorker(user) || IsOversight(user);

    /// <summary>Assisted return: any INM case worker; deportation: an INM supervisor.</summary>
    public static bool CanStart(ClaimsPrincipal user, RemovalKind kind) =>
        kind == RemovalKind.Deportation ? IsInmSupervisor(user) : IsInmCaseWorker(user);

    /// <summary>Withdrawing an assisted-return request: any INM case worker; revoking a deportation order: a supervisor.</summary>
    public static bool CanCancel(ClaimsPrincipal user, RemovalKind kind) => CanStart(user, kind);
}
