namespace Spot.LocalCloud.Market;

/// <summary>
/// A trace series that an operator can pin to a value from some offset on (FIS-style injection), and later release
/// back to the trace. History reports the pinned values too, so what DescribeSpotPriceHistory shows is what was charged.
/// </summary>
public sealed class PinnedSeries<T>(StepSeries<T> trace)
    where T : struct, IEquatable<T>
{
    private readonly Lock _sync = new();
    private readonly List<(TimeSpan Offset, T? Value)> _pins = [];

    public StepSeries<T> Trace { get; } = trace;

    /// <summary>From <paramref name="offset"/> on the value is <paramref name="value"/>; null returns to the trace.</summary>
    public void Pin(TimeSpan offset, T? value)
    {
        lock (_sync)
        {
            _pins.RemoveAll(p => p.Offset >= offset);
            _pins.Add((offset, value));
        }
    }

    public T ValueAt(TimeSpan offset)
    {
        lock (_sync)
        {
            return PinAt(offset) ?? Trace.ValueAt(offset);
        }
    }

    /// <summary>Effective changes in [from, to], led by the change in effect at <paramref name="from"/>.</summary>
    public IReadOnlyList<(TimeSpan Offset, T Value)> Changes(TimeSpan from, TimeSpan to)
    {
        if (to < from)
        {
            return [];
        }

        lock (_sync)
        {
            var traced = Trace.Changes(from, to).Select(c => c.Offset).ToList();
            var pinnedBefore = _pins.Where(p => p.Offset <= from).Select(p => p.Offset).DefaultIfEmpty(TimeSpan.MinValue).Max();
            var lead = traced.Count > 0 && traced[0] > pinnedBefore ? traced[0] : pinnedBefore;
            var instants = traced.Skip(1).Where(o => o > from)
                .Concat(_pins.Where(p => p.Offset > from && p.Offset <= to).Select(p => p.Offset))
                .Prepend(lead)
                .Order()
                .Distinct();
            var result = new List<(TimeSpan, T)>();
            T? last = null;
            foreach (var at in instants)
            {
                var value = PinAt(at) ?? Trace.ValueAt(at);
                if (last is null || !last.Value.Equals(value))
                {
                    result.Add((at, value));
                    last = value;
                }
            }

            return result;
        }
    }

    private T? PinAt(TimeSpan offset)
    {
        for (var i = _pins.Count - 1; i >= 0; i--)
        {
            if (_pins[i].Offset <= offset)
            {
                return _pins[i].Value;
            }
        }

        return null;
    }
}
