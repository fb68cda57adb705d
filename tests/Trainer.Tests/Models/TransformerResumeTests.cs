using Microsoft.Extensions.Logging.Abstractions;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Precision;
using Spot.Trainer.Tests.Data;
using Spot.Trainer.Tests.Support;
using Spot.Trainer.Training;

namespace Spot.Trainer.Tests.Models;

/// <summary>
/// The language model resumes exactly: a run stopped at step k, checkpointed to a directory and continued by a
/// freshly built session ends on the very weights of a run that never stopped.
/// </summary>
[Collection(TextCorpusCollection.Name)]
public sealed class TransformerResumeTests(TextCorpusFixture text) : IDisposable
{
    private const long TotalSteps = 40;
    private const string JobId = "job-lm";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private TrainingSession NewSession(PrecisionMode precision) =>
        new(TransformerTestOptions.Small(precision, TotalSteps), text.Train, new SingleProcessGradientReducer());

    private void RunTo(TrainingSession session, long step)
    {
        while (session.Step < step) session.RunStep(text.Train);
    }

    [Theory]
    [InlineData(PrecisionMode.Fp32, 13)]
    [InlineData(PrecisionMode.Bf16, 27)]
    public async Task A_run_resumed_from_a_directory_checkpoint_ends_bit_identical_to_a_straight_run(PrecisionMode precision, long stopAt)
    {
        string straightHash;
        using (var straight = NewSession(precision))
        {
            RunTo(straight, TotalSteps);
            straightHash = ParameterHash.Compute(straight.Model.Master);
        }

        var store = new LocalDirectoryCheckpointStore(_dir.Path);
        using (var first = NewSession(precision))
        {
            RunTo(first, stopAt);
            // Steps after the snapshot must not leak into it: the resumed run starts from the snapshot alone.
            var snapshot = SessionCheckpoint.Capture(first, JobId);
            RunTo(first, stopAt + 3);
            await new CheckpointCommitter(store, keep: 2, TimeProvider.System, NullLogger.Instance).CommitAsync(snapshot, CancellationToken.None);
        }

        using var resumed = NewSession(precision);
        var checkpoint = await new CheckpointRestorer(store, NullLogger.Instance)
            .FindNewestUsableAsync(JobId, SessionCheckpoint.RequiredParts, CancellationToken.None);
        SessionCheckpoint.Apply(resumed, checkpoint!);
        Assert.Equal(stopAt, resumed.Step);
        RunTo(resumed, TotalSteps);

        Assert.Equal(straightHash, ParameterHash.Compute(resumed.Model.Master));
    }

    [Fact]
    public async Task An_evaluated_checkpoint_carries_validation_loss_and_perplexity_across_a_resume()
    {
        var store = new LocalDirectoryCheckpointStore(_dir.Path);
        Evaluation evaluation;
        using (var first = NewSession(PrecisionMode.Fp32))
        {
            RunTo(first, 5);
            evaluation = first.Evaluate(text.Validation);
            var manifest = await new CheckpointCommitter(store, keep: 2, TimeProvider.System, NullLogger.Instance)
                .CommitAsync(SessionCheckpoint.Capture(first, JobId), CancellationToken.None);
            Assert.Equal(evaluation.Loss, manifest.Metrics["testLoss"]);
            Assert.Equal(Math.Exp(evaluation.Loss), manifest.Metrics["testPerplexity"]);
        }

        using var resumed = NewSession(PrecisionMode.Fp32);
        SessionCheckpoint.Apply(resumed, (await new CheckpointRestorer(store, NullLogger.Instance)
            .FindNewestUsableAsync(JobId, SessionCheckpoint.RequiredParts, CancellationToken.None))!);

        Assert.Equal((evaluation.Loss, evaluation.Accuracy), (resumed.TestLoss, resumed.TestAccuracy));
    }
}
