using System.Globalization;

namespace Spot.Trainer.Hosting;

/// <summary>How a checkpoint interval is expressed by the job.</summary>
public enum CheckpointIntervalKind
{
    /// <summary>Every N optimizer steps.</summary>
    Steps,

    /// <summary>Every T seconds of training.</summary>
    Seconds,

    /// <summary>Young/Daly from the measured checkpoint cost and the pool's mean time between interruptions.</summary>
    Auto,
}

/// <summary>
/// When to checkpoint, as <c>steps:N</c>, <c>seconds:T</c> or <c>auto</c>. Only the value matching <see cref="Kind"/>
/// is meaningful; the factories keep the others at zero.
/// </summary>
public sealed record CheckpointInterval(CheckpointIntervalKind Kind, long Steps, double Seconds)
{
    public const string StepsPrefix = "steps:";
    public const string SecondsPrefix = "seconds:";
    public const string AutoText = "auto";
    public const string Grammar = "steps:N (whole N >= 1), seconds:T (T > 0) or auto";

    public static CheckpointInterval EverySteps(long steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        return new(CheckpointIntervalKind.Steps, steps, 0);
    }

    public static CheckpointInterval EverySeconds(double seconds)
    {
        if (!(seconds > 0) || double.IsInfinity(seconds))
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "The checkpoint interval must be a positive, finite number of seconds.");
        return new(CheckpointIntervalKind.Seconds, 0, seconds);
    }

    public static CheckpointInterval Auto { get; } = new(CheckpointIntervalKind.Auto, 0, 0);

    /// <summary>Parses the job's text; on failure <paramref name="problem"/> says what is wrong (without the variable's name).</summary>
    public static bool TryParse(string text, out CheckpointInterval interval, out string problem)
    {
        interval = Auto;
        problem = "";
        var value = text.Trim().ToLowerInvariant();
        if (value == AutoText)
            return true;

        if (value.StartsWith(StepsPrefix, StringComparison.Ordinal))
        {
            var number = value[StepsPrefix.Length..];
            if (long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var steps) && steps >= 1)
            {
                interval = EverySteps(steps);
                return true;
            }
            problem = $"'{text}': the step count '{number}' must be a whole number >= 1";
            return false;
        }

        if (value.StartsWith(SecondsPrefix, StringComparison.Ordinal))
        {
            var number = value[SecondsPrefix.Length..];
            if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && double.IsFinite(seconds))
            {
                interval = EverySeconds(seconds);
                return true;
            }
            problem = $"'{text}': the seconds '{number}' must be a number > 0";
            return false;
        }

        problem = $"'{text}' is not {Grammar}";
        return false;
    }

    public override string ToString() => Kind switch
    {
        CheckpointIntervalKind.Steps => StepsPrefix + Steps.ToString(CultureInfo.InvariantCulture),
        CheckpointIntervalKind.Seconds => SecondsPrefix + Seconds.ToString(CultureInfo.InvariantCulture),
        _ => AutoText,
    };
}
