using System.Globalization;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>Settings of the launcher, bound from configuration section "Launch". Each default is written beside it.</summary>
public sealed class LaunchOptions
{
    public const string SectionName = "Launch";

    /// <summary>Required. The AMI every attempt boots (LocalCloud accepts any id).</summary>
    public string ImageId { get; set; } = "";

    /// <summary>Default <see cref="LaunchStrategy.RunInstances"/>.</summary>
    public LaunchStrategy Strategy { get; set; } = LaunchStrategy.RunInstances;

    /// <summary>Pools per CreateFleet call; default 3, between 1 and 20.</summary>
    public int FleetPoolCount { get; set; } = 3;

    /// <summary>Spot allocation strategy of fleets; default <c>capacity-optimized-prioritized</c>, which honours Spot's ranking.</summary>
    public string FleetSpotAllocationStrategy { get; set; } = "capacity-optimized-prioritized";

    /// <summary>Optional instance profile (name) whose role can read the trainer bundle and the checkpoint prefix.</summary>
    public string? InstanceProfileName { get; set; }

    /// <summary>Retries of one request on throttling or an unknown outcome; default 5, between 0 and 20.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First backoff pause, doubled per retry with jitter; default 1 s, between 0 and 1 min.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest backoff pause; default 30 s, at least <see cref="RetryBaseDelay"/>.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Capacity failures within <see cref="BreakerWindow"/> that open a pool's breaker; default 3, between 1 and 100.</summary>
    public int BreakerFailureThreshold { get; set; } = 3;

    /// <summary>How far back failures count; default 15 min.</summary>
    public TimeSpan BreakerWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an open pool is skipped before one probe is let through; default 10 min.</summary>
    public TimeSpan BreakerDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Every rule these options break, each naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(ImageId))
        {
            errors.Add("Launch:ImageId: is required (the AMI every attempt boots).");
        }

        if (!Enum.IsDefined(Strategy))
        {
            errors.Add($"Launch:Strategy: '{Strategy}' is not one of RunInstances, Fleet.");
        }

        Range(errors, nameof(FleetPoolCount), FleetPoolCount, 1, 20);
        Range(errors, nameof(MaxRetries), MaxRetries, 0, 20);
        Range(errors, nameof(BreakerFailureThreshold), BreakerFailureThreshold, 1, 100);
        if (string.IsNullOrWhiteSpace(FleetSpotAllocationStrategy))
        {
            errors.Add("Launch:FleetSpotAllocationStrategy: is required.");
        }

        Between(errors, nameof(RetryBaseDelay), RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Between(errors, nameof(RetryMaxDelay), RetryMaxDelay, RetryBaseDelay, TimeSpan.FromMinutes(10));
        Between(errors, nameof(BreakerWindow), BreakerWindow, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Between(errors, nameof(BreakerDuration), BreakerDuration, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        return errors;
    }

    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid launch options: " + string.Join(" ", errors));
        }
    }

    private static void Range(List<string> errors, string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"Launch:{field}: {value} must be between {min} and {max}.");
        }
    }

    private static void Between(List<string> errors, string field, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            errors.Add($"Launch:{field}: {Format(value)} must be between {Format(min)} and {Format(max)}.");
        }
    }

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
