using Microsoft.Extensions.Time.Testing;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Hosting;

namespace Spot.Trainer.Tests.Checkpoints;

public sealed class CheckpointTriggerTests
{
    private static List<long> DueSteps(CheckpointTrigger trigger, long from, long to)
    {
        trigger.Begin(from);
        var due = new List<long>();
        for (long step = from + 1; step <= to; step++)
        {
            if (trigger.ShouldCheckpoint(step))
            {
                due.Add(step);
                trigger.OnSnapshotTaken(step, TimeSpan.Zero);
            }
        }
        return due;
    }

    [Fact]
    public void EverySteps_is_due_at_multiples_of_N_counted_from_step_zero_when_a_run_resumes_midway()
    {
        Assert.Equal([40, 60, 80], DueSteps(new EveryStepsCheckpointTrigger(20), from: 25, to: 95));
    }

    [Fact]
    public void EverySteps_rejects_fewer_than_one_step_naming_the_rule()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EveryStepsCheckpointTrigger(0));

        Assert.Equal("steps", error.ParamName);
        Assert.Contains("at least 1 step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestSoon_makes_the_next_step_checkpoint_once_and_then_the_schedule_goes_on()
    {
        var trigger = new EveryStepsCheckpointTrigger(20);
        trigger.Begin(0);

        trigger.RequestSoon();

        Assert.True(trigger.ShouldCheckpoint(7));
        Assert.False(trigger.ShouldCheckpoint(8));
        Assert.True(trigger.ShouldCheckpoint(20));
    }

    [Fact]
    public void EverySeconds_is_due_once_the_interval_has_passed_since_the_last_snapshot()
    {
        var time = new FakeTimeProvider();
        var trigger = new EverySecondsCheckpointTrigger(TimeSpan.FromSeconds(30), time);
        trigger.Begin(0);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(trigger.ShouldCheckpoint(1));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(trigger.ShouldCheckpoint(2));

        trigger.OnSnapshotTaken(2, TimeSpan.FromSeconds(3));
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(trigger.ShouldCheckpoint(3));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(trigger.ShouldCheckpoint(4));
    }

    [Fact]
    public void EverySeconds_measures_from_Begin_not_from_construction()
    {
        var time = new FakeTimeProvider();
        var trigger = new EverySecondsCheckpointTrigger(TimeSpan.FromSeconds(30), time);
        time.Advance(TimeSpan.FromMinutes(5)); // data loading, restore

        trigger.Begin(40);

        Assert.False(trigger.ShouldCheckpoint(41));
    }

    [Fact]
    public void EverySeconds_rejects_a_zero_interval()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EverySecondsCheckpointTrigger(TimeSpan.Zero, new FakeTimeProvider()));

        Assert.Equal("interval", error.ParamName);
    }

    [Fact]
    public void Factory_builds_the_trigger_each_interval_kind_names()
    {
        var time = new FakeTimeProvider();

        var steps = Assert.IsType<EveryStepsCheckpointTrigger>(CheckpointTriggerFactory.Create(CheckpointInterval.EverySteps(250), null, time));
        var seconds = Assert.IsType<EverySecondsCheckpointTrigger>(CheckpointTriggerFactory.Create(CheckpointInterval.EverySeconds(90), null, time));
        var auto = Assert.IsType<YoungDalyCheckpointTrigger>(CheckpointTriggerFactory.Create(CheckpointInterval.Auto, 7200, time));

        Assert.Equal(250, steps.Steps);
        Assert.Equal(TimeSpan.FromSeconds(90), seconds.Interval);
        Assert.Equal(TimeSpan.FromHours(2), auto.Mtbf);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void Factory_refuses_auto_without_a_positive_MTBF_naming_the_variable(double? mtbf)
    {
        var error = Assert.Throws<ArgumentException>(() => CheckpointTriggerFactory.Create(CheckpointInterval.Auto, mtbf, new FakeTimeProvider()));

        Assert.Contains("SPOT_POOL_MTBF_SECONDS must be a positive number of seconds when SPOT_CHECKPOINT_INTERVAL is auto", error.Message, StringComparison.Ordinal);
    }
}
