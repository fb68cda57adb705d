using System.Runtime.CompilerServices;
using Amazon.EC2;
using Microsoft.Extensions.Logging;
using Spot.CostModel.Catalog;
using Spot.CostModel.Pricing;
using Spot.Launcher.Cloud.Instances;

namespace Spot.Launcher.Cloud.Pricing;

/// <summary>
/// Starts from the catalog's bundled snapshot and replaces it with DescribeSpotPriceHistory over the last
/// <see cref="PriceRefreshOptions.Window"/>, region by region, for every type in the catalog. A region whose refresh
/// fails (or answers no prices at all) keeps its last good records, so one bad call never blanks placement.
/// </summary>
public sealed class SpotPriceProvider : ISpotPriceProvider, IDisposable
{
    private readonly IReadOnlyDictionary<string, IAmazonEC2> _clients;
    private readonly InstanceCatalog _catalog;
    private readonly PriceRefreshOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SpotPriceProvider> _logger;
    private readonly IReadOnlyList<string> _types;
    private readonly Dictionary<string, List<SpotPriceRecord>> _lastGood = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _refreshedAt = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private CurrentSpotPrices _current;

    /// <param name="clientsByRegion">One EC2 client per region to refresh; each region must be in the catalog.</param>
    public SpotPriceProvider(
        IReadOnlyDictionary<string, IAmazonEC2> clientsByRegion, InstanceCatalog catalog, PriceRefreshOptions options,
        TimeProvider time, ILogger<SpotPriceProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(clientsByRegion);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        if (clientsByRegion.Count == 0)
        {
            throw new ArgumentException("clientsByRegion: at least one region is needed to refresh prices.", nameof(clientsByRegion));
        }

        foreach (var region in clientsByRegion.Keys.Where(r => !catalog.Regions.Contains(r, StringComparer.Ordinal)))
        {
            throw new ArgumentException($"clientsByRegion: region '{region}' is not in the catalog (known: {string.Join(", ", catalog.Regions)}).", nameof(clientsByRegion));
        }

        (_clients, _catalog, _options, _time, _logger) = (clientsByRegion, catalog, options, time, logger);
        _types = catalog.Types.Select(t => t.Name).ToList();
        _current = CurrentSpotPrices.FromSnapshot(catalog);
    }

    public CurrentSpotPrices Current => Volatile.Read(ref _current);

    public async Task<PriceRefresh> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var outcomes = new List<RegionPriceRefresh>();
            foreach (var (region, client) in _clients.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                outcomes.Add(await RefreshRegionAsync(region, client, cancellationToken));
            }

            var records = _lastGood.Values.SelectMany(r => r);
            var history = SpotPriceHistory.FromRecords(records, _catalog.Zones);
            var origin = _lastGood.Count > 0 ? PriceOrigin.Refreshed : PriceOrigin.BundledSnapshot;
            var current = new CurrentSpotPrices(history, _catalog.SpotPrices, origin, new Dictionary<string, DateTimeOffset>(_refreshedAt, StringComparer.Ordinal));
            Volatile.Write(ref _current, current);
            return new PriceRefresh(outcomes, current);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task<RegionPriceRefresh> RefreshRegionAsync(string region, IAmazonEC2 client, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var calls = new StrongBox<int>();
        try
        {
            var records = await SpotPriceHistoryReader.ReadAsync(client, _types, now - _options.Window, _options, _time, calls, cancellationToken);
            if (records.Count == 0)
            {
                return Failed(region, calls.Value, "the answer held no Linux/UNIX prices");
            }

            var history = SpotPriceHistory.FromRecords(records, _catalog.Zones);
            if (history.Skipped.Count > 0)
            {
                PricingLog.SkippedRecords(_logger, history.Skipped.Count, region);
            }

            _lastGood[region] = records;
            _refreshedAt[region] = now;
            PricingLog.Refreshed(_logger, region, records.Count, history.Pools.Count, calls.Value);
            return new RegionPriceRefresh(region, true, records.Count, calls.Value, null);
        }
        catch (Exception exception) when (CloudFailure.Is(exception, cancellationToken))
        {
            return Failed(region, calls.Value, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private RegionPriceRefresh Failed(string region, int calls, string error)
    {
        var kept = _refreshedAt.TryGetValue(region, out var at) ? $"the prices refreshed at {at:O}" : "the bundled snapshot";
        PricingLog.RefreshFailed(_logger, region, error, kept);
        return new RegionPriceRefresh(region, false, 0, calls, error);
    }

    public void Dispose() => _refreshing.Dispose();
}
