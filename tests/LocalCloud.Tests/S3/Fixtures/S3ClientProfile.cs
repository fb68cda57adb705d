using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Spot.LocalCloud.Tests.S3.Fixtures;

/// <summary>
/// How the AmazonS3Client is configured for a server. <see cref="SdkDefaults"/> keeps AWSSDK.S3 v4's defaults
/// (flexible checksums, aws-chunked streaming bodies); <see cref="PlainPayload"/> is what Spot uses against
/// non-AWS servers (DESIGN.md §3): checksums only WHEN_REQUIRED and UseChunkEncoding = false.
/// </summary>
public sealed record S3ClientProfile(string Name, bool UseSdkDefaults)
{
    /// <summary>The only key pair s3rver knows; LocalCloud accepts any.</summary>
    public const string AccessKey = "S3RVER";

    public static readonly S3ClientProfile SdkDefaults = new("sdk-defaults", true);
    public static readonly S3ClientProfile PlainPayload = new("plain-payload", false);

    public AmazonS3Client CreateClient(Uri serviceUrl)
    {
        var config = new AmazonS3Config
        {
            ServiceURL = serviceUrl.ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
        };
        if (!UseSdkDefaults)
        {
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }

        return new AmazonS3Client(new BasicAWSCredentials(AccessKey, AccessKey), config);
    }

    public PutObjectRequest Configure(PutObjectRequest request)
    {
        if (!UseSdkDefaults) request.UseChunkEncoding = false;
        return request;
    }

    public UploadPartRequest Configure(UploadPartRequest request)
    {
        if (!UseSdkDefaults) request.UseChunkEncoding = false;
        return request;
    }

    public override string ToString() => Name;
}
