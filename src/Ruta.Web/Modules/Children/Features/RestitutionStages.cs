using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>Stage I: the Procuraduría receives the case (LGDNNA art. 123 fr. I); its oficio is acknowledged in the same transaction.</summary>
public static class ReceiveCase
{
    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria, ChildTrigger.ReceiveCase, null, async child =>
            {
                child.ReceiveCase(acts.Actor());
                if (child.NoticeId is { } noticeId
                    && await acts.Db.Set<OfficialNotice>().FirstOrDefaultAsync(n => n.Id == noticeId, ct) is { IsPending: true } notice)
                {
                    var actor = acts.Actor();
                    notice.Acknowledge(actor.Now, actor.UserId, actor.UserName ?? "", actor.Agency ?? "");
                    foreach (var deadline in await acts.Db.Set<Deadline>()
                                 .Where(d => d.CaseType == OfficialNotice.CaseTypeName && d.CaseId == noticeId && d.Status == DeadlineStatus.Open)
                                 .ToListAsync(ct))
                    {
                        deadline.Status = AcknowledgementDue.IsPast(deadline.DueDate, deadline.DueAt, actor.Now) ? DeadlineStatus.Missed : DeadlineStatus.Met;
                        deadline.ClosedAt = actor.Now;
                    }
                }

                return null;
            }, ct);
    }
}

/// <summary>Stage II: the Procuraduría approaches the family or place and diagnoses the situation (LGDNNA art. 123 fr. II). Confidential.</summary>
public static class DiagnoseFamily
{
    public sealed record Request(DateOnly? DiagnosedOn, string? Diagnosis);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.DiagnosedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Diagnosis).NotEmpty().WithMessage("Escriba el diagnóstico de la situación familiar.")
                .MaximumLength(ChildLimits.Text).WithMessage($"Máximo {ChildLimits.Text} caracteres.");
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria, ChildTrigger.DiagnoseFamily,
                CaseActs.With(new Validator(acts.Today), request, ct), child =>
                {
                    child.DiagnoseFamily(request.DiagnosedOn ?? acts.Today, request.Diagnosis!.Trim(), acts.Actor());
                    return Task.FromResult<Guid?>(null);
                }, ct);
    }
}

/// <summary>Stage III: the rights restricted or violated (LGDNNA art. 123 fr. III). At least one finding.</summary>
public static class DetermineRights
{
    public sealed record Finding(string? Right, bool Violated, string? Notes);

    public sealed record Request(DateOnly? DeterminedOn, IReadOnlyList<Finding>? Findings);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.DeterminedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Findings).NotEmpty().WithMessage("Indique al menos un derecho restringido o vulnerado.")
                .Must(f => f is null || f.Count <= ChildLimits.MaxItems).WithMessage($"Máximo {ChildLimits.MaxItems}.");
            RuleForEach(r => r.Findings).ChildRules(f =>
            {
                f.RuleFor(x => x.Right).NotEmpty().WithMessage("Escriba el derecho.").MaximumLength(ChildLimits.ShortText);
                f.RuleFor(x => x.Notes).MaximumLength(ChildLimits.Text);
            });
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria, ChildTrigger.DetermineRights,
                CaseActs.With(new Validator(acts.Today), request, ct), child =>
                {
                    child.DetermineRights(request.DeterminedOn ?? acts.Today,
                        [.. request.Findings!.Select(f => (f.Right!.Trim(), f.Violated, string.IsNullOrWhiteSpace(f.Notes) ? null : f.Notes.Trim()))],
                        acts.Actor());
                    return Task.FromResult<Guid?>(null);
                }, ct);
    }
}

/// <summary>
/// Stage IV: the best-interest determination — who took part, the child's opinion heard and recorded,
/// and the reasons (LGDNNA arts. 2, 92 fr. IV and IX, 123 fr. IV).
/// </summary>
public static class DetermineBestInterest
{
    public sealed record Participant(string? Name, string? Role);

