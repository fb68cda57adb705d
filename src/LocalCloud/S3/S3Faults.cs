using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3;

/// <summary>
/// Fault injection for S3 (the admin endpoint's "fail a share of S3 requests"): while a plan is set, each request
/// draws once from the plan's seeded generator and may be answered 500 InternalError or 503 SlowDown instead.
/// Thread-safe.
/// </summary>
public sealed class S3Faults
{
    private readonly Lock _gate = new();
    private S3FaultPlan? _plan;
    private Random? _random;
    private long _internalErrors;
    private long _slowDowns;

    public S3FaultPlan? Plan
    {
        get
        {
            lock (_gate) return _plan;
        }
    }

    /// <summary>Requests answered 500 so far, across plans.</summary>
    public long InternalErrorsInjected => Interlocked.Read(ref _internalErrors);

    /// <summary>Requests answered 503 so far, across plans.</summary>
    public long SlowDownsInjected => Interlocked.Read(ref _slowDowns);

    /// <summary>Starts failing requests by <paramref name="plan"/>, restarting its generator from the seed.</summary>
    public void Set(S3FaultPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.Validate();
        lock (_gate)
        {
            _plan = plan;
            _random = new Random(plan.Seed);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _plan = null;
            _random = null;
        }
    }

    /// <summary>The error to answer this request with, or null to serve it normally.</summary>
    public S3Exception? Draw()
    {
        lock (_gate)
        {
            if (_plan is null || _random is null) return null;
            var draw = _random.NextDouble();
            if (draw < _plan.InternalErrorShare)
            {
                Interlocked.Increment(ref _internalErrors);
                return S3Errors.InternalError();
            }

            if (draw < _plan.InternalErrorShare + _plan.SlowDownShare)
            {
                Interlocked.Increment(ref _slowDowns);
                return S3Errors.SlowDown();
            }

            return null;
        }
    }
}
