using Amazon.EC2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Spot.Launcher.Cloud;

/// <summary>
/// The EC2 and S3 clients of one profile, built once and shared (the SDK clients are thread-safe). On non-AWS
/// endpoints uploads must also go without aws-chunked bodies, which is a per-request switch: use <see cref="Prepare(PutObjectRequest)"/>.
/// </summary>
public sealed class AwsClients : IDisposable
{
    private readonly bool _ownsClients;

    /// <summary>Wraps clients made elsewhere (tests); they are not disposed here.</summary>
    public AwsClients(IAmazonEC2 ec2, IAmazonS3 s3, CloudProfile profile)
        : this(ec2, s3, profile, ownsClients: false)
    {
    }

    private AwsClients(IAmazonEC2 ec2, IAmazonS3 s3, CloudProfile profile, bool ownsClients)
    {
        Ec2 = ec2;
        S3 = s3;
        Profile = profile;
        _ownsClients = ownsClients;
    }

    public IAmazonEC2 Ec2 { get; }

    public IAmazonS3 S3 { get; }

    public CloudProfile Profile { get; }

    /// <summary>Whether uploads may use streaming aws-chunked bodies: only real S3 decodes them reliably.</summary>
    public bool UseChunkEncoding => Profile == CloudProfile.Aws;

    /// <summary>Validates <paramref name="options"/> (throwing with every broken rule) and builds both clients.</summary>
    public static AwsClients Create(CloudOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var credentials = AwsClientsConfiguration.Credentials(options);
        var ec2Config = AwsClientsConfiguration.Ec2(options);
        var s3Config = AwsClientsConfiguration.S3(options);
        try
        {
            var ec2 = credentials is null ? new AmazonEC2Client(ec2Config) : new AmazonEC2Client(credentials, ec2Config);
            var s3 = credentials is null ? new AmazonS3Client(s3Config) : new AmazonS3Client(credentials, s3Config);
            return new AwsClients(ec2, s3, options.Profile, ownsClients: true);
        }
        catch (AmazonClientException error) when (credentials is null)
        {
            // The SDK resolves the default chain while building the client; say which profile needed it.
            throw new InvalidOperationException(
                "Cloud:Profile aws: the SDK's default chain (environment, shared profile, web identity, instance role) found no AWS credentials. " + error.Message, error);
        }
    }

    /// <summary>A line for logs: profile and endpoints, never credentials.</summary>
    public static string Describe(CloudOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var region = options.Region ?? (options.Profile == CloudProfile.Aws ? "(SDK default)" : options.EffectiveRegion);
        return options.Profile == CloudProfile.Aws
            ? $"profile=aws region={region} credentials=(SDK default chain)"
            : $"profile={options.Profile.ToString().ToLowerInvariant()} region={region} " +
              $"ec2={AwsClientsConfiguration.Endpoint(options, options.Ec2Endpoint)} s3={AwsClientsConfiguration.Endpoint(options, options.S3Endpoint)}";
    }

    public PutObjectRequest Prepare(PutObjectRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.UseChunkEncoding = UseChunkEncoding;
        return request;
    }

    public UploadPartRequest Prepare(UploadPartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.UseChunkEncoding = UseChunkEncoding;
        return request;
    }

    public void Dispose()
    {
        if (_ownsClients)
        {
            Ec2.Dispose();
            S3.Dispose();
        }
    }
}
