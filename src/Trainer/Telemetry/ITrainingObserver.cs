using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Telemetry;

/// <summary>
/// What the training loop tells the outside world. Only rank 0's loop calls it. <see cref="OnStep"/> runs on the
/// step loop, so it must be cheap and hand slow work (a network write) to the background.
/// </summary>
public interface ITrainingObserver
{
    /// <summary>
    /// When the loop starts, with the step it starts from: 0 on a fresh start, otherwise the step of the durable
    /// checkpoint it resumed from.
    /// </summary>
    void OnStart(long step);

    /// <summary>After every step, on the loop's thread.</summary>
    void OnStep(StepReport report);

    /// <summary>After the test split was evaluated, on the loop's thread.</summary>
    void OnEvaluated(long step, double accuracy);

    /// <summary>After a checkpoint became durable, on the checkpoint writer's background thread.</summary>
    void OnCheckpointDurable(DurableCheckpoint checkpoint);
}

/// <summary>One finished step, as the loop saw it.</summary>
/// <param name="Loss">The smoothed training loss; null until a finite loss was seen.</param>
/// <param name="LossScale">The dynamic loss scale after the step; null in fp32.</param>
/// <param name="Applied">False when the step was skipped for overflowing gradients.</param>
public sealed record StepReport(long Step, long TotalSteps, int Epoch, double? Loss, double LearningRate, double? LossScale, bool Applied);
