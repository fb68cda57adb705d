using System.Diagnostics.Metrics;

namespace Spot.Launcher.Daemon;

/// <summary>
/// The daemon's instruments, under the meter "Spot.Launcher": what an operator graphs to see that spot is paying off
/// and that recoveries are quick.
/// </summary>
public sealed class SpotMetrics : IDisposable
{
    public const string MeterName = "Spot.Launcher";
    private readonly Meter _meter;
    private readonly Counter<long> _interruptions;
    private readonly Counter<long> _launches;
    private readonly Counter<double> _spend;
    private readonly Histogram<double> _timeToRecover;
    private long _runningInstances;

    public SpotMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _meter.CreateObservableGauge("spot.instances.running", () => Interlocked.Read(ref _runningInstances),
            description: "Instances owned by live attempts, as of the last reconcile pass.");
        _interruptions = _meter.CreateCounter<long>("spot.interruptions", description: "Confirmed losses of spot capacity.");
        _launches = _meter.CreateCounter<long>("spot.launches", description: "Instances launched, by market.");
        _spend = _meter.CreateCounter<double>("spot.spend", unit: "USD", description: "Billed spend of closed attempts.");
        _timeToRecover = _meter.CreateHistogram<double>("spot.time_to_recover", unit: "s",
            description: "From a confirmed loss until the next attempt's instance runs.");
    }

    public void RunningInstances(long count) => Interlocked.Exchange(ref _runningInstances, count);

    public void Interrupted(string instanceType) =>
        _interruptions.Add(1, new KeyValuePair<string, object?>("instance_type", instanceType));

    public void Launched(string market) => _launches.Add(1, new KeyValuePair<string, object?>("market", market));

    public void Billed(decimal usd) => _spend.Add((double)usd);

    public void Recovered(TimeSpan elapsed) => _timeToRecover.Record(elapsed.TotalSeconds);

    public void Dispose() => _meter.Dispose();
}
