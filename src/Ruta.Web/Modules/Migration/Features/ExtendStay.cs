using FluentValidation;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>
/// Exceeding the 15 business days of LM art. 111, only on a ground of its fractions I–V, recorded
/// before the period ends: on I–IV the stay may last up to 60 business days from the presentación,
/// once; on V (recourse or amparo that forbids the transfer) the statute sets no cap and the limit is suspended.
/// </summary>
public static class ExtendStay
{
    /// <param name="Ground">The fraction: "I", "II", "III", "IV" or "V".</param>
    /// <param name="AgreedOn">The date of the agreement (today if absent).</param>
    public sealed record Request(string? Ground, string? Reason, DateOnly? AgreedOn);

    public static readonly IReadOnlyDictionary<string, StayExtensionGround> Grounds =
        new Dictionary<string, StayExtensionGround>(StringComparer.OrdinalIgnoreCase)
        {
            ["I"] = StayExtensionGround.IdentityOrDocuments,
            ["II"] = StayExtensionGround.ConsularDelay,
            ["III"] = StayExtensionGround.TransitObstacle,
            ["IV"] = StayExtensionGround.IllnessOrDisability,
            ["V"] = StayExtensionGround.RecourseOrAmparo,
        };

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today, DateOnly admittedOn)
        {
            RuleFor(r => r.Ground).NotEmpty().WithMessage("Indique la fracción del art. 111 de la Ley de Migración (I a V).")
                .Must(g => g is null || Grounds.ContainsKey(g.Trim())).WithMessage("Indique la fracción del art. 111 de la Ley de Migración (I a V).");
            RuleFor(r => r.Reason).NotEmpty().WithMessage("Escriba los motivos de la ampliación.")
                .MaximumLength(MigrationRules.TextMax).WithMessage($"Máximo {MigrationRules.TextMax} caracteres.");
            RuleFor(r => r.AgreedOn).Must(d => d is null || d <= today).WithMessage("La fecha no puede ser posterior a hoy.")
                .Must(d => d is null || d >= admittedOn).WithMessage("La fecha no puede ser anterior a la presentación.");
        }
    }

    public sealed class Handler(StayActs acts, GetStationStay.Handler view)
    {
        /// <exception cref="DomainRuleException">The limit is not running, was already extended to the cap, or ended before the agreement.</exception>
        public async Task<MigrationResult<StationStayView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            var result = await acts.RunAsync(id, expectedVersion, StationStayTrigger.Extend, request,
                stay => new Validator(acts.Today, MexicoCity.DateOf(stay.AdmittedAt ?? stay.DisposedAt)), async stay =>
                {
                    var ground = Grounds[request.Ground!.Trim()];
                    var agreedOn = request.AgreedOn ?? acts.Today;
                    var open = (await acts.RunningDeadlinesAsync(stay, MigrationRules.StayLimitKind, ct))
                        .FirstOrDefault(d => d.Status == DeadlineStatus.Open);
                    if (open is null)
                    {
                        throw new DomainRuleException(MigrationRules.StayLimitNotRunning,
                            "El plazo de alojamiento no está en curso: venció, o está suspendido por un recurso o amparo (fracción V). " +
                            "Resuelva la situación de la persona o póngala en libertad.", MigrationRules.ExtensionBasis);
                    }

                    if (agreedOn > open.DueDate)
                    {
                        throw new DomainRuleException(MigrationRules.ExtensionAfterLimit,
                            $"El plazo de alojamiento venció el {open.DueDate:yyyy-MM-dd}: la ampliación debe acordarse antes.", MigrationRules.ExtensionBasis);
                    }

                    // Refuses a second extension on I–IV (the cap is reached) before the deadline moves.
                    stay.Extend(ground, request.Reason!.Trim(), agreedOn, acts.Actor());

                    await acts.MoveStayLimitAsync(open, ground, request.Reason!.Trim(), ct);
                }, ct);
            return result.IsOk ? MigrationResult<StationStayView>.Ok((await view.LoadAsync(id, ct))!) : result.As<StationStayView>();
        }
    }
}
