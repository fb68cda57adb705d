namespace Spot.LocalCloud.Market;

/// <summary>
/// A value that changes at given offsets from the trace start and holds until the next change. Past the last point
/// the series replays from its start (it loops every <see cref="Period"/>), so a short trace can drive a long run.
/// </summary>
public sealed class StepSeries<T>
{
    private readonly TimeSpan[] _offsets;
    private readonly T[] _values;

    public StepSeries(IEnumerable<(TimeSpan Offset, T Value)> points, TimeSpan period)
    {
        var sorted = points.OrderBy(p => p.Offset).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A series needs at least one point.", nameof(points));
        }

        if (sorted[0].Offset != TimeSpan.Zero)
        {
            throw new ArgumentException("A series must start at offset 0.", nameof(points));
        }

        if (period <= sorted[^1].Offset)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The period must be longer than the last point's offset.");
        }

        _offsets = sorted.Select(p => p.Offset).ToArray();
        _values = sorted.Select(p => p.Value).ToArray();
        Period = period;
    }

    public TimeSpan Period { get; }

    public T ValueAt(TimeSpan offset) => _values[IndexAt(Wrap(offset, out _))];

    /// <summary>The changes in [from, to], led by the change (at or before <paramref name="from"/>) in effect at <paramref name="from"/>.</summary>
    public IEnumerable<(TimeSpan Offset, T Value)> Changes(TimeSpan from, TimeSpan to)
    {
        if (to < from)
        {
            yield break;
        }

        var local = Wrap(from, out var loopStart);
        var index = IndexAt(local);
        yield return (loopStart + _offsets[index], _values[index]);
        while (true)
        {
            index++;
            if (index == _offsets.Length)
            {
                index = 0;
                loopStart += Period;
            }

            var at = loopStart + _offsets[index];
            if (at > to)
            {
                yield break;
            }

            yield return (at, _values[index]);
        }
    }

    private TimeSpan Wrap(TimeSpan offset, out TimeSpan loopStart)
    {
        var loops = offset < TimeSpan.Zero ? 0 : offset.Ticks / Period.Ticks;
        loopStart = TimeSpan.FromTicks(loops * Period.Ticks);
        return offset < TimeSpan.Zero ? TimeSpan.Zero : offset - loopStart;
    }

    private int IndexAt(TimeSpan local)
    {
        var found = Array.BinarySearch(_offsets, local);
        return found >= 0 ? found : ~found - 1;
    }
}
