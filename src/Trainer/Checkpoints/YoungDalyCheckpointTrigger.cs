namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Checkpoints at Young/Daly's first-order optimum, interval = sqrt(2 * C * MTBF), re-estimated after every durable
/// checkpoint from the median of the last few measured costs.
/// </summary>
/// <remarks>
/// C is the snapshot stall plus the persist time. Split as in CheckFreq, only the snapshot stops the step loop, so
/// the stall alone is the time lost per checkpoint on an idle machine. But the persist is not free here: it hashes
/// and uploads on the same cores and network the steps use, and a checkpoint protects nothing until it is durable.
/// Counting both keeps the interval honest when uploads are slow, and is at worst a little conservative when they
/// are cheap. Whatever the formula says, the interval never drops below the last persist's duration: snapshots
/// must not queue faster than they become durable, or the loop would stall waiting on the writer.
/// </remarks>
public sealed class YoungDalyCheckpointTrigger : TimedCheckpointTrigger
{
    /// <summary>Cap on the interval before any cost is measured (see <see cref="FirstInterval"/>).</summary>
    public static readonly TimeSpan DefaultFirstInterval = TimeSpan.FromMinutes(1);

    public const int DefaultCostWindow = 5;

    private readonly object _gate = new();
    private readonly CheckpointCostWindow _stalls;
    private readonly CheckpointCostWindow _persists;
    private TimeSpan _interval;

    /// <param name="mtbf">The pool's mean time between interruptions, as the launcher estimates it.</param>
    /// <param name="firstIntervalCap">Null for <see cref="DefaultFirstInterval"/>.</param>
    public YoungDalyCheckpointTrigger(TimeSpan mtbf, TimeProvider time, TimeSpan? firstIntervalCap = null, int costWindow = DefaultCostWindow)
        : base(time)
    {
        if (mtbf <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(mtbf), mtbf, "The pool's mean time between interruptions must be positive.");
        var cap = firstIntervalCap ?? DefaultFirstInterval;
        if (cap <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(firstIntervalCap), cap, "The first checkpoint interval must be positive.");
        Mtbf = mtbf;
        // Before any measurement: soon enough to learn the cost early and to keep some work on a short-lived instance,
        // and never later than a tenth of the MTBF, so a very unstable pool still gets its first checkpoint in time.
        FirstInterval = cap < mtbf / 10 ? cap : mtbf / 10;
        _interval = FirstInterval;
        _stalls = new CheckpointCostWindow(costWindow);
        _persists = new CheckpointCostWindow(costWindow);
    }

    public TimeSpan Mtbf { get; }

    /// <summary>The interval used until both a snapshot stall and a persist have been measured.</summary>
    public TimeSpan FirstInterval { get; }

    public override TimeSpan Interval
    {
        get
        {
            lock (_gate)
                return _interval;
        }
    }

    /// <summary>sqrt(2 * cost * MTBF), Young's first-order optimum (Daly's refinement differs only when cost nears MTBF).</summary>
    public static TimeSpan OptimalInterval(TimeSpan cost, TimeSpan mtbf) =>
        TimeSpan.FromSeconds(Math.Sqrt(2 * cost.TotalSeconds * mtbf.TotalSeconds));

    public override void OnSnapshotTaken(long step, TimeSpan stall)
    {
        base.OnSnapshotTaken(step, stall);
        lock (_gate)
        {
            _stalls.Add(stall);
            Reestimate();
        }
    }

    public override void OnPersisted(long step, TimeSpan persist)
    {
        lock (_gate)
        {
            _persists.Add(persist);
            Reestimate();
        }
    }

    private void Reestimate()
    {
        if (_stalls.Median() is not { } stall || _persists.Median() is not { } persist)
            return;
        var optimal = OptimalInterval(stall + persist, Mtbf);
        var floor = _persists.Last!.Value;
        _interval = optimal > floor ? optimal : floor;
    }
}
