using FluentValidation;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// The resolution is notified to the applicant. Positive: recognition takes effect (protection for
/// good, LRPCAP art. 6) and INM is told, to issue the permanent resident cards. Negative: the 15
/// business days of the recurso de revisión start (LRPCAP arts. 25 y 39; LFPA art. 85) and INM is told
/// that protection continues while they run.
/// </summary>
public static class RecordNotification
{
    public sealed record Request(DateOnly? NotifiedOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today) => RuleFor(r => r.NotifiedOn).ActDate(today, "la fecha de notificación");
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Notification, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                claim.Notify(request.NotifiedOn!.Value, acts.Actor());
                var persons = $"la persona señalada en este oficio{ClaimActs.Dependents(claim)}";
                if (claim.IsPositive)
                {
                    var what = claim.Outcome == AsylumOutcome.Refugee ? "reconoció la condición de refugiado" : "otorgó protección complementaria";
                    await acts.NotifyInmAsync(claim, NoticeTypes.AsylumResolution, "Resolución positiva de la solicitud de refugio",
                        $"Se hace de su conocimiento que en la solicitud {claim.Id} la COMAR {what} a {persons}, con efectos desde su notificación " +
                        $"el {claim.NotifiedOn:dd/MM/yyyy}. Procede expedirles la Tarjeta de Residente Permanente. No pueden ser devueltas a su país " +
                        "de origen (LRPCAP art. 6).",
                        AsylumRules.ResolutionNoticeBasis, ct, link: AsylumNoticeLinks.IssuePermanentResidentCards(claim.Id));
                    return;
                }

                var window = await acts.ScheduleAsync(claim, AsylumRules.AppealKind, "Plazo para interponer el recurso de revisión",
                    AsylumRules.AppealBasis, Kernel.Access.AgencyCodes.Comar, AsylumRules.AppealBusinessDays, claim.NotifiedOn!.Value, ct);
                claim.AppealDueDate = window.DueDate;
                await acts.NotifyInmAsync(claim, NoticeTypes.AsylumResolution, "Resolución negativa de la solicitud de refugio",
                    $"Se hace de su conocimiento que la resolución negativa de la solicitud {claim.Id} se notificó el {claim.NotifiedOn:dd/MM/yyyy}. " +
                    $"El plazo para interponer el recurso de revisión vence el {window.DueDate:dd/MM/yyyy}; mientras corre, y si se interpone, " +
                    $"hasta que se resuelva, {persons} no pueden ser devueltas (principio de no devolución).",
                    AsylumRules.ResolutionNoticeBasis + "; " + AsylumRules.AppealBasis, ct);
            }, ct);
    }
}
