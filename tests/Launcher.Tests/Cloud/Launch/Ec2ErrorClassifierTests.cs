using System.Net;
using Amazon.EC2;
using Spot.Launcher.Cloud.Launch;

namespace Spot.Launcher.Tests.Cloud.Launch;

public sealed class Ec2ErrorClassifierTests
{
    [Theory]
    [InlineData("RequestLimitExceeded", Ec2ErrorClass.Throttled)]
    [InlineData("InsufficientInstanceCapacity", Ec2ErrorClass.NextPool)]
    [InlineData("InsufficientCapacity", Ec2ErrorClass.NextPool)]
    [InlineData("UnfulfillableCapacity", Ec2ErrorClass.NextPool)]
    [InlineData("SpotMaxPriceTooLow", Ec2ErrorClass.NextPool)]
    [InlineData("capacity-not-available", Ec2ErrorClass.NextPool)]
    [InlineData("MaxSpotInstanceCountExceeded", Ec2ErrorClass.Quota)]
    [InlineData("VcpuLimitExceeded", Ec2ErrorClass.Quota)]
    [InlineData("InstanceLimitExceeded", Ec2ErrorClass.Quota)]
    [InlineData("UnauthorizedOperation", Ec2ErrorClass.Unauthorized)]
    [InlineData("AuthFailure", Ec2ErrorClass.Unauthorized)]
    [InlineData("InvalidAMIID.NotFound", Ec2ErrorClass.Fatal)]
    public void Classify_sorts_each_EC2_code_into_what_the_launcher_does_next(string code, Ec2ErrorClass expected) =>
        Assert.Equal(expected, Ec2ErrorClassifier.Classify(code));

    [Fact]
    public void Classify_treats_an_unknown_server_fault_as_transient_but_an_unknown_client_fault_as_fatal()
    {
        Assert.Equal(Ec2ErrorClass.Transient, Ec2ErrorClassifier.Classify("SomethingNew", HttpStatusCode.BadGateway));
        Assert.Equal(Ec2ErrorClass.Fatal, Ec2ErrorClassifier.Classify("SomethingNew", HttpStatusCode.BadRequest));
    }

    [Fact]
    public void Classify_treats_a_timeout_as_transient_but_the_callers_cancellation_as_fatal()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Equal(Ec2ErrorClass.Transient, Ec2ErrorClassifier.Classify(new TaskCanceledException("timed out"), CancellationToken.None));
        Assert.Equal(Ec2ErrorClass.Fatal, Ec2ErrorClassifier.Classify(new TaskCanceledException("cancelled"), cancelled.Token));
        Assert.Equal(Ec2ErrorClass.Transient, Ec2ErrorClassifier.Classify(new HttpRequestException("reset"), CancellationToken.None));
    }

    [Fact]
    public void Classify_reads_the_code_of_an_SDK_exception_and_of_a_fleet_error()
    {
        var sdk = new AmazonEC2Exception("no", Amazon.Runtime.ErrorType.Sender, "VcpuLimitExceeded", "r-1", HttpStatusCode.BadRequest);

        Assert.Equal(Ec2ErrorClass.Quota, Ec2ErrorClassifier.Classify(sdk, CancellationToken.None));
        Assert.Equal(Ec2ErrorClass.Unauthorized, Ec2ErrorClassifier.Classify(new Ec2CallException("UnauthorizedOperation", "no"), CancellationToken.None));
    }

    [Theory]
    [InlineData("VcpuLimitExceeded", "On-Demand vCPU quota")]
    [InlineData("MaxSpotInstanceCountExceeded", "Spot Instance quota")]
    [InlineData("UnauthorizedOperation", "ec2:RunInstances")]
    public void Explain_names_the_quota_or_permission_behind_a_code(string code, string named) =>
        Assert.Contains(named, Ec2ErrorClassifier.Explain(code), StringComparison.Ordinal);
}
