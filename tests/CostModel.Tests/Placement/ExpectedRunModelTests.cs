using Spot.CostModel.Placement;

namespace Spot.CostModel.Tests.Placement;

public class ExpectedRunModelTests
{
    [Fact]
    public void Estimate_follows_n_equals_lambda_w_over_one_minus_lambda_times_restart_plus_half_interval()
    {
        // W = 10, λ = 0.5, τ = 1, C = 0.01, R = 0.25: W' = 10.1, 1 − 0.5 × 0.75 = 0.625,
        // T = 10.1 / 0.625 = 16.16 h, N = 0.5 × 16.16 = 8.08, lost = 8.08 × 0.5 = 4.04 h, restarts = 2.02 h.
        Assert.True(ExpectedRunModel.TryEstimate(10, 0.5, 1, 0.01, 0.25, out var run));

        Assert.Equal(16.16, run.WallHours, 1e-9);
        Assert.Equal(8.08, run.Interruptions, 1e-9);
        Assert.Equal(4.04, run.LostWorkHours, 1e-9);
        Assert.Equal(2.02, run.RestartHours, 1e-9);
        Assert.Equal(0.1, run.CheckpointWriteHours, 1e-9);
    }

    [Fact]
    public void Estimate_diverges_when_each_interruption_costs_the_time_between_interruptions()
    {
        // λ·(R + τ/2) = 1 × (0.5 + 0.5) = 1.
        Assert.False(ExpectedRunModel.TryEstimate(10, 1, 1, 0.01, 0.5, out _));
    }

    [Fact]
    public void Estimate_without_interruptions_is_the_bare_work()
    {
        Assert.True(ExpectedRunModel.TryEstimate(7, 0, 1, 0.01, 0.5, out var run));
        Assert.Equal(7, run.WallHours);
        Assert.Null(run.CheckpointIntervalHours);
    }

    [Fact]
    public void Estimate_cuts_an_interval_longer_than_the_work_to_the_work()
    {
        // τ = min(5, 2) = 2: W' = 2 × (1 + 0.1/2) = 2.1, T = 2.1 / (1 − 0.1 × (0 + 1)) = 2.333... h.
        Assert.True(ExpectedRunModel.TryEstimate(2, 0.1, 5, 0.1, 0, out var run));
        Assert.Equal(2, run.CheckpointIntervalHours);
        Assert.Equal(2.1 / 0.9, run.WallHours, 1e-9);
    }
}
