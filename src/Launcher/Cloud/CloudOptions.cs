using System.Globalization;
using System.Text.RegularExpressions;

namespace Spot.Launcher.Cloud;

/// <summary>Which cloud the launcher talks to. Every profile goes through the real AWS SDK.</summary>
public enum CloudProfile
{
    /// <summary>An embedded LocalCloud on loopback; the caller passes its endpoints.</summary>
    Local,

    /// <summary>LocalStack on one edge endpoint (http://localhost:4566 unless told otherwise).</summary>
    LocalStack,

    /// <summary>Real AWS: the SDK's default credential chain and region.</summary>
    Aws,
}

/// <summary>
/// Where the EC2 and S3 clients point and how long they wait. Bound from configuration section "Cloud"; the defaults
/// suit the <c>local</c> profile except the endpoints, which an embedded LocalCloud only knows once started.
/// </summary>
public sealed partial class CloudOptions
{
    public const string SectionName = "Cloud";

    /// <summary>Default <c>local</c>.</summary>
    public CloudProfile Profile { get; set; } = CloudProfile.Local;

    /// <summary>Region to sign for and launch in. Null on <c>aws</c>: the SDK's own chain (AWS_REGION, profile) decides.</summary>
    public string? Region { get; set; }

    /// <summary>Required on <c>local</c>: the embedded LocalCloud's EC2 endpoint. On <c>localstack</c>, overrides the edge endpoint.</summary>
    public Uri? Ec2Endpoint { get; set; }

    /// <summary>Required on <c>local</c>: the embedded LocalCloud's S3 endpoint. On <c>localstack</c>, overrides the edge endpoint.</summary>
    public Uri? S3Endpoint { get; set; }

    /// <summary>LocalStack's edge endpoint; default http://localhost:4566.</summary>
    public Uri LocalStackEndpoint { get; set; } = new("http://localhost:4566");

    /// <summary>Per-request timeout; default 30 s, between 1 s and 5 min.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The SDK's own retries on top of the launch pipeline's; default 2, between 0 and 10.</summary>
    public int MaxErrorRetry { get; set; } = 2;

    /// <summary>A copy with another <see cref="MaxErrorRetry"/>, for a client that must see through transient errors.</summary>
    public CloudOptions WithMaxErrorRetry(int retries)
    {
        var copy = (CloudOptions)MemberwiseClone();
        copy.MaxErrorRetry = retries;
        return copy;
    }

    /// <summary>The region used where none is given and the profile is not <c>aws</c>.</summary>
    public string EffectiveRegion => Region ?? "us-east-1";

    /// <summary>Every rule these options break, each naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Profile))
        {
            errors.Add($"Cloud:Profile: '{Profile}' is not one of local, localstack, aws.");
        }

        if (Region is not null && !RegionPattern().IsMatch(Region))
        {
            errors.Add($"Cloud:Region: '{Region}' must look like us-east-1.");
        }

        if (Profile == CloudProfile.Local)
        {
            RequireEndpoint(errors, nameof(Ec2Endpoint), Ec2Endpoint, "the local profile needs the embedded LocalCloud's EC2 endpoint");
            RequireEndpoint(errors, nameof(S3Endpoint), S3Endpoint, "the local profile needs the embedded LocalCloud's S3 endpoint");
        }

        CheckHttp(errors, nameof(Ec2Endpoint), Ec2Endpoint);
        CheckHttp(errors, nameof(S3Endpoint), S3Endpoint);
        CheckHttp(errors, nameof(LocalStackEndpoint), LocalStackEndpoint);
        if (RequestTimeout < TimeSpan.FromSeconds(1) || RequestTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add($"Cloud:RequestTimeout: {RequestTimeout.ToString("c", CultureInfo.InvariantCulture)} must be between 00:00:01 and 00:05:00.");
        }

        if (MaxErrorRetry is < 0 or > 10)
        {
            errors.Add($"Cloud:MaxErrorRetry: {MaxErrorRetry} must be between 0 and 10.");
        }

        return errors;
    }

    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid cloud options: " + string.Join(" ", errors));
        }
    }

    /// <summary>Parses a <c>--profile</c> value: local, localstack or aws (any case).</summary>
    public static CloudProfile ParseProfile(string value) => value?.Trim().ToUpperInvariant() switch
    {
        "LOCAL" => CloudProfile.Local,
        "LOCALSTACK" => CloudProfile.LocalStack,
        "AWS" => CloudProfile.Aws,
        _ => throw new ArgumentException($"--profile: '{value}' is not one of local, localstack, aws.", nameof(value)),
    };

    private static void RequireEndpoint(List<string> errors, string field, Uri? endpoint, string why)
    {
        if (endpoint is null)
        {
            errors.Add($"Cloud:{field}: is required; {why}.");
        }
    }

    private static void CheckHttp(List<string> errors, string field, Uri? endpoint)
    {
        if (endpoint is not null && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            errors.Add($"Cloud:{field}: '{endpoint}' must be an absolute http or https URL.");
        }
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]$")]
    private static partial Regex RegionPattern();
}
