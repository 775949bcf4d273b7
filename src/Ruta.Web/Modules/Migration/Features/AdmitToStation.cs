using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>
/// The acuerdo de presentación of a person of an apprehension: admission to the migration station.
/// The only way a stay becomes "presented". In this order:
/// <list type="number">
/// <item>the person's age is judged again (registry data today, presumption of childhood). A child is
/// NEVER admitted (LM art. 99): the refusal is recorded with the oficio to the Procuraduría de
/// Protección (sent now if the apprehension had not sent one) and saved, then refused with its legal basis;</item>
/// <item>the table must allow the move (409 naming the state), then the input is checked (400);</item>
/// <item>an adult caring for children present waits until every one of them is canalized (LM art. 98);</item>
/// <item>every registered <see cref="IStationAdmissionBar"/> is asked; any bar refuses;</item>
/// <item>the acuerdo must be dictated within 24 hours of the puesta a disposición (LM art. 100);</item>
/// <item>the rights of LM art. 109 are recorded as given; the 15 business days of LM art. 111 start.</item>
/// </list>
/// </summary>
public static class AdmitToStation
{
    /// <param name="AgreedAt">When the acuerdo de presentación was dictated (now if absent).</param>
    /// <param name="AgreementReference">The acuerdo's number.</param>
    /// <param name="Consular">"requested" or "declined": whether the person wants their consulate told.</param>
    /// <param name="Interpreter">"not-needed" or "provided".</param>
    /// <param name="InterpreterLanguage">ISO 639-3 code when an interpreter was provided.</param>
    public sealed record Request(Guid? PersonId, DateTimeOffset? AgreedAt, string? AgreementReference, bool Informed, bool RightsInWriting,
        string? Consular, bool LegalAdvice, string? Interpreter, string? InterpreterLanguage, bool PhoneCall, bool Visits);

    public static readonly IReadOnlyDictionary<string, ConsularAssistance> ConsularValues =
        new Dictionary<string, ConsularAssistance>(StringComparer.OrdinalIgnoreCase)
        {
            ["requested"] = ConsularAssistance.Requested,
            ["declined"] = ConsularAssistance.Declined,
        };

