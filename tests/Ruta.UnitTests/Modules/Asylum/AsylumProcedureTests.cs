using Ruta.Web.Kernel.Domain;
using Ruta.Web.Modules.Asylum.Domain;
using static Ruta.Web.Modules.Asylum.Domain.AsylumClaimStatus;
using static Ruta.Web.Modules.Asylum.Domain.AsylumTrigger;

namespace Ruta.UnitTests.Modules.Asylum;

/// <summary>
/// The procedure's transition table, checked against the specification written out here by hand:
/// every legal path from filing to an end is walked, and every (state, trigger) pair that is not in
/// the specification is refused with <see cref="IllegalTransitionException"/> naming the state.
/// </summary>
public sealed class AsylumProcedureTests
{
    /// <summary>A step of a scenario: a trigger with the facts that select its guarded branch.</summary>
    public sealed record Step(AsylumTrigger Trigger, string Variant = "")
    {
        public override string ToString() => Variant.Length == 0 ? Trigger.ToString() : $"{Trigger}({Variant})";
    }

    /// <summary>THE specification: (from, step) → to. Internal acts (no change of state) are listed separately.</summary>
    private static readonly (AsylumClaimStatus From, Step Step, AsylumClaimStatus To)[] Specification =
    [
        (New, new(AsylumTrigger.File, "applicant"), InProcedure),
        (New, new(AsylumTrigger.File, "applicant-late"), LateFilingReview),
        (New, new(AsylumTrigger.File, "representative"), AwaitingRatification),
        (New, new(AsylumTrigger.File, "representative-late"), AwaitingRatification),
        (AwaitingRatification, new(Ratify), InProcedure), // replaced by LateFilingReview for a late claim, below
        (AwaitingRatification, new(LapseRatification), Closed),
        (AwaitingRatification, new(Withdraw), Closed),
        (LateFilingReview, new(AdmitLateFiling), InProcedure),
        (LateFilingReview, new(RefuseLateFiling), Closed),
        (LateFilingReview, new(Withdraw), Closed),
        (InProcedure, new(Resolve, "refugee"), Resolved),
        (InProcedure, new(Resolve, "complementary"), Resolved),
        (InProcedure, new(Resolve, "rejected"), Resolved),
        (InProcedure, new(Abandon), Closed),
        (InProcedure, new(Withdraw), Closed),
        (Resolved, new(Notify), Recognized), // AppealWindowOpen after a rejection, below
        (AppealWindowOpen, new(FileAppeal), AppealPending),
        (AppealWindowOpen, new(LapseAppealWindow), Closed),
        (AppealPending, new(ConfirmOnAppeal), Closed),
        (AppealPending, new(RevokeOnAppeal, "refugee"), Recognized),
        (AppealPending, new(RevokeOnAppeal, "complementary"), Recognized),
        (AppealPending, new(OrderNewResolution), InProcedure),
    ];

    private static readonly Dictionary<AsylumClaimStatus, AsylumTrigger[]> Internal = new()
    {
        [AwaitingRatification] = [RecordConsularContact],
        [LateFilingReview] = [ReceiveEvidence, ScheduleAppointment, RecordConsularContact],
        [InProcedure] = [RecordInterview, RecordSigning, RequestOpinion, RecordOpinion, ReceiveEvidence, Extend, ScheduleAppointment, RecordConsularContact],
        [Resolved] = [ScheduleAppointment, RecordConsularContact],
        [AppealWindowOpen] = [RecordConsularContact],
        [AppealPending] = [RecordConsularContact],
        [Recognized] = [DetermineArticle52, RecordConsularContact],
        [Closed] = [],
    };

    private static readonly DateOnly Entered = new(2026, 10, 5);
    private static readonly DateOnly LastTimelyDay = new(2026, 11, 17);
    private static readonly DateOnly Later = new(2027, 6, 1);
    private static readonly AsylumActor Actor = new(new DateTime(2026, 11, 25, 18, 0, 0, DateTimeKind.Utc), Guid.NewGuid(), "COMAR");

