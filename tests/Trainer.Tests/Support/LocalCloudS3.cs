using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Spot.LocalCloud.Hosting;
using Spot.Trainer.Data;
using Spot.Trainer.Interruption;

namespace Spot.Trainer.Tests.Support;

/// <summary>
/// A LocalCloud on ephemeral loopback ports with one bucket, an S3 client for the test, and the AWS variables a
/// trainer process needs to reach the same S3 (IMDS off unless the test points it at an instance's).
/// </summary>
public sealed class LocalCloudS3 : IAsyncDisposable
{
    public const string Bucket = "spot-test";
    public const string Region = "us-east-1";

    private LocalCloudS3(LocalCloudHost cloud, AmazonS3Client s3)
    {
        Cloud = cloud;
        S3 = s3;
    }

    public LocalCloudHost Cloud { get; }

    public AmazonS3Client S3 { get; }

    public static async Task<LocalCloudS3> StartAsync(LocalCloudOptions? options = null)
    {
        var cloud = new LocalCloudHost(options ?? new LocalCloudOptions());
        await cloud.StartAsync();
        var s3 = new AmazonS3Client(new BasicAWSCredentials("localcloud", "localcloud"), new AmazonS3Config
        {
            ServiceURL = cloud.S3Endpoint.ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = Region,
            MaxErrorRetry = 0,
        });
        await s3.PutBucketAsync(Bucket);
        return new LocalCloudS3(cloud, s3);
    }

    /// <summary>What a trainer outside any instance needs to use this S3: endpoint, region, dummy credentials.</summary>
    public Dictionary<string, string> AwsEnvironment() => new()
    {
        ["AWS_ENDPOINT_URL_S3"] = Cloud.S3Endpoint.ToString().TrimEnd('/'),
        ["AWS_ACCESS_KEY_ID"] = "localcloud",
        ["AWS_SECRET_ACCESS_KEY"] = "localcloud",
        ["AWS_REGION"] = Region,
        [InterruptionWatcherFactory.DisabledVariable] = "true",
    };

    /// <summary>Copies the IDX files of Debian's Fashion-MNIST under <paramref name="prefix"/>, as the examples do.</summary>
    public async Task UploadFashionMnistAsync(string prefix, params DatasetSplit[] splits)
    {
        foreach (var split in splits.Length == 0 ? [DatasetSplit.Train, DatasetSplit.Test] : splits)
        {
            foreach (var name in new[] { FashionMnist.ImagesName(split), FashionMnist.LabelsName(split) })
            {
                var file = Directory.GetFiles(FashionMnist.DebianDirectory, name + "*").Single();
                await S3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = $"{prefix}/{Path.GetFileName(file)}", FilePath = file });
            }
        }
    }

    public async Task<byte[]> ReadAsync(string key)
    {
        using var response = await S3.GetObjectAsync(Bucket, key);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public Task WriteAsync(string key, byte[] content) =>
        S3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, InputStream = new MemoryStream(content) });

    public async ValueTask DisposeAsync()
    {
        S3.Dispose();
        await Cloud.DisposeAsync();
    }
}
