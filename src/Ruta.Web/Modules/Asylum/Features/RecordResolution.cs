using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// The written, reasoned resolution (LRPCAP art. 24): refugee status, complementary protection, or
/// rejected, which must record that complementary protection was assessed (LRPCAP art. 28). Not
/// while an opinion request is still within its 15 business days.
/// </summary>
public static class RecordResolution
{
    public static readonly IReadOnlyDictionary<string, AsylumOutcome> Outcomes = new Dictionary<string, AsylumOutcome>(StringComparer.OrdinalIgnoreCase)
    {
        ["refugee"] = AsylumOutcome.Refugee,
        ["complementary-protection"] = AsylumOutcome.ComplementaryProtection,
        ["rejected"] = AsylumOutcome.Rejected,
    };

    /// <param name="Outcome">"refugee", "complementary-protection" or "rejected".</param>
    public sealed record Request(string? Outcome, DateOnly? ResolvedOn, string? Reasons, bool? ComplementaryProtectionAssessed);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Outcome).NotEmpty().WithMessage("Indique el sentido: refugee, complementary-protection o rejected.")
                .Must(o => o is null || Outcomes.ContainsKey(o.Trim()))
                .WithMessage("Indique el sentido: refugee, complementary-protection o rejected.");
            RuleFor(r => r.ResolvedOn).ActDate(today, "la fecha de la resolución");
            RuleFor(r => r.Reasons).Text("La resolución debe estar fundada y motivada: escriba sus fundamentos y motivos.");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Resolution, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                var openOpinions = await acts.Db.Set<Deadline>().AsNoTracking()
                    .Where(d => d.CaseType == AsylumRules.CaseType && d.CaseId == id && d.Kind == AsylumRules.OpinionKind
                        && d.Status == DeadlineStatus.Open)
                    .Select(d => d.DueDate).ToListAsync(ct);
                claim.Resolve(Outcomes[request.Outcome!.Trim()], request.ResolvedOn!.Value, request.Reasons!.Trim(),
                    request.ComplementaryProtectionAssessed ?? false, openOpinions, acts.Actor());
                await acts.MeetAsync(claim, AsylumRules.ResolutionKind, request.ResolvedOn!.Value, ct);
            }, ct);
    }
}
