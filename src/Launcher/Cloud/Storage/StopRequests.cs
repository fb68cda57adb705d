using System.Net;
using System.Text.Json;
using Amazon.S3;
using Amazon.S3.Model;
using Spot.Contracts.Control;

namespace Spot.Launcher.Cloud.Storage;

/// <summary>Writes and reads the stop request beside a job's checkpoints; its presence is also the daemon's durable memory that it asked.</summary>
public sealed class StopRequests(IAmazonS3 s3)
{
    public async Task RequestAsync(S3Location checkpointRoot, StopRequest request, CancellationToken cancellationToken)
    {
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = checkpointRoot.Bucket,
            Key = checkpointRoot.Key(StopRequestLayout.ObjectName),
            ContentBody = JsonSerializer.Serialize(request),
            ContentType = "application/json",
        }, cancellationToken);
    }

    /// <returns>The request, or null when none was made (or it cannot be read, which the caller treats as none).</returns>
    public async Task<StopRequest?> FindAsync(S3Location checkpointRoot, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await s3.GetObjectAsync(checkpointRoot.Bucket, checkpointRoot.Key(StopRequestLayout.ObjectName), cancellationToken);
            return await JsonSerializer.DeserializeAsync<StopRequest>(response.ResponseStream, cancellationToken: cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
