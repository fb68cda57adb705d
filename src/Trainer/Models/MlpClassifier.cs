using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Spot.Trainer.Models;

/// <summary>Flatten, then hidden Linear + ReLU + Dropout layers, then a Linear head producing class logits.</summary>
public sealed class MlpClassifier(long inputFeatures, IReadOnlyList<int> hidden, double dropout, int classes)
    : SequentialClassifier(nameof(MlpClassifier), Layers(inputFeatures, hidden, dropout, classes))
{
    private static List<(string, Module<Tensor, Tensor>)> Layers(long inputFeatures, IReadOnlyList<int> hidden, double dropout, int classes)
    {
        var layers = new List<(string, Module<Tensor, Tensor>)> { ("flatten", Flatten()) };
        long width = inputFeatures;
        for (int i = 0; i < hidden.Count; i++)
        {
            layers.Add(($"fc{i}", Linear(width, hidden[i])));
            layers.Add(($"relu{i}", ReLU()));
            if (dropout > 0) layers.Add(($"drop{i}", Dropout(dropout)));
            width = hidden[i];
        }
        layers.Add(("head", Linear(width, classes)));
        return layers;
    }
}
