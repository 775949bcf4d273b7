using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// An authority (INM, a Grupo Beta, DIF, the Procuraduría, any other, or on behalf of a shelter)
/// records the children it met — under 18, or of uncertain age and so presumed children — with the
/// adults present and what they are to the children. In the same transaction: one case per child,
/// accompaniment derived from the adults (LM art. 3 fr. XVII–XIX), the oficio to the Procuraduría de
/// Protección competent for the place with a 24-hour acknowledgement alert (unless the Procuraduría
/// itself detected them), and, when asked, the canalization to a DIF system with its acta and the
/// TVRHs (INM).
/// </summary>
public static class IdentifyChildren
{
    /// <param name="Relation">"parent-or-guardian", "customary-caregiver" or "unrelated".</param>
    public sealed record AdultInput(Guid? PersonId, string? Relation);

    /// <param name="IdentifiedAt">When the children were met (UTC); now when absent.</param>
    /// <param name="StateCode">INEGI code of the state where they were met: decides the competent Procuraduría.</param>
    /// <param name="ReportingShelter">The shelter that reported the children, when it was one.</param>
    /// <param name="DifOfficeId">A DIF system (office) to canalize them to at once; later otherwise.</param>
    /// <param name="IssueTvrh">INM only: issue the TVRHs now (children and adults in charge).</param>
    public sealed record Request(IReadOnlyList<Guid>? ChildIds, IReadOnlyList<AdultInput>? Adults, DateTime? IdentifiedAt, string? StateCode,
        string? Municipality, string? PlaceDetail, string? ReportingShelter, Guid? DifOfficeId, bool IssueTvrh = false,
        DateOnly? TvrhValidUntil = null);

    public sealed record IdentifiedChild(Guid CaseId, Guid PersonId, string Accompaniment, bool AgePresumed, string Status, string StatusLabel,
        string? NoticeFolio, string? CanalizationActNumber);

