using System.Text;
using Microsoft.Extensions.Logging;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Checkpoints;

public sealed class CheckpointRestorerTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly LocalDirectoryCheckpointStore _store;
    private readonly RecordingLogger _logger = new();

    public CheckpointRestorerTests() => _store = new LocalDirectoryCheckpointStore(_dir.Path);

    public void Dispose() => _dir.Dispose();

    private Task<VerifiedCheckpoint?> FindAsync(string jobId = SyntheticCheckpoints.JobId) =>
        new CheckpointRestorer(_store, _logger).FindNewestUsableAsync(jobId, SyntheticCheckpoints.PartNames, CancellationToken.None);

    private string PartPath(long step, string part) => _dir.Combine("checkpoints", CheckpointIds.ForStep(step), part);

    private string Warning() => Assert.Single(_logger.Messages(LogLevel.Warning));

    [Fact]
    public async Task The_checkpoint_latest_points_at_is_returned_with_its_verified_parts()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10, 20);

        var found = await FindAsync();

        Assert.Equal(20, found!.Manifest.Step);
        Assert.Equal("model.bin at step 20", Encoding.UTF8.GetString(found.Parts["model.bin"]));
        Assert.Empty(_logger.Messages(LogLevel.Warning));
    }

    [Fact]
    public async Task A_corrupted_part_falls_back_to_the_previous_checkpoint_and_says_which_hash_failed()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10, 20);
        var bytes = File.ReadAllBytes(PartPath(20, "model.bin"));
        bytes[3] ^= 0x01;
        File.WriteAllBytes(PartPath(20, "model.bin"), bytes);

        var found = await FindAsync();

        Assert.Equal(10, found!.Manifest.Step);
        var warning = Warning();
        Assert.Contains("Checkpoint step-0000000020 is not usable: part model.bin has SHA-256", warning);
        Assert.Contains("(corrupted); falling back to an older checkpoint", warning);
    }

    [Fact]
    public async Task A_truncated_part_falls_back_and_reports_both_sizes()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10, 20);
        var bytes = File.ReadAllBytes(PartPath(20, "state.json"));
        File.WriteAllBytes(PartPath(20, "state.json"), bytes[..5]);

        var found = await FindAsync();

        Assert.Equal(10, found!.Manifest.Step);
        Assert.Contains("part state.json is 5 bytes but the manifest says 21 (truncated or overwritten)", Warning());
    }

    [Fact]
    public async Task A_missing_manifest_falls_back_and_says_the_upload_was_partial()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10, 20);
        File.Delete(PartPath(20, "manifest.json"));

        var found = await FindAsync();

        Assert.Equal(10, found!.Manifest.Step);
        Assert.Contains("Checkpoint step-0000000020 is not usable: its manifest is missing (a partial upload, or deleted)", Warning());
    }

    [Fact]
    public async Task A_missing_part_or_an_unreadable_manifest_falls_back_too()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10, 20, 30);
        File.WriteAllText(PartPath(30, "manifest.json"), "{ not json");
        File.Delete(PartPath(20, "state.json"));

        var found = await FindAsync();

        Assert.Equal(10, found!.Manifest.Step);
        var warnings = _logger.Messages(LogLevel.Warning).ToList();
        Assert.Contains("step-0000000030 is not usable: the manifest is not valid JSON", warnings[0]);
        Assert.Contains("step-0000000020 is not usable: part state.json is missing", warnings[1]);
    }

    [Fact]
    public async Task Nothing_usable_gives_null_after_logging_each_rejection()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10);
        File.Delete(PartPath(10, "model.bin"));

        Assert.Null(await FindAsync());
        Assert.Contains("step-0000000010 is not usable: part model.bin is missing", Warning());
    }

    [Fact]
    public async Task An_empty_store_gives_null_without_warnings()
    {
        Assert.Null(await FindAsync());
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task A_checkpoint_of_another_job_is_not_used()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10);

        Assert.Null(await FindAsync("job-2"));
        Assert.Contains("it belongs to job job-1, not job-2", Warning());
    }

    [Fact]
    public async Task Checkpoints_newer_than_latest_were_never_committed_and_are_skipped()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10, 20);
        await _store.SetLatestAsync("step-0000000010", CancellationToken.None);

        var found = await FindAsync();

        Assert.Equal(10, found!.Manifest.Step);
    }

    [Fact]
    public async Task Without_a_latest_pointer_the_listed_checkpoints_are_tried_newest_first()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10, 20);
        File.Delete(_dir.Combine("latest"));

        var found = await FindAsync();

        Assert.Equal(20, found!.Manifest.Step);
        Assert.Contains("No latest pointer", Warning());
    }

    [Fact]
    public async Task A_manifest_missing_a_required_part_is_rejected()
    {
        await SyntheticCheckpoints.CommitAsync(_store, 10);

        var found = await new CheckpointRestorer(_store, _logger)
            .FindNewestUsableAsync(SyntheticCheckpoints.JobId, ["model.bin", "optimizer.bin"], CancellationToken.None);

        Assert.Null(found);
        Assert.Contains("its manifest lists no part optimizer.bin", Warning());
    }
}
