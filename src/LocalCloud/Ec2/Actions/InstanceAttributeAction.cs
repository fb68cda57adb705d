using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>
/// DescribeInstanceAttribute for <c>userData</c>: the base64 user-data as sent at launch, which a host that plays the
/// instance (the LocalStack drill harness) reads to know what to run. Other attributes are refused by name rather
/// than answered with an empty element that would look like "not set".
/// </summary>
public sealed class InstanceAttributeAction(InstanceStore store) : IEc2ActionFamily
{
    public const string UserData = "userData";

    public void Register(Ec2Actions actions) => actions.Add("DescribeInstanceAttribute", Describe);

    private void Describe(QueryParameters query, Ec2XmlWriter xml)
    {
        var id = query.String("InstanceId") ?? throw Ec2Errors.MissingParameter("InstanceId");
        var attribute = query.String("Attribute") ?? throw Ec2Errors.MissingParameter("Attribute");
        if (!string.Equals(attribute, UserData, StringComparison.Ordinal))
        {
            throw Ec2Errors.InvalidParameterValue("Attribute", attribute, $"LocalCloud answers DescribeInstanceAttribute only for {UserData}.");
        }

        var instance = DescribeInstancesAction.Find(store, [id])[0];
        xml.Value("instanceId", instance.Id);
        // AWS writes an empty userData element when the instance was launched without any.
        xml.Object("userData", () => xml.Value("value", instance.UserData));
    }
}
