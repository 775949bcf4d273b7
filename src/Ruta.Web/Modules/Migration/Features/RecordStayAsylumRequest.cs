using FluentValidation;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>
/// A person at INM's disposal or presented asks for asylum: the oficio to COMAR is sent at once
/// (LRPCAP art. 21 párr. tercero) and recorded on the stay; the stay continues (measures already
/// ordered stand, art. 21 párr. segundo) and from that day the removal guard refuses to return the
/// person (ASYLUM_REQUESTED) until COMAR's claim takes over.
/// </summary>
public static class RecordStayAsylumRequest
{
    /// <param name="RequestedAt">When the person said so (now if absent).</param>
    public sealed record Request(DateTimeOffset? RequestedAt, string? Statement);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateTimeOffset now, DateTime disposedAt)
        {
            RuleFor(r => r.RequestedAt).Must(d => d is null || d <= now.AddMinutes(5)).WithMessage("La fecha no puede ser posterior a este momento.")
                .Must(d => d is null || d.Value.UtcDateTime >= disposedAt).WithMessage("La fecha no puede ser anterior a la puesta a disposición.");
            RuleFor(r => r.Statement).MaximumLength(MigrationRules.TextMax).WithMessage($"Máximo {MigrationRules.TextMax} caracteres.");
        }
    }

    public sealed class Handler(StayActs acts, GetStationStay.Handler view, TimeProvider clock)
    {
        public async Task<MigrationResult<StationStayView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            var result = await acts.RunAsync(id, expectedVersion, StationStayTrigger.RecordAsylumRequest, request,
                stay => new Validator(clock.GetUtcNow(), stay.DisposedAt), async stay =>
                {
                    var at = (request.RequestedAt ?? clock.GetUtcNow()).UtcDateTime;
                    var where = stay.AdmittedAt is null ? "estando a disposición del Instituto" : "estando presentada en la estación migratoria";
                    var notice = await acts.NotifyComarAsync(stay.PersonId, stay.StationOfficeId, at, where, MigrationRules.StayCaseType, stay.Id,
                        MigrationRules.AsylumWhileHeldBasis, ct);
                    stay.RecordAsylumRequest(at, notice.Id, string.IsNullOrWhiteSpace(request.Statement) ? null : request.Statement.Trim(), acts.Actor());
                }, ct);
            return result.IsOk ? MigrationResult<StationStayView>.Ok((await view.LoadAsync(id, ct))!) : result.As<StationStayView>();
        }
    }
}
