using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>The consulted agency's opinion arrived: recorded and its deadline closed (met, or missed if late).</summary>
public static class RecordOpinionResponse
{
    /// <param name="RequestId">The timeline entry of the opinion request it answers.</param>
    public sealed record Request(Guid? RequestId, DateOnly? ReceivedOn, string? Summary);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.RequestId).NotEmpty().WithMessage("Indique la solicitud de opinión que se responde.");
            RuleFor(r => r.ReceivedOn).ActDate(today, "la fecha de recepción de la opinión");
            RuleFor(r => r.Summary).Text("Resuma la opinión recibida.");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.OpinionResponse, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                var requested = await acts.Db.Set<AsylumEvent>().AsNoTracking()
                    .FirstOrDefaultAsync(e => e.Id == request.RequestId && e.ClaimId == id && e.Kind == AsylumEventKind.OpinionRequested, ct)
                    ?? throw new AsylumInputException("requestId", "No existe esa solicitud de opinión en esta solicitud de refugio.");
                if (await acts.Db.Set<AsylumEvent>().AnyAsync(e => e.RelatedEventId == requested.Id && e.Kind == AsylumEventKind.OpinionReceived, ct))
                {
                    throw new AsylumInputException("requestId", "Esa opinión ya está registrada.");
                }

                claim.RecordOpinion(requested, request.ReceivedOn!.Value, request.Summary!.Trim(), acts.Actor());
                if (requested.DeadlineId is { } deadlineId
                    && await acts.Db.Set<Deadline>().FirstOrDefaultAsync(d => d.Id == deadlineId && d.Status == DeadlineStatus.Open, ct) is { } open)
                {
                    acts.Meet(open, request.ReceivedOn.Value);
                }
            }, ct);
    }
}