    /// <summary>The state the specification gives, resolving the two guarded branches from the claim's facts.</summary>
    private static AsylumClaimStatus? Expected(AsylumClaim claim, Step step)
    {
        var row = Specification.FirstOrDefault(r => r.From == claim.Status && r.Step == step);
        if (row.Step is null)
        {
            return null;
        }

        return (row.From, step.Trigger) switch
        {
            (AwaitingRatification, Ratify) when claim.IsLateFiling => LateFilingReview,
            (Resolved, Notify) when claim.Outcome == AsylumOutcome.Rejected => AppealWindowOpen,
            _ => row.To,
        };
    }

    public static IEnumerable<object[]> EveryPath() => Paths().Select(p => new object[] { string.Join(" → ", p) });

    [Theory]
    [MemberData(nameof(EveryPath))]
    public void Every_legal_path_of_the_table_leads_where_the_specification_says(string path)
    {
        var steps = path.Split(" → ").Select(Parse).ToList();
        var claim = FileAs(steps[0]);
        Assert.Equal(Specification.Single(r => r.From == New && r.Step == steps[0]).To, claim.Status);
        foreach (var step in steps.Skip(1))
        {
            var expected = Expected(claim, step) ?? throw new InvalidOperationException($"{step} is not legal in {claim.Status}");
            Fire(claim, step);
            Assert.Equal(expected, claim.Status);
        }

        Assert.True(claim.Status is Closed or Recognized, $"The path ends in {claim.Status}.");
    }

    [Fact]
    public void The_walk_covers_every_transition_of_the_specification_and_ends_in_every_outcome()
    {
        var paths = Paths().ToList();
        var used = paths.SelectMany(p => p).ToHashSet();
        Assert.All(Specification, row => Assert.Contains(row.Step, used));
        Assert.True(paths.Count > 40, $"Only {paths.Count} paths.");
    }

    public static IEnumerable<object[]> EveryStateAndTrigger() =>
        from state in AsylumProcedure.StoredStates
        from trigger in Enum.GetValues<AsylumTrigger>()
        select new object[] { state, trigger };

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void A_trigger_the_specification_does_not_allow_in_a_state_is_refused_naming_the_state(AsylumClaimStatus state, AsylumTrigger trigger)
    {
        var claim = ClaimIn(state);
        if (trigger == AsylumTrigger.File)
        {
            // A stored claim is filed already; the table has AsylumTrigger.File only from New.
            Assert.False(claim.CanFire(trigger));
            return;
        }

        var legal = Specification.Any(r => r.From == state && r.Step.Trigger == trigger) || Internal[state].Contains(trigger);
        Assert.Equal(legal, claim.CanFire(trigger));
        if (legal)
        {
            var variant = Specification.Where(r => r.From == state && r.Step.Trigger == trigger).Select(r => r.Step).FirstOrDefault()
                ?? new Step(trigger);
            var expected = Internal[state].Contains(trigger) ? state : Expected(claim, variant);
            Fire(claim, variant);
            Assert.Equal(expected, claim.Status);
            return;
        }

        var entries = claim.Events.Count;
        var refused = Assert.Throws<IllegalTransitionException>(() => Fire(claim, new Step(trigger)));
        Assert.Equal(AsylumProcedure.StatusLabel(state), refused.CurrentState);
        Assert.Equal(AsylumProcedure.TriggerLabel(trigger), refused.Trigger);
        Assert.Equal(state, claim.Status);
        Assert.Equal(entries, claim.Events.Count);
    }

    [Fact]
    public void A_claim_filed_late_by_a_representative_goes_to_the_late_filing_review_once_ratified()
    {
        var claim = FileAs(new Step(AsylumTrigger.File, "representative-late"));
        Fire(claim, new Step(Ratify));
        Assert.Equal(LateFilingReview, claim.Status);
    }

