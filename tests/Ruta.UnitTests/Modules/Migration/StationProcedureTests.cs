using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Modules.Migration.Domain;
using static Ruta.Web.Modules.Migration.Domain.StationStayStatus;
using static Ruta.Web.Modules.Migration.Domain.StationStayTrigger;

namespace Ruta.UnitTests.Modules.Migration;

/// <summary>
/// The stay's transition table, checked against the specification written out here by hand: every
/// legal path from the puesta a disposición to an exit is walked (with the acts that keep the state),
/// and every (state, trigger) pair not in the specification is refused naming the state.
/// </summary>
public sealed class StationProcedureTests
{
    /// <summary>THE specification: (from, trigger) → to.</summary>
    private static readonly (StationStayStatus From, StationStayTrigger Trigger, StationStayStatus To)[] Specification =
    [
        (New, PutAtDisposal, AwaitingAdmission),
        (AwaitingAdmission, Admit, Admitted),
        (AwaitingAdmission, Release, Released),
        (AwaitingAdmission, ExitToRegularize, StationStayStatus.ExitForRegularization),
        (AwaitingAdmission, Remove, Removed),
        (AwaitingAdmission, Canalize, Canalized),
        (Admitted, Release, Released),
        (Admitted, ExitToRegularize, StationStayStatus.ExitForRegularization),
        (Admitted, Remove, Removed),
        (Admitted, Canalize, Canalized),
    ];

    /// <summary>Acts that keep the state.</summary>
    private static readonly Dictionary<StationStayStatus, StationStayTrigger[]> Internal = new()
    {
        [AwaitingAdmission] = [RecordAsylumRequest],
        [Admitted] = [RecordAsylumRequest, Extend],
        [Released] = [],
        [StationStayStatus.ExitForRegularization] = [],
        [Removed] = [],
        [Canalized] = [],
    };

    private static readonly DateTime Disposed = new(2026, 11, 20, 15, 0, 0, DateTimeKind.Utc);
    private static readonly StayActor Actor = new(Disposed.AddHours(1), Guid.NewGuid(), "INM");

    public static IEnumerable<object[]> EveryPath() => Paths().Select(p => new object[] { string.Join(" → ", p) });

    [Theory]
    [MemberData(nameof(EveryPath))]
    public void Every_legal_path_of_the_table_leads_where_the_specification_says(string path)
    {
        var stay = NewStay();
        Assert.Equal(AwaitingAdmission, stay.Status);
        foreach (var trigger in path.Split(" → ").Skip(1).Select(Enum.Parse<StationStayTrigger>))
        {
            var from = stay.Status;
            var expected = Internal[from].Contains(trigger) ? from : Specification.Single(r => r.From == from && r.Trigger == trigger).To;
            Fire(stay, trigger);
            Assert.Equal(expected, stay.Status);
        }

        Assert.False(StationProcedure.IsOpen(stay.Status), $"The path ends in {stay.Status}.");
        Assert.NotNull(stay.EndedAt);
        Assert.NotNull(stay.EndReason);
    }

    [Fact]
    public void The_walk_covers_every_transition_and_internal_act_and_ends_in_every_exit()
    {
        var paths = Paths().Select(p => p.Select(Enum.Parse<StationStayTrigger>).ToList()).ToList();
        var used = paths.SelectMany(p => p).ToHashSet();
        Assert.All(Specification, row => Assert.Contains(row.Trigger, used));
        Assert.Contains(Extend, used);
        Assert.Contains(RecordAsylumRequest, used);
        Assert.Equal(4, paths.Select(p => p[^1]).Distinct().Count());
    }

