using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>
/// Records a puesta a disposición of one person or a group (a family) in one act, always with its
/// legal basis (the INM order and the article; a record without them is refused), the place, the
/// time and the authority. In the same transaction: every person's age is judged (presumption of
/// childhood included); each adult gets a stay awaiting the acuerdo de presentación with its 24 h and
/// (by policy) 36 h limits; each child gets no stay and an immediate oficio to the Procuraduría de
/// Protección (LM arts. 95, 98 and 99).
/// </summary>
public static class RecordApprehension
{
    /// <param name="CarerId">For a child: the adult of the group who cares for them (the registry's family links also count).</param>
    public sealed record Member(Guid? PersonId, Guid? CarerId = null);

    /// <param name="Operation">"verification", "revision" or "border-control".</param>
    /// <param name="OrderReference">The INM order (or the filter's record) the act rests on.</param>
    /// <param name="LegalBasis">The article(s) of law applied.</param>
    /// <param name="StateCode">INEGI two-digit state code of the place.</param>
    /// <param name="DisposedAt">When the persons were put at INM's disposal (with its offset).</param>
    /// <param name="DisposedBy">The authority that put them at disposal.</param>
    /// <param name="StationId">The INM migration station where the adults are held.</param>
    public sealed record Request(string? Operation, string? OrderReference, string? LegalBasis, string? StateCode, string? Municipality,
        string? Place, DateTimeOffset? DisposedAt, string? DisposedBy, Guid? StationId, IReadOnlyList<Member>? Persons);