    [Fact]
    public void A_negative_resolution_once_notified_opens_the_appeal_window_and_a_positive_one_recognizes()
    {
        var negative = ClaimIn(InProcedure);
        Fire(negative, new Step(Resolve, "rejected"));
        Fire(negative, new Step(Notify));
        Assert.Equal(AppealWindowOpen, negative.Status);

        var positive = ClaimIn(InProcedure);
        Fire(positive, new Step(Resolve, "complementary"));
        Fire(positive, new Step(Notify));
        Assert.Equal(Recognized, positive.Status);
        Assert.Equal(positive.NotifiedOn, positive.RecognizedOn);
    }

    /// <summary>Every path from filing to an end; the one loop of the table (a new resolution ordered on appeal) is taken at most once.</summary>
    private static IEnumerable<List<Step>> Paths()
    {
        foreach (var filing in Specification.Where(r => r.From == New).Select(r => r.Step))
        {
            foreach (var path in Extend([filing], FileAs(filing)))
            {
                yield return path;
            }
        }

        static IEnumerable<List<Step>> Extend(List<Step> path, AsylumClaim claim)
        {
            if (claim.Status is Closed or Recognized)
            {
                yield return path;
                yield break;
            }

            var next = Specification
                .Where(r => r.From == claim.Status && !(r.Step.Trigger == OrderNewResolution && path.Any(s => s.Trigger == OrderNewResolution)))
                .ToList();
            Assert.NotEmpty(next);
            foreach (var row in next)
            {
                var replay = Replay(path);
                Fire(replay, row.Step);
                foreach (var longer in Extend([.. path, row.Step], replay))
                {
                    yield return longer;
                }
            }
        }
    }

    private static AsylumClaim Replay(IReadOnlyList<Step> steps)
    {
        var claim = FileAs(steps[0]);
        foreach (var step in steps.Skip(1))
        {
            Fire(claim, step);
        }

        return claim;
    }

