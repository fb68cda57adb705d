using Microsoft.Extensions.Logging;
using Quartz;

namespace Spot.Launcher.Daemon.Hosting;

/// <summary>The budget and deadline guards on Quartz's schedule, apart from the reconcile pass so that stays cheap.</summary>
[DisallowConcurrentExecution]
public sealed class GuardJob(DaemonComponents components, ILogger<GuardJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await components.Guard.RunPassAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DaemonLog.PassFailed(logger, e.Message, e);
        }
    }
}
