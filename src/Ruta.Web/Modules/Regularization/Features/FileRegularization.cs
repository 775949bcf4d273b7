using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// Files a regularization request (LM arts. 132–136). Walk-in: the person came forward at an INM office
/// (never presented afterwards, LM art. 136 ¶1) and must not be in a station. Station: the person is in
/// a station (IStationCustody) and has accredited a ground; the exit permit is then due within 24 hours.
/// In the same transaction: the resolution deadline (30 natural days from filing, LM art. 136 ¶3) and,
/// from a station, the exit-permit deadline. Ground rules checked here: the 60 natural days after an
/// overstay (LM art. 134 fr. I), children only for abduction proceedings (fr. V of art. 133), the
/// family-unity eligibility for a family link (LM art. 133 fr. I–II, from the persons registry).
/// </summary>
public static class FileRegularization
{
    public static readonly IReadOnlyDictionary<string, RegularizationOrigin> Origins = new Dictionary<string, RegularizationOrigin>(StringComparer.OrdinalIgnoreCase)
    {
        ["walk-in"] = RegularizationOrigin.WalkIn,
        ["station"] = RegularizationOrigin.Station,
    };

    /// <param name="Origin">"walk-in" (came to an INM office) or "station" (held in a migration station).</param>
    /// <param name="Ground">A ground code (see <see cref="RegularizationGrounds"/>), e.g. "family-link", "expired-stay".</param>
    /// <param name="OfficeId">The INM office that receives it; from a station, the station's office when omitted.</param>
    /// <param name="AccreditedAt">Station: when the person accredited the requirements (the 24 hours run from it); now when omitted.</param>
    /// <param name="PrincipalPersonId">Family link: the Mexican or resident relative.</param>
    /// <param name="RequestedCondition">For grounds that leave it open: "temporary-resident" or "permanent-resident".</param>
    /// <param name="AuthorizedStayExpiredOn">Overstay: the last day of the authorized stay.</param>
    /// <param name="Presented">Requirements of LM art. 135 presented with the request (codes).</param>
    public sealed record Request(Guid? PersonId, string? Origin, string? Ground, string? GroundDetail, Guid? OfficeId, DateOnly? FiledOn,
        DateTimeOffset? AccreditedAt, Guid? PrincipalPersonId, string? RequestedCondition, DateOnly? AuthorizedStayExpiredOn,
        IReadOnlyList<string>? Presented);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today, DateTimeOffset now)
        {
            RuleFor(r => r.PersonId).NotEmpty().WithMessage("Elija a la persona que solicita la regularización.");
            RuleFor(r => r.Origin).Must(o => o is not null && Origins.ContainsKey(o.Trim()))
                .WithMessage("Indique el origen: walk-in (acudió a una oficina del INM) o station (está en una estación migratoria).");
            RuleFor(r => r.Ground).Must(g => RegularizationGrounds.FromCode(g) is not null)
                .WithMessage("Indique el supuesto: " + string.Join(", ", RegularizationGrounds.All.Select(g => g.Code)) + ".");
            RuleFor(r => r.FiledOn).ActDate(today, "la fecha de presentación del escrito");
            RuleFor(r => r.OfficeId).NotEmpty().WithMessage("Elija la oficina del INM que recibe la solicitud.")
                .When(r => r.Origin?.Trim() is { } o && Origins.TryGetValue(o, out var origin) && origin == RegularizationOrigin.WalkIn);
            RuleFor(r => r.AccreditedAt).Must(a => a is null || a <= now.AddMinutes(5)).WithMessage("La hora no puede ser futura.");
            RuleFor(r => r.GroundDetail).MaximumLength(RegularizationLimits.ShortText).WithMessage($"Máximo {RegularizationLimits.ShortText} caracteres.");
            RuleFor(r => r.GroundDetail).NotEmpty()
                .WithMessage("Describa los hechos del supuesto (p. ej. la autoridad que identificó a la víctima, la situación de vulnerabilidad o la causa humanitaria).")
                .When(r => RegularizationGrounds.FromCode(r.Ground) is { NeedsDetail: true });
            RuleFor(r => r.PrincipalPersonId).NotEmpty().WithMessage("Elija a la persona mexicana o residente con quien tiene el vínculo.")
                .When(r => RegularizationGrounds.FromCode(r.Ground)?.Ground == RegularizationGround.FamilyLink);
            RuleFor(r => r.PrincipalPersonId).Must((r, p) => p != r.PersonId).When(r => r.PrincipalPersonId is not null)
                .WithMessage("La persona principal no puede ser la misma que solicita.");
            RuleFor(r => r.AuthorizedStayExpiredOn).NotNull().WithMessage("Indique el último día de la estancia autorizada (AAAA-MM-DD).")
                .When(r => RegularizationGrounds.FromCode(r.Ground)?.Ground == RegularizationGround.ExpiredStay);
            RuleFor(r => r.AuthorizedStayExpiredOn).Must(d => d is null || d >= MexicanHolidays.FirstSupportedDate)
                .WithMessage($"La fecha debe ser posterior al {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd}.");
            RuleFor(r => r.RequestedCondition)
                .Must(c => c is not null && StayConditions.Codes.TryGetValue(c.Trim(), out var v) && v != StayCondition.HumanitarianVisitor)
                .WithMessage("Indique la condición que solicita: temporary-resident o permanent-resident.")
                .When(r => RegularizationGrounds.FromCode(r.Ground) is { FixedCondition: null } g && g.Ground != RegularizationGround.FamilyLink);
            RuleFor(r => r.Presented).Must(p => Requirements.TryParse(p, out RegularizationRequirement _, out _))
                .WithMessage("Requisito desconocido: use " + string.Join(", ", Requirements.Regularization.Values.Select(r => r.Code)) + ".");
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, IStationCustody custody, FamilyFacts family,
        RegularizationActs acts, GetRegularization.Handler view)
    {
        /// <exception cref="DomainRuleException">A legal rule refuses the filing (Mexican, open procedure, station, 60 days, eligibility).</exception>
        public async Task<ProcedureResult<RegularizationView>> HandleAsync(Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!RegularizationAccess.CanAct(user.Principal))
            {
                return ProcedureResult<RegularizationView>.Forbidden();
            }

            var now = clock.GetUtcNow();
            var today = MexicoCity.DateOf(now);
            var validation = await new Validator(today, now).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return ProcedureResult<RegularizationView>.Invalid(validation.ToFieldErrors());
            }

            var personId = request.PersonId!.Value;
            var ground = RegularizationGrounds.FromCode(request.Ground)!;
            var origin = Origins[request.Origin!.Trim()];
            var filedOn = request.FiledOn!.Value;
            var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == personId)
                .Select(p => new { p.IsArchived, p.BirthDate, p.BirthDateEstimated, Mexican = p.Nationalities.Any(n => n.CountryCode == "MEX") })
                .FirstOrDefaultAsync(ct);
            if (person is null || person.IsArchived)
            {
                return ProcedureResult<RegularizationView>.Invalid("personId",
                    person is null ? "La persona no existe en el registro." : "La persona está archivada en el registro.");
            }

            if (person.Mexican)
            {
                throw new DomainRuleException(RegularizationRules.NotForeign,
                    "La persona tiene nacionalidad mexicana registrada: la regularización migratoria es para personas extranjeras.",
                    RegularizationRules.ForeignersOnlyBasis, StatusCodes.Status422UnprocessableEntity);
            }

            var open = await db.Set<RegularizationProcedure>().AsNoTracking()
                .Where(p => p.PersonId == personId && (p.Status == RegularizationStatus.ExitPermitDue || p.Status == RegularizationStatus.InProcedure
                    || p.Status == RegularizationStatus.PreventionPending))
                .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
            if (open is { } other)
            {
                throw new DomainRuleException(RegularizationRules.ProcedureAlreadyOpen,
                    $"La persona ya tiene en trámite la regularización {other}.", RegularizationRules.OneOpenProcedureBasis);
            }

            var stay = await custody.FindOpenStayAsync(personId, ct);
            DateTime? accreditedAt = null;
            if (origin == RegularizationOrigin.Station)
            {
                if (stay is null)
                {
                    throw new DomainRuleException(RegularizationRules.NotInStation,
                        "La persona no tiene una estancia abierta en una estación migratoria: la solicitud se presenta como quien acude a una oficina del INM.",
                        RegularizationRules.ExitPermitBasis, StatusCodes.Status422UnprocessableEntity);
                }

                accreditedAt = (request.AccreditedAt ?? now).UtcDateTime;
            }
            else if (stay is not null)
            {
                throw new DomainRuleException(RegularizationRules.InStation,
                    $"La persona está alojada en una estación migratoria desde el {MexicoCity.DateOf(stay.AdmittedAt):yyyy-MM-dd}: " +
                    "la solicitud se registra con origen «estación» y se le extiende el oficio de salida en 24 horas.",
                    RegularizationRules.ExitPermitBasis, StatusCodes.Status422UnprocessableEntity);
            }

            var officeId = request.OfficeId ?? stay?.StationOfficeId;
            var office = officeId is { } oid
                ? await db.Set<Office>().AsNoTracking().Where(o => o.Id == oid && o.IsActive).Select(o => new { o.Id, o.AgencyCode }).FirstOrDefaultAsync(ct)
                : null;
            if (office is null || office.AgencyCode != AgencyCodes.Inm)
            {
                return ProcedureResult<RegularizationView>.Invalid("officeId", "Elija una oficina activa del INM.");
            }

            var calendar = await acts.CalendarAsync(ct);
            DateOnly? expiredOn = null;
            if (ground.Ground == RegularizationGround.ExpiredStay)
            {
                expiredOn = request.AuthorizedStayExpiredOn!.Value;
                if (filedOn <= expiredOn)
                {
                    throw new DomainRuleException(RegularizationRules.StayNotExpired,
                        $"La estancia autorizada vence el {expiredOn:yyyy-MM-dd}: el {filedOn:yyyy-MM-dd} aún no se ha excedido. " +
                        "Mientras esté vigente corresponde un cambio o una renovación, no la regularización por exceso.",
                        RegularizationRules.ExpiredStayBasis, StatusCodes.Status422UnprocessableEntity);
                }

                var window = calendar.Compute(expiredOn.Value, RegularizationRules.ExpiredStayWindowNaturalDays, PeriodUnit.NaturalDays, AgencyCodes.Inm);
                if (filedOn > window.DueDate)
                {
                    throw new DomainRuleException(RegularizationRules.ExpiredStayWindowClosed,
                        $"La estancia autorizada venció el {expiredOn:yyyy-MM-dd}; los {RegularizationRules.ExpiredStayWindowNaturalDays} días naturales para " +
                        $"solicitar la regularización por exceso terminaron el {window.DueDate:yyyy-MM-dd} y la solicitud es del {filedOn:yyyy-MM-dd}. " +
                        "Valore otro supuesto de los arts. 133 o 52 fr. V.", RegularizationRules.ExpiredStayBasis, StatusCodes.Status422UnprocessableEntity);
                }
            }

            if (ground.Ground == RegularizationGround.InternationalChildAbduction && !Person.IsChildOn(person.BirthDate, person.BirthDateEstimated, filedOn))
            {
                throw new DomainRuleException(RegularizationRules.AbductionNotChild,
                    "Este supuesto es para niñas, niños y adolescentes sujetos a un procedimiento de sustracción y restitución internacional.",
                    ground.LegalBasis, StatusCodes.Status422UnprocessableEntity);
            }

            StayCondition? eligibleCondition = null;
            int? maxYears = null;
            DateOnly? cap = null;
            FamilyRelation? relation = null;
            if (ground.Ground == RegularizationGround.FamilyLink)
            {
                var principalId = request.PrincipalPersonId!.Value;
                var eligibility = await family.EvaluateAsync(FamilyProcedure.Regularization, principalId, personId, null, null, ct, filedOn);
                if (!eligibility.Eligible)
                {
                    throw NotEligible(eligibility);
                }

                eligibleCondition = eligibility.Condition;
                maxYears = eligibility.MaxValidityYears;
                cap = eligibility.ValidUntilCap;
                relation = await db.Set<FamilyLink>().AsNoTracking().Where(l => l.PersonId == principalId && l.RelativeId == personId)
                    .OrderBy(l => l.Kind == FamilyRelation.LegalGuardian || l.Kind == FamilyRelation.Ward ? 1 : 0)
                    .Select(l => (FamilyRelation?)l.Kind).FirstOrDefaultAsync(ct);
            }

            Requirements.TryParse(request.Presented, out RegularizationRequirement presented, out _);
            var requested = request.RequestedCondition is { } code && StayConditions.Codes.TryGetValue(code.Trim(), out var condition) ? condition : (StayCondition?)null;
            RegularizationProcedure procedure;
            try
            {
                procedure = RegularizationProcedure.File(new RegularizationFiling(personId, origin, ground.Ground,
                    string.IsNullOrWhiteSpace(request.GroundDetail) ? null : request.GroundDetail.Trim(), office.Id, filedOn, stay?.StayId,
                    stay?.StationOfficeId, accreditedAt, ground.Ground == RegularizationGround.FamilyLink ? request.PrincipalPersonId : null, relation,
                    ground.FixedCondition is null && ground.Ground != RegularizationGround.FamilyLink ? requested : null, eligibleCondition, maxYears, cap,
                    expiredOn, presented), acts.Actor());
            }
            catch (ProcedureInputException e)
            {
                return ProcedureResult<RegularizationView>.Invalid(e.Errors);
            }

            db.Add(procedure);
            procedure.ResolutionDueDate = (await acts.ScheduleAsync(RegularizationRules.CaseType, procedure.Id, personId, RegularizationRules.ResolutionKind,
                "Resolución de la solicitud de regularización", RegularizationRules.ResolutionBasis, DeadlineUnit.NaturalDays,
                RegularizationRules.ResolutionNaturalDays, filedOn, null, ct)).DueDate;
            if (origin == RegularizationOrigin.Station)
            {
                procedure.ExitPermitDueAt = (await acts.ScheduleAsync(RegularizationRules.CaseType, procedure.Id, personId, RegularizationRules.ExitPermitKind,
                    "Oficio de salida de la estación con fines de regularización", RegularizationRules.ExitPermitBasis, DeadlineUnit.Hours,
                    RegularizationRules.ExitPermitHours, MexicoCity.DateOf(accreditedAt!.Value), new DateTimeOffset(accreditedAt.Value, TimeSpan.Zero), ct)).DueAt;
            }

            await db.SaveChangesAsync(ct);
            return ProcedureResult<RegularizationView>.Ok((await view.LoadAsync(procedure.Id, ct))!);
        }
    }

    /// <summary>The refusal of a family link that does not qualify: every unmet requirement with its legal basis.</summary>
    public static DomainRuleException NotEligible(EligibilityResult eligibility)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        var unmet = eligibility.Unmet.ToList();
        return new DomainRuleException(RegularizationRules.FamilyNotEligible,
            "No procede por vínculo familiar. Requisitos no cumplidos: " +
            string.Join(" ", unmet.Select(r => $"• {r.Description} ({r.LegalBasis}){(r.Detail is { } d ? ": " + d : ".")}")),
            string.Join("; ", unmet.Select(r => r.LegalBasis).Distinct()), StatusCodes.Status422UnprocessableEntity);
    }
}
