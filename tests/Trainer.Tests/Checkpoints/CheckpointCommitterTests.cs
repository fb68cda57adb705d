using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Spot.Contracts.Checkpoints;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Checkpoints;

public sealed class CheckpointCommitterTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly LocalDirectoryCheckpointStore _local;
    private readonly RecordingCheckpointStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public CheckpointCommitterTests()
    {
        _local = new LocalDirectoryCheckpointStore(_dir.Path);
        _store = new RecordingCheckpointStore(_local);
    }

    public void Dispose() => _dir.Dispose();

    private CheckpointCommitter Committer(int keep = 3) => new(_store, keep, _time, NullLogger.Instance);

    [Fact]
    public async Task Commit_writes_every_part_then_the_manifest_and_only_then_moves_latest()
    {
        await Committer().CommitAsync(SyntheticCheckpoints.Snapshot(40), CancellationToken.None);

        Assert.Equal(
            new[]
            {
                "delete step-0000000040",
                "part step-0000000040/model.bin",
                "part step-0000000040/state.json",
                "manifest step-0000000040",
                "latest step-0000000040",
            },
            _store.Calls);
    }

    [Fact]
    public async Task The_manifest_lists_each_part_with_its_size_and_sha256()
    {
        var snapshot = new CheckpointSnapshot("job-1", 7, 2, "bf16", [new SnapshotPart("model.bin", Encoding.ASCII.GetBytes("abc"))],
            new Dictionary<string, double> { ["loss"] = 0.5 });

        var manifest = await Committer().CommitAsync(snapshot, CancellationToken.None);

        // SHA-256("abc") is the FIPS 180-2 test vector.
        Assert.Equal(new CheckpointPart("model.bin", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), Assert.Single(manifest.Parts));
        Assert.Equal(("step-0000000007", "job-1", 7L, 2, "bf16"), (manifest.CheckpointId, manifest.JobId, manifest.Step, manifest.Epoch, manifest.Precision));
        Assert.Equal(_time.GetUtcNow(), manifest.CreatedAt);
        Assert.Equal(0.5, manifest.Metrics["loss"]);
        var stored = ManifestJson.TryDeserialize((await _local.ReadManifestAsync("step-0000000007", CancellationToken.None))!, out _);
        Assert.Equal(manifest.Parts, stored!.Parts);
    }

    [Fact]
    public async Task The_manifest_json_uses_the_contract_property_names()
    {
        await Committer().CommitAsync(SyntheticCheckpoints.Snapshot(1), CancellationToken.None);

        var json = Encoding.UTF8.GetString((await _local.ReadManifestAsync("step-0000000001", CancellationToken.None))!);

        Assert.Contains("\"formatVersion\": 1", json);
        Assert.Contains("\"sizeBytes\": 19", json);
        Assert.Contains("\"sha256\": \"", json);
    }

    [Fact]
    public async Task Retention_keeps_the_newest_k_checkpoints()
    {
        var committer = Committer(keep: 2);
        foreach (var step in new long[] { 10, 20, 30, 40 })
            await committer.CommitAsync(SyntheticCheckpoints.Snapshot(step), CancellationToken.None);

        Assert.Equal(new[] { "step-0000000030", "step-0000000040" }, await _local.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Retention_leaves_checkpoints_above_the_committed_step_alone()
    {
        // An earlier attempt reached step 50 but that checkpoint was rejected; this attempt resumed from 30.
        await _local.PutPartAsync("step-0000000050", "model.bin", new byte[1], CancellationToken.None);
        var committer = Committer(keep: 1);
        await committer.CommitAsync(SyntheticCheckpoints.Snapshot(30), CancellationToken.None);
        await committer.CommitAsync(SyntheticCheckpoints.Snapshot(40), CancellationToken.None);

        Assert.Equal(new[] { "step-0000000040", "step-0000000050" }, await _local.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Recommitting_a_step_replaces_a_stale_checkpoint_of_that_step_entirely()
    {
        await _local.PutPartAsync("step-0000000020", "stale.bin", new byte[5], CancellationToken.None);

        await Committer().CommitAsync(SyntheticCheckpoints.Snapshot(20), CancellationToken.None);

        Assert.Null(await _local.ReadPartAsync("step-0000000020", "stale.bin", CancellationToken.None));
    }
}
