using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Modules.Removals.Domain;
using static Ruta.Web.Modules.Removals.Domain.RemovalStatus;
using static Ruta.Web.Modules.Removals.Domain.RemovalTrigger;

namespace Ruta.UnitTests.Modules.Removals;

/// <summary>
/// The removal procedure's transition table, checked against the specification written out here by
/// hand: every legal path from the request or the order to an end is walked, and every (state,
/// trigger) pair that is not in the specification is refused with <see cref="IllegalTransitionException"/>.
/// </summary>
public sealed class RemovalProcedureTests
{
    /// <summary>THE specification: (from, trigger) → to. Internal acts (no change of state) are listed separately.</summary>
    private static readonly (RemovalStatus From, RemovalTrigger Trigger, RemovalStatus To)[] Specification =
    [
        (New, Request, Requested),
        (New, Order, Ordered),
        (Requested, Schedule, Scheduled),
        (Requested, Cancel, Cancelled),
        (Ordered, Schedule, Scheduled),
        (Ordered, Cancel, Cancelled),
        (Scheduled, Execute, Executed),
        (Scheduled, Suspend, Suspended),
        (Scheduled, Cancel, Cancelled),
        (Suspended, Resume, Scheduled),
        (Suspended, Cancel, Cancelled),
    ];

    private static readonly Dictionary<RemovalStatus, RemovalTrigger[]> Internal = new()
    {
        [Requested] = [RecordRight, NoteAmparo],
        [Ordered] = [RecordRight, NoteAmparo],
        [Scheduled] = [RecordRight, Reschedule],
        [Suspended] = [RecordRight, NoteAmparo],
        [Executed] = [],
        [Cancelled] = [],
    };

    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly RemovalActor Actor = new(new DateTime(2026, 11, 25, 18, 0, 0, DateTimeKind.Utc), Guid.NewGuid(), "inm.officer", "INM");

    public static RemovalCase Started(RemovalKind kind, bool needsInterpreter = false, bool vulnerable = false) =>
        RemovalCase.Start(new StartFacts(Guid.CreateVersion7(), Guid.CreateVersion7(), kind, Today.AddDays(2), "GTM", DestinationBasis.Nationality, null,
            needsInterpreter, vulnerable, Guid.CreateVersion7(),
            kind == RemovalKind.AssistedReturn ? Today : null, kind == RemovalKind.AssistedReturn ? "spa" : null, null,
            kind == RemovalKind.Deportation ? Today : null, kind == RemovalKind.Deportation ? ["I"] : [], kind == RemovalKind.Deportation ? "Ingresó sin documentos." : null),
            Actor);

    /// <summary>Fires a trigger through the aggregate's own act, with valid facts.</summary>
    private static void Fire(RemovalCase removal, RemovalTrigger trigger)
    {
        switch (trigger)
        {
            case RecordRight:
                removal.RecordRight(removal.MissingRights[0], Today, false, null, Actor);
                break;
            case Schedule:
                removal.Schedule(removal.ScheduledDate, Guid.CreateVersion7(), "Puerto fronterizo", null, [], null, Guid.CreateVersion7(), Today, Actor);
                break;
            case Reschedule:
                removal.Reschedule(removal.ScheduledDate.AddDays(1), "Cierre del puerto por huracán.", Guid.CreateVersion7(), Today, Actor);
                break;
            case NoteAmparo or Suspend:
                removal.Amparo(Guid.CreateVersion7(), "Amparo 1/2026.", Today, Actor);
                break;
            case Resume:
                removal.Resume(removal.ScheduledDate.AddDays(3), Guid.CreateVersion7(), Today, Actor);
                break;
            case Execute:
                removal.Execute(removal.ScheduledDate, Guid.CreateVersion7(), null, Actor);
                break;
            case Cancel:
                removal.Cancel(Today, "La persona desistió.", Actor);
                break;
            default:
                throw new InvalidOperationException($"{trigger} is not fired on a started removal.");
        }
    }

    private static RemovalCase Replay(RemovalTrigger start, IEnumerable<RemovalTrigger> steps)
    {
        var removal = Started(start == Request ? RemovalKind.AssistedReturn : RemovalKind.Deportation);
        foreach (var step in steps)
        {
            Fire(removal, step);
        }

        return removal;
    }

    /// <summary>Every path from the start to an end; the one loop (suspend → resume) is taken at most once.</summary>
    private static IEnumerable<List<RemovalTrigger>> Paths()
    {
        foreach (var start in new[] { Request, Order })
        {
            foreach (var path in Extend(start, [], Replay(start, [])))
            {
                yield return [start, .. path];
            }
        }

        static IEnumerable<List<RemovalTrigger>> Extend(RemovalTrigger start, List<RemovalTrigger> path, RemovalCase removal)
        {
            if (removal.Status is Executed or Cancelled)
            {
                yield return path;
                yield break;
            }

            foreach (var row in Specification.Where(r => r.From == removal.Status && !(r.Trigger == Resume && path.Contains(Resume))))
            {
                var replay = Replay(start, path);
                Fire(replay, row.Trigger);
                Assert.Equal(row.To, replay.Status);
                foreach (var longer in Extend(start, [.. path, row.Trigger], replay))
                {
                    yield return longer;
                }
            }
        }
    }

    public static IEnumerable<object[]> EveryPath() => Paths().Select(p => new object[] { string.Join(" → ", p) });

