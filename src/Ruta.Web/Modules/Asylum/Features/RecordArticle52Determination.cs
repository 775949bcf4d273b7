using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// A COMAR supervisor records, with reasons, that there are "razones fundadas" that a person is a
/// danger to national security, or that a final conviction for a grave crime makes them a threat to
/// society (LRPCAP art. 52). The only act that lifts the protection against return after
/// recognition, and only for the person it names.
/// </summary>
public static class RecordArticle52Determination
{
    public static readonly IReadOnlyDictionary<string, Article52Ground> GroundValues = new Dictionary<string, Article52Ground>(StringComparer.OrdinalIgnoreCase)
    {
        ["national-security"] = Article52Ground.NationalSecurity,
        ["grave-crime"] = Article52Ground.GraveCrime,
    };

    /// <param name="PersonId">The person it concerns; the applicant when absent.</param>
    /// <param name="Ground">"national-security" or "grave-crime".</param>
    public sealed record Request(Guid? PersonId, string? Ground, DateOnly? DeterminedOn, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Ground).NotEmpty().WithMessage("Indique el supuesto: national-security o grave-crime.")
                .Must(g => g is null || GroundValues.ContainsKey(g.Trim())).WithMessage("Indique el supuesto: national-security o grave-crime.");
            RuleFor(r => r.DeterminedOn).ActDate(today, "la fecha de la determinación");
            RuleFor(r => r.Reasons).Text("La determinación debe estar fundada y motivada: escriba las razones.");
        }
    }

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Article52Determination, id, expectedVersion, request, new Validator(acts.Today), async claim =>
            {
                var personId = request.PersonId ?? claim.ApplicantId;
                var already = await acts.Db.Set<Article52Determination>().AnyAsync(a => a.ClaimId == id && a.PersonId == personId, ct);
                claim.DetermineArticle52(personId, GroundValues[request.Ground!.Trim()], request.DeterminedOn!.Value, request.Reasons!.Trim(),
                    already, acts.Actor());
                await acts.NotifyInmAsync(claim, NoticeTypes.AsylumResolution, "Determinación del art. 52 de la LRPCAP",
                    $"Se hace de su conocimiento que el {request.DeterminedOn:dd/MM/yyyy} la COMAR determinó, respecto de la persona {personId} " +
                    $"de la solicitud {claim.Id}, que se actualiza el supuesto del art. 52 de la LRPCAP. Su protección contra la devolución queda " +
                    "sin efecto; la de las demás personas de la solicitud continúa. Toda medida de salida sigue sujeta a la verificación de no devolución.",
                    AsylumRules.Article52Basis, ct);
            }, ct);
    }
}
