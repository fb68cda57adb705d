namespace Spot.CostModel.Simulation;

/// <summary>
/// Whether a spot launch would succeed, tick by tick, in one pool: the shape of the public availability traces
/// (a fixed tick length, one sample per tick, 1 meaning available).
/// </summary>
public sealed class AvailabilityTrace
{
    private readonly bool[] _available;

    public AvailabilityTrace(string name, double tickSeconds, IReadOnlyList<bool> available)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!(tickSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(tickSeconds), tickSeconds, "The tick must be a positive number of seconds.");
        if (available.Count == 0) throw new ArgumentException($"Trace '{name}' has no samples.", nameof(available));
        Name = name;
        TickSeconds = tickSeconds;
        _available = [.. available];
    }

    public string Name { get; }
    public double TickSeconds { get; }
    public double TickHours => TickSeconds / 3600.0;
    public int Length => _available.Length;
    public double DurationHours => Length * TickHours;

    public bool IsAvailable(int tick) => _available[tick];

    /// <summary>Share of ticks with spot available.</summary>
    public double Availability => _available.Count(a => a) / (double)_available.Length;

    public ReadOnlySpan<bool> Samples => _available;
}
