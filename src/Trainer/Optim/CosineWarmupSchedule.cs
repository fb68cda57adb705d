namespace Spot.Trainer.Optim;

/// <summary>
/// Linear warm-up from <c>peak / warmup</c> to <c>peak</c> over the first <c>warmup</c> steps, then a half cosine
/// from <c>peak</c> down to <c>floor</c> at <c>totalSteps</c>; it stays at <c>floor</c> after that.
/// </summary>
public sealed class CosineWarmupSchedule : ILearningRateSchedule
{
    private readonly double _peak;
    private readonly double _floor;
    private readonly long _warmup;
    private readonly long _total;

    public CosineWarmupSchedule(double peak, long warmupSteps, long totalSteps, double floor = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(peak);
        ArgumentOutOfRangeException.ThrowIfNegative(floor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(floor, peak);
        ArgumentOutOfRangeException.ThrowIfNegative(warmupSteps);
        if (totalSteps <= warmupSteps)
            throw new ArgumentOutOfRangeException(nameof(totalSteps), totalSteps, $"total steps must exceed the {warmupSteps} warm-up steps");
        _peak = peak;
        _floor = floor;
        _warmup = warmupSteps;
        _total = totalSteps;
    }

    public double RateAt(long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        if (step < _warmup)
            return _peak * (step + 1) / _warmup;
        double progress = Math.Min(1.0, (double)(step - _warmup) / (_total - _warmup));
        return _floor + (_peak - _floor) * 0.5 * (1 + Math.Cos(Math.PI * progress));
    }
}