    /// <summary>A claim brought into <paramref name="state"/> through legal steps.</summary>
    private static AsylumClaim ClaimIn(AsylumClaimStatus state) => state switch
    {
        AwaitingRatification => FileAs(new Step(AsylumTrigger.File, "representative")),
        LateFilingReview => FileAs(new Step(AsylumTrigger.File, "applicant-late")),
        InProcedure => FileAs(new Step(AsylumTrigger.File, "applicant")),
        Resolved => Replay([new(AsylumTrigger.File, "applicant"), new(Resolve, "rejected")]),
        AppealWindowOpen => Replay([new(AsylumTrigger.File, "applicant"), new(Resolve, "rejected"), new(Notify)]),
        AppealPending => Replay([new(AsylumTrigger.File, "applicant"), new(Resolve, "rejected"), new(Notify), new(FileAppeal)]),
        Recognized => Replay([new(AsylumTrigger.File, "applicant"), new(Resolve, "refugee"), new(Notify)]),
        Closed => Replay([new(AsylumTrigger.File, "applicant"), new(Withdraw)]),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static AsylumClaim FileAs(Step filing)
    {
        var late = filing.Variant.EndsWith("late", StringComparison.Ordinal);
        var claim = AsylumClaim.File(new FilingFacts(Guid.NewGuid(), [Guid.NewGuid()], Entered,
            late ? LastTimelyDay.AddDays(1) : LastTimelyDay, Guid.NewGuid(), "COMAR",
            filing.Variant.StartsWith("representative", StringComparison.Ordinal) ? FiledBy.Representative : FiledBy.Applicant,
            LastTimelyDay), Actor);
        // Due dates the features copy from the kernel's deadlines.
        claim.ResolutionDueDate = new DateOnly(2027, 1, 25);
        claim.RatificationDueDate = claim.FiledBy == FiledBy.Representative ? claim.FiledOn.AddDays(6) : null;
        claim.LateFilingAnswerDueDate = claim.IsLateFiling ? claim.FiledOn.AddDays(8) : null;
        return claim;
    }

    private static Step Parse(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open < 0
            ? new Step(Enum.Parse<AsylumTrigger>(text))
            : new Step(Enum.Parse<AsylumTrigger>(text[..open]), text[(open + 1)..^1]);
    }

    /// <summary>Fires a step through the claim's domain method, with valid facts, so only the table can refuse it.</summary>
    private static void Fire(AsylumClaim claim, Step step)
    {
        var on = claim.FiledOn.AddDays(1);
        switch (step.Trigger)
        {
            case AsylumTrigger.File:
                Assert.Fail("AsylumTrigger.File creates a claim; see FileAs.");
                break;
            case Ratify:
                claim.Ratify(claim.FiledOn, Actor);
                break;
            case LapseRatification:
                claim.LapseRatification(Later, Actor);
                break;
            case AdmitLateFiling:
                claim.DecideLateFiling(true, on, on, "Causas ajenas a su voluntad acreditadas.", Actor);
                break;
            case RefuseLateFiling:
                claim.DecideLateFiling(false, on, on, "No acreditó causas.", Actor);
                break;
            case RecordInterview:
                claim.RecordInterview(claim.ApplicantId, on, "hat", null, Actor);
                break;
            case RecordSigning:
                claim.RecordSigning(claim.ApplicantId, on, false, Actor);
                break;
            case RequestOpinion:
                claim.RequestOpinion("SRE", on, "País de origen", Actor);
                break;
            case RecordOpinion:
                claim.RecordOpinion(new AsylumEvent(claim.Id, AsylumEventKind.OpinionRequested, claim.FiledOn, Actor, null, "País"), on,
                    "Sin objeción.", Actor);
                break;
            case ReceiveEvidence:
                claim.ReceiveEvidence(claim.ApplicantId, on, "Constancia médica.", Actor);
                break;
            case Extend:
                claim.Extend("II", "Sin intérprete de kreyòl.", on, 45, Actor);
                break;
            case Resolve:
                var outcome = step.Variant switch
                {
                    "refugee" => AsylumOutcome.Refugee,
                    "complementary" => AsylumOutcome.ComplementaryProtection,
                    _ => AsylumOutcome.Rejected,
                };
                claim.Resolve(outcome, on.AddDays(30), "Fundamentos y motivos.", true, [], Actor);
                break;
            case Notify:
                claim.Notify((claim.ResolvedOn ?? on).AddDays(1), Actor);
                claim.AppealDueDate = claim.Status == AppealWindowOpen ? claim.NotifiedOn!.Value.AddDays(21) : null;
                break;
            case FileAppeal:
                claim.FileAppeal(claim.NotifiedOn ?? on, Actor);
                break;
            case LapseAppealWindow:
                claim.LapseAppealWindow(Later, Actor);
                break;
            case ConfirmOnAppeal:
                claim.DecideAppeal(AppealDecision.Confirmed, null, claim.AppealFiledOn ?? on, "Se confirma.", Actor);
                break;
            case RevokeOnAppeal:
                claim.DecideAppeal(AppealDecision.Revoked, step.Variant == "refugee" ? AsylumOutcome.Refugee : AsylumOutcome.ComplementaryProtection,
                    claim.AppealFiledOn ?? on, "Se revoca.", Actor);
                break;
            case OrderNewResolution:
                claim.DecideAppeal(AppealDecision.NewResolutionOrdered, null, claim.AppealFiledOn ?? on, "Reponer.", Actor);
                claim.ResolutionDueDate = new DateOnly(2027, 6, 1);
                break;
            case Abandon:
                claim.Abandon(AbandonmentGround.LeftState, on, "Cambió de entidad sin autorización.", Actor);
                break;
            case Withdraw:
                claim.Withdraw(on, null, Actor);
                break;
            case DetermineArticle52:
                claim.DetermineArticle52(claim.ApplicantId, Article52Ground.GraveCrime, claim.RecognizedOn ?? on, "Sentencia firme.", false, Actor);
                break;
            case RecordConsularContact:
                claim.RecordConsularContact(claim.ApplicantId, true, on, "Escrito firmado", "Trámite de pasaporte.", Actor);
                break;
            case ScheduleAppointment:
                claim.ScheduleAppointment(AppointmentKind.Signing, on.AddDays(7), new TimeOnly(10, 0), on, Actor);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }
}
