using Microsoft.Extensions.Logging;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Instances;

/// <summary>
/// The market taking spot capacity back: on every tick (and after every injected change), a spot instance whose
/// MaxPrice is below its pool's price gets a notice (by price), and when a pool runs more spot instances than its
/// capacity, the newest ones get notices (no capacity).
/// </summary>
public sealed class MarketInterruptions(SpotMarket market, InstanceManager manager, ILogger logger) : IDisposable
{
    private ITimer? _timer;

    public void Start(TimeSpan tick) => _timer = market.Clock.CreateTimer(_ => Check(), null, tick, tick);

    public void Check()
    {
        try
        {
            foreach (var (instance, reason) in Victims())
            {
                manager.PostInterruptionNotice(instance, reason);
            }
        }
        catch (Exception exception)
        {
            Log.MarketCheckFailed(logger, exception);
        }
    }

    private List<(Instance, InterruptionReason)> Victims()
    {
        var victims = new List<(Instance, InterruptionReason)>();
        lock (manager.Store.Sync)
        {
            foreach (var pool in market.Pools)
            {
                var live = manager.Store.Holding(pool.Key, spot: true)
                    .Where(i => i.InterruptionTime is null && i.State is InstanceState.Pending or InstanceState.Running)
                    .OrderBy(i => i.Sequence)
                    .ToList();
                var price = market.PriceNow(pool);
                var priced = live.Where(i => i.SpotRequest!.MaxPrice < price).ToList();
                victims.AddRange(priced.Select(i => (i, InterruptionReason.Price)));

                var survivors = live.Except(priced).ToList();
                var excess = survivors.Count - market.SpotCapacityNow(pool);
                victims.AddRange(survivors.TakeLast(Math.Max(0, excess)).Select(i => (i, InterruptionReason.Capacity)));
            }
        }

        return victims;
    }

    public void Dispose() => _timer?.Dispose();
}
