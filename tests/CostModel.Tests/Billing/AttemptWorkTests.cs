using Spot.CostModel.Billing;
using Spot.CostModel.Ledger;
using static Spot.CostModel.Tests.Ledger.TestAttempts;

namespace Spot.CostModel.Tests.Billing;

public class AttemptWorkTests
{
    [Fact]
    public void Waste_is_the_charge_pro_rata_to_the_steps_lost_at_an_interruption()
    {
        // 2 h at $0.36/h = $0.72 for 1000 steps; 200 since the checkpoint: 0.72 × 200 / 1000 = $0.144
        var work = WorkOf(SpotAttempt(TimeSpan.FromHours(2), AttemptEndReason.SpotInterruption, 0.36m,
            stepsDone: 1000, stepsSinceCheckpoint: 200));

        Assert.Equal(200, work.LostSteps);
        Assert.Equal(800, work.SurvivingSteps);
        Assert.Equal(0.144m, work.WastedUsd);
        Assert.Equal(5760m, work.SurvivingSeconds);
    }

    [Fact]
    public void Waste_costs_nothing_but_still_counts_its_steps_when_the_interruption_was_free()
    {
        var work = WorkOf(SpotAttempt(TimeSpan.FromMinutes(30), AttemptEndReason.SpotInterruption, 0.36m,
            stepsDone: 400, stepsSinceCheckpoint: 100));

        Assert.Equal(100, work.LostSteps);
        Assert.Equal(0m, work.WastedUsd);
        Assert.Equal(1350m, work.SurvivingSeconds);
    }

    [Fact]
    public void Waste_is_none_when_the_attempt_completed_the_job()
    {
        var work = WorkOf(SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, stepsDone: 500, stepsSinceCheckpoint: 30));

        Assert.Equal(0, work.LostSteps);
        Assert.Equal(0m, work.WastedUsd);
        Assert.Equal(3600m, work.SurvivingSeconds);
    }

    [Fact]
    public void Waste_is_none_while_the_attempt_runs()
    {
        var running = SpotAttempt(null, null, stepsDone: 500, stepsSinceCheckpoint: 30);

        var work = AttemptWork.Of(AttemptBiller.BillAsOf(running, T0.AddHours(1)));

        Assert.Equal(0, work.LostSteps);
        Assert.Equal(3600m, work.SurvivingSeconds);
    }

    [Fact]
    public void Waste_and_surviving_time_are_zero_when_no_step_ran()
    {
        var work = WorkOf(SpotAttempt(TimeSpan.FromMinutes(5), AttemptEndReason.Failed, 0.36m));

        Assert.Equal(0.03m, work.Bill.ChargeUsd);
        Assert.Equal(0m, work.WastedUsd);
        Assert.Equal(0m, work.SurvivingSeconds);
    }
}
