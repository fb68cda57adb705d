using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Spot.Trainer.Models;

/// <summary>
/// One pre-LayerNorm block: x + attention(norm(x)), then x + mlp(norm(x)). Normalising before each branch keeps
/// the residual stream unscaled, which lets a small model train at a high learning rate without warm-up tricks.
/// </summary>
public sealed class TransformerBlock : Module<Tensor, Tensor>
{
    private const int MlpExpansion = 4;
    private readonly LayerNorm norm1;
    private readonly TransformerAttention attention;
    private readonly LayerNorm norm2;
    private readonly Sequential mlp;

    public TransformerBlock(int dim, int heads, double dropout) : base(nameof(TransformerBlock))
    {
        norm1 = LayerNorm(dim);
        attention = new TransformerAttention(dim, heads, dropout);
        norm2 = LayerNorm(dim);
        mlp = Sequential(
            ("fc", Linear(dim, (long)MlpExpansion * dim)),
            ("gelu", GELU()),
            ("proj", Linear((long)MlpExpansion * dim, dim)),
            ("drop", Dropout(dropout)));
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = input + attention.forward(norm1.forward(input));
        return (x + mlp.forward(norm2.forward(x))).MoveToOuterDisposeScope();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            norm1.Dispose();
            attention.Dispose();
            norm2.Dispose();
            mlp.Dispose();
        }
        base.Dispose(disposing);
    }
}
