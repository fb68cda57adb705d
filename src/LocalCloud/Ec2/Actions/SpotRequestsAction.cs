using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>DescribeSpotInstanceRequests: the request behind each spot instance, with AWS's status codes.</summary>
public sealed class SpotRequestsAction(InstanceStore store) : IEc2ActionFamily
{
    private static readonly string[] Known =
    [
        "spot-instance-request-id", "state", "status-code", "instance-id", "launched-availability-zone",
        "launch.instance-type", .. Filters.TagFilters,
    ];

    public void Register(Ec2Actions actions) => actions.Add("DescribeSpotInstanceRequests", Describe);

    private void Describe(QueryParameters query, Ec2XmlWriter xml)
    {
        var ids = query.List("SpotInstanceRequestId");
        var filters = Filters.Read(query);
        lock (store.Sync)
        {
            var all = store.AllSpotRequests();
            var missing = ids.Where(id => store.FindSpotRequest(id) is null).ToList();
            if (missing.Count > 0)
            {
                throw Ec2Errors.SpotRequestNotFound(missing);
            }

            var candidates = ids.Count > 0 ? all.Where(r => ids.Contains(r.Id, StringComparer.Ordinal)) : all;
            var matching = Filters.Apply(candidates, filters, Known, Field);
            var (page, next) = Pagination.Page(matching, query, 5, 1000);
            xml.List("spotInstanceRequestSet", page, r => Write(xml, r));
            xml.Value("nextToken", next);
        }
    }

    private static void Write(Ec2XmlWriter xml, SpotRequest request)
    {
        xml.Value("spotInstanceRequestId", request.Id);
        xml.Price("spotPrice", request.MaxPrice);
        xml.Value("type", "one-time");
        xml.Value("state", request.State);
        xml.Object("status", () =>
        {
            xml.Value("code", request.StatusCode);
            xml.Value("updateTime", request.StatusUpdateTime);
            xml.Value("message", request.StatusMessage);
        });
        xml.Object("launchSpecification", () =>
        {
            xml.Value("instanceType", request.InstanceType);
            xml.Object("placement", () => xml.Value("availabilityZone", request.AvailabilityZone));
        });
        xml.Value("instanceId", request.InstanceId);
        xml.Value("createTime", request.CreateTime);
        xml.Value("productDescription", "Linux/UNIX");
        if (request.InstanceId is not null)
        {
            xml.Value("launchedAvailabilityZone", request.AvailabilityZone);
        }

        xml.Value("instanceInterruptionBehavior", "terminate");
        if (request.Tags.Count > 0)
        {
            xml.Tags(request.Tags);
        }
    }

    private static IEnumerable<string?> Field(SpotRequest request, string name) => name switch
    {
        "spot-instance-request-id" => [request.Id],
        "state" => [request.State],
        "status-code" => [request.StatusCode],
        "instance-id" => [request.InstanceId],
        "launched-availability-zone" => [request.InstanceId is null ? null : request.AvailabilityZone],
        "launch.instance-type" => [request.InstanceType],
        _ => Filters.Tag(request.Tags, name),
    };
}
