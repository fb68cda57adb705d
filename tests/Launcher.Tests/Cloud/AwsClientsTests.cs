using Amazon.EC2;
using Amazon.S3;
using Amazon.S3.Model;
using Spot.Launcher.Cloud;
using Spot.Launcher.Tests.Support;

namespace Spot.Launcher.Tests.Cloud;

public sealed class AwsClientsTests
{
    [Fact]
    public void CloudOptions_Validate_on_the_local_profile_requires_both_LocalCloud_endpoints()
    {
        var errors = new CloudOptions { Profile = CloudProfile.Local }.Validate();

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Cloud:Ec2Endpoint: is required", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Cloud:S3Endpoint: is required", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void CloudOptions_Validate_names_a_bad_region_timeout_retry_count_and_endpoint_scheme()
    {
        var errors = new CloudOptions
        {
            Profile = CloudProfile.LocalStack,
            Region = "Mars",
            RequestTimeout = TimeSpan.Zero,
            MaxErrorRetry = 11,
            LocalStackEndpoint = new Uri("ftp://localhost:4566"),
        }.Validate();

        Assert.Equal(["Cloud:Region", "Cloud:LocalStackEndpoint", "Cloud:RequestTimeout", "Cloud:MaxErrorRetry"],
            errors.Select(e => e[..e.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public void CloudOptions_WithMaxErrorRetry_copies_every_setting_and_leaves_the_original_alone()
    {
        var original = new CloudOptions { Profile = CloudProfile.Local, Region = "eu-west-1", Ec2Endpoint = new Uri("http://127.0.0.1:1"),
            S3Endpoint = new Uri("http://127.0.0.1:2"), RequestTimeout = TimeSpan.FromSeconds(7) };

        var copy = original.WithMaxErrorRetry(10);

        Assert.Equal((2, 10), (original.MaxErrorRetry, copy.MaxErrorRetry));
        Assert.Equal((original.Profile, original.Region, original.Ec2Endpoint, original.S3Endpoint, original.RequestTimeout),
            (copy.Profile, copy.Region, copy.Ec2Endpoint, copy.S3Endpoint, copy.RequestTimeout));
    }

    [Theory]
    [InlineData("local", CloudProfile.Local)]
    [InlineData("LocalStack", CloudProfile.LocalStack)]
    [InlineData("AWS", CloudProfile.Aws)]
    public void ParseProfile_reads_each_profile_name_in_any_case(string text, CloudProfile expected) =>
        Assert.Equal(expected, CloudOptions.ParseProfile(text));

    [Fact]
    public void ParseProfile_names_the_option_and_the_allowed_values_for_an_unknown_profile()
    {
        var error = Assert.Throws<ArgumentException>(() => CloudOptions.ParseProfile("azure"));

        Assert.StartsWith("--profile: 'azure' is not one of local, localstack, aws.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_points_localstack_at_the_edge_endpoint_with_path_style_and_checksums_only_when_required()
    {
        using var clients = AwsClients.Create(new CloudOptions { Profile = CloudProfile.LocalStack, RequestTimeout = TimeSpan.FromSeconds(7) });

        var ec2 = (AmazonEC2Config)((AmazonEC2Client)clients.Ec2).Config;
        var s3 = (AmazonS3Config)((AmazonS3Client)clients.S3).Config;
        Assert.Equal("http://localhost:4566/", ec2.ServiceURL);
        Assert.Equal(TimeSpan.FromSeconds(7), ec2.Timeout);
        Assert.True(s3.ForcePathStyle);
        Assert.Equal(Amazon.Runtime.RequestChecksumCalculation.WHEN_REQUIRED, s3.RequestChecksumCalculation);
        Assert.Equal(Amazon.Runtime.ResponseChecksumValidation.WHEN_REQUIRED, s3.ResponseChecksumValidation);
        Assert.False(clients.UseChunkEncoding);
    }

    [Fact]
    public void Configuration_on_the_aws_profile_leaves_endpoints_to_the_SDK_and_uses_the_region_given()
    {
        var options = new CloudOptions { Profile = CloudProfile.Aws, Region = "eu-west-1" };

        var ec2 = AwsClientsConfiguration.Ec2(options);
        var s3 = AwsClientsConfiguration.S3(options);

        Assert.Null(ec2.ServiceURL);
        Assert.Equal("eu-west-1", ec2.RegionEndpoint.SystemName);
        Assert.False(s3.ForcePathStyle);
        Assert.Null(AwsClientsConfiguration.Credentials(options));
    }

    [Fact]
    public void Describe_names_profile_and_endpoints_but_never_the_keys()
    {
        var options = new CloudOptions { Profile = CloudProfile.LocalStack };

        var text = AwsClients.Describe(options);

        Assert.Contains("profile=localstack", text, StringComparison.Ordinal);
        Assert.Contains("http://localhost:4566/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("test", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Create_on_the_local_profile_stores_an_upload_byte_for_byte_in_LocalCloud_S3()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var body = new byte[300_000];
        new Random(7).NextBytes(body);
        await cloud.S3.PutBucketAsync("spot-checkpoints");

        await cloud.S3.PutObjectAsync(cloud.Clients.Prepare(new PutObjectRequest { BucketName = "spot-checkpoints", Key = "a/b.bin", InputStream = new MemoryStream(body) }));
        using var read = await cloud.S3.GetObjectAsync("spot-checkpoints", "a/b.bin");
        using var copy = new MemoryStream();
        await read.ResponseStream.CopyToAsync(copy);

        Assert.Equal(body, copy.ToArray());
        Assert.Single((await cloud.Ec2.DescribeAvailabilityZonesAsync()).AvailabilityZones, z => z.ZoneName == "us-east-1a");
    }
}
