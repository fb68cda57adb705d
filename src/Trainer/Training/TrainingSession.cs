using Spot.Trainer.Data;
using Spot.Trainer.Models;
using Spot.Trainer.Optim;
using Spot.Trainer.Precision;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Spot.Trainer.Training;

/// <summary>
/// Everything that changes as a run trains and that a checkpoint must hold: weights, optimizer, loss scaler,
/// sampler, the global generator, and the step count. Built the same way on a fresh start and on a resume.
/// </summary>
public sealed class TrainingSession : IDisposable
{
    private const double LossSmoothing = 0.98;
    private readonly TrainingStep _step;

    /// <param name="train">The training split: its size sets the sampler, its input shape sets the model's ends.</param>
    public TrainingSession(TrainingOptions options, ITrainingData train, IGradientReducer reducer)
    {
        Options = options;
        // Weights and dropout draw from the global generator: seed it before the model exists.
        manual_seed(options.Seed);
        Model = new MixedPrecisionModel(() => ModelFactory.Create(options.Model, options.ModelOptions, train.Input), options.Precision);
        Optimizer = OptimizerFactory.Create(options.Optimizer, Model.MasterParameters);
        Schedule = OptimizerFactory.CreateSchedule(options.Optimizer, options.TotalSteps);
        Scaler = options.Precision == PrecisionMode.Fp32 ? null : new DynamicLossScaler(options.LossScaler);
        Sampler = new ShuffleSampler(train.Count, options.BatchSize, options.Seed, reducer.WorldSize, reducer.Rank);
        _step = new TrainingStep(Model, Optimizer, Scaler, reducer);
    }

    public TrainingOptions Options { get; }
    public MixedPrecisionModel Model { get; }
    public OptimizerHelper Optimizer { get; }
    public ILearningRateSchedule Schedule { get; }

    /// <summary>Null in fp32, where no gradient can underflow for want of a scale.</summary>
    public DynamicLossScaler? Scaler { get; }

    public ShuffleSampler Sampler { get; }

    /// <summary>Optimizer steps taken so far (skipped overflow steps count: they consumed a batch).</summary>
    public long Step { get; private set; }

    /// <summary>Exponential moving average of the training loss, over finite losses.</summary>
    public double? SmoothedLoss { get; private set; }

    public double? TestAccuracy { get; set; }

    /// <summary>Mean cross-entropy on the test (or validation) split at the last evaluation.</summary>
    public double? TestLoss { get; set; }

    /// <summary>Trains on the sampler's next batch.</summary>
    public StepOutcome RunStep(ITrainingData train)
    {
        using var scope = NewDisposeScope();
        var (inputs, targets) = train.Gather(Sampler.NextBatch());
        return RunStep(inputs, targets);
    }

    /// <summary>Trains on a given batch, at the learning rate the schedule sets for the current step.</summary>
    public StepOutcome RunStep(Tensor inputs, Tensor targets)
    {
        var outcome = _step.Run(inputs, targets, Schedule.RateAt(Step));
        Step++;
        if (double.IsFinite(outcome.Loss))
            SmoothedLoss = SmoothedLoss is { } previous ? LossSmoothing * previous + (1 - LossSmoothing) * outcome.Loss : outcome.Loss;
        return outcome;
    }

    /// <summary>Scores the master weights on <paramref name="test"/> and keeps the figures for checkpoints and status.</summary>
    public Evaluation Evaluate(ITrainingData test)
    {
        var evaluation = Evaluator.Evaluate(Model.Master, test);
        // A diverged model scores NaN; JSON (state and manifest) cannot hold it, and "unknown" is the honest figure.
        (TestAccuracy, TestLoss) = (evaluation.Accuracy, double.IsFinite(evaluation.Perplexity) ? evaluation.Loss : null);
        return evaluation;
    }

    /// <summary>Sets the counters a checkpoint restores; the tensors are restored by the codec.</summary>
    public void RestoreCounters(long step, double? smoothedLoss, double? testAccuracy, double? testLoss = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        if (step > Options.TotalSteps)
            throw new ArgumentOutOfRangeException(nameof(step), step, $"the checkpoint is at step {step}, past the job's {Options.TotalSteps} total steps");
        Step = step;
        SmoothedLoss = smoothedLoss;
        TestAccuracy = testAccuracy;
        TestLoss = testLoss;
    }

    public void Dispose()
    {
        Sampler.Dispose();
        Optimizer.Dispose();
        Model.Dispose();
    }
}
