using System.Security.Claims;
using FluentValidation;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Notices;

/// <summary>An officer writes and sends a general oficio to another agency (saved at once).</summary>
public static class SendNotice
{
    /// <param name="RecipientAgency">Agency code, e.g. "INM".</param>
    /// <param name="RecipientOfficeId">Optional office of the recipient agency.</param>
    /// <param name="Subject">"Asunto".</param>
    /// <param name="Body">Plain text.</param>
    /// <param name="LegalBasis">"Fundamento legal".</param>
    /// <param name="PersonId">The person it concerns, if any.</param>
    /// <param name="AcknowledgeWithinHours">Limit for the acknowledgement in hours (1–720)…</param>
    /// <param name="AcknowledgeWithinBusinessDays">…or in business days (1–90), not both.</param>
    public sealed record Request(string? RecipientAgency, Guid? RecipientOfficeId, string? Subject, string? Body, string? LegalBasis,
        Guid? PersonId, int? AcknowledgeWithinHours, int? AcknowledgeWithinBusinessDays);

    public sealed record Sent(Guid Id, string Folio);

    /// <summary>Either the notice sent or the field errors that stopped it.</summary>
    public sealed record Outcome(Sent? Notice, Dictionary<string, string[]> Errors);

    public sealed class Validator : AbstractValidator<Request>
    {
        public static readonly Validator Instance = new();

        public Validator()
        {
            RuleFor(r => r.RecipientAgency).NotEmpty().WithMessage("Elija la dependencia destinataria.");
            RuleFor(r => r.Subject).NotEmpty().WithMessage("Escriba el asunto.")
                .MaximumLength(NoticeLimits.Subject).WithMessage($"Máximo {NoticeLimits.Subject} caracteres.");
            RuleFor(r => r.Body).NotEmpty().WithMessage("Escriba el cuerpo del oficio.")
                .MaximumLength(NoticeLimits.Body).WithMessage($"Máximo {NoticeLimits.Body} caracteres.");
            RuleFor(r => r.LegalBasis).NotEmpty().WithMessage("Escriba el fundamento legal (ley y artículo).")
                .MaximumLength(NoticeLimits.LegalBasis).WithMessage($"Máximo {NoticeLimits.LegalBasis} caracteres.");
            RuleFor(r => r.AcknowledgeWithinHours).InclusiveBetween(1, AcknowledgementLimit.MaxHours)
                .WithMessage($"Debe estar entre 1 y {AcknowledgementLimit.MaxHours} horas.");
            RuleFor(r => r.AcknowledgeWithinBusinessDays).InclusiveBetween(1, AcknowledgementLimit.MaxDays)
                .WithMessage($"Debe estar entre 1 y {AcknowledgementLimit.MaxDays} días hábiles.");
            RuleFor(r => r.AcknowledgeWithinBusinessDays).Null()
                .When(r => r.AcknowledgeWithinHours is not null)
                .WithMessage("Indique el plazo en horas o en días hábiles, no ambos.");
        }
    }

    internal static void Map(RouteGroupBuilder notices)
    {
        notices.MapPost("/", async (Request request, ClaimsPrincipal user, NoticeSender sender, RutaDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var outcome = await HandleAsync(request, sender, db, ct);
                if (outcome.Notice is not { } sent)
                {
                    return Results.ValidationProblem(outcome.Errors, title: "La solicitud tiene datos inválidos");
                }

                return Results.Created($"/api/v1/notices/{sent.Id}", await ReadNotice.LoadAsync(sent.Id, user, db, clock, ct));
            })
            .RequireAuthorization(Policies.CaseWork).WithName("SendNotice")
            .Produces<ReadNotice.Detail>(StatusCodes.Status201Created).ProducesValidationProblem();
    }

    public static async Task<Outcome> HandleAsync(Request request, NoticeSender sender, RutaDbContext db, CancellationToken ct)
    {
        var validation = await Validator.Instance.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return new Outcome(null, validation.ToFieldErrors());
        }

        var notice = new NewNotice(request.RecipientAgency!.Trim().ToUpperInvariant(), NoticeTypes.General, request.Subject!,
            request.Body!, request.LegalBasis!, request.PersonId, RecipientOfficeId: request.RecipientOfficeId,
            AcknowledgeWithin: AcknowledgementLimit.From(request.AcknowledgeWithinHours, request.AcknowledgeWithinBusinessDays));
        var errors = await sender.CheckAsync(notice, ct);
        if (errors.Count > 0)
        {
            return new Outcome(null, errors);
        }

        var sent = await sender.SendAsync(notice, ct);
        await db.SaveChangesAsync(ct);
        return new Outcome(new Sent(sent.Id, sent.Folio), errors);
    }
}
