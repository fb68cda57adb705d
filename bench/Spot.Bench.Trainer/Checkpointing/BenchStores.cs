using Amazon.Runtime;
using Amazon.S3;
using Spot.LocalCloud.Hosting;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Hosting;

namespace Spot.Bench.Trainer.Checkpointing;

/// <summary>
/// The stores a run can checkpoint into: a local directory under a temporary folder, or LocalCloud's S3 started in
/// this process on loopback, reached through an S3 client configured as the trainer configures its own. Each call
/// gives a fresh location, so no run resumes or prunes another's checkpoints. Everything is deleted on dispose.
/// </summary>
public sealed class BenchStores : IAsyncDisposable
{
    public const string LocalKind = "local";
    public const string S3Kind = "s3";
    public static readonly IReadOnlyList<string> Kinds = [LocalKind, S3Kind];

    private const string Bucket = "spot-bench";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "spot-bench-trainer-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly LocalCloudHost _cloud = new(new LocalCloudOptions());
    private AmazonS3Client? _s3;
    private int _next;

    private BenchStores()
    {
    }

    public static async Task<BenchStores> StartAsync(CancellationToken cancellationToken)
    {
        var stores = new BenchStores();
        try
        {
            await stores._cloud.StartAsync(cancellationToken);
            var config = S3ClientFactory.CreateConfig(new Dictionary<string, string>
            {
                [S3ClientFactory.S3EndpointVariable] = stores._cloud.S3Endpoint.ToString(),
                [S3ClientFactory.RegionVariable] = "us-east-1",
            });
            stores._s3 = new AmazonS3Client(new BasicAWSCredentials("localcloud", "localcloud"), config);
            await stores._s3.PutBucketAsync(Bucket, cancellationToken);
            return stores;
        }
        catch
        {
            await stores.DisposeAsync();
            throw;
        }
    }

    /// <summary>Where the S3 objects land, for the report.</summary>
    public string S3Endpoint => _cloud.S3Endpoint.ToString();

    public ICheckpointStore Create(string kind)
    {
        int run = Interlocked.Increment(ref _next);
        return kind switch
        {
            LocalKind => new LocalDirectoryCheckpointStore(Path.Combine(_root, $"run-{run}")),
            S3Kind => new S3CheckpointStore(_s3!, Bucket, $"jobs/run-{run}"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"store kind must be one of {string.Join(", ", Kinds)}"),
        };
    }

    public async ValueTask DisposeAsync()
    {
        _s3?.Dispose();
        await _cloud.DisposeAsync();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