    /// <param name="ChildOpinion">What the child said, in their words (confidential).</param>
    /// <param name="OpinionNotHeardReason">Only for a child under 12 who could not express it, why.</param>
    public sealed record Request(DateOnly? DeterminedOn, IReadOnlyList<Participant>? Participants, string? ChildOpinion, string? OpinionNotHeardReason,
        string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.DeterminedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Participants).NotEmpty().WithMessage("Indique quiénes participaron en la determinación.")
                .Must(p => p is null || p.Count <= ChildLimits.MaxItems).WithMessage($"Máximo {ChildLimits.MaxItems}.");
            RuleForEach(r => r.Participants).ChildRules(p =>
            {
                p.RuleFor(x => x.Name).NotEmpty().WithMessage("Escriba el nombre.").MaximumLength(ChildLimits.Name);
                p.RuleFor(x => x.Role).NotEmpty().WithMessage("Escriba la institución o el papel.").MaximumLength(ChildLimits.Name);
            });
            RuleFor(r => r.ChildOpinion).MaximumLength(ChildLimits.Text);
            RuleFor(r => r.OpinionNotHeardReason).MaximumLength(ChildLimits.Text);
            RuleFor(r => r.Reasons).NotEmpty().WithMessage("Escriba las razones de la determinación (fundada y motivada).")
                .MaximumLength(ChildLimits.Text);
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria, ChildTrigger.DetermineBestInterest,
                CaseActs.With(new Validator(acts.Today), request, ct), async child =>
                {
                    var birth = await acts.Db.Set<Person>().AsNoTracking().Where(p => p.Id == child.PersonId)
                        .Select(p => new { p.BirthDate, p.BirthDateEstimated }).FirstAsync(ct);
                    int? age = birth.BirthDateEstimated ? null : Person.AgeOn(birth.BirthDate, acts.Today);
                    child.DetermineBestInterest(request.DeterminedOn ?? acts.Today,
                        [.. request.Participants!.Select(p => (p.Name!.Trim(), p.Role!.Trim()))], request.ChildOpinion?.Trim(),
                        request.OpinionNotHeardReason?.Trim(), request.Reasons!.Trim(), age, acts.Actor());
                    return null;
                }, ct);
    }
}

/// <summary>The Procuraduría determines that an adult present is contrary to the child's best interest (LM art. 52 fr. V b párr. quinto).</summary>
public static class DetermineAdultContrary
{
    public sealed record Request(Guid? PersonId, DateOnly? DeterminedOn, string? Reasons);

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria, ChildTrigger.DetermineAdultContrary, null, child =>
            {
                if (string.IsNullOrWhiteSpace(request.Reasons) || request.Reasons.Length > ChildLimits.Text)
                {
                    throw new ChildInputException("reasons", "Escriba las razones de la determinación.");
                }

                if (request.DeterminedOn > acts.Today)
                {
                    throw new ChildInputException("determinedOn", "La fecha no puede ser futura.");
                }

                child.DetermineAdultContrary(request.PersonId ?? Guid.Empty, request.DeterminedOn ?? acts.Today, request.Reasons.Trim(), acts.Actor());
                return Task.FromResult<Guid?>(null);
            }, ct);
    }
}

