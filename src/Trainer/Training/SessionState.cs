using Spot.Trainer.Data;
using Spot.Trainer.Precision;

namespace Spot.Trainer.Training;

/// <summary>The state.json part of a checkpoint: every small piece of state that is not a tensor file.</summary>
public sealed record SessionState(
    long Step,
    string Model,
    string Precision,
    SamplerState Sampler,
    LossScalerState? LossScaler,
    byte[] TorchRngState,
    double? SmoothedLoss,
    double? TestAccuracy,
    double? TestLoss = null);
