using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Spot.Trainer.Models;

/// <summary>
/// Causal multi-head self-attention: one projection to queries, keys and values, attention where each position
/// sees only itself and earlier positions, then an output projection with dropout on the residual branch.
/// </summary>
public sealed class TransformerAttention : Module<Tensor, Tensor>
{
    private readonly Linear qkv;
    private readonly Linear proj;
    private readonly Dropout drop;
    private readonly int _heads;

    public TransformerAttention(int dim, int heads, double dropout) : base(nameof(TransformerAttention))
    {
        qkv = Linear(dim, 3L * dim);
        proj = Linear(dim, dim);
        drop = Dropout(dropout);
        _heads = heads;
        RegisterComponents();
    }

    /// <param name="input">[batch, time, dim]</param>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        long batch = input.shape[0], time = input.shape[1], dim = input.shape[2];
        // [3, batch, heads, time, headDim]: one matmul for all three, then a view per role.
        var parts = qkv.forward(input).view(batch, time, 3, _heads, dim / _heads).permute(2, 0, 3, 1, 4);
        // TorchSharp spells the causal flag "is_casual".
        var attended = functional.scaled_dot_product_attention(parts[0], parts[1], parts[2], is_casual: true);
        var merged = attended.transpose(1, 2).reshape(batch, time, dim);
        return drop.forward(proj.forward(merged)).MoveToOuterDisposeScope();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            qkv.Dispose();
            proj.Dispose();
            drop.Dispose();
        }
        base.Dispose(disposing);
    }
}
