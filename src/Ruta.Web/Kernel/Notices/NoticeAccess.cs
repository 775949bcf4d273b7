using System.Security.Claims;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Kernel.Notices;

/// <summary>
/// Who may see an oficio: the sender agency and the recipient agency (their officers and
/// supervisors), and oversight (CNDH auditors) read-only. Everyone else is told it does not exist
/// (404), not that it is forbidden. The same rule filters lists and guards each record.
/// </summary>
public static class NoticeAccess
{
    /// <summary>Oversight reads every notice and changes none.</summary>
    public static bool IsOversight(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Cndh) && user.HasAnyRole(Roles.Auditor);

    /// <summary>An officer or supervisor of an operational agency: may send and, as recipient, acknowledge.</summary>
    public static bool IsCaseWorker(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Operational) && user.HasAnyRole(Roles.Officer, Roles.Supervisor);

    public static IQueryable<OfficialNotice> VisibleTo(this IQueryable<OfficialNotice> notices, ClaimsPrincipal user)
    {
        if (IsOversight(user))
        {
            return notices;
        }

        var agency = IsCaseWorker(user) ? user.AgencyCode() : null;
        return agency is null
            ? notices.Where(n => false)
            : notices.Where(n => n.SenderAgency == agency || n.RecipientAgency == agency);
    }

    public static bool CanSee(ClaimsPrincipal user, OfficialNotice notice) =>
        IsOversight(user)
        || (IsCaseWorker(user) && (notice.SenderAgency == user.AgencyCode() || notice.RecipientAgency == user.AgencyCode()));

    /// <summary>Only the recipient agency's officers and supervisors receive and acknowledge.</summary>
    public static bool IsRecipient(ClaimsPrincipal user, string recipientAgency) =>
        IsCaseWorker(user) && user.AgencyCode() == recipientAgency;
}
