namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// Finds an attempt's instance in a snapshot (by the id the store holds, else by its tags) and asks each parser in
/// turn what became of it. Parsers with AWS's stated causes come first, so a reason always beats a bare state.
/// </summary>
public sealed class InstanceClassifier
{
    private readonly IReadOnlyList<IConditionParser> _parsers;

    public InstanceClassifier()
        : this([
            StateReasonParser.SpotTermination,
            new SpotRequestTerminationParser(),
            StateReasonParser.UserShutdown,
            StateReasonParser.InstanceExit,
            new MarkedForTerminationParser(),
            new LiveStateParser(),
        ])
    {
    }

    public InstanceClassifier(IReadOnlyList<IConditionParser> parsers) => _parsers = parsers;

    public InstanceCondition Classify(InstanceSnapshot snapshot, WatchedAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var instance = Locate(snapshot, attempt);
        if (instance is null)
        {
            var looked = attempt.InstanceId is null ? $"no instance tagged {attempt.Key}" : $"instance {attempt.InstanceId} not listed";
            return new InstanceCondition(ConditionKind.Missing, null, looked, Definitive: false);
        }

        var spotRequest = snapshot.SpotRequestOf(instance);
        foreach (var parser in _parsers)
        {
            if (parser.Parse(instance, spotRequest) is { } condition)
            {
                return condition;
            }
        }

        var reason = instance.StateReasonCode is null ? "no StateReason" : $"StateReason {instance.StateReasonCode}";
        return new InstanceCondition(ConditionKind.EndedUnexplained, instance, $"state {instance.State}, {reason}", Definitive: false);
    }

    private static ObservedInstance? Locate(InstanceSnapshot snapshot, WatchedAttempt attempt) =>
        attempt.InstanceId is { } id && snapshot.Find(id) is { } known
            ? known
            : snapshot.OwnedBy(attempt.Key)
                .OrderByDescending(i => i.IsLive)
                .ThenByDescending(i => i.LaunchTime)
                .ThenBy(i => i.InstanceId, StringComparer.Ordinal)
                .FirstOrDefault();
}
