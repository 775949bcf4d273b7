using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// Files a visa por unidad familiar at INM (the principal in Mexico asks for a relative abroad, LM
/// arts. 41 ¶2 and 127) or a change of condition by family link. Refused with every unmet requirement
/// and its basis unless the eligibility (from the registry, the documents and the asylum module)
/// holds. The resolution is due in 20 business days (LM art. 128).
/// </summary>
public static class FileFamilyUnity
{
    /// <param name="TargetCondition">"temporary-resident" or "permanent-resident"; the one the law gives when omitted.</param>
    public sealed record Request(Guid? PrincipalPersonId, Guid? RelativePersonId, string? TargetCondition, Guid? OfficeId, DateOnly? FiledOn,
        IReadOnlyList<string>? Presented);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.PrincipalPersonId).NotEmpty().WithMessage("Elija a la persona principal (mexicana o residente).");
            RuleFor(r => r.RelativePersonId).NotEmpty().WithMessage("Elija a la persona familiar.")
                .Must((r, id) => id != r.PrincipalPersonId).WithMessage("La persona familiar no puede ser la misma que la principal.");
            RuleFor(r => r.TargetCondition)
                .Must(c => c is null || (StayConditions.Codes.TryGetValue(c.Trim(), out var v) && v != StayCondition.HumanitarianVisitor))
                .WithMessage("La condición solicitada es temporary-resident o permanent-resident.");
            RuleFor(r => r.OfficeId).NotEmpty().WithMessage("Elija la oficina del INM que recibe la solicitud.");
            RuleFor(r => r.FiledOn).ActDate(today, "la fecha de presentación");
            RuleFor(r => r.Presented).Must(p => Requirements.TryParse(p, out FamilyUnityRequirement _, out _))
                .WithMessage("Requisito desconocido: use " + string.Join(", ", Requirements.FamilyUnity.Values.Select(r => r.Code)) + ".");
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, FamilyFacts family, RegularizationActs acts, GetFamilyUnity.Handler view)
    {
        public async Task<ProcedureResult<FamilyUnityView>> HandleAsync(FamilyUnityKind kind, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!RegularizationAccess.CanAct(user.Principal))
            {
                return ProcedureResult<FamilyUnityView>.Forbidden();
            }

            var validation = await new Validator(acts.Today).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return ProcedureResult<FamilyUnityView>.Invalid(validation.ToFieldErrors());
            }

            var principalId = request.PrincipalPersonId!.Value;
            var relativeId = request.RelativePersonId!.Value;
            var found = await db.Set<Person>().AsNoTracking().Where(p => p.Id == principalId || p.Id == relativeId)
                .Select(p => new { p.Id, p.IsArchived }).ToListAsync(ct);
            var errors = new Dictionary<string, string[]>();
            foreach (var (field, id) in new[] { ("principalPersonId", principalId), ("relativePersonId", relativeId) })
            {
                var person = found.FirstOrDefault(p => p.Id == id);
                if (person is null || person.IsArchived)
                {
                    errors[field] = [person is null ? "La persona no existe en el registro." : "La persona está archivada en el registro."];
                }
            }

            var office = await db.Set<Office>().AsNoTracking().Where(o => o.Id == request.OfficeId && o.IsActive)
                .Select(o => new { o.Id, o.AgencyCode }).FirstOrDefaultAsync(ct);
            if (office is null || office.AgencyCode != AgencyCodes.Inm)
            {
                errors["officeId"] = ["Elija una oficina activa del INM."];
            }

            if (errors.Count > 0)
            {
                return ProcedureResult<FamilyUnityView>.Invalid(errors);
            }

            StayCondition? target = request.TargetCondition is { } code ? StayConditions.Codes[code.Trim()] : null;
            var filedOn = request.FiledOn!.Value;
            var procedureKind = kind == FamilyUnityKind.Visa ? FamilyProcedure.Visa : FamilyProcedure.ChangeOfCondition;
            var eligibility = await family.EvaluateAsync(procedureKind, principalId, relativeId, target, null, ct, filedOn);
            if (!eligibility.Eligible)
            {
                throw FileRegularization.NotEligible(eligibility);
            }

            var relation = await db.Set<FamilyLink>().AsNoTracking().Where(l => l.PersonId == principalId && l.RelativeId == relativeId)
                .OrderBy(l => l.Kind == FamilyRelation.LegalGuardian || l.Kind == FamilyRelation.Ward ? 1 : 0)
                .Select(l => (FamilyRelation?)l.Kind).FirstOrDefaultAsync(ct);
            Requirements.TryParse(request.Presented, out FamilyUnityRequirement presented, out _);
            var procedure = FamilyUnityProcedure.File(new FamilyUnityFiling(kind, principalId, relativeId, relation, eligibility.Standing,
                eligibility.Condition!.Value, eligibility.MaxValidityYears, eligibility.ValidUntilCap, office!.Id, filedOn, presented), acts.Actor());
            db.Add(procedure);
            procedure.ResolutionDueDate = (await acts.ScheduleAsync(RegularizationRules.FamilyUnityCaseType, procedure.Id, relativeId,
                RegularizationRules.FamilyResolutionKind, $"Resolución: {FamilyUnityTransitions.KindLabel(kind).ToLowerInvariant()}",
                RegularizationRules.OtherResolutionBasis, DeadlineUnit.BusinessDays, RegularizationRules.OtherResolutionBusinessDays, filedOn, null, ct)).DueDate;
            await db.SaveChangesAsync(ct);
            return ProcedureResult<FamilyUnityView>.Ok((await view.LoadAsync(procedure.Id, ct))!);
        }
    }
}

/// <summary>
/// Regularization by family link, filed from the family-unity side: the same procedure and rules as
/// <see cref="FileRegularization"/> with the ground "family-link" (LM art. 133 fr. I–II).
/// </summary>
public static class FileFamilyRegularization
{
    /// <param name="Origin">"walk-in" (default) or "station".</param>
    public sealed record Request(Guid? PersonId, Guid? PrincipalPersonId, string? Origin, Guid? OfficeId, DateOnly? FiledOn, DateTimeOffset? AccreditedAt,
        IReadOnlyList<string>? Presented);

    public sealed class Handler(FileRegularization.Handler file)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            return file.HandleAsync(new FileRegularization.Request(request.PersonId, request.Origin ?? "walk-in", "family-link", null, request.OfficeId,
                request.FiledOn, request.AccreditedAt, request.PrincipalPersonId, null, null, request.Presented), ct);
        }
    }
}
