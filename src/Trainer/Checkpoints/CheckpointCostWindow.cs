namespace Spot.Trainer.Checkpoints;

/// <summary>
/// The median of the last few measured durations. A median rather than a mean, so that one slow upload (a retried
/// request, a page-cache flush) does not swing the checkpoint interval for the rest of the run.
/// </summary>
public sealed class CheckpointCostWindow
{
    private readonly Queue<TimeSpan> _samples;
    private readonly int _size;

    public CheckpointCostWindow(int size)
    {
        if (size < 1)
            throw new ArgumentOutOfRangeException(nameof(size), size, "The cost window must hold at least 1 measurement.");
        _size = size;
        _samples = new Queue<TimeSpan>(size);
    }

    public int Count => _samples.Count;

    /// <summary>The newest measurement, or null before the first.</summary>
    public TimeSpan? Last { get; private set; }

    public void Add(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A measured checkpoint cost cannot be negative.");
        if (_samples.Count == _size)
            _samples.Dequeue();
        _samples.Enqueue(duration);
        Last = duration;
    }

    /// <summary>The median of the window (the mean of the middle two for an even count), or null when empty.</summary>
    public TimeSpan? Median()
    {
        if (_samples.Count == 0)
            return null;
        var sorted = _samples.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
