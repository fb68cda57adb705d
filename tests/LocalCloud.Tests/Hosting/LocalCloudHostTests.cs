using Amazon.EC2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Options;
using Spot.LocalCloud.Hosting;

namespace Spot.LocalCloud.Tests.Hosting;

public sealed class LocalCloudHostTests
{
    private static AmazonS3Client S3(TestCloud cloud) => new(new BasicAWSCredentials("test", "test"), new AmazonS3Config
    {
        ServiceURL = cloud.Host.S3Endpoint.ToString(),
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
        MaxErrorRetry = 0,
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });

    [Fact]
    public async Task Host_serves_EC2_and_S3_on_separate_loopback_ports_and_is_ready_until_stopped()
    {
        var cloud = await TestCloud.StartAsync();
        using var s3 = S3(cloud);

        await s3.PutBucketAsync("checkpoints");
        var buckets = await s3.ListBucketsAsync();
        var ready = await cloud.Host.AdminClient.IsReadyAsync();
        var admin = cloud.Host.AdminClient;
        var ec2 = cloud.Host.Ec2Endpoint;
        var s3Endpoint = cloud.Host.S3Endpoint;
        await cloud.Host.StopAsync();
        var readyAfterStop = await admin.IsReadyAsync();
        await cloud.DisposeAsync();

        Assert.Equal("127.0.0.1", ec2.Host);
        Assert.Equal("127.0.0.1", s3Endpoint.Host);
        Assert.NotEqual(ec2.Port, s3Endpoint.Port);
        Assert.Equal("checkpoints", buckets.Buckets.Single().BucketName);
        Assert.True(ready);
        Assert.False(readyAfterStop);
    }

    [Fact]
    public async Task Admin_S3_faults_make_the_real_S3_client_see_503s()
    {
        await using var cloud = await TestCloud.StartAsync();
        using var s3 = S3(cloud);
        await cloud.Host.AdminClient.FailS3Async(1.0, 503);

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.ListBucketsAsync());

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Fact]
    public void Host_rejects_invalid_options_naming_every_bad_field()
    {
        var options = new LocalCloudOptions { ClockSpeed = 0, AvailabilityZones = ["eu-west-1a"], Ec2Port = 8000, S3Port = 8000 };

        var error = Assert.Throws<OptionsValidationException>(() => new LocalCloudHost(options));

        Assert.Contains(error.Failures, f => f.Contains("ClockSpeed", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("AvailabilityZones", StringComparison.Ordinal) && f.Contains("eu-west-1a", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("S3Port", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_fails_to_start_on_a_taken_port_and_releases_what_it_had_started()
    {
        await using var first = await TestCloud.StartAsync();
        var taken = first.Host.Ec2Endpoint.Port;
        var second = new LocalCloudHost(new LocalCloudOptions { Ec2Port = taken });

        await Assert.ThrowsAnyAsync<IOException>(() => second.StartAsync());
        await second.DisposeAsync();

        Assert.False(Directory.Exists(second.DataDirectory));
        Assert.True(await first.Host.AdminClient.IsReadyAsync());
    }

    [Fact]
    public void Default_options_are_valid()
    {
        Assert.Empty(LocalCloudOptionsValidator.Problems(new LocalCloudOptions()));
    }

    [Fact]
    public async Task Every_EC2_call_is_logged_with_its_action_and_outcome()
    {
        using var logs = new RecordingLoggerFactory();
        await using var cloud = await TestCloud.StartAsync(loggerFactory: logs);

        await cloud.Ec2.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest());
        await Assert.ThrowsAsync<Amazon.EC2.AmazonEC2Exception>(() => cloud.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = ["i-0123456789abcdef0"] }));

        Assert.Contains(logs.Messages, m => m.StartsWith("EC2 DescribeAvailabilityZones -> 200", StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.StartsWith("EC2 TerminateInstances -> 400 InvalidInstanceID.NotFound", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fast_clock_reports_market_time_and_scales_the_notice_window()
    {
        // 60 market seconds per second: the two-minute notice lasts two seconds of the inner clock.
        await using var cloud = await TestCloud.StartAsync(o => o.ClockSpeed = 60);
        var launched = await cloud.LaunchSpotAsync("sleep 600\n");
        await cloud.WaitForStateAsync(launched.InstanceId, "running");

        cloud.Time.Advance(TimeSpan.FromSeconds(10));
        await cloud.Host.AdminClient.InterruptAsync(launched.InstanceId);
        await Until.TrueAsync(() => Task.FromResult(cloud.Local(launched.InstanceId).InterruptionTime is not null), "the notice");
        var noticeTime = cloud.Local(launched.InstanceId).InterruptionTime;
        var market = await cloud.Host.AdminClient.GetMarketAsync();
        cloud.Time.Advance(TimeSpan.FromSeconds(1.5));
        var stillRunning = (await cloud.DescribeAsync(launched.InstanceId)).State.Name.Value;
        cloud.Time.Advance(TimeSpan.FromSeconds(0.5));
        var terminated = await cloud.WaitForStateAsync(launched.InstanceId, "terminated");

        Assert.Equal(TestCloud.Start.AddMinutes(10), market.MarketTime);
        Assert.Equal(60, market.ClockSpeed);
        Assert.Equal(TestCloud.Start.AddMinutes(12), noticeTime);
        Assert.Equal("running", stillRunning);
        Assert.Equal(TestCloud.Start.UtcDateTime, terminated.LaunchTime);
        Assert.Equal("Server.SpotInstanceTermination", terminated.StateReason.Code);
    }
}