    public static IEnumerable<object[]> EveryStateAndTrigger() =>
        from state in StationProcedure.StoredStates
        from trigger in Enum.GetValues<StationStayTrigger>()
        select new object[] { state, trigger };

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void A_trigger_the_specification_does_not_allow_in_a_state_is_refused_naming_the_state(StationStayStatus state, StationStayTrigger trigger)
    {
        var stay = StayIn(state);
        var legal = Specification.Any(r => r.From == state && r.Trigger == trigger) || Internal[state].Contains(trigger);
        Assert.Equal(legal, stay.CanFire(trigger));
        if (legal)
        {
            var expected = Internal[state].Contains(trigger) ? state : Specification.Single(r => r.From == state && r.Trigger == trigger).To;
            Fire(stay, trigger);
            Assert.Equal(expected, stay.Status);
            return;
        }

        var entries = stay.Events.Count;
        var refused = Assert.Throws<IllegalTransitionException>(() => Fire(stay, trigger));
        Assert.Equal(StationProcedure.StatusLabel(state), refused.CurrentState);
        Assert.Equal(StationProcedure.TriggerLabel(trigger), refused.Trigger);
        Assert.Equal(state, stay.Status);
        Assert.Equal(entries, stay.Events.Count);
    }

    [Fact]
    public void A_stay_exists_only_with_an_adult_age_check_of_the_same_person()
    {
        var child = Check(Guid.NewGuid(), new DateOnly(2015, 3, 1));
        Assert.Throws<InvalidOperationException>(() => StationStay.PutAtDisposal(child.PersonId, Guid.NewGuid(), Guid.NewGuid(), Disposed, child, Actor));
        var adult = Check(Guid.NewGuid(), new DateOnly(1990, 3, 1));
        Assert.Throws<InvalidOperationException>(() => StationStay.PutAtDisposal(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Disposed, adult, Actor));
    }

    [Fact]
    public void An_admission_needs_an_adult_age_check_and_an_age_in_doubt_is_a_child()
    {
        var stay = NewStay();
        var doubtful = StationAgeCheck.Of(stay.PersonId, stay.ApprehensionId, StationAgeCheck.AtAdmission, new DateOnly(2026, 11, 20), null, false,
            Disposed, null, "INM");
        Assert.True(doubtful.IsChild);
        var estimated = StationAgeCheck.Of(stay.PersonId, stay.ApprehensionId, StationAgeCheck.AtAdmission, new DateOnly(2026, 11, 20),
            new DateOnly(2006, 1, 1), true, Disposed, null, "INM");
        Assert.True(estimated.IsChild); // 20 by an estimated birth date: presumed a child (PER-01)
        Assert.Throws<InvalidOperationException>(() => stay.Admit(Disposed.AddHours(2), "AP-1", Rights, doubtful, Actor));
        Assert.Equal(AwaitingAdmission, stay.Status);
    }

    [Fact]
    public void An_extension_on_fractions_I_to_IV_happens_once_and_fraction_V_may_follow()
    {
        var stay = StayIn(Admitted);
        stay.Extend(StayExtensionGround.ConsularDelay, "El consulado pidió 20 días.", new DateOnly(2026, 12, 1), Actor);
        Assert.True(stay.ExtendedToCap);
        var refused = Assert.Throws<DomainRuleException>(() =>
            stay.Extend(StayExtensionGround.IdentityOrDocuments, "Otra vez.", new DateOnly(2026, 12, 2), Actor));
        Assert.Equal(MigrationRules.ExtensionCapReached, refused.Code);
        stay.Extend(StayExtensionGround.RecourseOrAmparo, "Amparo con prohibición de traslado.", new DateOnly(2026, 12, 3), Actor);
        Assert.Equal(StayExtensionGround.RecourseOrAmparo, stay.ExtensionGround);
    }

    [Fact]
    public void Asylum_is_recorded_once_per_stay()
    {
        var stay = StayIn(Admitted);
        stay.RecordAsylumRequest(Disposed.AddHours(3), Guid.NewGuid(), null, Actor);
        var refused = Assert.Throws<DomainRuleException>(() => stay.RecordAsylumRequest(Disposed.AddHours(4), Guid.NewGuid(), null, Actor));
        Assert.Equal(MigrationRules.AsylumAlreadyRequested, refused.Code);
    }

