namespace Spot.CostModel.Pricing;

/// <summary>
/// One row of spot price history, shaped like DescribeSpotPriceHistory's SpotPrice item. AvailabilityZone may be a
/// zone name (us-east-1a, from the API) or a zone ID (use1-az1, from public datasets); history resolves IDs.
/// </summary>
public sealed record SpotPriceRecord(
    string AvailabilityZone,
    string InstanceType,
    string ProductDescription,
    decimal SpotPrice,
    DateTimeOffset Timestamp)
{
    /// <summary>The product whose prices Spot uses: the trainer runs on Linux.</summary>
    public const string LinuxUnix = "Linux/UNIX";
}
