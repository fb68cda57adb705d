using System.Globalization;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>How often the trainer checkpoints, and how many committed checkpoints it keeps.</summary>
public sealed record CheckpointSpec(CheckpointInterval Interval, int Keep)
{
    public static CheckpointSpec Default { get; } = new(CheckpointInterval.Auto, SpecDefaults.CheckpointKeep);
}

/// <summary>
/// Every N optimizer steps, every T of wall time, or <c>auto</c>: the trainer applies Young/Daly to its measured
/// checkpoint cost and the pool's mean time between interruptions.
/// </summary>
public sealed record CheckpointInterval
{
    private CheckpointInterval(long? steps, TimeSpan? every)
    {
        Steps = steps;
        Every = every;
    }

    public static CheckpointInterval Auto { get; } = new(null, null);

    public long? Steps { get; }

    public TimeSpan? Every { get; }

    public bool IsAuto => Steps is null && Every is null;

    public static CheckpointInterval EverySteps(long steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        return new CheckpointInterval(steps, null);
    }

    public static CheckpointInterval EverySeconds(long seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds);
        return new CheckpointInterval(null, TimeSpan.FromSeconds(seconds));
    }

    /// <summary>The value of the trainer's SPOT_CHECKPOINT_INTERVAL: <c>steps:N</c>, <c>seconds:T</c> or <c>auto</c>.</summary>
    public string ToTrainerValue() => (Steps, Every) switch
    {
        ({ } n, _) => string.Create(CultureInfo.InvariantCulture, $"steps:{n}"),
        (_, { } t) => string.Create(CultureInfo.InvariantCulture, $"seconds:{(long)t.TotalSeconds}"),
        _ => "auto",
    };

    public override string ToString() => ToTrainerValue();
}
