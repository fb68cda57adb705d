using Amazon.S3;
using Spot.Contracts.Bootstrap;
using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Hosting;

/// <summary>Picks the checkpoint store for the job's URI: S3 for <c>s3://bucket/prefix</c>, a local directory otherwise.</summary>
public static class CheckpointStoreFactory
{
    /// <param name="s3">Called only for an S3 URI, so a local job never needs AWS settings.</param>
    public static ICheckpointStore Create(string checkpointUri, Func<IAmazonS3> s3)
    {
        if (!S3Location.IsS3(checkpointUri))
            return new LocalDirectoryCheckpointStore(checkpointUri);

        var location = S3Location.Parse(checkpointUri, TrainerEnvironment.CheckpointUri);
        var client = s3();
        return new S3CheckpointStore(client, location.Bucket, location.Prefix, useChunkEncoding: !S3ClientFactory.IsCompatibleServer(client));
    }
}
