using FluentValidation;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>
/// Records that a right of LM art. 119 (assisted return) or art. 122 (deportation) was given, or declined
/// by the person where the law leaves it to them (consulate, family notice, lawyer).
/// </summary>
public static class RecordRight
{
    /// <param name="Right">Kebab-case code of <see cref="RemovalRight"/>, e.g. "consular-protection-information".</param>
    public sealed record Request(string? Right, DateOnly? GivenOn, bool? Declined, string? Notes);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Right).Must(r => RemovalRights.TryParse(r, out _))
                .WithMessage("Indique el derecho: " + string.Join(", ", Enum.GetValues<RemovalRight>().Select(RemovalRights.Code)) + ".");
            RuleFor(r => r.GivenOn).ActDate(today, "la fecha en que se informó u otorgó");
            RuleFor(r => r.Notes).MaximumLength(2000).WithMessage("Máximo 2000 caracteres.");
        }
    }

    public sealed class Handler(RemovalActs acts)
    {
        public Task<RemovalsResult<RemovalView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RemovalActions.Rights, id, expectedVersion, request, new Validator(acts.Today), removal =>
            {
                RemovalRights.TryParse(request.Right, out var right);
                removal.RecordRight(right, request.GivenOn!.Value, request.Declined ?? false,
                    string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(), acts.Actor());
                return Task.CompletedTask;
            }, ct);
    }
}
