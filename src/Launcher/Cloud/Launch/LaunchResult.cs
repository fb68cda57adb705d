using Spot.CostModel;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>What happened in one pool during a launch.</summary>
public enum PoolOutcome
{
    Launched,

    /// <summary>EC2 said no for this pool (capacity or price); the next pool was tried.</summary>
    Refused,

    /// <summary>Skipped without a call: the pool's circuit breaker is open.</summary>
    SkippedBreakerOpen,

    /// <summary>The error ended the whole launch (quota, permission, unknown error, retries used up).</summary>
    Failed,
}

/// <summary>One pool tried (or skipped) with the reason, in the order they were tried.</summary>
public sealed record PoolAttempt(LaunchPool Pool, PoolOutcome Outcome, string? ErrorCode, string Reason);

/// <summary>The one instance an attempt got, and every pool tried on the way.</summary>
public sealed record LaunchResult(
    string InstanceId,
    string InstanceType,
    string AvailabilityZone,
    Market Market,
    decimal? MaxPriceUsdPerHour,
    string ClientToken,
    IReadOnlyList<PoolAttempt> PoolsTried);
