using FluentValidation;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>INM assigns staff specialised in children to escort the transfer (LM art. 112 fr. III párr. quinto).</summary>
public static class AssignEscort
{
    /// <param name="Specialized">The person is specialised in children's protection (required by law).</param>
    public sealed record Request(string? Name, string? Agency, bool Specialized, DateOnly? AssignedOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Name).NotEmpty().WithMessage("Escriba el nombre de la persona que acompaña.").MaximumLength(ChildLimits.Name);
            RuleFor(r => r.Agency).NotEmpty().WithMessage("Escriba la institución.").MaximumLength(ChildLimits.Name);
            RuleFor(r => r.AssignedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsInm, ChildTrigger.AssignEscort, CaseActs.With(new Validator(acts.Today), request, ct),
                child =>
                {
                    child.AssignEscort(request.Name!.Trim(), request.Agency!.Trim(), request.Specialized, request.AssignedOn ?? acts.Today, acts.Actor());
                    return Task.FromResult<Guid?>(null);
                }, ct);
    }
}

/// <summary>INM records the receiving country's competent (consular, migration or child-protection) authority that takes part in the return (LM arts. 112 fr. III, 120).</summary>
public static class RecordReceivingAuthority
{
    public sealed record Request(string? Authority, string? CountryCode, DateOnly? ConfirmedOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Authority).NotEmpty().WithMessage("Escriba la autoridad del país receptor que interviene.").MaximumLength(ChildLimits.ShortText);
            RuleFor(r => r.CountryCode).Must(c => Countries.IsKnown(c) && !Countries.IsIcaoSpecialCode(c))
                .WithMessage("Elija el país receptor (código ISO 3166-1 alfa-3).");
            RuleFor(r => r.ConfirmedOn).Must(d => d is null || d.Value <= today).WithMessage("La fecha no puede ser futura.");
        }
    }

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.IsInm, ChildTrigger.RecordReceivingAuthority,
                CaseActs.With(new Validator(acts.Today), request, ct), child =>
                {
                    child.RecordReceivingAuthority(request.Authority!.Trim(), request.CountryCode!.Trim().ToUpperInvariant(),
                        request.ConfirmedOn ?? acts.Today, acts.Actor());
                    return Task.FromResult<Guid?>(null);
                }, ct);
    }
}
