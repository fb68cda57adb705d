using static TorchSharp.torch;

namespace Spot.Trainer.Data;

/// <summary>
/// A split a model trains or is evaluated on. Training draws items by index (a sampler's permutation of
/// <see cref="Count"/>); evaluation walks <see cref="EvaluationCount"/> items in order, which for a language model
/// are non-overlapping windows, so every token is scored once.
/// </summary>
public interface ITrainingData : IDisposable
{
    /// <summary>The items a sampler may draw: examples, or the start positions of token windows.</summary>
    long Count { get; }

    ModelInput Input { get; }

    /// <summary>Inputs and targets of the items at <paramref name="indices"/>, as new tensors in the caller's dispose scope.</summary>
    (Tensor Inputs, Tensor Targets) Gather(Tensor indices);

    /// <summary>How many items one pass of evaluation covers.</summary>
    long EvaluationCount { get; }

    /// <summary>Evaluation items <paramref name="start"/> onwards, in order; targets hold one class per prediction.</summary>
    (Tensor Inputs, Tensor Targets) EvaluationBatch(long start, long length);
}
