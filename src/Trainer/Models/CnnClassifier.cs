using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Spot.Trainer.Models;

/// <summary>
/// Two 3×3 convolution blocks (conv, ReLU, 2×2 max-pool), then a hidden Linear layer with dropout and a head.
/// No batch norm: running statistics would live in the low-precision compute copy, not in the fp32 master.
/// </summary>
public sealed class CnnClassifier(int inputChannels, int imageSize, int channels1, int channels2, int hidden, double dropout, int classes)
    : SequentialClassifier(nameof(CnnClassifier), Layers(inputChannels, imageSize, channels1, channels2, hidden, dropout, classes))
{
    private static List<(string, Module<Tensor, Tensor>)> Layers(
        int inputChannels, int imageSize, int channels1, int channels2, int hidden, double dropout, int classes)
    {
        if (imageSize % 4 != 0)
            throw new ArgumentException($"image size {imageSize} must be a multiple of 4 for two 2×2 poolings", nameof(imageSize));
        long flat = (long)channels2 * (imageSize / 4) * (imageSize / 4);
        return
        [
            ("conv1", Conv2d(inputChannels, channels1, 3, padding: 1)),
            ("relu1", ReLU()),
            ("pool1", MaxPool2d(2)),
            ("conv2", Conv2d(channels1, channels2, 3, padding: 1)),
            ("relu2", ReLU()),
            ("pool2", MaxPool2d(2)),
            ("flatten", Flatten()),
            ("fc", Linear(flat, hidden)),
            ("relu3", ReLU()),
            ("drop", Dropout(dropout)),
            ("head", Linear(hidden, classes)),
        ];
    }
}