/// <summary>The prior assessment of risk to the child's life, liberty or safety in the country of return (LM art. 74 párr. tercero): date, by whom, result.</summary>
public static class AssessRisk
{
    /// <param name="Result">"no-risk" or "risk-found".</param>
    /// <param name="AssessedBy">Name and position of who assessed.</param>
    public sealed record Request(DateOnly? AssessedOn, string? CountryCode, string? Result, string? AssessedBy, string? Reasons);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.AssessedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.CountryCode).Must(c => Countries.IsKnown(c) && !Countries.IsIcaoSpecialCode(c))
                .WithMessage("Elija el país de retorno valorado (código ISO 3166-1 alfa-3).");
            RuleFor(r => r.Result).Must(v => ChildLabels.Parse<RiskResult>(v) is not null).WithMessage("Indique el resultado: no-risk o risk-found.");
            RuleFor(r => r.AssessedBy).NotEmpty().WithMessage("Escriba quién valoró (nombre y cargo).").MaximumLength(ChildLimits.Name);
            RuleFor(r => r.Reasons).NotEmpty().WithMessage("Escriba los elementos de la valoración.").MaximumLength(ChildLimits.Text);
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsProcuraduria, ChildTrigger.AssessRisk, CaseActs.With(new Validator(acts.Today), request, ct),
                child => Task.FromResult<Guid?>(child.AssessRisk(request.AssessedOn ?? acts.Today, request.CountryCode!.Trim().ToUpperInvariant(),
                    ChildLabels.Parse<RiskResult>(request.Result)!.Value, request.AssessedBy!.Trim(), request.Reasons!.Trim(), acts.Actor()).Id), ct);
    }
}

/// <summary>A family reunification record: who, where, when and how it ended, with the child's opinion (LGDNNA arts. 91 and 93).</summary>
public static class RecordReunification
{
    /// <param name="RelativePersonId">The relative, when in the registry; otherwise <paramref name="RelativeName"/>.</param>
    /// <param name="Outcome">"reunified" or "not-reunified".</param>
    public sealed record Request(Guid? RelativePersonId, string? RelativeName, string? Relation, bool InMexico, string? Place, string? CountryCode,
        DateOnly? ReunifiedOn, string? Outcome, string? ChildOpinion, string? Notes);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.RelativeName).NotEmpty().When(r => r.RelativePersonId is null)
                .WithMessage("Elija a la persona familiar del registro o escriba su nombre.").MaximumLength(ChildLimits.Name);
            RuleFor(r => r.Relation).NotEmpty().WithMessage("Escriba el parentesco.").MaximumLength(ChildLimits.Name);
            RuleFor(r => r.Place).NotEmpty().WithMessage("Escriba el lugar (ciudad y entidad, o ciudad en el extranjero).").MaximumLength(ChildLimits.ShortText);
            RuleFor(r => r.CountryCode).Must(c => Countries.IsKnown(c) && !Countries.IsIcaoSpecialCode(c) && c!.Trim().ToUpperInvariant() != "MEX")
                .When(r => !r.InMexico).WithMessage("Elija el país donde se reunifica.");
            RuleFor(r => r.ReunifiedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
            RuleFor(r => r.Outcome).Must(v => ChildLabels.Parse<ReunificationOutcome>(v) is not null).WithMessage("Indique: reunified o not-reunified.");
            RuleFor(r => r.ChildOpinion).NotEmpty().WithMessage("Registre la opinión de la niña, niño o adolescente sobre la reunificación.")
                .MaximumLength(ChildLimits.Text);
            RuleFor(r => r.Notes).MaximumLength(ChildLimits.Text);
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, u => ChildAccess.IsProcuraduria(u) || ChildAccess.IsDif(u), ChildTrigger.RecordReunification,
                CaseActs.With(new Validator(acts.Today), request, ct), async child =>
                {
                    var name = request.RelativePersonId is { } relative ? await acts.NameAsync(relative, ct) : request.RelativeName!.Trim();
                    if (name.Length == 0)
                    {
                        throw new ChildInputException("relativePersonId", "La persona no existe en el registro.");
                    }

                    return child.RecordReunification(request.RelativePersonId, name, request.Relation!.Trim(), request.InMexico, request.Place!.Trim(),
                        request.InMexico ? null : request.CountryCode!.Trim().ToUpperInvariant(), request.ReunifiedOn ?? acts.Today,
                        ChildLabels.Parse<ReunificationOutcome>(request.Outcome)!.Value, request.ChildOpinion!.Trim(), request.Notes?.Trim(),
                        acts.Actor()).Id;
                }, ct);
    }
}
