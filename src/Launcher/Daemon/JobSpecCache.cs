using System.Collections.Concurrent;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// Parsed job specs by job id. A spec never changes after submission, and parsing one is most of a pass's per-job
/// cost, so the reconcile pass and the guards share one parse of each.
/// </summary>
public sealed class JobSpecCache
{
    private readonly ConcurrentDictionary<long, JobSpec> _specs = new();

    public JobSpec Of(JobRecord job) =>
        _specs.GetOrAdd(job.Id, _ => JobSpecReader.Read(job.SpecYaml, $"job '{job.Name}'"));
}
