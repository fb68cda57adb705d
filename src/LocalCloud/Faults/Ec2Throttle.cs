namespace Spot.LocalCloud.Faults;

/// <summary>Refuses a share of EC2 API calls with RequestLimitExceeded, drawing from a seeded generator.</summary>
public sealed class Ec2Throttle(int seed)
{
    private readonly Lock _sync = new();
    private readonly Random _random = new(seed);
    private double _share;

    /// <summary>The share of calls to refuse, from 0 (none) to 1 (all).</summary>
    public double Share
    {
        get
        {
            lock (_sync)
            {
                return _share;
            }
        }

        set
        {
            if (!(value is >= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(Share), value, "The throttled share must lie between 0 and 1.");
            }

            lock (_sync)
            {
                _share = value;
            }
        }
    }

    public bool ShouldRefuse()
    {
        lock (_sync)
        {
            return _share > 0 && _random.NextDouble() < _share;
        }
    }
}
