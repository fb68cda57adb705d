using System.Text.Json;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Precision;
using static TorchSharp.torch;

namespace Spot.Trainer.Training;

/// <summary>
/// Turns a <see cref="TrainingSession"/> into checkpoint parts and back. Leaving out any of them breaks a
/// bit-identical resume: the optimizer's moments, the sampler's generator, or the global generator behind dropout.
/// </summary>
public static class SessionCheckpoint
{
    public const string ModelPart = "model.bin";
    public const string OptimizerPart = "optimizer.bin";
    public const string StatePart = "state.json";
    public static readonly IReadOnlyCollection<string> RequiredParts = [ModelPart, OptimizerPart, StatePart];

    /// <summary>Copies the session into memory; this is the only checkpoint work that pauses training.</summary>
    public static CheckpointSnapshot Capture(TrainingSession session, string jobId)
    {
        var model = new MemoryStream();
        session.Model.Master.save(model); // closes the stream; ToArray still works on a closed MemoryStream
        var optimizer = new MemoryStream();
        using (var writer = new BinaryWriter(optimizer, System.Text.Encoding.UTF8, leaveOpen: true))
            session.Optimizer.save_state_dict(writer);

        byte[] rng;
        using (var state = get_rng_state())
            rng = state.bytes.ToArray();
        var sessionState = new SessionState(session.Step, session.Options.Model, session.Options.Precision.Name(),
            session.Sampler.CaptureState(), session.Scaler?.CaptureState(), rng, session.SmoothedLoss, session.TestAccuracy,
            session.TestLoss);

        var metrics = new Dictionary<string, double> { ["skippedSteps"] = session.Scaler?.SkippedSteps ?? 0 };
        if (session.SmoothedLoss is { } loss) metrics["loss"] = loss;
        if (session.TestAccuracy is { } accuracy) metrics["testAccuracy"] = accuracy;
        if (session.TestLoss is { } testLoss)
        {
            metrics["testLoss"] = testLoss;
            metrics["testPerplexity"] = Math.Exp(testLoss);
        }
        if (session.Scaler is { } scaler) metrics["lossScale"] = scaler.Scale;

        return new CheckpointSnapshot(jobId, session.Step, session.Sampler.Epoch, session.Options.Precision.Name(),
            [
                new SnapshotPart(ModelPart, model.ToArray()),
                new SnapshotPart(OptimizerPart, optimizer.ToArray()),
                new SnapshotPart(StatePart, JsonSerializer.SerializeToUtf8Bytes(sessionState)),
            ],
            metrics);
    }

    /// <summary>
    /// Loads a verified checkpoint into a freshly built session. A checkpoint of another model or precision is a
    /// job error, not damage, so it throws rather than falling back to an older checkpoint.
    /// </summary>
    public static void Apply(TrainingSession session, VerifiedCheckpoint checkpoint)
    {
        var state = JsonSerializer.Deserialize<SessionState>(checkpoint.Parts[StatePart])
            ?? throw new InvalidDataException($"{checkpoint.Manifest.CheckpointId}: {StatePart} is empty");
        if (state.Step != checkpoint.Manifest.Step)
            throw new InvalidDataException($"{checkpoint.Manifest.CheckpointId}: {StatePart} is at step {state.Step} but the manifest says {checkpoint.Manifest.Step}");
        if (!string.Equals(state.Model, session.Options.Model, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"checkpoint {checkpoint.Manifest.CheckpointId} holds model '{state.Model}' but the job trains '{session.Options.Model}'");
        if (state.Precision != session.Options.Precision.Name())
            throw new InvalidOperationException($"checkpoint {checkpoint.Manifest.CheckpointId} was trained in {state.Precision} but the job asks for {session.Options.Precision.Name()}");

        session.Model.Master.load(new MemoryStream(checkpoint.Parts[ModelPart]));
        using (var reader = new BinaryReader(new MemoryStream(checkpoint.Parts[OptimizerPart])))
            session.Optimizer.load_state_dict(reader);
        session.Model.RefreshComputeWeights();
        if (state.LossScaler is { } scalerState)
            session.Scaler?.RestoreState(scalerState);
        session.Sampler.RestoreState(state.Sampler);
        using (var rng = tensor(state.TorchRngState, ScalarType.Byte))
            set_rng_state(rng);
        session.RestoreCounters(state.Step, state.SmoothedLoss, state.TestAccuracy, state.TestLoss);
    }
}
