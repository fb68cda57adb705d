namespace Spot.Trainer.Optim;

/// <summary>The same rate at every step.</summary>
public sealed class ConstantSchedule : ILearningRateSchedule
{
    private readonly double _rate;

    public ConstantSchedule(double rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        _rate = rate;
    }

    public double RateAt(long step) => _rate;
}
