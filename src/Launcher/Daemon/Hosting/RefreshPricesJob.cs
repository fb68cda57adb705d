using Microsoft.Extensions.Logging;
using Quartz;

namespace Spot.Launcher.Daemon.Hosting;

/// <summary>Refreshes spot prices on Quartz's schedule; a failed region keeps its last good prices.</summary>
[DisallowConcurrentExecution]
public sealed class RefreshPricesJob(DaemonComponents components, ILogger<RefreshPricesJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var refresh = await components.Prices.RefreshAsync(cancellationToken);
        DaemonLog.PricesRefreshed(logger, $"{refresh.Regions.Count(r => r.Succeeded)}/{refresh.Regions.Count} regions, {refresh.Calls} EC2 calls");
    }
}
