using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

public sealed record RightRow(string Right, string Label, string LegalBasis, bool CanBeDeclined, DateOnly? GivenOn, bool Declined, string? Notes);

public sealed record FamilyRow(Guid PersonId, string Name, string Relation, bool IsChild, Guid? RemovalId, RemovalStatus? Status,
    string? StatusLabel, bool InTravelGroup);

public sealed record AmparoRow(Guid Id, Guid PersonId, Guid? RemovalId, string Court, string CaseNumber, DateOnly FiledOn,
    AmparoSuspension Suspension, string SuspensionLabel, DateOnly? SuspensionOn, AmparoOutcome? Outcome, string? OutcomeLabel,
    DateOnly? ResolvedOn, string? ResolutionNotes, bool IsOpen, int Version);

public sealed record ActRow(Guid Id, RemovalActKind Kind, DateOnly OccurredOn, DateTime RecordedAt, string? RecordedBy, string? Agency,
    string? Text, Guid? CheckId, Guid? AmparoId);

/// <summary>A removal as INM and oversight see it.</summary>
/// <param name="CheckId">The guard's passing answer the kernel record rests on now (for the scheduled date).</param>
/// <param name="AllowedActions">The API actions (path segments) the table and the user's role allow now.</param>
public sealed record RemovalView(
    Guid Id, int Version, Guid PersonId, string PersonName, RemovalKind Kind, string KindLabel, RemovalStatus Status, string StatusLabel,
    DateOnly ScheduledDate, string DestinationCountry, string DestinationName, DestinationBasis DestinationBasis, Guid? ResidenceDocumentId,
    Guid CheckId, bool NeedsInterpreter, bool Vulnerable,
    DateOnly? RequestedOn, string? RequestLanguage, string? InterpreterName,
    DateOnly? OrderedOn, IReadOnlyList<string> Grounds, string? OrderReasons,
    Guid? TravelGroupId, IReadOnlyList<Guid> TravelGroup, string? ExitPoint, string? Transport, IReadOnlyList<Guid> SeparatedPersonIds,
    string? SeparationReason, DateOnly? ExecutedOn, Guid? ExecutionCheckId, DateOnly? CancelledOn, string? CancellationReason,
    IReadOnlyList<RightRow> Rights, IReadOnlyList<string> MissingRights, IReadOnlyList<FamilyRow> Family, IReadOnlyList<AmparoRow> Amparos,
    IReadOnlyList<ActRow> Acts, IReadOnlyList<string> AllowedActions);

/// <summary>Reads one removal with its rights, family, amparos and acts.</summary>
public static class GetRemoval
{
    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<RemovalsResult<RemovalView>> HandleAsync(Guid id, CancellationToken ct)
        {
            if (!RemovalAccess.CanRead(user.Principal))
            {
                return RemovalsResult<RemovalView>.Forbidden();
            }

            return await LoadAsync(id, ct) is { } view ? RemovalsResult<RemovalView>.Ok(view) : RemovalsResult<RemovalView>.NotFound();
        }

        public async Task<RemovalView?> LoadAsync(Guid id, CancellationToken ct)
        {
            var removal = await db.Set<RemovalCase>().AsNoTracking().Include(c => c.Rights).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (removal is null)
            {
                return null;
            }

            var today = MexicoCity.Today(clock);
            var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == removal.PersonId)
                .Select(p => new { p.GivenNames, p.FirstSurname, p.SecondSurname }).FirstAsync(ct);
            var checkId = await db.Set<RemovalRecord>().AsNoTracking().Where(r => r.Id == id).Select(r => r.CheckId).FirstAsync(ct);
            var rights = removal.ApplicableRights.Select(r =>
            {
                var recorded = removal.Rights.FirstOrDefault(x => x.Right == r);
                return new RightRow(RemovalRights.Code(r), RemovalRights.Label(r), RemovalRights.Basis(removal.Kind, r), RemovalRights.CanBeDeclined(r),
                    recorded?.GivenOn, recorded?.Declined ?? false, recorded?.Notes);
            }).ToList();

