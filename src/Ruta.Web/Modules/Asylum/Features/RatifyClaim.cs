using FluentValidation;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// The applicant ratifies in person a claim a representative filed (3 business days, LRPCAP art. 11);
/// the claim is then held as filed and COMAR issues each person's constancia de trámite with the ratification.
/// </summary>
public static class RatifyClaim
{
    public sealed record Request(DateOnly? RatifiedOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today) => RuleFor(r => r.RatifiedOn).ActDate(today, "la fecha de ratificación");
    }

    public sealed class Handler(ClaimActs acts, DocumentIssuer issuer)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Ratification, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                claim.Ratify(request.RatifiedOn!.Value, acts.Actor());
                await acts.MeetAsync(claim, AsylumRules.RatificationKind, request.RatifiedOn!.Value, ct);
                if (FileAsylumClaim.Handler.CertificateDue(claim.Status))
                {
                    await IssueAsylumDocument.IssueCertificatesAsync(issuer, claim, claim.PersonIds, officeId: null, ct);
                }
            }, ct);
    }
}
