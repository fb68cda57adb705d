namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// Decides when a condition may be acted on. A cause AWS stated (StateReason, closed spot request status) is
/// confirmed by one successful observation; "missing" and other ambiguous conditions need
/// <see cref="AmbiguousObservations"/> successful observations in a row. A failed poll is unknown: it neither
/// counts towards confirmation nor breaks a run of observations, since it saw nothing.
/// </summary>
public sealed class LossConfirmer
{
    private readonly TimeProvider _time;
    private readonly Dictionary<AttemptKey, Streak> _streaks = [];
    private readonly Lock _sync = new();

    public LossConfirmer(TimeProvider time, int ambiguousObservations = 2)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(ambiguousObservations, 2, nameof(ambiguousObservations));
        _time = time;
        AmbiguousObservations = ambiguousObservations;
    }

    public int AmbiguousObservations { get; }

    /// <summary>Records one successful observation of <paramref name="attempt"/> and says where it stands.</summary>
    public AttemptVerdict Observe(WatchedAttempt attempt, InstanceCondition condition)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(condition);
        lock (_sync)
        {
            if (condition.IsHealthy)
            {
                _streaks.Remove(attempt.Key);
                return new AttemptVerdict(attempt, VerdictKind.Healthy, condition, 1, _time.GetUtcNow());
            }

            var streak = _streaks.TryGetValue(attempt.Key, out var previous) && previous.Kind == condition.Kind
                ? previous with { Count = previous.Count + 1 }
                : new Streak(condition.Kind, 1, _time.GetUtcNow());
            _streaks[attempt.Key] = streak;
            var needed = condition.Definitive ? 1 : AmbiguousObservations;
            var kind = streak.Count >= needed ? VerdictKind.Confirmed : VerdictKind.Suspected;
            return new AttemptVerdict(attempt, kind, condition, streak.Count, streak.FirstSeenAt);
        }
    }

    /// <summary>The verdict of a failed poll: unknown, with the attempt's run of observations left as it was.</summary>
    public static AttemptVerdict Unknown(WatchedAttempt attempt) => new(attempt, VerdictKind.Unknown, null, 0, null);

    /// <summary>Drops what is remembered of attempts no longer watched (closed in the store).</summary>
    public void Retain(IEnumerable<AttemptKey> watched)
    {
        var keep = watched.ToHashSet();
        lock (_sync)
        {
            foreach (var key in _streaks.Keys.Where(k => !keep.Contains(k)).ToList())
            {
                _streaks.Remove(key);
            }
        }
    }

    private sealed record Streak(ConditionKind Kind, int Count, DateTimeOffset FirstSeenAt);
}
