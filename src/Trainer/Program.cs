using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Spot.Contracts;
using Spot.Trainer;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Hosting;

// Spot.Trainer: reads its job from SPOT_* variables (or NAME=value arguments), trains, checkpoints, and prints one
// JSON summary line on stdout. Exit codes are those of Spot.Contracts.ExitCodes.
using var loggerFactory = LoggerFactory.Create(builder => builder
    .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(options =>
    {
        options.SingleLine = true;
        options.TimestampFormat = "HH:mm:ss.fff ";
    })
    .AddFilter(level => level >= LogLevel.Information));
var logger = loggerFactory.CreateLogger("Spot.Trainer");

TrainerJob job;
try
{
    job = TrainerJobReader.FromProcess(args);
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

try
{
    var runner = new TrainerRunner(new LocalDirectoryCheckpointStore(job.CheckpointDirectory), TimeProvider.System, logger);
    var summary = await runner.RunAsync(job, stop.Token);
    Console.Out.WriteLine(JsonSerializer.Serialize(summary));
    return summary.ExitCode;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Log.StoppedBeforeTraining(logger);
    return ExitCodes.Preempted;
}
catch (Exception e)
{
    Log.Failed(logger, e.Message, e);
    return ExitCodes.Failure;
}
