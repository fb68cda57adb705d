using Spot.Trainer.Data;
using static TorchSharp.torch;

namespace Spot.Trainer.Training;

/// <summary>Accuracy of a classifier over a whole split, in order, without gradients and in eval mode.</summary>
public static class Evaluator
{
    public static double Accuracy(nn.Module<Tensor, Tensor> model, LabeledImages data, int batchSize = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        model.eval();
        using var noGrad = no_grad();
        long correct = 0;
        for (long start = 0; start < data.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var (images, labels) = data.Slice(start, Math.Min(batchSize, data.Count - start));
            correct += model.forward(images).argmax(1).eq(labels).sum().item<long>();
        }
        return (double)correct / data.Count;
    }
}
