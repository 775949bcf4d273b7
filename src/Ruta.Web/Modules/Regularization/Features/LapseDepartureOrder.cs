using FluentValidation;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// The exit period ended and no departure is recorded: the order was not complied with, which makes
/// the person deportable (LM art. 144 fr. VI); the station bar and the removal block lift.
/// </summary>
public static class LapseDepartureOrder
{
    public sealed record Request;

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, int? expectedVersion, CancellationToken ct) =>
            acts.ActAsync(RegularizationActions.DepartureOrderLapse, id, expectedVersion, new Request(), new InlineValidator<Request>(), procedure =>
            {
                procedure.LapseDepartureOrder(acts.Today, acts.Actor());
                return Task.CompletedTask;
            }, ct);
    }
}
