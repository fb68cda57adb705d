namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// Hours of uninterrupted compute a job still needs. A step rate the trainer measured wins; otherwise the spec's
/// <c>work_hours</c>, scaled by the share of steps left; otherwise it is unknown.
/// </summary>
public static class RemainingWork
{
    public static double? Hours(JobSpec spec, long stepsDone, double? measuredStepsPerHour = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stepsDone);
        if (measuredStepsPerHour is { } rate && !(rate > 0 && double.IsFinite(rate)))
            throw new ArgumentOutOfRangeException(nameof(measuredStepsPerHour), rate, "a measured step rate must be a finite number above 0");

        var total = spec.Trainer.TotalSteps;
        var left = Math.Max(0, total - stepsDone);
        if (measuredStepsPerHour is { } measured)
            return left / measured;
        return spec.WorkHours is { } whole ? whole * left / total : null;
    }
}
