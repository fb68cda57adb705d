using Amazon;
using Amazon.EC2;
using Amazon.Runtime;
using Amazon.S3;

namespace Spot.Launcher.Cloud;

/// <summary>Builds the SDK configs and credentials each profile needs; the clients themselves live in <see cref="AwsClients"/>.</summary>
internal static class AwsClientsConfiguration
{
    /// <summary>Dummy keys LocalCloud accepts; they grant nothing anywhere else.</summary>
    public const string LocalCloudKey = "localcloud";

    /// <summary>The keys LocalStack documents for its default account.</summary>
    public const string LocalStackKey = "test";

    public static AWSCredentials? Credentials(CloudOptions options) => options.Profile switch
    {
        CloudProfile.Local => new BasicAWSCredentials(LocalCloudKey, LocalCloudKey),
        CloudProfile.LocalStack => new BasicAWSCredentials(LocalStackKey, LocalStackKey),

        // Null lets the SDK walk its default chain (environment, profile, instance role) on its own.
        _ => null,
    };

    public static AmazonEC2Config Ec2(CloudOptions options)
    {
        var config = new AmazonEC2Config();
        Apply(config, options, Endpoint(options, options.Ec2Endpoint));
        return config;
    }

    public static AmazonS3Config S3(CloudOptions options)
    {
        var config = new AmazonS3Config();
        var endpoint = Endpoint(options, options.S3Endpoint);
        Apply(config, options, endpoint);
        if (endpoint is not null)
        {
            // Servers other than AWS neither route virtual-hosted buckets nor decode aws-chunked bodies and
            // flexible checksums reliably (DESIGN.md §3), so ask only for what the API requires.
            config.ForcePathStyle = true;
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }

        return config;
    }

    /// <summary>The endpoint a non-AWS profile talks to; null on <c>aws</c>, where the SDK resolves it from the region.</summary>
    public static Uri? Endpoint(CloudOptions options, Uri? serviceEndpoint) => options.Profile switch
    {
        CloudProfile.Local => serviceEndpoint ?? throw new ArgumentException("Cloud: the local profile needs the LocalCloud endpoints.", nameof(options)),
        CloudProfile.LocalStack => serviceEndpoint ?? options.LocalStackEndpoint,
        _ => null,
    };

    private static void Apply(ClientConfig config, CloudOptions options, Uri? endpoint)
    {
        config.Timeout = options.RequestTimeout;
        config.ConnectTimeout = options.RequestTimeout < TimeSpan.FromSeconds(10) ? options.RequestTimeout : TimeSpan.FromSeconds(10);
        config.MaxErrorRetry = options.MaxErrorRetry;
        if (endpoint is not null)
        {
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = options.EffectiveRegion;
        }
        else if (options.Region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
    }
}
