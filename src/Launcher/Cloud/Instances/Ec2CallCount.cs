namespace Spot.Launcher.Cloud.Instances;

/// <summary>EC2 calls one listing made: the reconcile benchmark prints them to show they grow with pages, not instances.</summary>
public readonly record struct Ec2CallCount(int DescribeInstances, int DescribeSpotInstanceRequests)
{
    public int Total => DescribeInstances + DescribeSpotInstanceRequests;

    public static Ec2CallCount operator +(Ec2CallCount left, Ec2CallCount right) =>
        new(left.DescribeInstances + right.DescribeInstances, left.DescribeSpotInstanceRequests + right.DescribeSpotInstanceRequests);
}
