namespace Spot.Launcher.Cloud.Instances;

/// <summary>One reconcile pass of the watcher: the poll (its snapshot feeds the orphan sweep) and a verdict per attempt.</summary>
public sealed record WatchPass(InstancePoll Poll, IReadOnlyList<AttemptVerdict> Verdicts)
{
    public IEnumerable<AttemptVerdict> Confirmed => Verdicts.Where(v => v.Kind == VerdictKind.Confirmed);
}
