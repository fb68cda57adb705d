using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Spot.Trainer.Hosting;

/// <summary>
/// Builds the trainer's S3 client from the standard AWS environment: the endpoint from AWS_ENDPOINT_URL_S3 (or
/// AWS_ENDPOINT_URL), the region from AWS_REGION (or AWS_DEFAULT_REGION), credentials from the SDK's default chain.
/// </summary>
public static class S3ClientFactory
{
    public const string S3EndpointVariable = "AWS_ENDPOINT_URL_S3";
    public const string EndpointVariable = "AWS_ENDPOINT_URL";
    public const string RegionVariable = "AWS_REGION";
    public const string DefaultRegionVariable = "AWS_DEFAULT_REGION";

    public static AmazonS3Client Create(IReadOnlyDictionary<string, string> environment) => new(CreateConfig(environment));

    /// <summary>The client settings alone, so they can be checked without a client.</summary>
    public static AmazonS3Config CreateConfig(IReadOnlyDictionary<string, string> environment)
    {
        var region = First(environment, RegionVariable, DefaultRegionVariable);
        var endpoint = First(environment, S3EndpointVariable, EndpointVariable);
        var config = new AmazonS3Config();
        if (endpoint is null)
        {
            if (region is not null) config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
            return config;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"{(environment.ContainsKey(S3EndpointVariable) ? S3EndpointVariable : EndpointVariable)}: '{endpoint}' is not an absolute http or https URL");
        config.ServiceURL = uri.ToString();
        config.AuthenticationRegion = region ?? "us-east-1";
        if (!IsAws(uri))
        {
            // S3-compatible servers (LocalCloud, LocalStack, MinIO) want path-style buckets and may not decode
            // aws-chunked bodies or flexible checksums; see DESIGN.md §3. Chunk encoding is a per-request setting.
            config.ForcePathStyle = true;
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }
        return config;
    }

    /// <summary>True for AWS's own S3 endpoints, which need none of the compatibility settings.</summary>
    public static bool IsAws(Uri endpoint) =>
        endpoint.Host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase)
        || endpoint.Host.EndsWith(".amazonaws.com.cn", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the client talks to an S3-compatible server rather than AWS (uploads then skip aws-chunked).</summary>
    public static bool IsCompatibleServer(IAmazonS3 client) =>
        client.Config.ServiceURL is { Length: > 0 } url && !IsAws(new Uri(url));

    private static string? First(IReadOnlyDictionary<string, string> environment, params string[] names) =>
        names.Select(name => environment.TryGetValue(name, out var value) ? value.Trim() : "").FirstOrDefault(value => value.Length > 0);
}
