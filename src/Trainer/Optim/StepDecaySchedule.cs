namespace Spot.Trainer.Optim;

/// <summary>The base rate multiplied by <c>gamma</c> once every <c>stepSize</c> steps.</summary>
public sealed class StepDecaySchedule : ILearningRateSchedule
{
    private readonly double _baseRate;
    private readonly long _stepSize;
    private readonly double _gamma;

    public StepDecaySchedule(double baseRate, long stepSize, double gamma)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baseRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepSize);
        if (gamma is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "gamma must be in (0, 1]");
        _baseRate = baseRate;
        _stepSize = stepSize;
        _gamma = gamma;
    }

    public double RateAt(long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        return _baseRate * Math.Pow(_gamma, step / _stepSize);
    }
}
