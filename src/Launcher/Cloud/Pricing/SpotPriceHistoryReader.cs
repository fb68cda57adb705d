using System.Runtime.CompilerServices;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.CostModel.Pricing;
using Spot.Launcher.Cloud.Instances;

namespace Spot.Launcher.Cloud.Pricing;

/// <summary>Reads one region's Linux/UNIX spot price history since a start instant, page after page.</summary>
internal static class SpotPriceHistoryReader
{
    /// <summary>Counts each page in <paramref name="calls"/> as it is asked for, so a failure half-way still reports them.</summary>
    public static async Task<List<SpotPriceRecord>> ReadAsync(
        IAmazonEC2 ec2, IReadOnlyList<string> instanceTypes, DateTimeOffset since, PriceRefreshOptions options, TimeProvider time,
        StrongBox<int> calls, CancellationToken cancellationToken)
    {
        var records = new List<SpotPriceRecord>();
        string? token = null;
        do
        {
            var request = new DescribeSpotPriceHistoryRequest
            {
                InstanceTypes = [.. instanceTypes],
                ProductDescriptions = [SpotPriceRecord.LinuxUnix],
                StartTime = since.UtcDateTime,
                MaxResults = options.PageSize,
                NextToken = token,
            };
            calls.Value++;
            var page = await TimedCall.RunAsync(time, options.CallTimeout, "DescribeSpotPriceHistory",
                ct => ec2.DescribeSpotPriceHistoryAsync(request, ct), cancellationToken);
            records.AddRange((page.SpotPriceHistory ?? []).Select(ToRecord).OfType<SpotPriceRecord>());
            token = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
        }
        while (token is not null);

        return records;
    }

    // EC2 sends the price as a decimal string; a row without a usable price or time is left out rather than guessed.
    private static SpotPriceRecord? ToRecord(SpotPrice row) =>
        decimal.TryParse(row.Price, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var price)
        && price > 0 && row.Timestamp is { } stamp && row.AvailabilityZone is { Length: > 0 } zone
            ? new SpotPriceRecord(zone, row.InstanceType?.Value ?? "", row.ProductDescription?.Value ?? SpotPriceRecord.LinuxUnix, price,
                new DateTimeOffset(DateTime.SpecifyKind(stamp.ToUniversalTime(), DateTimeKind.Utc)))
            : null;
}
