using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>DescribeInstances: by ID or by filters, paged by instance and grouped by reservation.</summary>
public sealed class DescribeInstancesAction(InstanceStore store) : IEc2ActionFamily
{
    private static readonly string[] Known =
    [
        "instance-id", "instance-state-name", "instance-state-code", "instance-type", "availability-zone",
        "instance-lifecycle", "reservation-id", "spot-instance-request-id", "client-token", "image-id", .. Filters.TagFilters,
    ];

    public void Register(Ec2Actions actions) => actions.Add("DescribeInstances", Describe);

    /// <summary>Looks instances up by ID: malformed and unknown IDs are errors, as on EC2.</summary>
    public static IReadOnlyList<Instance> Find(InstanceStore store, IReadOnlyList<string> ids)
    {
        foreach (var id in ids.Where(id => !ResourceIds.IsInstanceId(id)))
        {
            throw Ec2Errors.InstanceIdMalformed(id);
        }

        var found = ids.Distinct(StringComparer.Ordinal).Select(id => (id, instance: store.Find(id))).ToList();
        var missing = found.Where(f => f.instance is null).Select(f => f.id).ToList();
        return missing.Count > 0 ? throw Ec2Errors.InstanceNotFound(missing) : found.Select(f => f.instance!).ToList();
    }

    private void Describe(QueryParameters query, Ec2XmlWriter xml)
    {
        var ids = query.List("InstanceId");
        if (ids.Count > 0 && query.Has("MaxResults"))
        {
            throw Ec2Errors.InvalidParameterCombination("The parameter InstanceId cannot be used with the parameter MaxResults.");
        }

        var filters = Filters.Read(query);
        lock (store.Sync)
        {
            var candidates = ids.Count > 0 ? Find(store, ids) : store.All();
            var matching = Filters.Apply(candidates, filters, Known, Field);
            var (page, next) = Pagination.Page(matching, query, 5, 1000);
            xml.List("reservationSet", page.GroupBy(i => i.ReservationId), r => InstanceXml.Reservation(xml, r.Key, r));
            xml.Value("nextToken", next);
        }
    }

    private static IEnumerable<string?> Field(Instance instance, string name) => name switch
    {
        "instance-id" => [instance.Id],
        "instance-state-name" => [InstanceStateNames.Of(instance.State)],
        "instance-state-code" => [((int)instance.State).ToString(System.Globalization.CultureInfo.InvariantCulture)],
        "instance-type" => [instance.Pool.InstanceType],
        "availability-zone" => [instance.Pool.AvailabilityZone],
        "instance-lifecycle" => [instance.IsSpot ? "spot" : null],
        "reservation-id" => [instance.ReservationId],
        "spot-instance-request-id" => [instance.SpotRequest?.Id],
        "client-token" => [instance.ClientToken],
        "image-id" => [instance.ImageId],
        _ => Filters.Tag(instance.Tags, name),
    };
}
