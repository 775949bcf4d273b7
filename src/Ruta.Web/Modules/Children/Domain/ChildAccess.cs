using System.Security.Claims;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Modules.Children.Domain;

/// <summary>
/// Who may do what with a child's case. The file (diagnosis, rights, best interest, the child's
/// statements, screening and risk reasons) belongs to the Procuradurías de Protección and DIF; CNDH
/// auditors read it (oversight, read-only). INM sees only its own view: the notices it sends and
/// receives, the canalization, the TVRHs, the outcomes the plan allows and its decision, never the
/// diagnosis or the child's statements (LM art. 112 fr. VI; LGDNNA arts. 99–100). Any operational
/// authority that meets a child identifies them; nothing else is allowed (deny by default).
/// </summary>
public static class ChildAccess
{
    public static bool IsCaseWorker(ClaimsPrincipal user, string agency) =>
        user.IsInAgency(agency) && user.HasAnyRole(Roles.Officer, Roles.Supervisor);

    public static bool IsProcuraduria(ClaimsPrincipal user) => IsCaseWorker(user, AgencyCodes.ChildProtectionOffice);

    /// <summary>Ordering urgent measures itself is the Procurador's act "bajo su más estricta responsabilidad" (LGDNNA art. 122 fr. VII).</summary>
    public static bool IsProcuraduriaSupervisor(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.ChildProtectionOffice) && user.HasAnyRole(Roles.Supervisor);

    public static bool IsDif(ClaimsPrincipal user) => IsCaseWorker(user, AgencyCodes.Dif);

    public static bool IsDifSupervisor(ClaimsPrincipal user) => user.IsInAgency(AgencyCodes.Dif) && user.HasAnyRole(Roles.Supervisor);

    public static bool IsInm(ClaimsPrincipal user) => IsCaseWorker(user, AgencyCodes.Inm);

    /// <summary>INM's decision closes the migration procedure of a child: a supervisor's act in Ruta.</summary>
    public static bool IsInmSupervisor(ClaimsPrincipal user) => user.IsInAgency(AgencyCodes.Inm) && user.HasAnyRole(Roles.Supervisor);

    public static bool IsOversight(ClaimsPrincipal user) => user.IsInAgency(AgencyCodes.Cndh) && user.HasAnyRole(Roles.Auditor);

    /// <summary>The whole file, confidential parts included.</summary>
    public static bool CanReadFile(ClaimsPrincipal user) => IsProcuraduria(user) || IsDif(user) || IsOversight(user);

    /// <summary>INM's view (no diagnosis, no statements); oversight may read it too.</summary>
    public static bool CanReadInmView(ClaimsPrincipal user) => IsInm(user) || IsOversight(user);

    /// <summary>Any operational authority in contact with a child (INM, Grupos Beta, DIF, the Procuraduría, others).</summary>
    public static bool CanIdentify(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Operational) && user.HasAnyRole(Roles.Officer, Roles.Supervisor);

    /// <summary>Care-centre capacity and placements: DIF; oversight reads.</summary>
    public static bool CanReadCare(ClaimsPrincipal user) => IsDif(user) || IsProcuraduria(user) || IsOversight(user);
}
