using System.Collections;
using System.Runtime.InteropServices;
using System.Text.Json;
using Amazon.S3;
using Microsoft.Extensions.Logging;
using Spot.Contracts;
using Spot.Contracts.Status;
using Spot.Trainer;
using Spot.Trainer.Hosting;
using Spot.Trainer.Interruption;
using Spot.Trainer.Telemetry;

// Spot.Trainer: reads its job from SPOT_* variables (or NAME=value arguments), watches IMDS for the spot
// interruption notice, trains, checkpoints (to S3 or a directory), and prints one JSON summary line on stdout.
// Exit codes are those of Spot.Contracts.ExitCodes.
using var loggerFactory = LoggerFactory.Create(builder => builder
    .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(options =>
    {
        options.SingleLine = true;
        options.TimestampFormat = "HH:mm:ss.fff ";
    })
    .AddFilter(level => level >= LogLevel.Information));
var logger = loggerFactory.CreateLogger("Spot.Trainer");

var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
    .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "", StringComparer.Ordinal);
TrainerJob job;
try
{
    job = TrainerJobReader.Read(environment, args);
}
catch (TrainerJobException e)
{
    Console.Error.WriteLine(e.Message);
    return ExitCodes.BadArguments;
}

using var stop = new CancellationTokenSource();
// SIGTERM is what a stopping instance sends first: finish the step, make a checkpoint durable, exit "preempted".
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

// One S3 client for checkpoints and data, made only when a URI needs it.
var s3 = new Lazy<AmazonS3Client>(() => S3ClientFactory.Create(environment));
InterruptionWatcher? watcher = null;
StopRequestWatcher? stopRequests = null;
TrainerTelemetry? telemetry = null;
try
{
    // Started before the data loads, so a notice that arrives during loading still stops the attempt cleanly.
    watcher = await InterruptionWatcherFactory.StartAsync(environment, job.NoticePollInterval, TimeProvider.System, logger, stop.Token);
    if (S3Location.IsS3(job.CheckpointUri))
    {
        // The launcher's budget and deadline guards ask for a final checkpoint through an object beside the checkpoints.
        stopRequests = new StopRequestWatcher(s3.Value, S3Location.Parse(job.CheckpointUri, "SPOT_CHECKPOINT_URI"), job.NoticePollInterval, TimeProvider.System, logger);
        stopRequests.StopToken.Register(stop.Cancel);
        stopRequests.Start();
    }
    var store = CheckpointStoreFactory.Create(job.CheckpointUri, () => s3.Value);
    telemetry = TelemetryFactory.Create(job, () => s3.Value, TimeProvider.System, logger);
    await telemetry.StartAsync(CancellationToken.None);
    var summary = await new TrainerRunner(store, TimeProvider.System, logger).RunAsync(job, () => s3.Value, stop.Token, watcher, telemetry);
    await telemetry.CompleteAsync(summary.ExitCode == ExitCodes.Success ? TrainerStates.Finished : TrainerStates.Preempted, CancellationToken.None);
    Console.Out.WriteLine(JsonSerializer.Serialize(summary));
    return summary.ExitCode;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested || watcher?.Notice is not null)
{
    Log.StoppedBeforeTraining(logger);
    if (telemetry is not null) await telemetry.CompleteAsync(TrainerStates.Preempted, CancellationToken.None);
    return ExitCodes.Preempted;
}
catch (Exception e)
{
    Log.Failed(logger, e.Message, e);
    if (telemetry is not null) await telemetry.CompleteAsync(TrainerStates.Failed, CancellationToken.None);
    return ExitCodes.Failure;
}
finally
{
    if (watcher is not null) await watcher.DisposeAsync();
    if (stopRequests is not null) await stopRequests.DisposeAsync();
    if (telemetry is not null) await telemetry.DisposeAsync();
    if (s3.IsValueCreated) s3.Value.Dispose();
}
