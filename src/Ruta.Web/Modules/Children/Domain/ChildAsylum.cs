using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Children.Domain;

/// <summary>
/// What the child-protection chain reads from the asylum procedure (its public query, the one its
/// removal rule runs): whether the child is an applicant or dependent of a claim COMAR has not
/// finally resolved. The asylum module keeps the claim confidential; only this yes/no crosses.
/// </summary>
public static class ChildAsylum
{
    public static async Task<bool> ClaimActiveAsync(RutaDbContext db, Guid personId, CancellationToken ct)
    {
        var claims = await AsylumRemovalRule.ClaimsOfAsync(db, personId, ct);
        return claims.Any(c => AsylumProcedure.IsPending(c.Status)
            || c.Status is AsylumClaimStatus.AppealWindowOpen or AsylumClaimStatus.AppealPending);
    }
}
