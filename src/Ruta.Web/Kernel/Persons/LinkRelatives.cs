using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Records that <see cref="Command.RelativeId"/> is <see cref="Command.PersonId"/>'s
/// <see cref="Command.Kind"/>, and at once the inverse on the relative (parent ↔ child, spouse ↔
/// spouse, sibling ↔ sibling, other ↔ other, legal guardian ↔ ward), in one SaveChanges: the
/// two sides are never out of step.
/// </summary>
/// <remarks>
/// Refused: a link of a person to themself, a link that exists already, a second kinship between
/// the same two persons (they may hold one kinship and one guardianship), a third parent, and a
/// link involving an archived person.
/// </remarks>
public static class LinkRelatives
{
    public sealed record Command(Guid PersonId, Guid RelativeId, FamilyRelation Kind);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.RelativeId).NotEmpty().WithMessage("Elija a la persona familiar.")
                .NotEqual(x => x.PersonId).WithMessage("Una persona no puede ser familiar de sí misma.");
            RuleFor(x => x.Kind).IsInEnum().WithMessage("Tipo de vínculo desconocido.");
        }
    }

    public sealed class Handler(RutaDbContext db, Validator validator, TimeProvider clock, ICurrentUser user, ILogger<Handler> logger)
    {
        public async Task<PersonsOutcome<FamilyLinkView>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
            {
                return PersonsOutcome<FamilyLinkView>.Invalid(validation.ToFieldErrors());
            }

            var (personId, relativeId, kind) = command;
            var pair = await db.Set<Person>().AsNoTracking()
                .Where(p => p.Id == personId || p.Id == relativeId)
                .Select(p => new { p.Id, p.IsArchived, p.GivenNames, p.FirstSurname, p.SecondSurname })
                .ToListAsync(ct);
            var person = pair.FirstOrDefault(p => p.Id == personId);
            var relative = pair.FirstOrDefault(p => p.Id == relativeId);
            if (person is null)
            {
                return PersonsOutcome<FamilyLinkView>.NotFound("No existe una persona con ese identificador.");
            }

            if (relative is null)
            {
                return PersonsOutcome<FamilyLinkView>.Invalid("relativeId", "No existe una persona con ese identificador.");
            }

            if (person.IsArchived || relative.IsArchived)
            {
                return PersonsOutcome<FamilyLinkView>.Conflict(PersonConflicts.PersonArchived,
                    "No se pueden vincular personas archivadas.", "relativeId");
            }

            var existing = await db.Set<FamilyLink>().AsNoTracking()
                .Where(l => l.PersonId == personId && l.RelativeId == relativeId)
                .Select(l => l.Kind)
                .ToListAsync(ct);
            if (existing.Contains(kind))
            {
                return PersonsOutcome<FamilyLinkView>.Conflict(PersonConflicts.FamilyLinkExists,
                    "Ese vínculo ya está registrado.", "kind");
            }

            var clashing = existing.Where(k => k.IsGuardianship() == kind.IsGuardianship()).ToList();
            if (clashing.Count > 0)
            {
                return PersonsOutcome<FamilyLinkView>.Conflict(PersonConflicts.FamilyLinkContradicts,
                    $"Estas personas ya tienen el vínculo «{PersonLabels.Relation(clashing[0])}»; elimínelo antes de registrar otro.", "kind");
            }

            // The child of this link gains a parent: the person when the relative is their parent, the relative otherwise.
            Guid? child = kind switch
            {
                FamilyRelation.Parent => personId,
                FamilyRelation.Child => relativeId,
                _ => null,
            };
            if (child is { } childId
                && await db.Set<FamilyLink>().CountAsync(l => l.PersonId == childId && l.Kind == FamilyRelation.Parent, ct) >= FamilyRelations.MaxParents)
            {
                return PersonsOutcome<FamilyLinkView>.Conflict(PersonConflicts.TooManyParents,
                    "La hija o el hijo ya tiene registrados a su madre y a su padre (dos). Registre a otras personas como «otro familiar» o «tutora o tutor legal».",
                    "kind");
            }

            var link = new FamilyLink { PersonId = personId, RelativeId = relativeId, Kind = kind };
            var inverse = new FamilyLink { PersonId = relativeId, RelativeId = personId, Kind = kind.Inverse() };
            db.AddRange(link, inverse);
            PersonsAudit.Add(db, clock, user, PersonsAudit.LinkRelatives, personId, null, new { relativeId, kind });
            PersonsAudit.Add(db, clock, user, PersonsAudit.LinkRelatives, relativeId, null, new { relativeId = personId, kind = inverse.Kind });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same link added concurrently: the primary key refused the duplicate.
                db.ChangeTracker.Clear();
                if (!await db.Set<FamilyLink>().AnyAsync(l => l.PersonId == personId && l.RelativeId == relativeId && l.Kind == kind, ct))
                {
                    throw;
                }

                return PersonsOutcome<FamilyLinkView>.Conflict(PersonConflicts.FamilyLinkExists, "Ese vínculo ya está registrado.", "kind");
            }

            PersonsLog.Linked(logger, personId, relativeId, kind);
            return PersonsOutcome<FamilyLinkView>.Ok(new FamilyLinkView(relativeId, kind,
                PersonLabels.FullName(relative.GivenNames, relative.FirstSurname, relative.SecondSurname), false));
        }
    }
}