            var relatives = await (
                    from link in db.Set<FamilyLink>().AsNoTracking()
                    where link.PersonId == removal.PersonId
                    join p in db.Set<Person>() on link.RelativeId equals p.Id
                    select new { p.Id, link.Kind, p.GivenNames, p.FirstSurname, p.SecondSurname, p.BirthDate, p.BirthDateEstimated })
                .ToListAsync(ct);
            var relativeIds = relatives.Select(r => r.Id).ToList();
            var relativeCases = (await db.Set<RemovalCase>().AsNoTracking().Where(c => relativeIds.Contains(c.PersonId))
                    .Select(c => new { c.Id, c.PersonId, c.Status, c.CreatedAt, c.TravelGroupId }).ToListAsync(ct))
                .GroupBy(c => c.PersonId)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(c => RemovalProcedure.IsOpen(c.Status)).ThenByDescending(c => c.CreatedAt).First());
            var family = relatives.Select(r =>
            {
                var other = relativeCases.GetValueOrDefault(r.Id);
                return new FamilyRow(r.Id, PersonLabels.FullName(r.GivenNames, r.FirstSurname, r.SecondSurname), PersonLabels.Relation(r.Kind),
                    Person.IsChildOn(r.BirthDate, r.BirthDateEstimated, today), other?.Id, other?.Status,
                    other is null ? null : RemovalProcedure.StatusLabel(other.Status),
                    other is not null && removal.TravelGroupId is not null && other.TravelGroupId == removal.TravelGroupId);
            }).ToList();
            var group = removal.TravelGroupId is { } g
                ? await db.Set<RemovalCase>().AsNoTracking().Where(c => c.TravelGroupId == g).OrderBy(c => c.CreatedAt).Select(c => c.Id).ToListAsync(ct)
                : [];

            var amparos = await db.Set<Amparo>().AsNoTracking().Where(a => a.PersonId == removal.PersonId).OrderBy(a => a.FiledOn)
                .ToListAsync(ct);
            var acts = await db.Set<RemovalAct>().AsNoTracking().Where(a => a.RemovalId == id).OrderBy(a => a.RecordedAt).ThenBy(a => a.Id)
                .Select(a => new ActRow(a.Id, a.Kind, a.OccurredOn, a.RecordedAt, a.RecordedByUserName, a.RecordedByAgency, a.Text, a.CheckId, a.AmparoId))
                .ToListAsync(ct);

            return new RemovalView(removal.Id, removal.Version, removal.PersonId,
                PersonLabels.FullName(person.GivenNames, person.FirstSurname, person.SecondSurname), removal.Kind,
                RemovalProcedure.KindLabel(removal.Kind), removal.Status, RemovalProcedure.StatusLabel(removal.Status), removal.ScheduledDate,
                removal.DestinationCountry, RemovalDestinations.CountryName(removal.DestinationCountry), removal.DestinationBasis,
                removal.ResidenceDocumentId, checkId, removal.NeedsInterpreter, removal.Vulnerable,
                removal.RequestedOn, removal.RequestLanguage, removal.InterpreterName, removal.OrderedOn, removal.GroundList, removal.OrderReasons,
                removal.TravelGroupId, group, removal.ExitPoint, removal.Transport, removal.SeparatedPersons, removal.SeparationReason,
                removal.ExecutedOn, removal.ExecutionCheckId, removal.CancelledOn, removal.CancellationReason,
                rights, [.. removal.MissingRights.Select(RemovalRights.Code)], family, [.. amparos.Select(ToRow)], acts,
                AllowedActions(removal, user.Principal));
        }

        private static IReadOnlyList<string> AllowedActions(RemovalCase removal, ClaimsPrincipal user)
        {
            var allowed = RemovalActions.Triggers
                .Where(t => removal.CanFire(t.Trigger) && RemovalActions.MayAct(user, t.Action, removal.Kind))
                .Where(t => t.Action != RemovalActions.Rights || removal.MissingRights.Count > 0)
                .Select(t => t.Action).ToList();
            if (RemovalProcedure.IsOpen(removal.Status) && RemovalAccess.IsInmCaseWorker(user))
            {
                allowed.Add(RemovalActions.Amparo);
            }

            return allowed;
        }
    }

    public static AmparoRow ToRow(Amparo a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new AmparoRow(a.Id, a.PersonId, a.RemovalId, a.Court, a.CaseNumber, a.FiledOn, a.Suspension, Amparo.SuspensionLabel(a.Suspension),
            a.SuspensionOn, a.Outcome, a.Outcome is { } o ? Amparo.OutcomeLabel(o) : null, a.ResolvedOn, a.ResolutionNotes, a.IsOpen, a.Version);
    }
}
