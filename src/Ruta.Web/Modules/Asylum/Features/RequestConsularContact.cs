using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// Contact with the authorities of the country of origin about a person of the claim (identity or
/// travel documents, family tracing). Once the claim is filed it is refused unless the person's
/// express consent is recorded (LRPCAP art. 21 párr. cuarto); with consent it is recorded. COMAR and
/// INM (which deals with consulates) may ask; the answer carries nothing of the file.
/// </summary>
public static class RequestConsularContact
{
    /// <param name="PersonId">The applicant or a dependent; the applicant when absent.</param>
    /// <param name="ExpressConsent">The person consented expressly to this contact.</param>
    /// <param name="ConsentEvidence">Where the consent is recorded (signed writ, acta), required with consent.</param>
    public sealed record Request(Guid? PersonId, bool? ExpressConsent, DateOnly? ConsentGivenOn, string? ConsentEvidence, string? Purpose);

    public sealed record Recorded(Guid Id, Guid ClaimId, Guid PersonId, DateOnly ConsentGivenOn, DateTime RecordedAt);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.ConsentGivenOn).Must(d => d <= today).When(r => r.ConsentGivenOn is not null)
                .WithMessage("La fecha no puede ser posterior a hoy.");
            RuleFor(r => r.ConsentEvidence).MaximumLength(AsylumLimits.ShortText).WithMessage($"Máximo {AsylumLimits.ShortText} caracteres.");
            RuleFor(r => r.Purpose).Text("Indique para qué se contactaría a las autoridades del país de origen.", AsylumLimits.ShortText);
        }
    }

    public sealed class Handler(ClaimActs acts, RutaDbContext db)
    {
        /// <exception cref="Kernel.Domain.DomainRuleException">No express consent recorded (422, ASYLUM_CONSULAR_CONTACT_WITHOUT_CONSENT).</exception>
        public async Task<AsylumResult<Recorded>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct)
        {
            if (!AsylumActions.MayAct(acts.User, AsylumActions.ConsularContact))
            {
                return AsylumResult<Recorded>.Forbidden();
            }

            AsylumEvent? entry = null;
            var result = await acts.RunAsync(id, expectedVersion, AsylumAccess.CanRecordConsularContact, async claim =>
            {
                claim.EnsureAllowed(AsylumTrigger.RecordConsularContact);
                var validation = await new Validator(acts.Today).ValidateAsync(request, ct);
                if (!validation.IsValid)
                {
                    throw new AsylumInputException(Kernel.Web.Problems.ToFieldErrors(validation));
                }

                entry = claim.RecordConsularContact(request.PersonId ?? claim.ApplicantId, request.ExpressConsent ?? false,
                    request.ConsentGivenOn, request.ConsentEvidence?.Trim(), request.Purpose!.Trim(), acts.Actor());
            }, ct);
            if (!result.IsOk)
            {
                return result.As<Recorded>();
            }

            var saved = await db.Set<AsylumEvent>().AsNoTracking().FirstAsync(e => e.Id == entry!.Id, ct);
            return AsylumResult<Recorded>.Ok(new Recorded(saved.Id, id, saved.PersonId!.Value, saved.OccurredOn, saved.RecordedAt));
        }
    }
}