    [Theory]
    [InlineData(StayEndReason.Release, Released)]
    [InlineData(StayEndReason.Regularization, StationStayStatus.ExitForRegularization)]
    [InlineData(StayEndReason.Removal, Removed)]
    [InlineData(StayEndReason.Canalization, Canalized)]
    public void Each_custody_end_reason_takes_its_own_exit(StayEndReason reason, StationStayStatus exit)
    {
        var stay = StayIn(Admitted);
        stay.End(reason, Disposed.AddDays(2), "ref", null, Actor);
        Assert.Equal(exit, stay.Status);
        Assert.Equal(reason, stay.EndReason);
        Assert.Equal(reason == StayEndReason.Release ? ReleaseGround.Other : null, stay.ReleaseGround);
    }

    private static readonly RightsChecklist Rights = new(true, true, ConsularAssistance.Declined, true, InterpreterNeed.NotNeeded, null, true, true);

    private static StationAgeCheck Check(Guid personId, DateOnly birth) =>
        StationAgeCheck.Of(personId, Guid.NewGuid(), StationAgeCheck.AtDisposal, new DateOnly(2026, 11, 20), birth, false, Disposed, null, "INM");

    private static StationStay NewStay()
    {
        var person = Guid.NewGuid();
        return StationStay.PutAtDisposal(person, Guid.NewGuid(), Guid.NewGuid(), Disposed, Check(person, new DateOnly(1990, 1, 1)), Actor);
    }

    private static StationStay StayIn(StationStayStatus state)
    {
        var stay = NewStay();
        var path = state switch
        {
            AwaitingAdmission => Array.Empty<StationStayTrigger>(),
            Admitted => [Admit],
            Released => [Release],
            StationStayStatus.ExitForRegularization => [Admit, StationStayTrigger.ExitToRegularize],
            Removed => [Admit, Remove],
            Canalized => [Canalize],
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        foreach (var trigger in path)
        {
            Fire(stay, trigger);
        }

        Assert.Equal(state, stay.Status);
        return stay;
    }

    private static void Fire(StationStay stay, StationStayTrigger trigger)
    {
        switch (trigger)
        {
            case PutAtDisposal:
                // Only a new stay is put at disposal: the aggregate has no method for it once stored.
                stay.Ensure(PutAtDisposal);
                break;
            case Admit:
                stay.Admit(Disposed.AddHours(2), "AP-1", Rights, StationAgeCheck.Of(stay.PersonId, stay.ApprehensionId, StationAgeCheck.AtAdmission,
                    new DateOnly(2026, 11, 20), new DateOnly(1990, 1, 1), false, Disposed, null, "INM"), Actor);
                break;
            case RecordAsylumRequest:
                if (stay.AsylumRequestedAt is not null)
                {
                    stay.Ensure(RecordAsylumRequest);
                    break;
                }

                stay.RecordAsylumRequest(Disposed.AddHours(3), Guid.NewGuid(), null, Actor);
                break;
            case Extend:
                stay.Extend(StayExtensionGround.RecourseOrAmparo, "Amparo.", new DateOnly(2026, 11, 25), Actor);
                break;
            case Release:
                stay.End(StayEndReason.Release, Disposed.AddDays(1), "Libertad.", ReleaseGround.AuthorityDecision, Actor);
                break;
            case StationStayTrigger.ExitToRegularize:
                stay.End(StayEndReason.Regularization, Disposed.AddDays(1), "regularization:1", null, Actor);
                break;
            case Remove:
                stay.End(StayEndReason.Removal, Disposed.AddDays(1), "removal:1", null, Actor);
                break;
            case Canalize:
                stay.End(StayEndReason.Canalization, Disposed.AddDays(1), "Canalizada.", null, Actor);
                break;
        }
    }

    /// <summary>Every path from the puesta a disposición to an exit, with the state-keeping acts before each move.</summary>
    private static IEnumerable<List<string>> Paths()
    {
        foreach (var admit in new[] { false, true })
        {
            foreach (var exit in new[] { Release, StationStayTrigger.ExitToRegularize, Remove, Canalize })
            {
                List<string> path = [nameof(PutAtDisposal), nameof(RecordAsylumRequest)];
                if (admit)
                {
                    path.AddRange([nameof(Admit), nameof(Extend)]);
                }

                path.Add(exit.ToString());
                yield return path;
            }
        }
    }
}
