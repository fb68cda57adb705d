using Spot.Trainer.Native;
using Spot.Trainer.Precision;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Precision;

public sealed class DynamicLossScalerTests
{
    public DynamicLossScalerTests() => TorchRuntime.Initialize(2);

    private static DynamicLossScaler Scaler(int growthInterval = 3, double initial = 1024) =>
        new(new LossScalerOptions { InitialScale = initial, GrowthInterval = growthInterval });

    [Fact]
    public void ScaleLoss_multiplies_and_UnscaleAndCheck_divides_the_gradients_back()
    {
        using var scope = NewDisposeScope();
        var scaler = Scaler();
        var gradient = tensor(new float[] { 2048f, -512f });

        Assert.Equal(3072f, scaler.ScaleLoss(tensor(3f)).item<float>());
        Assert.True(scaler.UnscaleAndCheck([gradient]));
        Assert.Equal(new[] { 2f, -0.5f }, gradient.data<float>().ToArray());
    }

    [Theory]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    [InlineData(float.NaN)]
    public void An_injected_non_finite_gradient_is_reported_and_the_update_halves_the_scale(float poison)
    {
        using var scope = NewDisposeScope();
        var scaler = Scaler();
        var clean = ones(1000);
        var poisoned = ones(10);
        poisoned[3] = tensor(poison);

        bool finite = scaler.UnscaleAndCheck([clean, poisoned]);
        scaler.Update(finite);

        Assert.False(finite);
        Assert.Equal(512, scaler.Scale);
        Assert.Equal(1, scaler.SkippedSteps);
    }

    [Fact]
    public void The_scale_doubles_after_each_run_of_growth_interval_clean_steps()
    {
        var scaler = Scaler(growthInterval: 3, initial: 1024);
        var scales = new List<double>();
        for (int step = 0; step < 7; step++)
        {
            scaler.Update(gradientsFinite: true);
            scales.Add(scaler.Scale);
        }

        Assert.Equal(new double[] { 1024, 1024, 2048, 2048, 2048, 4096, 4096 }, scales);
    }

    [Fact]
    public void An_overflow_restarts_the_count_of_clean_steps()
    {
        var scaler = Scaler(growthInterval: 3, initial: 1024);
        var pattern = new[] { true, true, false, true, true, true };
        var scales = new List<double>();
        foreach (var finite in pattern)
        {
            scaler.Update(finite);
            scales.Add(scaler.Scale);
        }

        // Two clean steps, an overflow (1024 → 512, count reset), then three clean steps grow it to 1024.
        Assert.Equal(new double[] { 1024, 1024, 512, 512, 512, 1024 }, scales);
    }

    [Fact]
    public void Backoff_stops_at_the_minimum_scale()
    {
        var scaler = new DynamicLossScaler(new LossScalerOptions { InitialScale = 4, MinScale = 1 });
        for (int i = 0; i < 5; i++) scaler.Update(gradientsFinite: false);

        Assert.Equal(1, scaler.Scale);
        Assert.Equal(5, scaler.SkippedSteps);
    }

    [Fact]
    public void A_restored_state_continues_the_growth_schedule_where_it_left_off()
    {
        var original = Scaler(growthInterval: 3);
        original.Update(true);
        original.Update(false);
        original.Update(true);
        original.Update(true);

        var restored = Scaler(growthInterval: 3, initial: 1);
        restored.RestoreState(original.CaptureState());
        original.Update(true);
        restored.Update(true);

        Assert.Equal(new LossScalerState(1024, 0, 1), restored.CaptureState());
        Assert.Equal(original.CaptureState(), restored.CaptureState());
    }

    [Theory]
    [InlineData(0, 2, 0.5, 10, "initial loss scale must be positive")]
    [InlineData(8, 1, 0.5, 10, "growth factor must exceed 1")]
    [InlineData(8, 2, 1, 10, "backoff factor must be in (0, 1)")]
    [InlineData(8, 2, 0.5, 0, "growth interval must be at least 1")]
    public void Options_that_cannot_work_are_rejected_with_the_rule(double initial, double growth, double backoff, int interval, string expected)
    {
        var options = new LossScalerOptions { InitialScale = initial, GrowthFactor = growth, BackoffFactor = backoff, GrowthInterval = interval };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DynamicLossScaler(options));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void RestoreState_rejects_a_non_positive_scale()
    {
        Assert.Throws<ArgumentException>(() => Scaler().RestoreState(new LossScalerState(0, 0, 0)));
    }
}