    public sealed record Identified(Guid GroupId, IReadOnlyList<IdentifiedChild> Children, IReadOnlyList<TvrhOutcome> Tvrhs);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateTime now, DateOnly today, bool inm)
        {
            RuleFor(r => r.ChildIds).NotEmpty().WithMessage("Elija a la niña, niño o adolescente (o a varios, si son hermanos).")
                .Must(c => c is null || c.Count <= ChildLimits.MaxChildren).WithMessage($"Máximo {ChildLimits.MaxChildren} por registro.")
                .Must(c => c is null || c.Distinct().Count() == c.Count).WithMessage("Una persona aparece dos veces.");
            RuleForEach(r => r.ChildIds).NotEmpty().WithMessage("Identificador de persona vacío.");
            RuleFor(r => r.Adults).Must(a => a is null || a.Count <= ChildLimits.MaxAdults).WithMessage($"Máximo {ChildLimits.MaxAdults} personas adultas.")
                .Must(a => a is null || a.Select(x => x.PersonId).Distinct().Count() == a.Count).WithMessage("Una persona adulta aparece dos veces.");
            RuleForEach(r => r.Adults).ChildRules(adult =>
            {
                adult.RuleFor(a => a.PersonId).NotEmpty().WithMessage("Elija a la persona adulta.");
                adult.RuleFor(a => a.Relation).Must(v => ChildLabels.Parse<AdultRelation>(v) is not null)
                    .WithMessage("Indique qué es para la niña, niño o adolescente: parent-or-guardian, customary-caregiver o unrelated.");
            });
            RuleForEach(r => r.Adults).Must((r, a) => r.ChildIds is null || a.PersonId is null || !r.ChildIds.Contains(a.PersonId.Value))
                .WithMessage("Una persona no puede ser a la vez niña, niño o adolescente y persona adulta acompañante.");
            RuleFor(r => r.IdentifiedAt).Must(t => t is null || t.Value.ToUniversalTime() <= now.AddMinutes(5))
                .WithMessage("La fecha y hora de identificación no pueden ser futuras.")
                .Must(t => t is null || t.Value.ToUniversalTime() >= now.AddDays(-30))
                .WithMessage("La identificación se registra de inmediato: no más de 30 días después.");
            RuleFor(r => r.StateCode).Must(MexicanStates.IsKnown).WithMessage("Elija la entidad federativa donde se identificó.");
            RuleFor(r => r.Municipality).NotEmpty().WithMessage("Escriba el municipio o localidad.")
                .MaximumLength(ChildLimits.Name).WithMessage($"Máximo {ChildLimits.Name} caracteres.");
            RuleFor(r => r.PlaceDetail).MaximumLength(ChildLimits.ShortText).WithMessage($"Máximo {ChildLimits.ShortText} caracteres.");
            RuleFor(r => r.ReportingShelter).MaximumLength(ChildLimits.Name).WithMessage($"Máximo {ChildLimits.Name} caracteres.");
            RuleFor(r => r.IssueTvrh).Equal(false).When(_ => !inm).WithMessage("Solo el INM expide la TVRH.");
            RuleFor(r => r.TvrhValidUntil).Must(d => d is null || d.Value >= today).WithMessage("El último día de vigencia no puede ser pasado.");
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, NoticeSender notices, DocumentIssuer issuer)
    {
        /// <exception cref="DomainRuleException">An adult without doubt about the age (NNA_NOT_A_CHILD), or a child with an open case.</exception>
        public async Task<ChildResult<Identified>> HandleAsync(Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!ChildAccess.CanIdentify(user.Principal))
            {
                return ChildResult<Identified>.Forbidden();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var today = MexicoCity.Today(clock);
            var validation = await new Validator(now, today, ChildAccess.IsInm(user.Principal)).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return ChildResult<Identified>.Invalid(validation.ToFieldErrors());
            }

            var childIds = request.ChildIds!;
            var adults = (request.Adults ?? []).Select(a => (PersonId: a.PersonId!.Value, Relation: ChildLabels.Parse<AdultRelation>(a.Relation)!.Value)).ToList();
            var everyone = childIds.Concat(adults.Select(a => a.PersonId)).ToList();
            var persons = await db.Set<Person>().AsNoTracking().Where(p => everyone.Contains(p.Id))
                .Select(p => new { p.Id, p.IsArchived, p.BirthDate, p.BirthDateEstimated, p.GivenNames, p.FirstSurname, p.SecondSurname })
                .ToDictionaryAsync(p => p.Id, ct);
            var errors = new Dictionary<string, string[]>();
            for (var i = 0; i < childIds.Count; i++)
            {
                if (!persons.TryGetValue(childIds[i], out var p) || p.IsArchived)
                {
                    errors[$"childIds[{i}]"] = [p is null ? "La persona no existe en el registro." : "La persona está archivada en el registro."];
                }
            }

            for (var i = 0; i < adults.Count; i++)
            {
                if (!persons.TryGetValue(adults[i].PersonId, out var p) || p.IsArchived)
                {
                    errors[$"adults[{i}].personId"] = [p is null ? "La persona no existe en el registro." : "La persona está archivada en el registro."];
                }
                else if (Person.IsChildOn(p.BirthDate, p.BirthDateEstimated, today))
                {
                    errors[$"adults[{i}].personId"] =
                        ["Esta persona es menor de 18 años o su edad es dudosa: se presume niña, niño o adolescente. Identifíquela como tal."];
                }
            }

            if (errors.Count > 0)
            {
                return ChildResult<Identified>.Invalid(errors);
            }

            // LM art. 3 fr. XVI: only an adult beyond doubt is refused; unknown or estimated ages are presumed childhood.
            foreach (var id in childIds)
            {
                var p = persons[id];
                if (!Person.IsChildOn(p.BirthDate, p.BirthDateEstimated, today))
                {
                    throw new DomainRuleException(ChildRules.NotAChild,
                        $"{PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname)} tiene {Person.AgeOn(p.BirthDate, today)} años según " +
                        "una fecha de nacimiento cierta: no es niña, niño o adolescente. Si hay duda sobre su edad, márquela como estimada en el registro: " +
                        "la duda se resuelve presumiendo la minoría de edad.", ChildRules.ChildhoodBasis, StatusCodes.Status422UnprocessableEntity);
                }
            }

            var links = await db.Set<FamilyLink>().AsNoTracking()
                .Where(l => childIds.Contains(l.PersonId) && everyone.Contains(l.RelativeId) && l.Kind != FamilyRelation.Ward)
                .Select(l => new { l.PersonId, l.RelativeId, l.Kind })
                .ToListAsync(ct);
            var relations = new Dictionary<(Guid Child, Guid Adult), FamilyRelation?>();
            for (var i = 0; i < adults.Count; i++)
            {
                foreach (var child in childIds)
                {
                    var kinds = links.Where(l => l.PersonId == child && l.RelativeId == adults[i].PersonId).Select(l => l.Kind).ToList();
                    FamilyRelation? registry = kinds.Contains(FamilyRelation.LegalGuardian) ? FamilyRelation.LegalGuardian
                        : kinds.Count > 0 ? kinds[0] : null;
                    if (Contradiction(adults[i].Relation, registry) is { } message)
                    {
                        errors[$"adults[{i}].relation"] = [message];
                    }

                    relations[(child, adults[i].PersonId)] = registry;
                }
            }

            if (errors.Count > 0)
            {
                return ChildResult<Identified>.Invalid(errors);
            }

            var open = await db.Set<ChildCase>().AsNoTracking()
                .Where(c => childIds.Contains(c.PersonId) && c.Status != ChildCaseStatus.Closed)
                .Select(c => new { c.Id, c.PersonId }).FirstOrDefaultAsync(ct);
            if (open is not null)
            {
                throw new DomainRuleException(ChildRules.CaseAlreadyOpen,
                    $"{Name(persons[open.PersonId].GivenNames, persons[open.PersonId].FirstSurname, persons[open.PersonId].SecondSurname)} ya tiene " +
                    $"un caso de protección abierto ({open.Id}): la Procuraduría ya fue notificada.", ChildRules.NoticeBasis);
            }

            var stateCode = request.StateCode!.Trim();
            var procuraduria = await db.Set<Office>().AsNoTracking()
                .Where(o => o.AgencyCode == AgencyCodes.ChildProtectionOffice && o.IsActive
                    && ((o.Kind == OfficeKind.StateOffice && o.StateCode == stateCode) || o.Kind == OfficeKind.FederalOffice))
                .OrderBy(o => o.Kind == OfficeKind.StateOffice ? 0 : 1)
                .Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(ct)
                ?? throw new InvalidOperationException("No Procuraduría de Protección office is active.");

            Office? dif = null;
            if (request.DifOfficeId is { } difId)
            {
                dif = await db.Set<Office>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == difId && o.AgencyCode == AgencyCodes.Dif && o.IsActive, ct);
                if (dif is null)
                {
                    return ChildResult<Identified>.Invalid("difOfficeId", "Elija un Sistema DIF (nacional, estatal o municipal) activo.");
                }
            }

            var agency = user.AgencyCode!;
            var authority = !string.IsNullOrWhiteSpace(request.ReportingShelter) ? IdentifyingAuthority.Shelter : agency switch
            {
                AgencyCodes.Inm => IdentifyingAuthority.Inm,
                AgencyCodes.BetaGroups => IdentifyingAuthority.BetaGroup,
                AgencyCodes.Dif => IdentifyingAuthority.Dif,
                AgencyCodes.ChildProtectionOffice => IdentifyingAuthority.Procuraduria,
                _ => IdentifyingAuthority.OtherAuthority,
            };
            // The Procuraduría that meets a child detects the case itself (LGDNNA art. 123 fr. I): nobody to notify.
            if (agency == AgencyCodes.ChildProtectionOffice)
            {
                authority = IdentifyingAuthority.Procuraduria;
            }

            var identifiedAt = request.IdentifiedAt?.ToUniversalTime() ?? now;
            var actor = new ChildActor(now, user.UserId, user.UserName, agency);
            var groupId = Guid.CreateVersion7();
            var cases = new List<ChildCase>();
            foreach (var childId in childIds)
            {
                var p = persons[childId];
                var child = ChildCase.Identify(new IdentificationFacts(childId, groupId, p.BirthDate, p.BirthDateEstimated, identifiedAt, authority,
                    request.ReportingShelter?.Trim() is { Length: > 0 } shelter ? shelter : null, stateCode, request.Municipality!.Trim(),
                    string.IsNullOrWhiteSpace(request.PlaceDetail) ? null : request.PlaceDetail.Trim(), procuraduria.Id,
                    [.. adults.Select(a => (a.PersonId, a.Relation, relations[(childId, a.PersonId)] is null ? RelationSource.Declared : RelationSource.Registry,
                        relations[(childId, a.PersonId)]))]), actor);
                db.Add(child);
                cases.Add(child);
                if (authority != IdentifyingAuthority.Procuraduria)
                {
                    var notice = await notices.SendAsync(new NewNotice(AgencyCodes.ChildProtectionOffice, NoticeTypes.ChildIdentified,
                        "Notificación inmediata de niña, niño o adolescente migrante", NoticeBody(child, p.BirthDate, adults, id => Name(persons[id].GivenNames, persons[id].FirstSurname, persons[id].SecondSurname), dif, today),
                        ChildRules.NoticeBasis, childId, ChildRules.CaseType, child.Id, procuraduria.Id,
                        new AcknowledgementLimit(ChildRules.AcknowledgementHours, DeadlineUnit.Hours, ChildRules.AcknowledgementBasis)), ct);
                    child.NoticeSent(notice.Id, notice.Folio);
                }

                if (dif is not null)
                {
                    await CanalizeChild.CanalizeAsync(db, notices, child, dif, actor, ct);
                }
            }

            var tvrhs = new List<TvrhOutcome>();
            if (request.IssueTvrh)
            {
                foreach (var child in cases)
                {
                    tvrhs.Add(await ChildTvrh.IssueAsync(issuer, db, child, child.PersonId, today, request.TvrhValidUntil, ct));
                }

                // The adult in charge benefits once, through the first child's case (LM art. 52 fr. V b párr. cuarto).
                foreach (var adult in adults.Where(a => a.Relation != AdultRelation.Unrelated))
                {
                    tvrhs.Add(await ChildTvrh.IssueAsync(issuer, db, cases[0], adult.PersonId, today, request.TvrhValidUntil, ct));
                }
            }

            await db.SaveChangesAsync(ct);
            return ChildResult<Identified>.Ok(new Identified(groupId,
                [.. cases.Select(c => new IdentifiedChild(c.Id, c.PersonId, ChildLabels.Code(c.Accompaniment), c.AgePresumed,
                    ChildProtectionProcedure.StatusCode(c.Status), ChildProtectionProcedure.StatusLabel(c.Status), c.NoticeFolio, c.CanalizationActNumber))],
                tvrhs));
        }

        private static string Name(string? given, string? first, string? second) => PersonLabels.FullName(given, first, second);

        /// <summary>The declared relation must not contradict the registry's family link.</summary>
        private static string? Contradiction(AdultRelation declared, FamilyRelation? registry) => (declared, registry) switch
        {
            (_, null) => null,
            (AdultRelation.ParentOrGuardian, FamilyRelation.Parent or FamilyRelation.LegalGuardian) => null,
            (AdultRelation.ParentOrGuardian, var r) =>
                $"El registro de personas dice que es «{PersonLabels.Relation(r!.Value)}», no madre, padre ni tutor.",
            (AdultRelation.CustomaryCaregiver, FamilyRelation.Parent or FamilyRelation.LegalGuardian) =>
                "El registro de personas dice que es su madre, padre o tutor: elija «madre, padre o tutor».",
            (AdultRelation.CustomaryCaregiver, _) => null,
            (AdultRelation.Unrelated, var r) =>
                $"El registro de personas dice que es «{PersonLabels.Relation(r!.Value)}»: no es una persona sin vínculo.",
            _ => null,
        };

        private static string NoticeBody(ChildCase child, DateOnly? birthDate, List<(Guid PersonId, AdultRelation Relation)> adults,
            Func<Guid, string> nameOf, Office? dif, DateOnly today)
        {
            var state = MexicanStates.Find(child.StateCode)?.Name ?? child.StateCode;
            var age = child.AgePresumed
                ? "edad no acreditada: se presume niña, niño o adolescente (LM art. 3 fr. XVI)"
                : $"{Person.AgeOn(birthDate, today)} años";
            var present = adults.Count == 0
                ? "Se encontraba sin personas adultas."
                : "Personas adultas presentes: " + string.Join("; ", adults.Select(a => $"{nameOf(a.PersonId)} ({ChildLabels.Relation(a.Relation)})")) + ".";
            return
                $"Con fundamento en los artículos 74 párrafo tercero, 98 y 112 de la Ley de Migración, se notifica de inmediato que el " +
                $"{MexicoTime.LongDateTime(child.IdentifiedAt)} se identificó en {child.Municipality}, {state}" +
                $"{(child.PlaceDetail is null ? "" : $" ({child.PlaceDetail})")}, a la niña, niño o adolescente señalado en este oficio ({age}), " +
                $"{ChildCase.AccompanimentLabel(child.Accompaniment)} en términos del artículo 3 fracciones XVII a XIX de la Ley de Migración. " +
                $"{present}\n\n" +
                $"Identificó: {ChildLabels.Authority(child.Authority)}{(child.ReportingShelter is null ? "" : $" ({child.ReportingShelter})")}. " +
                (dif is null ? "La canalización al Sistema DIF se realizará de inmediato." : $"Se canaliza a: {dif.Name}.") + "\n\n" +
                "No se iniciará procedimiento administrativo migratorio alguno ni se presentará a la niña, niño o adolescente en una estación " +
                "migratoria. Se solicita su intervención para proceder conforme a la Ley General de los Derechos de Niñas, Niños y Adolescentes, " +
                $"y que acuse de recibo. Caso: {child.Id}.";
        }
    }
}
