using Spot.Trainer.Data;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Spot.Trainer.Training;

/// <summary>
/// Scores a model over a whole split, in order, without gradients and in eval mode. Logits of any rank are read as
/// one prediction per target: [N, C] for a classifier, [B, T, V] for a language model.
/// </summary>
public static class Evaluator
{
    public static Evaluation Evaluate(Module<Tensor, Tensor> model, ITrainingData data, int batchSize = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        model.eval();
        using var noGrad = no_grad();
        double lossSum = 0;
        long correct = 0, predictions = 0;
        for (long start = 0; start < data.EvaluationCount; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var (inputs, targets) = data.EvaluationBatch(start, Math.Min(batchSize, data.EvaluationCount - start));
            var logits = model.forward(inputs).flatten(0, -2);
            var flatTargets = targets.flatten();
            // Summed in float64 so a long split does not lose the small terms.
            lossSum += functional.cross_entropy(logits, flatTargets, reduction: Reduction.Sum).to(ScalarType.Float64).item<double>();
            correct += logits.argmax(1).eq(flatTargets).sum().item<long>();
            predictions += flatTargets.shape[0];
        }
        return new Evaluation(lossSum / predictions, (double)correct / predictions, predictions);
    }

    /// <summary>The share of correct predictions alone, for callers that report only accuracy.</summary>
    public static double Accuracy(Module<Tensor, Tensor> model, ITrainingData data, int batchSize = 1000) =>
        Evaluate(model, data, batchSize).Accuracy;
}
