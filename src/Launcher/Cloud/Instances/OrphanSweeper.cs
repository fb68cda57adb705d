using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Logging;

namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// Terminates the instances no live attempt owns, one TerminateInstances call per batch, logging each instance.
/// Works from the reconcile pass's own snapshot, so sweeping costs no extra listing. A failed batch is logged and
/// reported; the next pass sees the same orphans and tries again.
/// </summary>
public sealed class OrphanSweeper(IAmazonEC2 ec2, InstancesOptions options, TimeProvider time, ILogger<OrphanSweeper> logger)
{
    public async Task<OrphanSweep> SweepAsync(InstanceSnapshot snapshot, IReadOnlyCollection<WatchedAttempt> live, CancellationToken cancellationToken)
    {
        var orphans = OrphanFinder.Find(snapshot, live);
        if (orphans.Count == 0)
        {
            return OrphanSweep.Nothing;
        }

        var terminated = new List<ObservedInstance>();
        var failed = new List<(ObservedInstance, string)>();
        var calls = 0;
        foreach (var batch in orphans.Chunk(options.TerminateBatchSize))
        {
            var request = new TerminateInstancesRequest { InstanceIds = batch.Select(i => i.InstanceId).ToList() };
            calls++;
            try
            {
                await TimedCall.RunAsync(time, options.CallTimeout, "TerminateInstances", ct => ec2.TerminateInstancesAsync(request, ct), cancellationToken);
                foreach (var orphan in batch)
                {
                    InstancesLog.OrphanTerminated(logger, orphan.InstanceId, orphan.Job, orphan.Owner?.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", orphan.State);
                    terminated.Add(orphan);
                }
            }
            catch (Exception exception) when (CloudFailure.Is(exception, cancellationToken))
            {
                InstancesLog.OrphanTerminationFailed(logger, batch.Length, exception.Message);
                failed.AddRange(batch.Select(o => (o, exception.Message)));
            }
        }

        return new OrphanSweep(terminated, failed, calls);
    }
}
