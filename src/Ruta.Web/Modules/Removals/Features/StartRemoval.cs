using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>
/// POST /api/v1/migration/removals: records an assisted-return request (INM officers) or a deportation
/// order (INM supervisors). The removal guard is asked for the planned date through the kernel's
/// <see cref="RecordRemoval"/>: the passing check, the kernel record and this case are saved together,
/// or nothing is saved and the 409 names every block with its legal basis.
/// </summary>
public static class StartRemoval
{
    /// <summary>The fractions of LM art. 144.</summary>
    public static readonly IReadOnlyList<string> GroundCodes = ["I", "II", "III", "IV", "V", "VI"];

    public static string GroundLabel(string ground) => ground switch
    {
        "I" => "fr. I: se internó sin la documentación requerida o por un lugar no autorizado",
        "II" => "fr. II: habiendo sido deportado, se internó de nuevo sin acuerdo de readmisión",
        "III" => "fr. III: se ostentó como mexicano ante el Instituto sin serlo",
        "IV" => "fr. IV: sus antecedentes comprometen la seguridad nacional o la seguridad pública",
        "V" => "fr. V: proporcionó información falsa o exhibió documentación apócrifa, alterada u obtenida fraudulentamente",
        "VI" => "fr. VI: incumplió una orden de salida del territorio nacional",
        _ => ground,
    };

    /// <param name="Kind">"assisted-return" or "deportation".</param>
    /// <param name="Signed">Assisted return: the written request bears the person's signature or fingerprint.</param>
    /// <param name="Language">Assisted return: ISO 639-3 of the language of the request ("spa" for Spanish).</param>
    /// <param name="Grounds">Deportation: fractions of LM art. 144 ("I".."VI"), at least one.</param>
    public sealed record Request(Guid? PersonId, string? Kind, DateOnly? PlannedDate, string? DestinationCountry, Guid? ResidenceDocumentId,
        DateOnly? RequestedOn, bool? Signed, string? Language, string? InterpreterName,
        DateOnly? OrderedOn, IReadOnlyList<string>? Grounds, string? Reasons);

