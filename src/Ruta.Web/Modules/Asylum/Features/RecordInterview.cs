using FluentValidation;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>An eligibility interview, always in person, with an interpreter when needed (LRPCAP arts. 21 párr. quinto y 23).</summary>
public static class RecordInterview
{
    /// <param name="PersonId">Who was interviewed; the applicant when absent.</param>
    /// <param name="InterpreterLanguage">ISO 639-3 code of the interpreter's language, when one took part.</param>
    public sealed record Request(Guid? PersonId, DateOnly? HeldOn, string? InterpreterLanguage, string? Notes);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.HeldOn).ActDate(today, "la fecha de la entrevista");
            RuleFor(r => r.InterpreterLanguage).Must(Languages.IsKnown).When(r => !string.IsNullOrWhiteSpace(r.InterpreterLanguage))
                .WithMessage("Idioma desconocido: use el código ISO 639-3 (p. ej. «hat», «quc», «eng»).");
            RuleFor(r => r.Notes).MaximumLength(AsylumLimits.Text).WithMessage($"Máximo {AsylumLimits.Text} caracteres.");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Interview, id, expectedVersion, request, new Validator(acts.Today), claim =>
            {
                var language = string.IsNullOrWhiteSpace(request.InterpreterLanguage) ? null : Languages.Find(request.InterpreterLanguage)!.Code;
                claim.RecordInterview(request.PersonId ?? claim.ApplicantId, request.HeldOn!.Value, language, request.Notes?.Trim(), acts.Actor());
                return Task.CompletedTask;
            }, ct);
    }
}
