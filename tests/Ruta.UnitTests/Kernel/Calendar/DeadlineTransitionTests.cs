using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;

namespace Ruta.UnitTests.Kernel.Calendar;

public sealed class DeadlineTransitionTests
{
    private static readonly DateTime At = new(2025, 6, 9, 14, 0, 0, DateTimeKind.Utc);

    private static Deadline InStatus(DeadlineStatus status) => new() { Status = status, Unit = DeadlineUnit.BusinessDays, DueDate = new DateOnly(2025, 6, 6) };

    [Theory]
    [InlineData(DeadlineStatus.Open, DeadlineTrigger.Meet, DeadlineStatus.Met)]
    [InlineData(DeadlineStatus.Open, DeadlineTrigger.Miss, DeadlineStatus.Missed)]
    [InlineData(DeadlineStatus.Open, DeadlineTrigger.Suspend, DeadlineStatus.Suspended)]
    [InlineData(DeadlineStatus.Open, DeadlineTrigger.Extend, DeadlineStatus.Extended)]
    [InlineData(DeadlineStatus.Open, DeadlineTrigger.Cancel, DeadlineStatus.Cancelled)]
    [InlineData(DeadlineStatus.Missed, DeadlineTrigger.Meet, DeadlineStatus.Missed)]
    [InlineData(DeadlineStatus.Open, DeadlineTrigger.MeetRecordedLate, DeadlineStatus.Met)]
    [InlineData(DeadlineStatus.Missed, DeadlineTrigger.MeetRecordedLate, DeadlineStatus.Met)]
    [InlineData(DeadlineStatus.Suspended, DeadlineTrigger.Cancel, DeadlineStatus.Cancelled)]
    public void Allowed_transitions_move_to_the_status_of_the_table(DeadlineStatus from, DeadlineTrigger trigger, DeadlineStatus to)
    {
        var deadline = InStatus(from);
        Assert.True(deadline.Can(trigger));

        deadline.Apply(trigger, At, "motivo");

        Assert.Equal(to, deadline.Status);
        Assert.Equal("motivo", deadline.StatusReason);
    }

    [Fact]
    public void Every_other_transition_throws_naming_the_current_status()
    {
        var allowed = new HashSet<(DeadlineStatus, DeadlineTrigger)>
        {
            (DeadlineStatus.Open, DeadlineTrigger.Meet), (DeadlineStatus.Open, DeadlineTrigger.Miss), (DeadlineStatus.Open, DeadlineTrigger.Suspend),
            (DeadlineStatus.Open, DeadlineTrigger.Extend), (DeadlineStatus.Open, DeadlineTrigger.Cancel), (DeadlineStatus.Missed, DeadlineTrigger.Meet),
            (DeadlineStatus.Open, DeadlineTrigger.MeetRecordedLate), (DeadlineStatus.Missed, DeadlineTrigger.MeetRecordedLate),
            (DeadlineStatus.Suspended, DeadlineTrigger.Cancel),
        };
        foreach (var status in Enum.GetValues<DeadlineStatus>())
        {
            foreach (var trigger in Enum.GetValues<DeadlineTrigger>().Where(t => !allowed.Contains((status, t))))
            {
                var deadline = InStatus(status);
                Assert.False(deadline.Can(trigger));
                var error = Assert.Throws<IllegalTransitionException>(() => deadline.Apply(trigger, At, null));
                Assert.Equal(status.ToString(), error.CurrentState);
                Assert.Equal(status, deadline.Status);
            }
        }
    }

    [Fact]
    public void Closing_records_when_it_closed_and_suspending_does_not()
    {
        var met = InStatus(DeadlineStatus.Open);
        met.Apply(DeadlineTrigger.Meet, At, null);
        Assert.Equal(At, met.ClosedAt);

        var suspended = InStatus(DeadlineStatus.Open);
        suspended.Apply(DeadlineTrigger.Suspend, At, "Prevención");
        Assert.Null(suspended.ClosedAt);
    }

    [Fact]
    public void A_late_act_on_a_missed_deadline_keeps_the_time_it_was_missed()
    {
        var deadline = InStatus(DeadlineStatus.Open);
        deadline.Apply(DeadlineTrigger.Miss, At, null);
        deadline.Apply(DeadlineTrigger.Meet, At.AddDays(3), "Acto realizado fuera de plazo");

        Assert.Equal(DeadlineStatus.Missed, deadline.Status);
        Assert.Equal(At, deadline.ClosedAt);
    }
}
