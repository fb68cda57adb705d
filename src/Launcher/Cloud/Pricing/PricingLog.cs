using Microsoft.Extensions.Logging;

namespace Spot.Launcher.Cloud.Pricing;

/// <summary>Log lines of the spot price provider (event ids 1350-1399).</summary>
internal static partial class PricingLog
{
    [LoggerMessage(EventId = 1350, Level = LogLevel.Information, Message = "Refreshed spot prices of {Region}: {Records} records for {Pools} pools in {Calls} calls")]
    public static partial void Refreshed(ILogger logger, string region, int records, int pools, int calls);

    [LoggerMessage(EventId = 1351, Level = LogLevel.Warning, Message = "Refreshing spot prices of {Region} failed ({Error}); keeping {Kept}")]
    public static partial void RefreshFailed(ILogger logger, string region, string error, string kept);

    [LoggerMessage(EventId = 1352, Level = LogLevel.Warning, Message = "Skipped {Count} spot price records of {Region} whose zone the catalog does not know")]
    public static partial void SkippedRecords(ILogger logger, int count, string region);
}
