namespace Spot.Trainer.Optim;

/// <summary>
/// A learning rate as a pure function of the optimizer step. TorchSharp's schedulers keep state that cannot be
/// saved, so Spot computes the rate from the step, which the checkpoint already holds.
/// </summary>
public interface ILearningRateSchedule
{
    /// <summary>The rate for the step about to be taken, counting from 0.</summary>
    double RateAt(long step);
}
