using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Logging;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// Terminates an attempt's instance. The attempt is closed later, when the watcher confirms the instance is gone, so
/// the ledger's end time is the one EC2 shows rather than the moment we asked.
/// </summary>
public sealed class InstanceTerminator(IAmazonEC2 ec2, IJobStore store, ILogger<InstanceTerminator> logger)
{
    public async Task TerminateAsync(JobRecord job, StoredAttempt attempt, string reason, CancellationToken cancellationToken)
    {
        if (attempt.InstanceId is not { } id) return;
        await ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [id] }, cancellationToken);
        await store.AppendEventAsync(job.Id, attempt.Attempt, JobEventLevel.Warning, $"terminated {id}: {reason}", cancellationToken);
        DaemonLog.Terminated(logger, job.Name, attempt.Attempt, id, reason);
    }
}
