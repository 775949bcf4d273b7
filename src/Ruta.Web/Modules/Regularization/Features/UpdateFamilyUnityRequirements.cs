using FluentValidation;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>Records which requirements of the visa or change of condition were presented (an edit: If-Match in the API).</summary>
public static class UpdateFamilyUnityRequirements
{
    public sealed record Request(IReadOnlyList<string>? Presented);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Presented).NotNull().WithMessage("Indique la lista de requisitos presentados (puede estar vacía).")
                .Must(p => Requirements.TryParse(p, out FamilyUnityRequirement _, out _))
                .WithMessage("Requisito desconocido: use " + string.Join(", ", Requirements.FamilyUnity.Values.Select(r => r.Code)) + ".");
        }
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<FamilyUnityView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.FamilyActAsync(RegularizationActions.Requirements, id, expectedVersion, request, new Validator(), procedure =>
            {
                Requirements.TryParse(request.Presented, out FamilyUnityRequirement presented, out _);
                procedure.UpdateRequirements(presented, acts.Today, acts.Actor());
                return Task.CompletedTask;
            }, ct);
    }
}
