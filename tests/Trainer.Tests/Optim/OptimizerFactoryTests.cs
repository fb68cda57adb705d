using Spot.Trainer.Native;
using Spot.Trainer.Optim;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Optim;

public sealed class OptimizerFactoryTests
{
    public OptimizerFactoryTests() => TorchRuntime.Initialize(2);

    private static OptimizerSettings Settings(string name, string schedule = OptimizerFactory.Constant) =>
        new(name, LearningRate: 0.5, WeightDecay: 0, Momentum: 0.9, schedule, WarmupSteps: 0, StepSize: 10, Gamma: 0.5);

    [Fact]
    public void Sgd_with_momentum_follows_the_textbook_update()
    {
        using var scope = NewDisposeScope();
        var weight = new TorchSharp.Modules.Parameter(tensor(new float[] { 1f }));
        using var optimizer = OptimizerFactory.Create(Settings(OptimizerFactory.Sgd), [weight]);

        // Loss = w², gradient 2w. Step 1: v = 2, w = 1 − 0.5·2 = 0. Step 2: grad 0, v = 0.9·2 = 1.8, w = −0.9.
        for (int i = 0; i < 2; i++)
        {
            optimizer.zero_grad();
            weight.pow(2).sum().backward();
            optimizer.step();
        }

        Assert.Equal(-0.9f, weight.item<float>(), precision: 5);
    }

    [Fact]
    public void AdamW_moves_each_weight_by_about_the_learning_rate_on_its_first_step()
    {
        using var scope = NewDisposeScope();
        var weight = new TorchSharp.Modules.Parameter(tensor(new float[] { 1f, -2f }));
        using var optimizer = OptimizerFactory.Create(Settings(OptimizerFactory.AdamW), [weight]);

        weight.pow(2).sum().backward();
        optimizer.step();

        // Adam's first step is lr · g/|g| (bias-corrected moments), whatever the gradient's size.
        Assert.Equal(new[] { 0.5f, -1.5f }, weight.data<float>().ToArray().Select(w => MathF.Round(w, 4)).ToArray());
    }

    [Fact]
    public void SetLearningRate_changes_the_rate_the_next_step_uses()
    {
        using var scope = NewDisposeScope();
        var weight = new TorchSharp.Modules.Parameter(tensor(new float[] { 1f }));
        using var optimizer = OptimizerFactory.Create(Settings(OptimizerFactory.Sgd) with { Momentum = 0 }, [weight]);

        OptimizerFactory.SetLearningRate(optimizer, 0.25);
        weight.pow(2).sum().backward();
        optimizer.step();

        Assert.Equal(0.5f, weight.item<float>(), precision: 6);
    }

    [Fact]
    public void An_unknown_optimizer_or_schedule_lists_the_choices()
    {
        var optimizerError = Assert.Throws<ArgumentException>(() => OptimizerFactory.Create(Settings("lamb"), []));
        var scheduleError = Assert.Throws<ArgumentException>(() => OptimizerFactory.CreateSchedule(Settings("sgd", "linear"), 100));

        Assert.Contains("unknown optimizer 'lamb'; choose adamw or sgd", optimizerError.Message);
        Assert.Contains("unknown learning-rate schedule 'linear'; choose cosine, step or constant", scheduleError.Message);
    }

    [Fact]
    public void CreateSchedule_builds_the_named_schedule_from_the_settings()
    {
        var schedule = OptimizerFactory.CreateSchedule(Settings(OptimizerFactory.Sgd, OptimizerFactory.Step), totalSteps: 100);

        Assert.Equal(0.25, schedule.RateAt(10), precision: 12);
    }
}
