using Spot.Contracts.Status;
using Spot.CostModel.Ledger;
using Spot.Launcher.Cloud;
using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Daemon;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Store;

namespace Spot.Launcher.Drills;

/// <summary>
/// What one drill sees of its job, whichever cloud runs it: the drill's own connection to the daemon's store and its
/// own AWS clients, so it keeps watching while no daemon runs. Subclasses say how faults reach the instances, how
/// live instances are counted, and how the cloud records a loss with notice.
/// </summary>
public abstract class DrillWorld : IAsyncDisposable
{
    private protected DrillWorld(SqliteJobStore store, AwsClients clients, string bucket)
    {
        Store = store;
        Clients = clients;
        Bucket = bucket;
    }

    /// <summary>The drill's own connection to the daemon's store: it stays open across daemon restarts.</summary>
    public SqliteJobStore Store { get; }

    public AwsClients Clients { get; }

    /// <summary>The drill's own clients: the most SDK retries, so the EC2 throttling and S3 errors a drill injects
    /// into the daemon's world never fail the drill's own reads.</summary>
    private protected static AwsClients ObserverClients(CloudOptions cloud) => AwsClients.Create(cloud.WithMaxErrorRetry(10));

    public string Bucket { get; }

    /// <summary>The ledger end reason of an attempt lost to a fault with notice (an interruption, a rebalance).</summary>
    public virtual AttemptEndReason NoticeLoss => AttemptEndReason.SpotInterruption;

    public async Task<JobRecord> SubmitAsync(string specYaml, CancellationToken cancellationToken)
    {
        var spec = JobSpecReader.Read(specYaml);
        var job = await Store.CreateJobAsync(new NewJob(spec.Name, specYaml, spec.BudgetUsd, null, spec.MaxRestarts), cancellationToken);
        Submitted(job);
        return job;
    }

    public async Task<JobRecord> JobAsync(long id, CancellationToken cancellationToken) =>
        await Store.FindJobAsync(id, cancellationToken) ?? throw new InvalidOperationException($"Job #{id} vanished from the store.");

    public async Task<IReadOnlyList<StoredAttempt>> AttemptsAsync(long id, CancellationToken cancellationToken) =>
        await Store.ListAttemptsAsync(id, cancellationToken);

    public async Task<bool> HasEndedAsync(long jobId, CancellationToken cancellationToken) =>
        (await JobAsync(jobId, cancellationToken)).IsTerminal && !(await AttemptsAsync(jobId, cancellationToken)).Any(a => a.IsLive);

    /// <summary>The status the attempt's trainer last wrote; null when the status is another attempt's or absent.</summary>
    public async Task<TrainerStatus?> TrainerStatusAsync(JobRecord job, int attempt, CancellationToken cancellationToken)
    {
        var read = await new TrainerStatusReader(Clients.S3).ReadAsync(JobKeys.CheckpointRoot(Bucket, job), cancellationToken);
        return read.Status is { } status && status.AttemptId == JobKeys.AttemptIdOf(job, attempt) ? status : null;
    }

    /// <summary>The step the attempt's trainer last reported in its status file, which runs ahead of the store's copy
    /// (the daemon copies it over once a guard pass); null when the status is another attempt's or absent.</summary>
    public async Task<long?> TrainerStepAsync(JobRecord job, int attempt, CancellationToken cancellationToken) =>
        (await TrainerStatusAsync(job, attempt, cancellationToken))?.Step;

    /// <summary>The drill's instances that are pending, running or stopping, as EC2 itself lists them.</summary>
    public abstract Task<IReadOnlyList<string>> LiveInstancesAsync(CancellationToken cancellationToken);

    /// <summary>What the instance's process wrote to stdout and stderr.</summary>
    public abstract Task<string> ConsoleOfAsync(string instanceId, CancellationToken cancellationToken);

    public async Task<bool> IsGoneAsync(string instanceId, CancellationToken cancellationToken) =>
        !(await LiveInstancesAsync(cancellationToken)).Contains(instanceId);

    internal abstract IFaultInjector CreateInjector(TimeProvider time);

    /// <summary>Called for each job the drill submits (a world on a shared cloud counts only its own jobs' instances).</summary>
    private protected virtual void Submitted(JobRecord job)
    {
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>A fresh scratch folder's path under temp, named for the kind of world.</summary>
    private protected static string ScratchPath(string prefix) => Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..10]);

    private protected static void DeleteScratch(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A trainer's files may still be closing; the scratch folder is in temp and harmless.
        }
    }
}
