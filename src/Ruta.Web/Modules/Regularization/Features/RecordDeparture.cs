using FluentValidation;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>The person left the country under the order to leave; late departures are recorded as such.</summary>
public static class RecordDeparture
{
    public sealed record Request(DateOnly? DepartedOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today) => RuleFor(r => r.DepartedOn).ActDate(today, "la fecha de salida del país");
    }

    public sealed class Handler(RegularizationActs acts)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(RegularizationActions.Departure, id, expectedVersion, request, new Validator(acts.Today), async procedure =>
            {
                procedure.RecordDeparture(request.DepartedOn!.Value, acts.Actor());
                await acts.MeetAsync(RegularizationRules.CaseType, procedure.Id, RegularizationRules.DepartureKind, request.DepartedOn.Value, ct);
            }, ct);
    }
}
