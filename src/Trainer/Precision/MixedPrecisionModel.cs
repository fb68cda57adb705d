using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Spot.Trainer.Precision;

/// <summary>
/// A float32 master model that the optimizer updates and checkpoints, plus (in bf16 or fp16) a low-precision copy
/// that runs forward and backward. Before each step the copy's weights are refreshed from the master with copy_;
/// after backward its gradients are widened into the master's. In fp32 both roles are the same model.
/// </summary>
public sealed class MixedPrecisionModel : IDisposable
{
    private readonly nn.Module<Tensor, Tensor> _compute;
    private readonly Parameter[] _masterParameters;
    private readonly Parameter[] _computeParameters;

    public MixedPrecisionModel(Func<nn.Module<Tensor, Tensor>> factory, PrecisionMode mode)
    {
        Mode = mode;
        Master = factory();
        if (mode == PrecisionMode.Fp32)
        {
            _compute = Master;
        }
        else
        {
            // The copy's random initial weights are overwritten at once; keep its construction from advancing the
            // global generator, so dropout draws the same stream in every precision.
            using var rng = get_rng_state();
            _compute = factory().to(mode.ComputeType());
            set_rng_state(rng);
        }
        _masterParameters = Master.parameters().ToArray();
        _computeParameters = _compute.parameters().ToArray();
        RefreshComputeWeights();
    }

    public PrecisionMode Mode { get; }

    /// <summary>The float32 weights: what the optimizer steps, what checkpoints hold, what evaluation runs.</summary>
    public nn.Module<Tensor, Tensor> Master { get; }

    public IReadOnlyList<Parameter> MasterParameters => _masterParameters;

    private bool HasCopy => !ReferenceEquals(_compute, Master);

    public void Train() => _compute.train();

    /// <summary>Copies the master weights into the low-precision copy, converting on the way.</summary>
    public void RefreshComputeWeights()
    {
        if (!HasCopy) return;
        using var noGrad = no_grad();
        for (int i = 0; i < _masterParameters.Length; i++)
            _computeParameters[i].copy_(_masterParameters[i]);
    }

    /// <summary>
    /// Runs the compute model; the logits come back as float32 so the loss is computed at full precision. Only
    /// floating-point inputs are narrowed: token ids stay int64, as embedding lookups need.
    /// </summary>
    public Tensor Forward(Tensor input) =>
        HasCopy ? _compute.forward(input.is_floating_point() ? input.to(Mode.ComputeType()) : input).to(ScalarType.Float32) : _compute.forward(input);

    /// <summary>Widens the copy's gradients into the master's and clears the copy's; returns the master gradients.</summary>
    public IReadOnlyList<Tensor> TakeGradients()
    {
        var gradients = new List<Tensor>(_masterParameters.Length);
        for (int i = 0; i < _masterParameters.Length; i++)
        {
            if (HasCopy)
            {
                var low = _computeParameters[i].grad;
                if (low is null) continue;
                // Reuse the master's buffer when the optimizer left one; copy_ converts the dtype on the way.
                var existing = _masterParameters[i].grad;
                if (existing is null) _masterParameters[i].grad = low.to(ScalarType.Float32);
                else existing.copy_(low);
            }
            var gradient = _masterParameters[i].grad;
            if (gradient is not null) gradients.Add(gradient);
        }
        if (HasCopy) _compute.zero_grad();
        return gradients;
    }

    public void Dispose()
    {
        if (HasCopy) _compute.Dispose();
        Master.Dispose();
    }
}
