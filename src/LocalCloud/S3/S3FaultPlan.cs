namespace Spot.LocalCloud.S3;

/// <summary>
/// Which share of S3 requests fail, and how: <see cref="InternalErrorShare"/> get 500 InternalError,
/// <see cref="SlowDownShare"/> get 503 SlowDown. The draws come from a generator seeded with <see cref="Seed"/>,
/// so the same plan and the same request sequence fail the same requests.
/// </summary>
public sealed record S3FaultPlan(double InternalErrorShare, double SlowDownShare, int Seed)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless both shares lie in [0, 1] and sum to at most 1.</summary>
    public void Validate()
    {
        if (!(InternalErrorShare is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(InternalErrorShare), InternalErrorShare, "The share of 500 InternalError answers must lie between 0 and 1.");
        if (!(SlowDownShare is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(SlowDownShare), SlowDownShare, "The share of 503 SlowDown answers must lie between 0 and 1.");
        if (InternalErrorShare + SlowDownShare > 1)
            throw new ArgumentOutOfRangeException(nameof(SlowDownShare), SlowDownShare, "InternalErrorShare + SlowDownShare must not exceed 1.");
    }
}
