using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Spot.Trainer.Models;

/// <summary>
/// A classifier that is one named chain of layers. Parameter names come from the layer names, so checkpoints stay
/// readable and stable as long as a model's chain does not change.
/// </summary>
public abstract class SequentialClassifier : nn.Module<Tensor, Tensor>
{
    private readonly Sequential _layers;

    protected SequentialClassifier(string name, IList<(string Name, nn.Module<Tensor, Tensor> Layer)> layers)
        : base(name)
    {
        _layers = nn.Sequential(layers);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input) => _layers.forward(input);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _layers.Dispose();
        base.Dispose(disposing);
    }
}
