using static TorchSharp.torch;

namespace Spot.Trainer.Training;

/// <summary>
/// Called after backward with the float32 master gradients, before the overflow check and the optimizer step. A
/// data-parallel implementation averages them across ranks in place, so every rank steps (or skips) alike.
/// </summary>
public interface IGradientReducer
{
    int WorldSize { get; }
    int Rank { get; }

    void Reduce(IReadOnlyList<Tensor> gradients);
}

/// <summary>One process owns all the data: its gradients are already the full average.</summary>
public sealed class SingleProcessGradientReducer : IGradientReducer
{
    public int WorldSize => 1;
    public int Rank => 0;

    public void Reduce(IReadOnlyList<Tensor> gradients)
    {
        // Nothing to exchange with a world of one.
    }
}
