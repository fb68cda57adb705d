using Microsoft.Extensions.Logging;

namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// One pass over every live attempt with a single listing: classify each attempt's instance and let the confirmer
/// say whether it may be acted on. When the listing fails, every verdict is unknown and nothing is counted.
/// </summary>
public sealed class InstanceWatcher(
    IInstanceProvider provider,
    InstanceClassifier classifier,
    LossConfirmer confirmer,
    ILogger<InstanceWatcher> logger)
{
    public async Task<WatchPass> WatchAsync(IReadOnlyCollection<WatchedAttempt> attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var poll = await provider.ListAsync(cancellationToken);
        if (poll.Snapshot is not { } snapshot)
        {
            InstancesLog.PassUnknown(logger, attempts.Count, poll.Failure ?? "unknown failure");
            return new WatchPass(poll, attempts.Select(LossConfirmer.Unknown).ToList());
        }

        confirmer.Retain(attempts.Select(a => a.Key));
        var verdicts = new List<AttemptVerdict>(attempts.Count);
        foreach (var attempt in attempts)
        {
            var verdict = confirmer.Observe(attempt, classifier.Classify(snapshot, attempt));
            Report(verdict);
            verdicts.Add(verdict);
        }

        return new WatchPass(poll, verdicts);
    }

    private void Report(AttemptVerdict verdict)
    {
        if (verdict is { Kind: VerdictKind.Suspected, Condition: { } suspected })
        {
            InstancesLog.Suspected(logger, verdict.Attempt.Key, suspected.Kind, suspected.Evidence, verdict.Observations);
        }
        else if (verdict is { Kind: VerdictKind.Confirmed, Observations: var seen, Condition: { } confirmed } && seen == RequiredFor(confirmed))
        {
            // Logged once, on the observation that confirms it, not on every later pass.
            InstancesLog.Confirmed(logger, verdict.Attempt.Key, confirmed.Kind, confirmed.Instance?.InstanceId ?? "-", confirmed.Evidence);
        }
    }

    private int RequiredFor(InstanceCondition condition) => condition.Definitive ? 1 : confirmer.AmbiguousObservations;
}