    public sealed record Started(Guid Id, RemovalStatus Status, string StatusLabel, Guid CheckId, RemovalView Removal);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.PersonId).NotEmpty().WithMessage("Indique la persona.");
            RuleFor(r => r.Kind).Must(k => TryKind(k, out _)).WithMessage("Indique el tipo de salida: assisted-return o deportation.");
            RuleFor(r => r.PlannedDate).TravelDate(today, "la fecha prevista de salida");
            RuleFor(r => r.DestinationCountry).NotEmpty().WithMessage("Indique el país de destino (código ISO de 3 letras).")
                .Must(c => Countries.Find(c) is { } country && !Countries.IsIcaoSpecialCode(country.Code) && country.Code != "MEX")
                .When(r => !string.IsNullOrWhiteSpace(r.DestinationCountry))
                .WithMessage("El país de destino debe ser un código ISO 3166-1 alfa-3 de un país distinto de México.");
            When(r => TryKind(r.Kind, out var k) && k == RemovalKind.AssistedReturn, () =>
            {
                RuleFor(r => r.RequestedOn).ActDate(today, "la fecha de la solicitud");
                RuleFor(r => r.Signed).NotNull().WithMessage("Indique si la solicitud escrita está firmada por la persona.");
                RuleFor(r => r.Language).NotEmpty().WithMessage("Indique el idioma de la solicitud (código ISO 639-3; spa = español).")
                    .Must(Languages.IsKnown).When(r => !string.IsNullOrWhiteSpace(r.Language))
                    .WithMessage("Idioma desconocido: use un código ISO 639-3 del catálogo.");
                RuleFor(r => r.InterpreterName).NotEmpty()
                    .When(r => Languages.IsKnown(r.Language) && !IsSpanish(r.Language))
                    .WithMessage("La persona no pidió el retorno en español: indique el nombre del intérprete (LM art. 119 fr. IV).")
                    .MaximumLength(200).WithMessage("Máximo 200 caracteres.");
            });
            When(r => TryKind(r.Kind, out var k) && k == RemovalKind.Deportation, () =>
            {
                RuleFor(r => r.OrderedOn).ActDate(today, "la fecha de la orden");
                RuleFor(r => r.Grounds).Must(g => g is { Count: > 0 })
                    .WithMessage("Indique al menos una causal del art. 144 de la Ley de Migración (I a VI).");
                RuleForEach(r => r.Grounds).Must(g => GroundCodes.Contains(g?.Trim().ToUpperInvariant()))
                    .WithMessage("Causal desconocida: use I, II, III, IV, V o VI (art. 144 de la Ley de Migración).");
                RuleFor(r => r.Reasons).Text("La orden debe estar fundada y motivada: escriba los hechos que actualizan la causal.");
            });
        }
    }

    public static bool TryKind(string? value, out RemovalKind kind)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "assisted-return":
                kind = RemovalKind.AssistedReturn;
                return true;
            case "deportation":
                kind = RemovalKind.Deportation;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    public static bool IsSpanish(string? language) => string.Equals(language?.Trim(), "spa", StringComparison.OrdinalIgnoreCase);

    private const Vulnerabilities Article120Groups = Vulnerabilities.Pregnant | Vulnerabilities.Disability | Vulnerabilities.OlderPerson
        | Vulnerabilities.CrimeVictimOrWitness | Vulnerabilities.TraffickingVictim | Vulnerabilities.UnaccompaniedChild;

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, RemovalGuard guard, IStationCustody custody,
        GetRemoval.Handler view)
    {
        public async Task<RemovalsResult<Started>> HandleAsync(Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!RemovalAccess.IsInmCaseWorker(user.Principal))
            {
                return RemovalsResult<Started>.Forbidden();
            }

            var today = Kernel.Calendar.MexicoCity.Today(clock);
            var validation = await new Validator(today).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return RemovalsResult<Started>.Invalid(validation.ToFieldErrors());
            }

            TryKind(request.Kind, out var kind);
            if (!RemovalAccess.CanStart(user.Principal, kind))
            {
                return RemovalsResult<Started>.Forbidden();
            }

            var personId = request.PersonId!.Value;
            var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == personId)
                .Select(p => new { p.BirthDate, p.BirthDateEstimated, p.Vulnerabilities, p.NeedsInterpreter, p.PreferredLanguage })
                .FirstOrDefaultAsync(ct);
            if (person is null)
            {
                return RemovalsResult<Started>.NotFound();
            }

            var date = request.PlannedDate!.Value;
            var destination = Countries.Find(request.DestinationCountry)!.Code;
            if (request.Signed == false)
            {
                throw new DomainRuleException(RemovalRules.RequestNotSigned,
                    "El retorno asistido solo procede a petición expresa de la persona, por escrito y firmada.",
                    RemovalRules.AssistedReturnRequestBasis, StatusCodes.Status422UnprocessableEntity);
            }

            if (await db.Set<RemovalCase>().AnyAsync(c => c.PersonId == personId && (c.Status == RemovalStatus.Requested
                    || c.Status == RemovalStatus.Ordered || c.Status == RemovalStatus.Scheduled || c.Status == RemovalStatus.Suspended), ct))
            {
                throw new DomainRuleException(RemovalRules.AlreadyOpen,
                    "La persona ya tiene una salida en trámite: continúe esa o cancélela antes de iniciar otra.", RemovalRules.OneOpenRemovalBasis);
            }

            // The guard first (its blocks matter most), through the kernel: the passing check and the kernel
            // record join this unit of work and are saved only with the case.
            var record = await RecordRemoval.AddAsync(new RecordRemoval.Request(personId, kind, date, destination), db, guard, user, clock, ct)
                ?? throw new InvalidOperationException("The person exists (read above).");

            if (kind == RemovalKind.Deportation && await custody.FindOpenStayAsync(personId, ct) is null)
            {
                throw new DomainRuleException(RemovalRules.NotPresented,
                    "Solo se deporta a la persona extranjera presentada: no tiene una estancia abierta en una estación migratoria.",
                    RemovalRules.PresentationBasis);
            }

            var (basis, documentId) = await RemovalDestinations.DecideAsync(db, personId, destination, request.ResidenceDocumentId, date, ct);

            var needsInterpreter = kind == RemovalKind.AssistedReturn
                ? !IsSpanish(request.Language)
                : person.NeedsInterpreter || (person.PreferredLanguage is { } preferred && !IsSpanish(preferred));
            var vulnerable = (person.Vulnerabilities & Article120Groups) != 0 || Person.IsChildOn(person.BirthDate, person.BirthDateEstimated, date);
            var removal = RemovalCase.Start(new StartFacts(record.Id, personId, kind, date, destination, basis, documentId, needsInterpreter, vulnerable,
                record.CheckId, request.RequestedOn, request.Language?.Trim().ToLowerInvariant(), Trim(request.InterpreterName),
                request.OrderedOn, [.. (request.Grounds ?? []).Select(g => g.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)],
                Trim(request.Reasons)), new RemovalActor(clock.GetUtcNow().UtcDateTime, user.UserId, user.UserName, user.AgencyCode));
            db.Add(removal);
            await db.SaveChangesAsync(ct);
            var loaded = (await view.LoadAsync(removal.Id, ct))!;
            return RemovalsResult<Started>.Ok(new Started(removal.Id, removal.Status, loaded.StatusLabel, record.CheckId, loaded));
        }

        private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
