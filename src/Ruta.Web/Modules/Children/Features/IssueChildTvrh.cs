using FluentValidation;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// INM issues (or renews) the TVRH of the child and, for an accompanied or separated child, of the
/// adult in charge of their care — at once, with no document and no fee (LM art. 52 fr. V inciso b).
/// Refused for an adult the Procuraduría found contrary to the child's interest.
/// </summary>
public static class IssueChildTvrh
{
    /// <param name="PersonIds">The child and/or the adults in charge; the child when empty.</param>
    /// <param name="ValidUntil">Last day printed; one year by default (the law sets none, LM art. 74 párr. segundo).</param>
    public sealed record Request(IReadOnlyList<Guid>? PersonIds, DateOnly? ValidUntil);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.PersonIds).Must(p => p is null || p.Count <= ChildLimits.MaxAdults + 1).WithMessage("Demasiadas personas.");
            RuleFor(r => r.ValidUntil).Must(d => d is null || d.Value >= today).WithMessage("El último día de vigencia no puede ser pasado.");
        }
    }

    public sealed class Handler(CaseActs acts, DocumentIssuer issuer)
    {
        public async Task<ChildResult<IReadOnlyList<TvrhOutcome>>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            var issued = new List<TvrhOutcome>();
            var result = await acts.RunAsync(caseId, expectedVersion, ChildAccess.IsInm, ChildTrigger.IssueTvrh,
                CaseActs.With(new Validator(acts.Today), request, ct), async child =>
                {
                    var persons = request.PersonIds is { Count: > 0 } ids ? ids.Distinct().ToList() : [child.PersonId];
                    foreach (var person in persons)
                    {
                        issued.Add(await ChildTvrh.IssueAsync(issuer, acts.Db, child, person, acts.Today, request.ValidUntil, ct));
                    }

                    return null;
                }, ct);
            return result.IsOk ? ChildResult<IReadOnlyList<TvrhOutcome>>.Ok(issued) : result.As<IReadOnlyList<TvrhOutcome>>();
        }
    }
}
