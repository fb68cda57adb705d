using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>
/// DescribeSpotPriceHistory: the price changes of the asked pools between StartTime and EndTime (never past market
/// now), each led by the price in effect at StartTime, newest first, Linux/UNIX only.
/// </summary>
public sealed class SpotPriceHistoryAction(SpotMarket market) : IEc2ActionFamily
{
    private const string Linux = "Linux/UNIX";
    private static readonly string[] Products = [Linux, "Linux/UNIX (Amazon VPC)"];
    private static readonly string[] Known = ["availability-zone", "instance-type", "product-description"];

    public void Register(Ec2Actions actions) => actions.Add("DescribeSpotPriceHistory", Describe);

    private void Describe(QueryParameters query, Ec2XmlWriter xml)
    {
        var types = query.List("InstanceType");
        var products = query.List("ProductDescription");
        var zone = query.String("AvailabilityZone");
        var end = query.Date("EndTime") ?? market.Now;
        var start = query.Date("StartTime") ?? end - TimeSpan.FromDays(90);
        if (start > end)
        {
            throw Ec2Errors.InvalidParameterValue("StartTime", $"{start:O}", "StartTime must not be after EndTime.");
        }

        var filters = Filters.Read(query);
        var product = products.Count == 0 ? Linux : products.FirstOrDefault(p => Products.Contains(p, StringComparer.Ordinal));
        var pools = market.Pools
            .Where(p => product is not null)
            .Where(p => types.Count == 0 || types.Contains(p.Key.InstanceType, StringComparer.Ordinal))
            .Where(p => zone is null || p.Key.AvailabilityZone == zone);
        var rows = pools.SelectMany(p => market.History(p, start, end)).ToList();
        var matching = Filters.Apply(rows, filters, Known, (row, name) => name switch
            {
                "availability-zone" => [row.Pool.AvailabilityZone],
                "instance-type" => [row.Pool.InstanceType],
                _ => [product],
            })
            .OrderByDescending(r => r.Timestamp)
            .ThenBy(r => r.Pool.AvailabilityZone, StringComparer.Ordinal)
            .ThenBy(r => r.Pool.InstanceType, StringComparer.Ordinal)
            .ToList();
        var (page, next) = Pagination.Page(matching, query, 1, 1000);
        xml.List("spotPriceHistorySet", page, row =>
        {
            xml.Value("instanceType", row.Pool.InstanceType);
            xml.Value("productDescription", product);
            xml.Price("spotPrice", row.Price);
            xml.Value("timestamp", row.Timestamp);
            xml.Value("availabilityZone", row.Pool.AvailabilityZone);
        });
        xml.Value("nextToken", next);
    }
}
