using System.Net;
using System.Text.Json;
using Amazon.S3;
using Amazon.S3.Model;
using Spot.Contracts.Status;

namespace Spot.Launcher.Cloud.Storage;

/// <summary>
/// Reads the heartbeat a trainer keeps beside its checkpoints. Absent is normal (the trainer has not started yet);
/// an unreadable object is reported, not thrown, so one bad write never stops a reconcile pass.
/// </summary>
public sealed class TrainerStatusReader(IAmazonS3 s3)
{
    public async Task<TrainerStatusRead> ReadAsync(S3Location checkpointRoot, CancellationToken cancellationToken)
    {
        var key = checkpointRoot.Key(TrainerStatusLayout.ObjectName);
        try
        {
            using var response = await s3.GetObjectAsync(checkpointRoot.Bucket, key, cancellationToken);
            var status = await JsonSerializer.DeserializeAsync<TrainerStatus>(response.ResponseStream, cancellationToken: cancellationToken);
            return status is null
                ? TrainerStatusRead.Unreadable($"s3://{checkpointRoot.Bucket}/{key} holds JSON null")
                : TrainerStatusRead.Found(status);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return TrainerStatusRead.Absent;
        }
        catch (JsonException e)
        {
            return TrainerStatusRead.Unreadable($"s3://{checkpointRoot.Bucket}/{key} is not a trainer status: {e.Message}");
        }
    }
}

/// <summary>The outcome of one status read: a status, none yet, or a problem worth a log line.</summary>
public sealed record TrainerStatusRead(TrainerStatus? Status, string? Problem)
{
    public static readonly TrainerStatusRead Absent = new(null, null);

    public static TrainerStatusRead Found(TrainerStatus status) => new(status, null);

    public static TrainerStatusRead Unreadable(string problem) => new(null, problem);
}
