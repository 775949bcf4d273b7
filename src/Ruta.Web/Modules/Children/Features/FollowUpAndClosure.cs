using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>Stage VI: the Procuraduría (or DIF) follows up a measure of the plan in force until it is fulfilled (LGDNNA art. 123 fr. VI).</summary>
public static class RecordFollowUp
{
    /// <param name="Status">"pending", "in-progress" or "fulfilled".</param>
    /// <param name="NextFollowUpOn">Required unless fulfilled.</param>
    public sealed record Request(Guid? MeasureId, DateOnly? FollowedUpOn, string? Status, string? Notes, DateOnly? NextFollowUpOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.MeasureId).NotEmpty().WithMessage("Elija la medida.");
            RuleFor(r => r.FollowedUpOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Status).Must(v => ChildLabels.Parse<MeasureStatus>(v) is not null).WithMessage("Indique: pending, in-progress o fulfilled.");
            RuleFor(r => r.Notes).NotEmpty().WithMessage("Escriba lo observado en el seguimiento.").MaximumLength(ChildLimits.Text);
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, u => ChildAccess.IsProcuraduria(u) || ChildAccess.IsDif(u), ChildTrigger.RecordFollowUp,
                CaseActs.With(new Validator(acts.Today), request, ct), child => Task.FromResult<Guid?>(child.RecordFollowUp(request.MeasureId!.Value,
                    request.FollowedUpOn ?? acts.Today, ChildLabels.Parse<MeasureStatus>(request.Status)!.Value, request.Notes!.Trim(),
                    request.NextFollowUpOn, acts.Actor()).Id), ct);
    }
}

/// <summary>
/// The Procuraduría closes the case: rights restored (every measure fulfilled, LGDNNA art. 123 fr.
/// VI), the person is no longer a child, or the child left the country under INM's decision. An
/// active placement ends with it and the centre's places are recounted.
/// </summary>
public static class CloseCase
{
    /// <param name="Reason">"rights-restored", "reached-adulthood" or "left-country".</param>
    public sealed record Request(string? Reason, DateOnly? ClosedOn, string? Notes);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Reason).Must(v => ChildLabels.Parse<ChildClosingReason>(v) is not null)
                .WithMessage("Indique la causa: rights-restored, reached-adulthood o left-country.");
            RuleFor(r => r.ClosedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Notes).NotEmpty().WithMessage("Escriba las razones de la conclusión.").MaximumLength(ChildLimits.Text);
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public async Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            var reason = ChildLabels.Parse<ChildClosingReason>(request.Reason);
            return await acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria,
                reason == ChildClosingReason.RightsRestored ? ChildTrigger.CloseRestored : ChildTrigger.CloseEnded,
                CaseActs.With(new Validator(acts.Today), request, ct), async child =>
                {
                    var placement = child.ActivePlacement;
                    var on = request.ClosedOn ?? acts.Today;
                    if (reason == ChildClosingReason.RightsRestored)
                    {
                        child.CloseRestored(on, request.Notes!.Trim(), acts.Actor());
                    }
                    else
                    {
                        var birth = await acts.Db.Set<Person>().AsNoTracking().Where(p => p.Id == child.PersonId)
                            .Select(p => new { p.BirthDate, p.BirthDateEstimated }).FirstAsync(ct);
                        child.CloseEnded(reason!.Value, on, request.Notes!.Trim(), Person.IsChildOn(birth.BirthDate, birth.BirthDateEstimated, on),
                            acts.Actor());
                    }

                    if (placement is not null)
                    {
                        await EndPlacement.RecountAsync(acts, placement, ct);
                    }

                    return null;
                }, ct);
        }
    }
}