    [Theory]
    [MemberData(nameof(EveryPath))]
    public void Every_legal_path_of_the_table_leads_where_the_specification_says(string path)
    {
        var steps = path.Split(" → ").Select(Enum.Parse<RemovalTrigger>).ToList();
        var removal = Replay(steps[0], []);
        Assert.Equal(Specification.Single(r => r.From == New && r.Trigger == steps[0]).To, removal.Status);
        foreach (var step in steps.Skip(1))
        {
            var expected = Specification.Single(r => r.From == removal.Status && r.Trigger == step).To;
            Fire(removal, step);
            Assert.Equal(expected, removal.Status);
        }

        Assert.True(removal.Status is Executed or Cancelled, $"The path ends in {removal.Status}.");
    }

    [Fact]
    public void The_walk_covers_every_transition_of_the_specification()
    {
        var paths = Paths().ToList();
        foreach (var row in Specification.Where(r => r.From != New))
        {
            Assert.Contains(paths, p => p.Zip(p.Skip(1)).Any(pair => pair.Second == row.Trigger));
        }

        Assert.Equal(14, paths.Count);
    }

    /// <summary>A removal put in a state through legal acts (rights left unrecorded, so recording one stays possible).</summary>
    private static RemovalCase In(RemovalStatus state, RemovalKind kind = RemovalKind.AssistedReturn)
    {
        var removal = Started(kind);
        RemovalTrigger[] steps = state switch
        {
            Requested or Ordered => [],
            Scheduled => [Schedule],
            Suspended => [Schedule, Suspend],
            Executed => [Schedule, Execute],
            Cancelled => [Cancel],
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        foreach (var step in steps)
        {
            Fire(removal, step);
        }

        return removal;
    }

    public static IEnumerable<object[]> EveryStateAndTrigger() =>
        from state in RemovalProcedure.StoredStates
        from trigger in Enum.GetValues<RemovalTrigger>()
        select new object[] { state, trigger };

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void A_trigger_the_specification_does_not_allow_in_a_state_is_refused_naming_the_state(RemovalStatus state, RemovalTrigger trigger)
    {
        var removal = In(state, state == Ordered ? RemovalKind.Deportation : RemovalKind.AssistedReturn);
        var legal = Specification.Any(r => r.From == state && r.Trigger == trigger) || Internal[state].Contains(trigger);
        Assert.Equal(legal, removal.CanFire(trigger));
        if (legal)
        {
            var expected = Internal[state].Contains(trigger) ? state : Specification.Single(r => r.From == state && r.Trigger == trigger).To;
            Fire(removal, trigger);
            Assert.Equal(expected, removal.Status);
            return;
        }

        var acts = removal.Acts.Count;
        var refused = Assert.Throws<IllegalTransitionException>(() => removal.Ensure(trigger));
        Assert.Equal(RemovalProcedure.StatusLabel(state), refused.CurrentState);
        Assert.Equal(RemovalProcedure.TriggerLabel(trigger), refused.Trigger);
        Assert.Equal(state, removal.Status);
        Assert.Equal(acts, removal.Acts.Count);
    }

    [Fact]
    public void An_assisted_return_is_requested_and_a_deportation_ordered_never_the_other_way()
    {
        Assert.Equal(Requested, Started(RemovalKind.AssistedReturn).Status);
        Assert.Equal(Ordered, Started(RemovalKind.Deportation).Status);
        var status = New;
        var assisted = RemovalProcedure.Build(() => status, s => status = s, () => RemovalKind.AssistedReturn);
        Assert.False(assisted.CanFire(Order));
        var deportation = RemovalProcedure.Build(() => status, s => status = s, () => RemovalKind.Deportation);
        Assert.False(deportation.CanFire(Request));
    }

    [Fact]
    public void An_amparo_suspends_a_scheduled_removal_and_is_only_noted_on_one_not_yet_scheduled()
    {
        var scheduled = In(Scheduled);
        scheduled.Amparo(Guid.CreateVersion7(), "Amparo.", Today, Actor);
        Assert.Equal(Suspended, scheduled.Status);
        Assert.Equal(RemovalActKind.Suspended, scheduled.Acts[^1].Kind);

        var requested = In(Requested);
        requested.Amparo(Guid.CreateVersion7(), "Amparo.", Today, Actor);
        Assert.Equal(Requested, requested.Status);
        Assert.Equal(RemovalActKind.AmparoNoted, requested.Acts[^1].Kind);

        Assert.Throws<IllegalTransitionException>(() => In(Executed).Amparo(Guid.CreateVersion7(), "Amparo.", Today, Actor));
    }

    [Fact]
    public void A_removal_is_executed_only_on_the_day_it_was_scheduled_for()
    {
        var removal = In(Scheduled);
        var refused = Assert.Throws<DomainRuleException>(() => removal.Execute(removal.ScheduledDate.AddDays(1), Guid.CreateVersion7(), null, Actor));
        Assert.Equal(RemovalRules.NotOnScheduledDate, refused.Code);
        Assert.Equal(Scheduled, removal.Status);

        var checkId = Guid.CreateVersion7();
        removal.Execute(removal.ScheduledDate, checkId, null, Actor);
        Assert.Equal((Executed, removal.ScheduledDate, checkId, true), (removal.Status, removal.ExecutedOn!.Value, removal.ExecutionCheckId!.Value, removal.ExecutionCheckAllowed!.Value));
    }

    [Fact]
    public void Every_act_moves_the_act_counter_so_the_version_changes()
    {
        var removal = Started(RemovalKind.AssistedReturn);
        var before = removal.ActCount;
        removal.RecordRight(RemovalRight.FamilyNotice, Today, true, null, Actor);
        Assert.Equal(before + 1, removal.ActCount);
    }
}
