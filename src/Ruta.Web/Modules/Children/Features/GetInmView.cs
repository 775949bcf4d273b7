using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

public sealed record InmAdultRow(Guid PersonId, string Name, AdultRelation Relation, string RelationLabel, bool ContraryToInterest);

public sealed record InmPlanRow(int Sequence, DateOnly IssuedOn, string? NoticeFolio, IReadOnlyList<ChildProtectionOutcome> AllowedOutcomes,
    IReadOnlyList<PersonName> FamilyUnity);

public sealed record InmDecisionRow(ChildProtectionOutcome Outcome, DateOnly DecidedOn, string Reasons, IReadOnlyList<PersonName> FamilyUnity);

/// <summary>
/// What INM sees of a child's case: the notices, the canalization, the adults present and whether
/// the Procuraduría found one contrary to the child's interest (without its reasons), the TVRHs, the
/// outcomes the plan allows and INM's decision, the consular notices and the return arrangements, and
/// what the removal guard would say today. Never the diagnosis, the rights findings, the best-interest
/// reasons, the screening or risk notes, or the child's statements.
/// </summary>
public sealed record InmChildView(
    Guid Id, Guid PersonId, string ChildName, DateOnly? BirthDate, bool AgePresumed, ChildCaseStatus Status, string StatusLabel, int Version,
    Accompaniment Accompaniment, DateTime IdentifiedAt, string IdentifiedByAgency, string StateCode, string Municipality, string ProcuraduriaOffice,
    NoticeRef Notice, DateTime? CanalizedAt, string? DifOffice, string? CanalizationActNumber, IReadOnlyList<InmAdultRow> Adults,
    IReadOnlyList<TvrhRow> Tvrhs, bool ProtectionNeedPending, IReadOnlyList<ConsularRow> ConsularNotices, InmPlanRow? Plan,
    InmDecisionRow? Decision, string? EscortName, string? EscortAgency, string? ReceivingAuthority, DateOnly? ReceivingAuthorityConfirmedOn,
    DateOnly ReturnOn, IReadOnlyList<RemovalBlock> ReturnBlocks, IReadOnlyList<EventRow> Timeline, IReadOnlyList<string> AllowedActions);

/// <summary>INM's view of one case, with a stated purpose that is logged (oversight may read it too).</summary>
public static class GetInmView
{
    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, RemovalGuard guard)
    {
        /// <param name="returnOn">The date the return conditions are evaluated for; by default the earliest date a consulate told today would be told in time.</param>
        public async Task<ChildResult<InmChildView>> HandleAsync(Guid id, ReadPurpose purpose, string? detail, CancellationToken ct, DateOnly? returnOn = null)
        {
            if (!ChildAccess.CanReadInmView(user.Principal))
            {
                return ChildResult<InmChildView>.Forbidden();
            }

            var c = await db.Set<ChildCase>().AsNoTracking()
                .Include(x => x.Adults).Include(x => x.Plans).ThenInclude(p => p.FamilyUnity).Include(x => x.Decisions).ThenInclude(d => d.FamilyUnity)
                .Include(x => x.ConsularNotices).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null)
            {
                return ChildResult<InmChildView>.NotFound();
            }

            ReadPurposes.Log(db, clock, user.Principal, id, "inm", purpose, detail);
            await db.SaveChangesAsync(ct);

            var today = MexicoCity.Today(clock);
            var ids = new HashSet<Guid> { c.PersonId };
            ids.UnionWith(c.Adults.Select(a => a.PersonId));
            ids.UnionWith(c.Plans.SelectMany(p => p.FamilyUnity).Select(f => f.PersonId));
            ids.UnionWith(c.Decisions.SelectMany(d => d.FamilyUnity).Select(f => f.PersonId));
            var names = await ChildQueries.NamesAsync(db, ids, ct);
            string Name(Guid person) => names.GetValueOrDefault(person, person.ToString());
            var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == c.PersonId)
                .Select(p => new { p.BirthDate, p.BirthDateEstimated }).FirstAsync(ct);
            var offices = await db.Set<Office>().AsNoTracking().Where(o => o.Id == c.ProcuraduriaOfficeId || o.Id == c.DifOfficeId)
                .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            var events = await db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == c.Id && e.InmVisible).OrderBy(e => e.OccurredAt)
                .Select(e => new EventRow(e.OccurredAt, e.Agency, ChildProtectionProcedure.TriggerLabel(e.Trigger), e.Summary)).ToListAsync(ct);
            var facts = await ChildReturnRule.FactsAsync(db, c.PersonId, today, ct);
            var on = returnOn ?? ChildQueries.DefaultReturnOn(today);
            var blocks = c.IsOpen ? await ChildQueries.ReturnBlocksAsync(guard, c.PersonId, on, ct) : [];
            var plan = c.CurrentPlan;
            var decision = c.CurrentDecision;
            return ChildResult<InmChildView>.Ok(new InmChildView(c.Id, c.PersonId, Name(c.PersonId), person.BirthDate,
                person.BirthDate is null || person.BirthDateEstimated, c.Status, ChildProtectionProcedure.StatusLabel(c.Status), c.Version, c.Accompaniment,
                c.IdentifiedAt, c.IdentifiedByAgency, c.StateCode, c.Municipality, offices.GetValueOrDefault(c.ProcuraduriaOfficeId, ""),
                await ChildQueries.NoticeAsync(db, c.NoticeId, c.NoticeFolio, clock, ct), c.CanalizedAt,
                c.DifOfficeId is { } dif ? offices.GetValueOrDefault(dif) : null, c.CanalizationActNumber,
                [.. c.Adults.Select(a => new InmAdultRow(a.PersonId, Name(a.PersonId), a.Relation, ChildLabels.Relation(a.Relation), a.ContraryToInterest))],
                await ChildQueries.TvrhsAsync(db, c, names, ct), facts.ProtectionNeedPending,
                [.. c.ConsularNotices.OrderBy(n => n.NotifiedOn).Select(n => new ConsularRow(n.Id, n.Purpose, n.CountryCode, n.Consulate, n.NotifiedOn, n.Reference))],
                plan is null ? null : new InmPlanRow(plan.Sequence, plan.IssuedOn, plan.NoticeFolio, plan.Outcomes.List(),
                    [.. plan.FamilyUnity.Select(f => new PersonName(f.PersonId, Name(f.PersonId)))]),
                decision is null ? null : new InmDecisionRow(decision.Outcome, decision.DecidedOn, decision.Reasons,
                    [.. decision.FamilyUnity.Select(f => new PersonName(f.PersonId, Name(f.PersonId)))]),
                c.EscortName, c.EscortAgency, c.ReceivingAuthority, c.ReceivingAuthorityConfirmedOn, on, blocks, events,
                [.. ChildActions.Allowed(user.Principal, c.Status).Where(t => ChildActions.Relevant(t, c)).Select(t => ChildActions.Names[t]).Distinct()]));
        }
    }
}