    public static readonly IReadOnlyDictionary<string, ApprehensionOperation> Operations =
        new Dictionary<string, ApprehensionOperation>(StringComparer.OrdinalIgnoreCase)
        {
            ["verification"] = ApprehensionOperation.Verification,
            ["revision"] = ApprehensionOperation.Revision,
            ["border-control"] = ApprehensionOperation.BorderControl,
        };

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateTimeOffset now)
        {
            RuleFor(r => r.Operation).NotEmpty().WithMessage("Indique el acto del INM: verification, revision o border-control.")
                .Must(o => o is null || Operations.ContainsKey(o.Trim()))
                .WithMessage("Indique el acto del INM: verification, revision o border-control.");
            // MIG-06: no record without its legal basis.
            RuleFor(r => r.OrderReference).NotEmpty()
                .WithMessage("Indique la orden del INM en que se funda la puesta a disposición (número de oficio de verificación o revisión).")
                .MaximumLength(MigrationRules.ShortTextMax).WithMessage($"Máximo {MigrationRules.ShortTextMax} caracteres.");
            RuleFor(r => r.LegalBasis).NotEmpty()
                .WithMessage("Indique el fundamento legal: ley y artículo (por ejemplo, Ley de Migración, art. 97).")
                .MaximumLength(MigrationRules.ShortTextMax).WithMessage($"Máximo {MigrationRules.ShortTextMax} caracteres.");
            RuleFor(r => r.StateCode).NotEmpty().WithMessage("Elija la entidad federativa.")
                .Must(MexicanStates.IsKnown).When(r => !string.IsNullOrWhiteSpace(r.StateCode))
                .WithMessage("Entidad federativa desconocida (clave INEGI de dos dígitos).");
            RuleFor(r => r.Municipality).NotEmpty().WithMessage("Indique el municipio.")
                .MaximumLength(120).WithMessage("Máximo 120 caracteres.");
            RuleFor(r => r.Place).NotEmpty().WithMessage("Indique el lugar (domicilio, tramo carretero, punto de revisión).")
                .MaximumLength(MigrationRules.ShortTextMax).WithMessage($"Máximo {MigrationRules.ShortTextMax} caracteres.");
            RuleFor(r => r.DisposedAt).NotNull().WithMessage("Indique la fecha y hora de la puesta a disposición.")
                .Must(d => d is null || d <= now.AddMinutes(5)).WithMessage("La puesta a disposición no puede ser posterior a este momento.")
                .Must(d => d is null || MexicoCity.DateOf(d.Value) >= MexicanHolidays.FirstSupportedDate)
                .WithMessage($"La fecha debe ser posterior al {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd}.");
            RuleFor(r => r.DisposedBy).NotEmpty().WithMessage("Indique la autoridad que puso a las personas a disposición.")
                .MaximumLength(MigrationRules.ShortTextMax).WithMessage($"Máximo {MigrationRules.ShortTextMax} caracteres.");
            RuleFor(r => r.StationId).NotEmpty().WithMessage("Elija la estación migratoria.");
            RuleFor(r => r.Persons).NotEmpty().WithMessage("Agregue al menos a una persona.")
                .Must(p => p is null || p.Count <= MigrationRules.MaxGroupSize).WithMessage($"Máximo {MigrationRules.MaxGroupSize} personas por acto.")
                .Must(p => p is null || p.Where(m => m?.PersonId is not null).Select(m => m.PersonId).Distinct().Count() == p.Count(m => m?.PersonId is not null))
                .WithMessage("Una persona aparece dos veces.");
            RuleForEach(r => r.Persons).ChildRules(m =>
            {
                m.RuleFor(x => x.PersonId).NotEmpty().WithMessage("Elija a la persona en el registro.");
                m.RuleFor(x => x.CarerId).Must((x, carer) => carer is null || carer != x.PersonId)
                    .WithMessage("Una persona no puede estar a su propio cargo.");
            });
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, StationAgeGate ages, StayActs acts,
        GetApprehension.Handler view)
    {
        /// <exception cref="DomainRuleException">A person of the group is already in INM custody.</exception>
        public async Task<MigrationResult<ApprehensionView>> HandleAsync(Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!MigrationAccess.IsInmCaseWorker(user.Principal))
            {
                return MigrationResult<ApprehensionView>.Forbidden();
            }

            var validation = await new Validator(clock.GetUtcNow()).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return MigrationResult<ApprehensionView>.Invalid(validation.ToFieldErrors());
            }

            var station = await db.Set<Office>().AsNoTracking()
                .FirstOrDefaultAsync(o => o.Id == request.StationId && o.AgencyCode == AgencyCodes.Inm && o.Kind == OfficeKind.MigrationStation && o.IsActive, ct);
            if (station is null)
            {
                return MigrationResult<ApprehensionView>.Invalid("stationId", "Elija una estación migratoria activa del INM.");
            }

            var members = request.Persons!;
            var ids = members.Select(m => m.PersonId!.Value).ToList();
            var people = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.IsArchived, p.GivenNames, p.FirstSurname, p.SecondSurname }).ToDictionaryAsync(p => p.Id, ct);
            var errors = new Dictionary<string, string[]>();
            for (var i = 0; i < members.Count; i++)
            {
                if (!people.TryGetValue(ids[i], out var p))
                {
                    errors[$"persons[{i}].personId"] = ["La persona no existe en el registro."];
                }
                else if (p.IsArchived)
                {
                    errors[$"persons[{i}].personId"] = ["La persona está archivada en el registro."];
                }
            }

            if (errors.Count > 0)
            {
                return MigrationResult<ApprehensionView>.Invalid(errors);
            }

            var held = await db.Set<StationStay>().AsNoTracking()
                .Where(s => ids.Contains(s.PersonId) && (s.Status == StationStayStatus.AwaitingAdmission || s.Status == StationStayStatus.Admitted))
                .Select(s => s.PersonId).FirstOrDefaultAsync(ct);
            if (held != Guid.Empty)
            {
                var p = people[held];
                throw new DomainRuleException(MigrationRules.AlreadyInCustody,
                    $"{PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname)} ya está a disposición del INM o presentada en una estación; " +
                    "no puede ponerse a disposición dos veces.", MigrationRules.ApprehensionBasis);
            }

            var disposedAt = request.DisposedAt!.Value.UtcDateTime;
            var now = acts.Now;
            var apprehension = new Apprehension(Operations[request.Operation!.Trim()], request.OrderReference!.Trim(), request.LegalBasis!.Trim(),
                request.StateCode!.Trim(), request.Municipality!.Trim(), request.Place!.Trim(), disposedAt, request.DisposedBy!.Trim(), station.Id,
                now, user.UserId, user.AgencyCode!);
            var checks = new Dictionary<Guid, StationAgeCheck>();
            foreach (var id in ids)
            {
                checks[id] = (await ages.CheckAsync(id, apprehension.Id, StationAgeCheck.AtDisposal, MexicoCity.DateOf(disposedAt), ct))!;
            }

            for (var i = 0; i < members.Count; i++)
            {
                if (members[i].CarerId is not { } carer)
                {
                    continue;
                }

                if (checks[ids[i]].IsAdult)
                {
                    errors[$"persons[{i}].carerId"] = ["Solo se indica la persona adulta a cargo de una niña, niño o adolescente."];
                }
                else if (!checks.TryGetValue(carer, out var carerCheck) || !carerCheck.IsAdult)
                {
                    errors[$"persons[{i}].carerId"] = ["La persona a cargo debe ser una persona adulta del mismo grupo."];
                }
            }

            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return MigrationResult<ApprehensionView>.Invalid(errors);
            }

            db.Add(apprehension);
            foreach (var member in members)
            {
                apprehension.Persons.Add(new ApprehendedPerson(apprehension.Id, member.PersonId!.Value, checks[member.PersonId.Value].IsChild,
                    member.CarerId));
            }

            var actor = acts.Actor();
            foreach (var adult in apprehension.Persons.Where(m => !m.IsChild))
            {
                var stay = StationStay.PutAtDisposal(adult.PersonId, apprehension.Id, station.Id, disposedAt, checks[adult.PersonId], actor);
                db.Add(stay);
                adult.StayId = stay.Id;
                await acts.ScheduleDisposalDeadlinesAsync(stay, ct);
            }

            var care = await ApprehensionFamily.CareAsync(db, apprehension.Persons, ct);
            string Name(Guid id) => PersonLabels.FullName(people[id].GivenNames, people[id].FirstSurname, people[id].SecondSurname);
            foreach (var child in apprehension.Persons.Where(m => m.IsChild))
            {
                var carer = child.CarerId ?? care.Where(g => g.Contains(child.PersonId)).Select(g => (Guid?)g.Key).FirstOrDefault();
                var notice = await acts.NotifyProcuraduriaAsync(apprehension, child.PersonId, Name(child.PersonId), station.Name,
                    carer is { } c ? Name(c) : null, "Se identificó como niña, niño o adolescente al registrar la puesta a disposición.", ct);
                child.ChildNoticeId = notice.Id;
            }

            await db.SaveChangesAsync(ct);
            return MigrationResult<ApprehensionView>.Ok((await view.LoadAsync(apprehension.Id, ct))!);
        }
    }
}
