using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Spot.Trainer.Models;

/// <summary>
/// A decoder-only transformer over token ids [batch, time]: token plus learned position embeddings, the blocks, a
/// final LayerNorm, and a head giving next-token logits [batch, time, vocabulary]. A tied head reuses the token
/// embedding as its weight, which saves vocabulary×dim parameters.
/// </summary>
public sealed class TransformerLanguageModel : Module<Tensor, Tensor>
{
    // GPT-2's initial spread: small enough that the first logits are near uniform, so the loss starts near ln(V).
    private const double InitialStd = 0.02;
    private readonly Embedding tokens;
    private readonly Embedding positions;
    private readonly Dropout drop;
    private readonly ModuleList<TransformerBlock> blocks;
    private readonly LayerNorm norm;
    private readonly Linear? head;
    private readonly int _context;

    public TransformerLanguageModel(TransformerShape shape, int vocabularySize) : base(nameof(TransformerLanguageModel))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vocabularySize, 1);
        tokens = Embedding(vocabularySize, shape.Dim);
        positions = Embedding(shape.Context, shape.Dim);
        drop = Dropout(shape.Dropout);
        blocks = new ModuleList<TransformerBlock>(
            Enumerable.Range(0, shape.Layers).Select(_ => new TransformerBlock(shape.Dim, shape.Heads, shape.Dropout)).ToArray());
        norm = LayerNorm(shape.Dim);
        head = shape.Tied ? null : Linear(shape.Dim, vocabularySize, hasBias: false);
        _context = shape.Context;
        RegisterComponents();
        InitializeWeights();
    }

    /// <param name="input">int64 token ids [batch, time], time at most the context length.</param>
    public override Tensor forward(Tensor input)
    {
        if (input.shape.Length != 2 || input.shape[1] > _context)
            throw new ArgumentException($"token ids must be [batch, time ≤ {_context}], not [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var place = arange(input.shape[1], dtype: ScalarType.Int64, device: input.device);
        var x = drop.forward(tokens.forward(input) + positions.forward(place));
        foreach (var block in blocks)
            x = block.forward(x);
        x = norm.forward(x);
        var logits = head is null ? functional.linear(x, tokens.weight!) : head.forward(x);
        return logits.MoveToOuterDisposeScope();
    }

    private void InitializeWeights()
    {
        using var noGrad = no_grad();
        foreach (var (name, parameter) in named_parameters())
        {
            // LayerNorm keeps its ones and zeros; every matrix and embedding starts small and every bias at zero.
            if (name.Contains("norm", StringComparison.Ordinal)) continue;
            if (parameter.dim() >= 2) init.normal_(parameter, 0, InitialStd);
            else init.zeros_(parameter);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            tokens.Dispose();
            positions.Dispose();
            drop.Dispose();
            foreach (var block in blocks) block.Dispose();
            blocks.Dispose();
            norm.Dispose();
            head?.Dispose();
        }
        base.Dispose(disposing);
    }
}
