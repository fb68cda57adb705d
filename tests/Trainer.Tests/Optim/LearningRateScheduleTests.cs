using Spot.Trainer.Optim;

namespace Spot.Trainer.Tests.Optim;

public sealed class LearningRateScheduleTests
{
    [Theory]
    // Peak 0.1, 10 warm-up steps, 110 in total: warm-up climbs by 0.01 a step, then 100 steps of half cosine.
    [InlineData(0, 0.01)]
    [InlineData(4, 0.05)]
    [InlineData(9, 0.1)]
    [InlineData(10, 0.1)]
    [InlineData(60, 0.05)]        // half-way through the decay: 0.1 · ½(1 + cos ½π)
    [InlineData(35, 0.0853553)]   // a quarter of the way: 0.1 · ½(1 + cos ¼π)
    [InlineData(110, 0.0)]
    [InlineData(500, 0.0)]
    public void Cosine_warms_up_linearly_then_decays_along_a_half_cosine(long step, double expected)
    {
        var schedule = new CosineWarmupSchedule(peak: 0.1, warmupSteps: 10, totalSteps: 110);

        Assert.Equal(expected, schedule.RateAt(step), precision: 6);
    }

    [Fact]
    public void Cosine_without_warm_up_starts_at_the_peak_and_ends_at_the_floor()
    {
        var schedule = new CosineWarmupSchedule(peak: 0.2, warmupSteps: 0, totalSteps: 100, floor: 0.02);

        Assert.Equal(0.2, schedule.RateAt(0), precision: 12);
        Assert.Equal(0.11, schedule.RateAt(50), precision: 12);
        Assert.Equal(0.02, schedule.RateAt(100), precision: 12);
    }

    [Fact]
    public void Cosine_rejects_a_warm_up_as_long_as_the_run()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CosineWarmupSchedule(0.1, warmupSteps: 100, totalSteps: 100));
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(29, 0.5)]
    [InlineData(30, 0.05)]
    [InlineData(61, 0.005)]
    public void Step_decay_multiplies_by_gamma_once_every_step_size(long step, double expected)
    {
        var schedule = new StepDecaySchedule(baseRate: 0.5, stepSize: 30, gamma: 0.1);

        Assert.Equal(expected, schedule.RateAt(step), precision: 12);
    }

    [Fact]
    public void Step_decay_rejects_a_gamma_above_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StepDecaySchedule(0.1, 10, gamma: 1.5));
    }

    [Fact]
    public void Constant_gives_the_same_rate_at_every_step()
    {
        var schedule = new ConstantSchedule(0.3);

        Assert.Equal(0.3, schedule.RateAt(0));
        Assert.Equal(0.3, schedule.RateAt(1_000_000));
    }
}
