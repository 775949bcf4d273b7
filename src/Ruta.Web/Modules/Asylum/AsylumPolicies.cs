using Microsoft.AspNetCore.Authorization;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum;

/// <summary>
/// The module's authorization policies; each is the same rule as <see cref="AsylumAccess"/>, which
/// the handlers ask again per record (pages and API call the same handlers).
/// </summary>
public static class AsylumPolicies
{
    /// <summary>COMAR officers and supervisors: the file and every act on it.</summary>
    public const string Manage = "asylum.manage";

    /// <summary>COMAR and CNDH auditors (read-only): the worklist and the file.</summary>
    public const string Read = "asylum.read";

    /// <summary>COMAR, and INM where COMAR has no office: filing.</summary>
    public const string File = "asylum.file";

    /// <summary>COMAR supervisors: the recurso decision and the art. 52 determination.</summary>
    public const string Supervise = "asylum.supervise";

    /// <summary>COMAR and INM: recording consular contact with consent.</summary>
    public const string ConsularContact = "asylum.consular-contact";

    /// <summary>COMAR, INM and CNDH auditors: the minimal status.</summary>
    public const string Status = "asylum.status";

    /// <summary>INM officers and supervisors: issuing the TVRH and TRP of a claim's persons.</summary>
    public const string IssueDocuments = "asylum.issue-documents";

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Manage, p => p.RequireAuthenticatedUser().RequireAssertion(c => AsylumAccess.IsComarCaseWorker(c.User)));
        options.AddPolicy(Read, p => p.RequireAuthenticatedUser().RequireAssertion(c => AsylumAccess.CanReadFile(c.User)));
        options.AddPolicy(File, p => p.RequireAuthenticatedUser().RequireAssertion(c => AsylumAccess.CanFile(c.User)));
        options.AddPolicy(Supervise, p => p.RequireAuthenticatedUser().RequireAssertion(c => AsylumAccess.IsComarSupervisor(c.User)));
        options.AddPolicy(ConsularContact, p => p.RequireAuthenticatedUser().RequireAssertion(c => AsylumAccess.CanRecordConsularContact(c.User)));
        options.AddPolicy(IssueDocuments, p => p.RequireAuthenticatedUser().RequireAssertion(c => AsylumAccess.IsInmCaseWorker(c.User)));
        options.AddPolicy(Status, p => p.RequireAuthenticatedUser().RequireAssertion(c => AsylumAccess.CanReadStatus(c.User)));
    }
}
