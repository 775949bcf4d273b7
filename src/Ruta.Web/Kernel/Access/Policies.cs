using Microsoft.AspNetCore.Authorization;

namespace Ruta.Web.Kernel.Access;

/// <summary>
/// Named authorization policies. Everything is denied unless a policy allows it: the fallback
/// policy requires an authenticated user, and each page folder and API group names its policy.
/// </summary>
public static class Policies
{
    public const string PersonsRead = "persons.read";
    public const string PersonsWrite = "persons.write";
    public const string PersonsDelete = "persons.delete";
    public const string AuditRead = "audit.read";
    public const string UsersManage = "users.manage";
    public const string ReferenceDataManage = "reference.manage";
    public const string CaseWork = "casework";
    public const string RemovalCheck = "removal.check";
    public const string RemovalRecord = "removal.record";

    /// <summary>Any signed-in user (own account, calculator); named so menu entries can refer to it.</summary>
    public const string Authenticated = "authenticated";
    public const string NoticesRead = "notices.read";
    public const string DocumentsRevoke = "documents.revoke";

    public static void Register(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Authenticated, p => p.RequireAuthenticatedUser());

        options.AddPolicy(PersonsRead, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            (c.User.IsInAgency(AgencyCodes.Operational) && c.User.HasAnyRole(Roles.Officer, Roles.Supervisor))
            || (c.User.IsInAgency(AgencyCodes.Cndh) && c.User.HasAnyRole(Roles.Auditor))));
        options.AddPolicy(PersonsWrite, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.IsInAgency(AgencyCodes.Operational) && c.User.HasAnyRole(Roles.Officer, Roles.Supervisor)));
        options.AddPolicy(PersonsDelete, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.IsInAgency(AgencyCodes.Operational) && c.User.HasAnyRole(Roles.Supervisor)));
        options.AddPolicy(CaseWork, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.IsInAgency(AgencyCodes.Operational) && c.User.HasAnyRole(Roles.Officer, Roles.Supervisor)));
        options.AddPolicy(NoticesRead, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            (c.User.IsInAgency(AgencyCodes.Operational) && c.User.HasAnyRole(Roles.Officer, Roles.Supervisor))
            || (c.User.IsInAgency(AgencyCodes.Cndh) && c.User.HasAnyRole(Roles.Auditor))));
        // Revoking an issued document is a supervisor's act; which documents is decided per record (DocumentAccess.CanRevoke).
        options.AddPolicy(DocumentsRevoke, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.IsInAgency(AgencyCodes.Operational) && c.User.HasAnyRole(Roles.Supervisor)));
        options.AddPolicy(AuditRead, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            (c.User.IsInAgency(AgencyCodes.Administration) && c.User.HasAnyRole(Roles.Administrator))
            || c.User.HasAnyRole(Roles.Auditor)));
        // Asking the removal guard: INM (removes people and controls the border), COMAR (non-refoulement of
        // applicants), the Procuradurías and DIF (children's protection plans decide their return) and SRE
        // (consular side of returns) need the answer before they act; CNDH auditors oversee it. Grupos Beta
        // are humanitarian and have no migration powers, so they are not asked to vet removals.
        options.AddPolicy(RemovalCheck, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            (c.User.IsInAgency(AgencyCodes.Inm, AgencyCodes.Comar, AgencyCodes.ChildProtectionOffice, AgencyCodes.Dif, AgencyCodes.Sre)
                && c.User.HasAnyRole(Roles.Officer, Roles.Supervisor))
            || (c.User.IsInAgency(AgencyCodes.Cndh) && c.User.HasAnyRole(Roles.Auditor))));
        // Scheduling a removal is an INM act (assisted return, deportation, rejection); Ruta reserves it to INM supervisors.
        options.AddPolicy(RemovalRecord, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.IsInAgency(AgencyCodes.Inm) && c.User.HasAnyRole(Roles.Supervisor)));
        // Any agency's administrator; which accounts they may touch is decided per record (UserAdministration.MayManage).
        options.AddPolicy(UsersManage, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        options.AddPolicy(ReferenceDataManage, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.IsInAgency(AgencyCodes.Administration) && c.User.HasAnyRole(Roles.Administrator)));
    }
}
