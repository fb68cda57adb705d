namespace Spot.Launcher.Cloud.Instances;

/// <summary>Counts the calls of one poll as they are made, so a poll that fails half-way still reports them.</summary>
internal sealed class CallTally
{
    public int DescribeInstances { get; set; }

    public int DescribeSpotInstanceRequests { get; set; }

    public Ec2CallCount Count => new(DescribeInstances, DescribeSpotInstanceRequests);
}
