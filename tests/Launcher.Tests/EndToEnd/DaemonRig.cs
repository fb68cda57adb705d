using System.Text.Json;
using Amazon.S3;
using Microsoft.Extensions.Logging;
using Spot.Contracts.Checkpoints;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Daemon;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;
using Spot.LocalCloud.Admin;
using Spot.LocalCloud.Hosting;

namespace Spot.Launcher.Tests.EndToEnd;

/// <summary>
/// The whole product on loopback: the daemon as `spot daemon` runs it (Quartz, the real SDK, SQLite), its embedded
/// LocalCloud running real trainer processes, every spot pool pinned open so only the test's own faults interrupt.
/// </summary>
internal sealed class DaemonRig : IAsyncDisposable
{
    private readonly string _root;

    private DaemonRig(string root, DaemonHost daemon, SpotSettings settings)
    {
        _root = root;
        Daemon = daemon;
        Settings = settings;
    }

    public DaemonHost Daemon { get; }
    public SpotSettings Settings { get; }
    public IJobStore Store => Daemon.Store;
    public LocalCloudHost Cloud => Daemon.Cloud.LocalCloud!;
    public LocalCloudAdminClient Admin => Cloud.AdminClient;
    public IAmazonS3 S3 => Daemon.Cloud.Clients.S3;

    public static SpotSettings SettingsUnder(string root, Action<SpotSettings>? configure = null)
    {
        var settings = new SpotSettings();
        settings.Store.DatabasePath = Path.Combine(root, "jobs.db");
        settings.Daemon.ReconcileInterval = TimeSpan.FromMilliseconds(500);
        settings.Daemon.GuardInterval = TimeSpan.FromSeconds(1);
        settings.Daemon.NoticePollSeconds = 1;
        settings.Daemon.StatusEverySeconds = 1;
        settings.Daemon.FinalCheckpointGrace = TimeSpan.FromSeconds(30);
        settings.LocalCloud.DataDirectory = Path.Combine(root, "localcloud");
        settings.LocalCloud.BootDelay = TimeSpan.Zero;
        settings.LocalCloud.InterruptionNotice = TimeSpan.FromSeconds(8);
        settings.LocalCloud.MarketTick = TimeSpan.FromSeconds(5);
        settings.Launch.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
        settings.Launch.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
        configure?.Invoke(settings);
        return settings;
    }

    public static string NewRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "spot-e2e-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(root);
        return root;
    }

    public static Task<DaemonHost> StartDaemonAsync(SpotSettings settings, Func<IInstanceLauncher, IInstanceLauncher>? wrapLauncher = null) =>
        DaemonHost.StartAsync(settings, logging => logging.SetMinimumLevel(LogLevel.Warning), CancellationToken.None, wrapLauncher);

    public static async Task<DaemonRig> StartAsync(Action<SpotSettings>? configure = null)
    {
        var root = NewRoot();
        var settings = SettingsUnder(root, configure);
        var daemon = await StartDaemonAsync(settings);
        var rig = new DaemonRig(root, daemon, settings);
        rig.PinSpotCapacity(4);
        return rig;
    }

    /// <summary>Pins every spot pool's capacity, so the sample market's own outages never interrupt a test.</summary>
    public void PinSpotCapacity(int? capacity)
    {
        foreach (var pool in Cloud.Region.Market.Pools)
            Cloud.Region.Market.PinSpotCapacity(pool, capacity);
    }

    public Task<JobRecord> SubmitAsync(string specYaml) => SubmitAsync(Store, specYaml);

    public static async Task<JobRecord> SubmitAsync(IJobStore store, string specYaml)
    {
        var spec = JobSpecReader.Read(specYaml);
        return await store.CreateJobAsync(new NewJob(spec.Name, specYaml, spec.BudgetUsd, null, spec.MaxRestarts), CancellationToken.None);
    }

    public async Task<JobRecord> JobAsync(long id) => (await Store.FindJobAsync(id, CancellationToken.None))!;

    public async Task<IReadOnlyList<StoredAttempt>> AttemptsAsync(long id) => await Store.ListAttemptsAsync(id, CancellationToken.None);

    /// <summary>Waits until the job's running attempt has made <paramref name="step"/> durable, and returns that attempt.</summary>
    public async Task<StoredAttempt> RunningPastAsync(long jobId, int attempt, long step, TimeSpan limit)
    {
        StoredAttempt? found = null;
        await Until(async () =>
        {
            found = (await AttemptsAsync(jobId)).FirstOrDefault(a => a.Attempt == attempt && a.State == AttemptState.Running && a.LastDurableStep >= step);
            return found is not null;
        }, $"attempt {attempt} of job #{jobId} to pass durable step {step}", limit);
        return found!;
    }

    public async Task<JobRecord> EndedAsync(long jobId, TimeSpan limit)
    {
        await Until(async () => (await JobAsync(jobId)).IsTerminal && !(await AttemptsAsync(jobId)).Any(a => a.IsLive),
            $"job #{jobId} to end with no live attempt", limit);
        return await JobAsync(jobId);
    }

    /// <summary>The SHA-256 of the model part of the job's latest checkpoint: equal hashes mean bit-identical weights.</summary>
    public async Task<string> FinalModelHashAsync(JobRecord job)
    {
        var root = JobKeys.CheckpointRoot(Settings.Daemon.Bucket, job);
        using var latest = await S3.GetObjectAsync(root.Bucket, root.Key(CheckpointLayout.LatestPointerName));
        var id = (await new StreamReader(latest.ResponseStream).ReadToEndAsync()).Trim();
        using var manifestObject = await S3.GetObjectAsync(root.Bucket, root.Key($"{CheckpointLayout.CheckpointsFolder}/{id}/{CheckpointLayout.ManifestName}"));
        var manifest = await JsonSerializer.DeserializeAsync<CheckpointManifest>(manifestObject.ResponseStream);
        return manifest!.Parts.Single(p => p.Name.StartsWith("model", StringComparison.Ordinal)).Sha256;
    }

    public async Task<int> LiveInstancesAsync()
    {
        var snapshot = await Daemon.Components.Instances.ListAsync(CancellationToken.None);
        return snapshot.Snapshot!.Instances.Values.Count(i => i.IsLive);
    }

    public static async Task Until(Func<Task<bool>> condition, string what, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested) throw new TimeoutException($"Gave up after {limit.TotalSeconds:0} s waiting for {what}.");
            await Task.Delay(200, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Daemon.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
