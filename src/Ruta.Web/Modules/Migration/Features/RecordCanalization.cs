using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>
/// Records the acta de canalización of a child of an apprehension: who of the Procuraduría de
/// Protección appeared and when, and the DIF centre or office that received the child (LM arts. 98
/// and 112 fr. I). Once every child an adult cares for is canalized, that adult's presentación may
/// proceed. A stay the child may have (registered as an adult, a child by the registry now) ends
/// with the canalization. Deliberately small: the child-protection module will take the child's path over.
/// </summary>
public static class RecordCanalization
{
    public sealed record Request(Guid? ChildId, string? ProcuraduriaOfficial, DateTimeOffset? ProcuraduriaAppearedAt, string? CareCentre,
        Guid? DifOfficeId, DateTimeOffset? CanalizedAt, string? ActaReference);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateTimeOffset now, DateTime disposedAt)
        {
            RuleFor(r => r.ChildId).NotEmpty().WithMessage("Elija a la niña, niño o adolescente.");
            RuleFor(r => r.ProcuraduriaOfficial).NotEmpty()
                .WithMessage("Indique nombre y cargo de la persona de la Procuraduría de Protección que se apersonó.")
                .MaximumLength(MigrationRules.ShortTextMax).WithMessage($"Máximo {MigrationRules.ShortTextMax} caracteres.");
            RuleFor(r => r.ProcuraduriaAppearedAt).NotNull().WithMessage("Indique cuándo se apersonó la Procuraduría de Protección.");
            RuleFor(r => r.CareCentre).NotEmpty()
                .WithMessage("Indique el Centro de Asistencia Social, albergue u oficina del DIF que recibió a la niña, niño o adolescente.")
                .MaximumLength(MigrationRules.ShortTextMax).WithMessage($"Máximo {MigrationRules.ShortTextMax} caracteres.");
            RuleFor(r => r.CanalizedAt).NotNull().WithMessage("Indique la fecha y hora de la canalización.");
            RuleFor(r => r.ActaReference).MaximumLength(MigrationRules.ShortTextMax).WithMessage($"Máximo {MigrationRules.ShortTextMax} caracteres.");
            RuleFor(r => r.ProcuraduriaAppearedAt).Must(d => d is null || d <= now.AddMinutes(5)).WithMessage("La fecha no puede ser posterior a este momento.")
                .Must(d => d is null || d.Value.UtcDateTime >= disposedAt).WithMessage("La fecha no puede ser anterior a la puesta a disposición.");
            RuleFor(r => r.CanalizedAt).Must(d => d is null || d <= now.AddMinutes(5)).WithMessage("La fecha no puede ser posterior a este momento.")
                .Must(d => d is null || d.Value.UtcDateTime >= disposedAt).WithMessage("La fecha no puede ser anterior a la puesta a disposición.")
                .Must((r, d) => d is null || r.ProcuraduriaAppearedAt is null || d >= r.ProcuraduriaAppearedAt)
                .WithMessage("La canalización no puede ser anterior a la comparecencia de la Procuraduría de Protección.");
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, StayActs acts, GetApprehension.Handler view)
    {
        /// <exception cref="DomainRuleException">The person is not a child of the apprehension; the child is already canalized.</exception>
        public async Task<MigrationResult<ApprehensionView>> HandleAsync(Guid apprehensionId, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!MigrationAccess.IsInmCaseWorker(user.Principal))
            {
                return MigrationResult<ApprehensionView>.Forbidden();
            }

            var apprehension = await db.Set<Apprehension>().AsNoTracking().Include(a => a.Persons).FirstOrDefaultAsync(a => a.Id == apprehensionId, ct);
            if (apprehension is null)
            {
                return MigrationResult<ApprehensionView>.NotFound();
            }

            var now = clock.GetUtcNow();
            var validation = await new Validator(now, apprehension.DisposedAt).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return MigrationResult<ApprehensionView>.Invalid(validation.ToFieldErrors());
            }

            var childId = request.ChildId!.Value;
            if (apprehension.Persons.FirstOrDefault(p => p.PersonId == childId) is not { } member)
            {
                return MigrationResult<ApprehensionView>.Invalid("childId", "Elija a una persona de esta puesta a disposición.");
            }

            var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == childId).Select(p => new { p.BirthDate, p.BirthDateEstimated })
                .FirstAsync(ct);
            var canalizedAt = request.CanalizedAt!.Value.UtcDateTime;
            if (!member.IsChild && !Person.IsChildOn(person.BirthDate, person.BirthDateEstimated, Kernel.Calendar.MexicoCity.DateOf(canalizedAt)))
            {
                throw new DomainRuleException(MigrationRules.NotAChild,
                    "La persona es adulta: la canalización al Sistema DIF es para niñas, niños y adolescentes.", MigrationRules.ChildNoticeBasis,
                    StatusCodes.Status422UnprocessableEntity);
            }

            if (await db.Set<ChildCanalization>().AnyAsync(c => c.ApprehensionId == apprehensionId && c.ChildId == childId, ct))
            {
                throw new DomainRuleException(MigrationRules.ChildAlreadyCanalized,
                    "La canalización de esta niña, niño o adolescente ya está registrada.", MigrationRules.ChildNoticeBasis);
            }

            if (request.DifOfficeId is { } office
                && !await db.Set<Office>().AnyAsync(o => o.Id == office && o.AgencyCode == AgencyCodes.Dif && o.IsActive, ct))
            {
                return MigrationResult<ApprehensionView>.Invalid("difOfficeId", "Elija una oficina activa del DIF.");
            }

            db.Add(new ChildCanalization(apprehensionId, childId, request.ProcuraduriaOfficial!.Trim(), request.ProcuraduriaAppearedAt!.Value.UtcDateTime,
                request.CareCentre!.Trim(), request.DifOfficeId, canalizedAt, request.ActaReference?.Trim(), acts.Now, user.UserId));
            if (await StationCustody.OpenStayAsync(db, childId, ct) is { } stay && stay.ApprehensionId == apprehensionId)
            {
                await StationCustody.EndAsync(acts, stay, StayEndReason.Canalization, canalizedAt,
                    $"Canalizada a {request.CareCentre.Trim()} (Procuraduría de Protección: {request.ProcuraduriaOfficial.Trim()}).", null, ct);
            }

            await db.SaveChangesAsync(ct);
            return MigrationResult<ApprehensionView>.Ok((await view.LoadAsync(apprehensionId, ct))!);
        }
    }
}
