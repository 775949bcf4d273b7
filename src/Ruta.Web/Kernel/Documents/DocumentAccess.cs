using System.Security.Claims;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Kernel.Documents;

/// <summary>
/// Who may see an issued document: the one rule that filters lists and guards each record (API,
/// pages, QR). Users who read the persons registry (operational officers and supervisors, CNDH
/// auditors) see a person's documents, except documents issued in a case whose type is restricted:
/// those only the listed agencies, the issuing agency and oversight see. Anyone else is told the
/// document does not exist (404).
/// </summary>
public static class DocumentAccess
{
    /// <summary>Case type of asylum claims (the asylum module's aggregate).</summary>
    public const string AsylumClaimCaseType = "AsylumClaim";

    /// <summary>Case type of child-protection cases (the children module's aggregate).</summary>
    public const string ChildCaseCaseType = "ChildCase";

    /// <summary>
    /// Case types whose documents only some agencies see. An asylum claim is confidential: other
    /// authorities ask COMAR for its information (LRPCAP art. 10); INM takes part because it issues
    /// the applicant's TVRH and, once recognised, the residence card.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RestrictedCaseTypes =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [AsylumClaimCaseType] = [AgencyCodes.Comar, AgencyCodes.Inm],
            // A child's TVRH tells that the holder is a migrant child in the protection system (LGDNNA arts. 99–100).
            [ChildCaseCaseType] = [AgencyCodes.Inm, AgencyCodes.ChildProtectionOffice, AgencyCodes.Dif],
        };

    /// <summary>CNDH auditors: read every document, change none.</summary>
    public static bool IsOversight(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Cndh) && user.HasAnyRole(Roles.Auditor);

    /// <summary>An officer or supervisor of an operational agency.</summary>
    public static bool IsCaseWorker(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Operational) && user.HasAnyRole(Roles.Officer, Roles.Supervisor);

    public static IQueryable<IssuedDocument> VisibleTo(this IQueryable<IssuedDocument> documents, ClaimsPrincipal user)
    {
        if (IsOversight(user))
        {
            return documents;
        }

        if (!IsCaseWorker(user))
        {
            return documents.Where(d => false);
        }

        var agency = user.AgencyCode()!;
        var hidden = HiddenCaseTypes(agency);
        return hidden.Count == 0
            ? documents
            : documents.Where(d => d.IssuingAgency == agency || d.CaseType == null || !hidden.Contains(d.CaseType));
    }

    /// <summary>The same rule for one document already loaded.</summary>
    public static bool CanSee(ClaimsPrincipal user, string issuingAgency, string? caseType)
    {
        if (IsOversight(user))
        {
            return true;
        }

        if (!IsCaseWorker(user))
        {
            return false;
        }

        var agency = user.AgencyCode()!;
        return issuingAgency == agency || caseType is null || !HiddenCaseTypes(agency).Contains(caseType);
    }

    /// <summary>Printing makes a copy of the holder's data: the issuing agency's officers and supervisors, and oversight.</summary>
    public static bool CanPrint(ClaimsPrincipal user, string issuingAgency, string? caseType) =>
        CanSee(user, issuingAgency, caseType) && (IsOversight(user) || (IsCaseWorker(user) && user.AgencyCode() == issuingAgency));

    /// <summary>Revocation is reserved to a supervisor of the issuing agency.</summary>
    public static bool CanRevoke(ClaimsPrincipal user, string issuingAgency) =>
        user.IsInAgency(issuingAgency) && user.HasAnyRole(Roles.Supervisor);

    /// <summary>The restricted case types that <paramref name="agency"/> is not listed for.</summary>
    private static List<string> HiddenCaseTypes(string agency) =>
        RestrictedCaseTypes.Where(r => !r.Value.Contains(agency, StringComparer.Ordinal)).Select(r => r.Key).ToList();
}
