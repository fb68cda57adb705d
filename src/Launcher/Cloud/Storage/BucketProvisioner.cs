using Amazon.S3;
using Amazon.S3.Model;

namespace Spot.Launcher.Cloud.Storage;

/// <summary>Makes sure the job bucket exists before the first checkpoint needs it; an existing bucket is left as it is.</summary>
public sealed class BucketProvisioner(IAmazonS3 s3)
{
    public async Task EnsureAsync(string bucket, CancellationToken cancellationToken)
    {
        try
        {
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket }, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "BucketAlreadyOwnedByYou")
        {
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "BucketAlreadyExists")
        {
            throw new InvalidOperationException($"bucket '{bucket}' belongs to another account; choose another name in Spot:Cloud:Bucket", e);
        }
    }
}
