using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Spot.Contracts;
using Spot.Contracts.Bootstrap;
using Spot.LocalCloud.Hosting;
using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Market;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Hosting;
using Spot.Trainer.Tests.Support;
using Spot.Trainer.Training;
using Xunit.Abstractions;

namespace Spot.Trainer.Tests.Interruption;

/// <summary>
/// The trainer run *as* a LocalCloud spot instance, as the launcher will run it: user-data that exports the job and
/// execs the built trainer, with the instance's own IMDS and S3. The spot interruption is injected mid-epoch
/// through LocalCloud's admin API, on the real clock, with the two-minute window AWS gives.
/// </summary>
public sealed partial class InterruptionProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string InstanceType = "g5.xlarge";
    private const string Zone = "us-east-1a";
    private const string ExitCodeFile = "exit-code";
    private LocalCloudS3 _cloud = null!;

    public async Task InitializeAsync()
    {
        _cloud = await LocalCloudS3.StartAsync(new LocalCloudOptions { BootDelay = TimeSpan.Zero });
        var market = _cloud.Cloud.Region.Market;
        // Pinned so that only the injected notice, never the replayed market, interrupts the instance.
        var pool = market.Find(new PoolKey(InstanceType, Zone))!;
        market.PinSpotCapacity(pool, 4);
        market.PinPrice(pool, 0.01m);
        await _cloud.UploadFashionMnistAsync("data");
    }

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    private static string UserData(IReadOnlyDictionary<string, string> job)
    {
        var script = new StringBuilder();
        foreach (var (name, value) in job)
            script.Append(CultureInfo.InvariantCulture, $"export {name}='{value}'\n");
        script.Append(CultureInfo.InvariantCulture, $"dotnet '{Path.Combine(AppContext.BaseDirectory, "Spot.Trainer.dll")}'\n");
        // Written aside and renamed, so the test never reads a half-written file.
        script.Append(CultureInfo.InvariantCulture, $"echo $? > {ExitCodeFile}.tmp && mv {ExitCodeFile}.tmp {ExitCodeFile}\n");
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(script.ToString()));
    }

    [Fact]
    public async Task Notice_mid_epoch_makes_the_emergency_checkpoint_durable_in_S3_before_the_deadline_and_exits_preempted()
    {
        var job = new Dictionary<string, string>
        {
            [TrainerEnvironment.JobId] = "job-notice",
            [TrainerEnvironment.CheckpointUri] = $"s3://{LocalCloudS3.Bucket}/jobs/job-notice",
            [TrainerEnvironment.DataUri] = $"s3://{LocalCloudS3.Bucket}/data",
            [TrainerEnvironment.TotalSteps] = "1000000",
            [TrainerEnvironment.ModelOptions] = "hidden=64",
            [TrainerEnvironment.BatchSize] = "64",
            [TrainerEnvironment.CheckpointInterval] = "steps:1000000",
            [TrainerEnvironment.NoticePollSeconds] = "0.5",
            [TrainerEnvironment.Threads] = "2",
        };
        var instance = _cloud.Cloud.Region.Launcher.Launch(new LaunchRequest
        {
            ImageId = "ami-localcloud", InstanceType = InstanceType, AvailabilityZone = Zone, Spot = true,
            RequireImdsTokens = true, UserData = UserData(job),
        }).Instances.Single();
        var stderr = Path.Combine(instance.WorkingDirectory, InstanceProcess.StderrFile);

        await Until.TrueAsync(() => LastProgressStep(stderr) is > 0, "the trainer's first progress line");
        long stepBeforeNotice = LastProgressStep(stderr)!.Value;
        await _cloud.Cloud.AdminClient.InterruptAsync(instance.Id);
        await Until.TrueAsync(() => File.Exists(Path.Combine(instance.WorkingDirectory, ExitCodeFile)), "the trainer to exit");

        var log = await File.ReadAllTextAsync(stderr);
        output.WriteLine(log);
        var deadline = instance.InterruptionTime!.Value;
        var summary = JsonSerializer.Deserialize<TrainingSummary>(
            (await File.ReadAllTextAsync(Path.Combine(instance.WorkingDirectory, InstanceProcess.StdoutFile))).Trim())!;
        var store = new S3CheckpointStore(_cloud.S3, LocalCloudS3.Bucket, "jobs/job-notice");
        var latest = await store.GetLatestAsync(CancellationToken.None);
        var verified = await new CheckpointRestorer(store, NullLogger.Instance)
            .FindNewestUsableAsync("job-notice", SessionCheckpoint.RequiredParts, CancellationToken.None);
        var latestWritten = (await _cloud.S3.GetObjectMetadataAsync(LocalCloudS3.Bucket, "jobs/job-notice/latest")).LastModified!.Value;

        Assert.Equal(ExitCodes.Preempted.ToString(CultureInfo.InvariantCulture), (await File.ReadAllTextAsync(Path.Combine(instance.WorkingDirectory, ExitCodeFile))).Trim());
        Assert.Equal(latest, verified!.Manifest.CheckpointId);
        Assert.Equal((summary.Step, summary.LastDurableStep), (verified.Manifest.Step, (long?)verified.Manifest.Step));
        Assert.True(verified.Manifest.Step > stepBeforeNotice, $"checkpoint step {verified.Manifest.Step} is not past step {stepBeforeNotice}, reached before the notice");
        Assert.True(verified.Manifest.CreatedAt < deadline, $"manifest written at {verified.Manifest.CreatedAt:O}, deadline {deadline:O}");
        Assert.True(latestWritten < deadline, $"latest written at {latestWritten:O}, deadline {deadline:O}");
        Assert.True(summary.DeadlineMarginSeconds > 0, $"margin {summary.DeadlineMarginSeconds}");
        Assert.Equal(deadline.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            summary.NoticeDeadline!.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        Assert.Contains("Spot interruption notice: terminate at", log, StringComparison.Ordinal);
        Assert.Contains("before the notice deadline", log, StringComparison.Ordinal);
        Assert.Contains(": it beat the deadline", log, StringComparison.Ordinal);
    }

    /// <summary>The step of the newest "Step n/total" progress line in the trainer's log, if any.</summary>
    private static long? LastProgressStep(string stderrPath)
    {
        if (!File.Exists(stderrPath)) return null;
        string text;
        using (var reader = new StreamReader(new FileStream(stderrPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)))
            text = reader.ReadToEnd();
        var matches = ProgressLine().Matches(text);
        return matches.Count == 0 ? null : long.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Step (\d+)/\d+: loss")]
    private static partial Regex ProgressLine();
}
