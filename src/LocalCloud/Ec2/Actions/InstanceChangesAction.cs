using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>TerminateInstances, StopInstances and CreateTags: changes users make to what they launched.</summary>
public sealed class InstanceChangesAction(InstanceManager manager) : IEc2ActionFamily
{
    private InstanceStore Store => manager.Store;

    public void Register(Ec2Actions actions)
    {
        actions.Add("TerminateInstances", Terminate);
        actions.Add("StopInstances", Stop);
        actions.Add("CreateTags", CreateTags);
    }

    private void Terminate(QueryParameters query, Ec2XmlWriter xml)
    {
        var instances = DescribeInstancesAction.Find(Store, RequiredIds(query));
        var changes = manager.Terminate(instances);
        lock (Store.Sync)
        {
            InstanceXml.StateChanges(xml, changes);
        }
    }

    private void Stop(QueryParameters query, Ec2XmlWriter xml)
    {
        var instances = DescribeInstancesAction.Find(Store, RequiredIds(query));
        lock (Store.Sync)
        {
            foreach (var instance in instances)
            {
                if (instance.IsSpot)
                {
                    throw Ec2Errors.UnsupportedOperation($"You can't stop the Spot Instance '{instance.Id}' because it is associated with a one-time Spot Instance request.");
                }

                if (instance.State is not (InstanceState.Running or InstanceState.Stopping or InstanceState.Stopped))
                {
                    throw Ec2Errors.IncorrectInstanceState(instance.Id, InstanceStateNames.Of(instance.State));
                }
            }
        }

        var changes = manager.Stop(instances);
        lock (Store.Sync)
        {
            InstanceXml.StateChanges(xml, changes);
        }
    }

    private void CreateTags(QueryParameters query, Ec2XmlWriter xml)
    {
        var resources = query.List("ResourceId");
        if (resources.Count == 0)
        {
            throw Ec2Errors.MissingParameter("ResourceId.1");
        }

        var tags = TagSpecifications.Tags(query).ToList();
        if (tags.Count == 0)
        {
            throw Ec2Errors.MissingParameter("Tag.1.Key");
        }

        // Every resource is checked before any is tagged, so a bad ID changes nothing.
        var targets = resources.Select(Target).ToList();
        lock (Store.Sync)
        {
            foreach (var target in targets)
            {
                foreach (var (key, value) in tags)
                {
                    target[key] = value;
                }
            }
        }

        xml.Value("return", true);
    }

    private Dictionary<string, string> Target(string id)
    {
        if (id.StartsWith("i-", StringComparison.Ordinal))
        {
            return DescribeInstancesAction.Find(Store, [id])[0].Tags;
        }

        if (id.StartsWith("sir-", StringComparison.Ordinal))
        {
            return (Store.FindSpotRequest(id) ?? throw Ec2Errors.SpotRequestNotFound([id])).Tags;
        }

        throw Ec2Errors.InvalidId(id);
    }

    private static IReadOnlyList<string> RequiredIds(QueryParameters query)
    {
        var ids = query.List("InstanceId");
        return ids.Count > 0 ? ids : throw Ec2Errors.MissingParameter("InstanceId.1");
    }
}
