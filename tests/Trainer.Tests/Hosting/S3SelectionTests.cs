using Amazon.Runtime;
using Amazon.S3;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Hosting;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Hosting;

/// <summary>How the trainer turns the AWS environment and the job's URIs into an S3 client and a checkpoint store.</summary>
public sealed class S3SelectionTests
{
    [Fact]
    public void A_non_AWS_endpoint_gets_path_style_and_checksums_only_when_required()
    {
        var config = S3ClientFactory.CreateConfig(new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL_S3"] = "http://127.0.0.1:9000",
            ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:1111",
            ["AWS_REGION"] = "eu-west-1",
        });

        Assert.Equal("http://127.0.0.1:9000/", config.ServiceURL);
        Assert.Equal(("eu-west-1", true), (config.AuthenticationRegion, config.ForcePathStyle));
        Assert.Equal(RequestChecksumCalculation.WHEN_REQUIRED, config.RequestChecksumCalculation);
        Assert.Equal(ResponseChecksumValidation.WHEN_REQUIRED, config.ResponseChecksumValidation);
    }

    [Fact]
    public void The_general_endpoint_variable_is_used_when_no_S3_one_is_set()
    {
        var config = S3ClientFactory.CreateConfig(new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://localhost:4566" });

        Assert.Equal(("http://localhost:4566/", "us-east-1"), (config.ServiceURL, config.AuthenticationRegion));
    }

    [Fact]
    public void AWS_itself_keeps_the_SDK_defaults_and_the_region_from_the_environment()
    {
        var config = S3ClientFactory.CreateConfig(new Dictionary<string, string> { ["AWS_DEFAULT_REGION"] = "eu-central-1" });

        Assert.Equal("eu-central-1", config.RegionEndpoint.SystemName);
        Assert.False(config.ForcePathStyle);
        Assert.True(S3ClientFactory.IsAws(new Uri("https://s3.eu-central-1.amazonaws.com")));
    }

    [Fact]
    public void An_endpoint_that_is_not_a_URL_is_refused_naming_its_variable()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            S3ClientFactory.CreateConfig(new Dictionary<string, string> { ["AWS_ENDPOINT_URL_S3"] = "localhost:9000" }));

        Assert.Equal("AWS_ENDPOINT_URL_S3: 'localhost:9000' is not an absolute http or https URL", error.Message);
    }

    [Fact]
    public void An_s3_uri_selects_the_S3_store_at_its_prefix_and_anything_else_a_directory()
    {
        using var dir = new TempDirectory();
        using var client = new AmazonS3Client(new BasicAWSCredentials("a", "b"), S3ClientFactory.CreateConfig(
            new Dictionary<string, string> { ["AWS_ENDPOINT_URL_S3"] = "http://127.0.0.1:9000" }));
        bool clientAsked = false;

        var s3Store = CheckpointStoreFactory.Create("s3://spot-ck/jobs/job-1/", () => client);
        var local = CheckpointStoreFactory.Create(dir.Path, () => { clientAsked = true; return client; });

        Assert.IsType<S3CheckpointStore>(s3Store);
        Assert.Equal("s3://spot-ck/jobs/job-1/", s3Store.Location);
        Assert.IsType<LocalDirectoryCheckpointStore>(local);
        Assert.False(clientAsked);
        Assert.True(S3ClientFactory.IsCompatibleServer(client));
    }

    [Theory]
    [InlineData("s3://ab", "SPOT_CHECKPOINT_URI: 'ab' in 's3://ab' is not a valid bucket name")]
    [InlineData("s3://-bucket/x", "SPOT_CHECKPOINT_URI: '-bucket' in 's3://-bucket/x' is not a valid bucket name")]
    public void A_bad_bucket_is_refused_before_any_client_is_made(string uri, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => CheckpointStoreFactory.Create(uri, () => throw new InvalidOperationException("no client expected")));

        Assert.StartsWith(expected, error.Message);
    }
}
