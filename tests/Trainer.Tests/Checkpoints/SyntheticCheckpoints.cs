using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Tests.Checkpoints;

/// <summary>Small checkpoints made of text parts, for testing the store logic without any tensors.</summary>
public static class SyntheticCheckpoints
{
    public const string JobId = "job-1";
    public static readonly string[] PartNames = ["model.bin", "state.json"];

    public static CheckpointSnapshot Snapshot(long step, string jobId = JobId) =>
        new(jobId, step, Epoch: 0, "fp32",
            PartNames.Select(name => new SnapshotPart(name, Encoding.UTF8.GetBytes($"{name} at step {step}"))).ToList(),
            new Dictionary<string, double> { ["loss"] = 1.0 / (step + 1) });

    public static async Task CommitAsync(ICheckpointStore store, params long[] steps)
    {
        var committer = new CheckpointCommitter(store, keep: 10, new FakeTimeProvider(), NullLogger.Instance);
        foreach (var step in steps)
            await committer.CommitAsync(Snapshot(step), CancellationToken.None);
    }
}
