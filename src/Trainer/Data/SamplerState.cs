namespace Spot.Trainer.Data;

/// <summary>
/// Where a <see cref="ShuffleSampler"/> stands: the epoch, the steps already served in it, and the generator state
/// from just before this epoch's permutation was drawn, so the same permutation can be drawn again on resume.
/// </summary>
public sealed record SamplerState(int Epoch, long StepInEpoch, byte[] EpochStartGeneratorState);
