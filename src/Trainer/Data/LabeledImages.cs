using TorchSharp;
using static TorchSharp.torch;

namespace Spot.Trainer.Data;

/// <summary>
/// A classification split held as two tensors: images [N, 1, H, W] as normalised float32 and labels [N] as int64.
/// Batches are gathered by index, so a sampler's order costs one index_select per batch.
/// </summary>
public sealed class LabeledImages : ITrainingData
{
    private readonly Tensor _images;
    private readonly Tensor _labels;

    public LabeledImages(Tensor images, Tensor labels, int classCount)
    {
        if (images.shape.Length != 4)
            throw new ArgumentException($"images must be [N, C, H, W], not [{string.Join(", ", images.shape)}]", nameof(images));
        if (labels.shape.Length != 1 || labels.shape[0] != images.shape[0])
            throw new ArgumentException($"labels must be [{images.shape[0]}], not [{string.Join(", ", labels.shape)}]", nameof(labels));
        if (images.shape[2] != images.shape[3])
            throw new ArgumentException($"images must be square, not {images.shape[2]}×{images.shape[3]}", nameof(images));
        _images = images;
        _labels = labels;
        ClassCount = classCount;
        Input = new ImageInput((int)images.shape[1], (int)images.shape[2], classCount);
    }

    public long Count => _images.shape[0];
    public int ClassCount { get; }
    public ModelInput Input { get; }
    public long EvaluationCount => Count;

    /// <summary>Images and labels at the given indices, as new tensors in the caller's dispose scope.</summary>
    public (Tensor Inputs, Tensor Targets) Gather(Tensor indices) =>
        (_images.index_select(0, indices), _labels.index_select(0, indices));

    public (Tensor Inputs, Tensor Targets) EvaluationBatch(long start, long length) => Slice(start, length);

    /// <summary>A contiguous range, for evaluation in order.</summary>
    public (Tensor Images, Tensor Labels) Slice(long start, long length) =>
        (_images.narrow(0, start, length), _labels.narrow(0, start, length));

    public void Dispose()
    {
        _images.Dispose();
        _labels.Dispose();
    }
}
