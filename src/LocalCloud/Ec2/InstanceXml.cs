using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Ec2;

/// <summary>How an instance, its state and its reservation look in EC2's XML (call under the store's lock).</summary>
public static class InstanceXml
{
    public const string OwnerId = "000000000000";

    public static void Reservation(Ec2XmlWriter xml, string reservationId, IEnumerable<Instance> instances)
    {
        xml.Value("reservationId", reservationId);
        xml.Value("ownerId", OwnerId);
        xml.List<string>("groupSet", [], _ => { });
        xml.List("instancesSet", instances, i => Instance(xml, i));
    }

    public static void Instance(Ec2XmlWriter xml, Instance instance)
    {
        xml.Value("instanceId", instance.Id);
        xml.Value("imageId", instance.ImageId);
        State(xml, "instanceState", instance.State);
        xml.Value("privateDnsName", "");
        xml.Value("dnsName", "");
        xml.Value("reason", instance.StateTransitionReason);
        xml.Value("amiLaunchIndex", instance.LaunchIndex);
        xml.Value("instanceType", instance.Pool.InstanceType);
        xml.Value("launchTime", instance.LaunchTime);
        xml.Object("placement", () =>
        {
            xml.Value("availabilityZone", instance.Pool.AvailabilityZone);
            xml.Value("groupName", "");
            xml.Value("tenancy", "default");
        });
        xml.Object("monitoring", () => xml.Value("state", "disabled"));
        if (instance.StateReason is { } reason)
        {
            xml.Object("stateReason", () =>
            {
                xml.Value("code", reason.Code);
                xml.Value("message", reason.Message);
            });
        }

        xml.Value("architecture", "x86_64");
        xml.Value("rootDeviceType", "ebs");
        xml.Value("rootDeviceName", "/dev/xvda");
        if (instance.SpotRequest is { } spot)
        {
            xml.Value("instanceLifecycle", "spot");
            xml.Value("spotInstanceRequestId", spot.Id);
        }

        xml.Value("virtualizationType", "hvm");
        xml.Value("clientToken", instance.ClientToken ?? "");
        if (instance.Tags.Count > 0)
        {
            xml.Tags(instance.Tags);
        }

        xml.Value("hypervisor", "xen");
        xml.Value("ebsOptimized", false);
        xml.Object("metadataOptions", () =>
        {
            xml.Value("state", "applied");
            xml.Value("httpTokens", instance.RequiresImdsTokens ? "required" : "optional");
            xml.Value("httpPutResponseHopLimit", 1);
            xml.Value("httpEndpoint", "enabled");
        });
    }

    public static void State(Ec2XmlWriter xml, string name, InstanceState state) =>
        xml.Object(name, () =>
        {
            xml.Value("code", (int)state);
            xml.Value("name", InstanceStateNames.Of(state));
        });

    /// <summary>The instancesSet of TerminateInstances and StopInstances.</summary>
    public static void StateChanges(Ec2XmlWriter xml, IEnumerable<(Instance Instance, InstanceState Previous, InstanceState Current)> changes) =>
        xml.List("instancesSet", changes, c =>
        {
            xml.Value("instanceId", c.Instance.Id);
            State(xml, "currentState", c.Current);
            State(xml, "previousState", c.Previous);
        });
}