    public static readonly IReadOnlyDictionary<string, InterpreterNeed> InterpreterValues =
        new Dictionary<string, InterpreterNeed>(StringComparer.OrdinalIgnoreCase)
        {
            ["not-needed"] = InterpreterNeed.NotNeeded,
            ["provided"] = InterpreterNeed.Provided,
        };

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateTimeOffset now, DateTime disposedAt, bool needsInterpreter)
        {
            RuleFor(r => r.AgreedAt).Must(a => a is null || a <= now.AddMinutes(5))
                .WithMessage("El acuerdo no puede ser posterior a este momento.")
                .Must(a => a is null || a.Value.UtcDateTime >= disposedAt)
                .WithMessage("El acuerdo no puede ser anterior a la puesta a disposición.");
            RuleFor(r => r.AgreementReference).NotEmpty().WithMessage("Indique el número del acuerdo de presentación.")
                .MaximumLength(MigrationRules.ShortTextMax).WithMessage($"Máximo {MigrationRules.ShortTextMax} caracteres.");
            // MIG-11: each right of LM art. 109 recorded as given.
            RuleFor(r => r.Informed).Equal(true)
                .WithMessage("Confirme que se informó a la persona del motivo de su presentación, del procedimiento y de su derecho a solicitar refugio, regularizar su situación o el retorno asistido (LM art. 109 fr. II).");
            RuleFor(r => r.RightsInWriting).Equal(true)
                .WithMessage("Confirme que se entregó a la persona la información de sus derechos por escrito (LM art. 109 fr. IV).");
            RuleFor(r => r.Consular).NotEmpty().WithMessage("Indique si la persona quiere que se avise a su consulado (LM art. 109 fr. III).")
                .Must(c => c is null || ConsularValues.ContainsKey(c.Trim()))
                .WithMessage("Indique si la persona quiere que se avise a su consulado (LM art. 109 fr. III).");
            RuleFor(r => r.LegalAdvice).Equal(true)
                .WithMessage("Confirme que se informó del derecho a asesoría legal, a ofrecer pruebas y a acceder a su expediente (LM art. 109 fr. V).");
            RuleFor(r => r.Interpreter).NotEmpty().WithMessage("Indique si se requirió y se proporcionó intérprete (LM art. 109 fr. VI).")
                .Must(i => i is null || InterpreterValues.ContainsKey(i.Trim()))
                .WithMessage("Indique si se requirió y se proporcionó intérprete (LM art. 109 fr. VI).");
            RuleFor(r => r.Interpreter).Must(i => i?.Trim().Equals("provided", StringComparison.OrdinalIgnoreCase) == true)
                .When(_ => needsInterpreter)
                .WithMessage("El registro indica que la persona necesita intérprete: debe proporcionarse (LM art. 109 fr. VI).");
            RuleFor(r => r.InterpreterLanguage).NotEmpty().WithMessage("Indique el idioma del intérprete (código ISO 639-3).")
                .When(r => r.Interpreter?.Trim().Equals("provided", StringComparison.OrdinalIgnoreCase) == true);
            RuleFor(r => r.InterpreterLanguage).Must(Languages.IsKnown).When(r => !string.IsNullOrWhiteSpace(r.InterpreterLanguage))
                .WithMessage("Idioma desconocido (código ISO 639-3).");
            RuleFor(r => r.PhoneCall).Equal(true)
                .WithMessage("Confirme que se ofreció a la persona comunicarse por teléfono (LM art. 109 fr. VII).");
            RuleFor(r => r.Visits).Equal(true)
                .WithMessage("Confirme que se informó a la persona de su derecho a recibir visitas (LM art. 109 fr. IX).");
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, StationAgeGate ages, StayActs acts,
        ICanalizationRecords canalizations, IEnumerable<IStationAdmissionBar> bars, GetStationStay.Handler view)
    {
        /// <exception cref="DomainRuleException">A child (after its oficio is saved); a carer awaiting canalization; a bar; the 24 h passed.</exception>
        /// <exception cref="IllegalTransitionException">The person's stay is not awaiting admission.</exception>
        public async Task<MigrationResult<StationStayView>> HandleAsync(Guid apprehensionId, int? expectedVersion, Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!MigrationAccess.IsInmCaseWorker(user.Principal))
            {
                return MigrationResult<StationStayView>.Forbidden();
            }

            var apprehension = await db.Set<Apprehension>().Include(a => a.Persons).FirstOrDefaultAsync(a => a.Id == apprehensionId, ct);
            if (apprehension is null)
            {
                return MigrationResult<StationStayView>.NotFound();
            }

            if (request.PersonId is not { } personId || apprehension.Persons.FirstOrDefault(p => p.PersonId == personId) is not { } member)
            {
                return MigrationResult<StationStayView>.Invalid("personId", "Elija a una persona de esta puesta a disposición.");
            }

            var now = clock.GetUtcNow();
            var agreedAt = (request.AgreedAt ?? now).UtcDateTime;
            var age = (await ages.CheckAsync(personId, apprehension.Id, StationAgeCheck.AtAdmission, MexicoCity.DateOf(agreedAt), ct))!;
            if (age.IsChild)
            {
                await RefuseChildAsync(apprehension, member, ct);
            }

            if (member.IsChild || member.StayId is not { } stayId)
            {
                throw new DomainRuleException(MigrationRules.RegisteredAsChild,
                    "La persona se registró como niña, niño o adolescente en esta puesta a disposición: no tiene estancia y no puede ser presentada a partir de ella.",
                    MigrationRules.ChildNeverAdmittedBasis);
            }

            var stay = await db.Set<StationStay>().FirstAsync(s => s.Id == stayId, ct);
            if (expectedVersion is { } expected && expected != stay.Version)
            {
                return MigrationResult<StationStayView>.Stale();
            }

            stay.Ensure(StationStayTrigger.Admit);
            var needsInterpreter = await db.Set<Person>().AsNoTracking().Where(p => p.Id == personId).Select(p => p.NeedsInterpreter).FirstAsync(ct);
            var validation = await new Validator(now, stay.DisposedAt, needsInterpreter).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return MigrationResult<StationStayView>.Invalid(validation.ToFieldErrors());
            }

            await EnsureChildrenCanalizedAsync(apprehension, personId, ct);
            await EnsureNoBarAsync(personId, agreedAt, ct);
            var limit = stay.DisposedAt.AddHours(MigrationRules.AgreementHours);
            if (agreedAt > limit)
            {
                throw new DomainRuleException(MigrationRules.AgreementTimeLimitPassed,
                    $"El acuerdo de presentación debía dictarse a más tardar el {MexicoTime.LongDateTime(limit)}, 24 horas después de la puesta a " +
                    "disposición: ya no puede presentarse a la persona; debe quedar en libertad.", MigrationRules.AgreementBasis);
            }

            var rights = new RightsChecklist(request.Informed, request.RightsInWriting, ConsularValues[request.Consular!.Trim()], request.LegalAdvice,
                InterpreterValues[request.Interpreter!.Trim()], request.InterpreterLanguage?.Trim().ToLowerInvariant(), request.PhoneCall, request.Visits);
            stay.Admit(agreedAt, request.AgreementReference!.Trim(), rights, age, acts.Actor());
            foreach (var deadline in await acts.RunningDeadlinesAsync(stay, MigrationRules.AgreementKind, ct))
            {
                acts.Meet(deadline, agreedAt);
            }

            await acts.ScheduleStayLimitAsync(stay, agreedAt, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return MigrationResult<StationStayView>.Stale();
            }

            return MigrationResult<StationStayView>.Ok((await view.LoadAsync(stay.Id, ct))!);
        }

        /// <summary>
        /// MIG-08: records the refused check and makes sure the Procuraduría has its oficio (sending it now if
        /// the apprehension did not), saves both, then refuses. A stay the person may have (registered as an
        /// adult, now a child by the registry) stays open until the canalization ends it.
        /// </summary>
        private async Task RefuseChildAsync(Apprehension apprehension, ApprehendedPerson member, CancellationToken ct)
        {
            var notice = member.ChildNoticeId is { } sent
                ? await db.Set<OfficialNotice>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == sent, ct)
                : null;
            if (notice is null)
            {
                var names = await db.Set<Person>().AsNoTracking().Where(p => p.Id == member.PersonId || p.Id == member.CarerId)
                    .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname }).ToListAsync(ct);
                string? Name(Guid? id) => names.Where(n => n.Id == id).Select(n => PersonLabels.FullName(n.GivenNames, n.FirstSurname, n.SecondSurname))
                    .FirstOrDefault();
                var station = await db.Set<Office>().AsNoTracking().Where(o => o.Id == apprehension.StationOfficeId).Select(o => o.Name).FirstAsync(ct);
                notice = await acts.NotifyProcuraduriaAsync(apprehension, member.PersonId, Name(member.PersonId)!, station, Name(member.CarerId),
                    "Se identificó como niña, niño o adolescente al intentarse su presentación en la estación migratoria, que fue negada.", ct);
                member.ChildNoticeId = notice.Id;
            }

            await db.SaveChangesAsync(ct);
            throw new DomainRuleException(MigrationRules.ChildNeverAdmitted,
                "Las niñas, niños y adolescentes nunca son presentados ni alojados en una estación migratoria: se niega la presentación. " +
                $"La Procuraduría de Protección fue notificada de inmediato (oficio {notice.Folio}) para su canalización al Sistema DIF.",
                MigrationRules.ChildNeverAdmittedBasis, StatusCodes.Status422UnprocessableEntity);
        }

        /// <summary>MIG-09: the presentación of an adult caring for children present waits for every child's canalization.</summary>
        private async Task EnsureChildrenCanalizedAsync(Apprehension apprehension, Guid adultId, CancellationToken ct)
        {
            var inCare = (await ApprehensionFamily.CareAsync(db, apprehension.Persons, ct))[adultId].ToList();
            if (inCare.Count == 0)
            {
                return;
            }

            var done = await canalizations.CanalizedAsync(apprehension.Id, inCare, ct);
            var waiting = inCare.Where(c => !done.Contains(c)).ToList();
            if (waiting.Count == 0)
            {
                return;
            }

            var names = (await db.Set<Person>().AsNoTracking().Where(p => waiting.Contains(p.Id))
                    .Select(p => new { p.GivenNames, p.FirstSurname, p.SecondSurname }).ToListAsync(ct))
                .Select(p => PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname)).Order(StringComparer.Ordinal);
            throw new DomainRuleException(MigrationRules.CarerAwaitsCanalization,
                $"La persona tiene a su cargo a {string.Join(", ", names)}: su presentación se pospone hasta que la Procuraduría de Protección " +
                "se apersone y se registre la canalización de cada niña, niño o adolescente.", MigrationRules.CarerPostponedBasis);
        }

        /// <summary>MIG-12: every module's bar (e.g. regularization: a person who came forward to regularize, LM art. 136).</summary>
        private async Task EnsureNoBarAsync(Guid personId, DateTime at, CancellationToken ct)
        {
            var found = new List<AdmissionBar>();
            foreach (var bar in bars)
            {
                if (await bar.EvaluateAsync(personId, at, ct) is { } refusal)
                {
                    found.Add(refusal);
                }
            }

            if (found.Count > 0)
            {
                throw new DomainRuleException(string.Join(',', found.Select(b => b.Code).Distinct()),
                    "La persona no puede ser presentada en una estación migratoria: " + string.Join(" ", found.Select(b => $"[{b.Code}] {b.Reason}")),
                    string.Join("; ", found.Select(b => b.LegalBasis).Distinct()));
            }
        }
    }
}
