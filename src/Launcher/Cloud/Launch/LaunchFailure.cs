namespace Spot.Launcher.Cloud.Launch;

/// <summary>Why a launch ended without an instance.</summary>
public enum LaunchFailureKind
{
    /// <summary>Every pool was refused or skipped: place again later, or elsewhere.</summary>
    NoCapacity,

    /// <summary>An account quota is reached; a person must raise it.</summary>
    Quota,

    /// <summary>The credentials or the role lack a permission; a person must grant it.</summary>
    Unauthorized,

    /// <summary>Throttling or unknown outcomes outlasted the retries; whether an instance exists is unknown, so reconcile by tag before relaunching.</summary>
    RetriesExhausted,

    /// <summary>Any other AWS error, with its code and message.</summary>
    Error,
}

/// <summary>A launch that got no instance, with a message fit for the user and every pool tried.</summary>
public sealed class LaunchFailedException : Exception
{
    public LaunchFailedException()
    {
    }

    public LaunchFailedException(string message)
        : base(message)
    {
    }

    public LaunchFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LaunchFailedException(LaunchFailureKind kind, string? errorCode, string message, IReadOnlyList<PoolAttempt> poolsTried, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        ErrorCode = errorCode;
        PoolsTried = poolsTried;
    }

    public LaunchFailureKind Kind { get; }

    /// <summary>AWS's error code, when AWS gave one.</summary>
    public string? ErrorCode { get; }

    public IReadOnlyList<PoolAttempt> PoolsTried { get; } = [];

    /// <summary>Whether trying again later can help without a person acting.</summary>
    public bool IsRetryable => Kind is LaunchFailureKind.NoCapacity or LaunchFailureKind.RetriesExhausted;
}
