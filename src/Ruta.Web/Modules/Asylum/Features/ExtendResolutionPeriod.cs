using FluentValidation;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// Extends the resolution period once, up to 45 more business days, on one of the grounds of LRPCAP
/// art. 24 párr. tercero: I lack of information; II no translator or specialists; III health prevents
/// the interviews; IV the applicant asks to submit evidence; V caso fortuito o fuerza mayor.
/// </summary>
public static class ExtendResolutionPeriod
{
    public static readonly IReadOnlyDictionary<string, string> Grounds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["I"] = "Falta de información para resolver",
        ["II"] = "No hay traductor, intérprete o especialistas",
        ["III"] = "El estado de salud impide las entrevistas",
        ["IV"] = "La persona solicita aportar pruebas",
        ["V"] = "Caso fortuito o fuerza mayor",
    };

    /// <param name="Ground">"I" to "V".</param>
    /// <param name="AgreedOn">Date of the extension agreement; today when absent.</param>
    /// <param name="BusinessDays">1 to 45; 45 when absent.</param>
    public sealed record Request(string? Ground, string? Reason, DateOnly? AgreedOn = null, int? BusinessDays = null);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Ground).NotEmpty().WithMessage("Indique la fracción del art. 24 que funda la ampliación (I a V).")
                .Must(g => g is null || Grounds.ContainsKey(g.Trim().ToUpperInvariant()))
                .WithMessage("La ampliación solo procede por una de las fracciones I a V del art. 24 de la LRPCAP.");
            RuleFor(r => r.Reason).Text("Explique por qué se amplía el plazo.");
            RuleFor(r => r.AgreedOn).Must(d => d <= today).When(r => r.AgreedOn is not null).WithMessage("La fecha no puede ser posterior a hoy.");
            RuleFor(r => r.BusinessDays).InclusiveBetween(1, AsylumRules.MaxExtensionBusinessDays).When(r => r.BusinessDays is not null)
                .WithMessage($"La ampliación es de 1 a {AsylumRules.MaxExtensionBusinessDays} días hábiles.");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Extension, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                var ground = request.Ground!.Trim().ToUpperInvariant();
                var days = request.BusinessDays ?? AsylumRules.MaxExtensionBusinessDays;
                claim.Extend(ground, request.Reason!.Trim(), request.AgreedOn ?? acts.Today, days, acts.Actor());
                var running = (await acts.OpenDeadlinesAsync(claim, AsylumRules.ResolutionKind, ct)).FirstOrDefault()
                    ?? throw new DomainRuleException(AsylumRules.NoResolutionPeriod,
                        "La solicitud no tiene un plazo de resolución abierto que pueda ampliarse.", AsylumRules.ExtensionBasis);
                var extended = await acts.Deadlines.ExtendAsync(running, days,
                    $"Ampliación por la fracción {ground} del art. 24 de la LRPCAP: {request.Reason.Trim()}", ct);
                claim.ResolutionDueDate = extended.DueDate;
            }, ct);
    }
}
