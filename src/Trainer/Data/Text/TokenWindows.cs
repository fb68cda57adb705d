using TorchSharp;
using static TorchSharp.torch;

namespace Spot.Trainer.Data.Text;

/// <summary>
/// A token sequence seen as next-token windows: item i is tokens [i, i+T) as input and [i+1, i+T+1) as target. For
/// training every start position is an item, so a seeded sampler shuffles starts exactly as it shuffles images;
/// evaluation walks non-overlapping windows, so each token is predicted once.
/// </summary>
public sealed class TokenWindows : ITrainingData
{
    private readonly Tensor _tokens;
    private readonly Tensor _offsets;
    private readonly int _context;

    /// <param name="tokens">int64 token ids [N], held (and disposed) by this object.</param>
    public TokenWindows(Tensor tokens, int vocabularySize, int contextLength)
    {
        if (tokens.dtype != ScalarType.Int64 || tokens.shape.Length != 1)
            throw new ArgumentException($"tokens must be a 1-D int64 tensor, not {tokens.dtype} [{string.Join(", ", tokens.shape)}]", nameof(tokens));
        ArgumentOutOfRangeException.ThrowIfLessThan(contextLength, 1);
        if (tokens.shape[0] <= contextLength)
            throw new ArgumentException($"{tokens.shape[0]} tokens cannot fill one window of context {contextLength} plus its next token", nameof(tokens));
        _tokens = tokens;
        _context = contextLength;
        _offsets = arange(contextLength, dtype: ScalarType.Int64).DetachFromDisposeScope();
        Input = new TokenInput(vocabularySize, contextLength);
    }

    public ModelInput Input { get; }
    public long TokenCount => _tokens.shape[0];
    public long Count => TokenCount - _context;
    public long EvaluationCount => (TokenCount - 1) / _context;

    public (Tensor Inputs, Tensor Targets) Gather(Tensor indices) => Windows(indices);

    public (Tensor Inputs, Tensor Targets) EvaluationBatch(long start, long length)
    {
        using var starts = arange(start, start + length, dtype: ScalarType.Int64).mul_(_context);
        return Windows(starts);
    }

    private (Tensor Inputs, Tensor Targets) Windows(Tensor starts)
    {
        using var positions = starts.unsqueeze(1).add(_offsets);
        using var flat = positions.flatten();
        using var next = flat.add(1);
        long rows = starts.shape[0];
        return (_tokens.index_select(0, flat).view(rows, _context), _tokens.index_select(0, next).view(rows, _context));
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _offsets.Dispose();
    }
}
