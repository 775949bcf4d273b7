using FluentValidation;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// Records which requirements of LM art. 135 the person has presented (an edit of the procedure:
/// the API needs If-Match). Requirements that do not apply to the ground are ignored.
/// </summary>
public static class UpdateRegularizationRequirements
{
    public sealed record Request(IReadOnlyList<string>? Presented);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Presented).NotNull().WithMessage("Indique la lista de requisitos presentados (puede estar vacía).")
                .Must(p => Requirements.TryParse(p, out RegularizationRequirement _, out _))
                .WithMessage("Requisito desconocido: use " + string.Join(", ", Requirements.Regularization.Values.Select(r => r.Code)) + ".");
        }
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RegularizationActions.Requirements, id, expectedVersion, request, new Validator(), procedure =>
            {
                Requirements.TryParse(request.Presented, out RegularizationRequirement presented, out _);
                procedure.UpdateRequirements(presented, acts.Today, acts.Actor());
                return Task.CompletedTask;
            }, ct);
    }
}
