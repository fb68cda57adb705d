using Microsoft.Extensions.Logging;
using Quartz;

namespace Spot.Launcher.Daemon.Hosting;

/// <summary>The reconcile pass on Quartz's schedule; never two at once, and a failed pass waits for the next.</summary>
[DisallowConcurrentExecution]
public sealed class ReconcileJob(DaemonComponents components, ILogger<ReconcileJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            var report = await components.Reconciler.RunPassAsync(cancellationToken);
            DaemonLog.PassCompleted(logger, report.ActiveJobs, report.LiveAttempts, report.ListingSucceeded, report.Ec2Calls.Total, report.OrphansTerminated);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DaemonLog.PassFailed(logger, e.Message, e);
        }
    }
}
