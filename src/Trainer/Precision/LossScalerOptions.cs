namespace Spot.Trainer.Precision;

/// <summary>Tuning of <see cref="DynamicLossScaler"/>; the defaults are the usual ones for fp16 training.</summary>
public sealed record LossScalerOptions
{
    /// <summary>Scale of the first step (2^16).</summary>
    public double InitialScale { get; init; } = 65536;

    /// <summary>Factor applied after <see cref="GrowthInterval"/> clean steps in a row.</summary>
    public double GrowthFactor { get; init; } = 2;

    /// <summary>Factor applied when a step's gradients hold an inf or a NaN.</summary>
    public double BackoffFactor { get; init; } = 0.5;

    public int GrowthInterval { get; init; } = 2000;

    /// <summary>The scale never backs off below this, so a run that keeps diverging does not scale its loss to zero.</summary>
    public double MinScale { get; init; } = 1.0 / 65536;

    public void Validate()
    {
        if (!(InitialScale > 0) || double.IsInfinity(InitialScale))
            throw new ArgumentOutOfRangeException(nameof(InitialScale), InitialScale, "the initial loss scale must be positive and finite");
        if (!(GrowthFactor > 1))
            throw new ArgumentOutOfRangeException(nameof(GrowthFactor), GrowthFactor, "the growth factor must exceed 1");
        if (!(BackoffFactor > 0 && BackoffFactor < 1))
            throw new ArgumentOutOfRangeException(nameof(BackoffFactor), BackoffFactor, "the backoff factor must be in (0, 1)");
        if (GrowthInterval < 1)
            throw new ArgumentOutOfRangeException(nameof(GrowthInterval), GrowthInterval, "the growth interval must be at least 1 step");
        if (!(MinScale > 0) || MinScale > InitialScale)
            throw new ArgumentOutOfRangeException(nameof(MinScale), MinScale, "the minimum scale must be positive and at most the initial scale");
    }
}

/// <summary>Everything a <see cref="DynamicLossScaler"/> needs to carry on exactly after a resume.</summary>
public sealed record LossScalerState(double Scale, int CleanSteps, long SkippedSteps);
