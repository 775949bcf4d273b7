using FluentValidation;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// The applicant files a recurso de revisión against the negative resolution. Filed within the 15
/// business days it keeps the protection until decided; filed after, it is refused, "se tendrá por no
/// interpuesto" (LFPA art. 88 fr. I).
/// </summary>
public static class FileAppeal
{
    public sealed record Request(DateOnly? FiledOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today) => RuleFor(r => r.FiledOn).ActDate(today, "la fecha de presentación del recurso");
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Appeal, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                claim.FileAppeal(request.FiledOn!.Value, acts.Actor());
                await acts.MeetAsync(claim, AsylumRules.AppealKind, request.FiledOn!.Value, ct);
                await acts.NotifyInmAsync(claim, AsylumNoticeTypes.AppealFiled, "Recurso de revisión interpuesto: continúa la protección",
                    $"Se hace de su conocimiento que el {claim.AppealFiledOn:dd/MM/yyyy} se interpuso en tiempo recurso de revisión contra la " +
                    $"resolución negativa de la solicitud {claim.Id}. Hasta que se resuelva, la persona señalada en este oficio" +
                    $"{ClaimActs.Dependents(claim)} no puede ser devuelta.",
                    AsylumRules.AppealBasis, ct);
            }, ct);
    }
}
