using Amazon.S3;
using Microsoft.Extensions.Logging;
using Spot.Contracts.Bootstrap;
using Spot.Trainer.Hosting;
using Spot.Trainer.Precision;

namespace Spot.Trainer.Telemetry;

/// <summary>The telemetry of one attempt, writing where its checkpoints go: S3 beside them, or the local directory.</summary>
public static class TelemetryFactory
{
    /// <param name="s3">Called only for an S3 checkpoint URI.</param>
    public static TrainerTelemetry Create(TrainerJob job, Func<IAmazonS3> s3, TimeProvider time, ILogger logger)
    {
        ITelemetrySink sink;
        if (S3Location.IsS3(job.CheckpointUri))
        {
            var client = s3();
            sink = new S3TelemetrySink(client, S3Location.Parse(job.CheckpointUri, TrainerEnvironment.CheckpointUri),
                useChunkEncoding: !S3ClientFactory.IsCompatibleServer(client));
        }
        else
        {
            sink = new LocalDirectoryTelemetrySink(job.CheckpointUri);
        }

        // Event files are written locally, then uploaded with each durable checkpoint.
        var curves = Path.Combine(Path.GetTempPath(), "spot-tensorboard", job.AttemptId ?? job.JobId);
        var identity = new StatusIdentity(job.JobId, job.AttemptId, Rank: 0, job.Training.TotalSteps, job.Training.Precision.Name());
        return TrainerTelemetry.Create(sink, identity, job.StatusInterval, curves, time, logger);
    }
}
