using Spot.Trainer.Data;
using Spot.Trainer.Data.Text;
using Spot.Trainer.Native;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Data;

public sealed class TextWindowsTests
{
    public TextWindowsTests() => TorchRuntime.Initialize(2);

    // Tokens 0..9 make every window's contents equal to its positions.
    private static TokenWindows Windows(int tokens = 10, int context = 3) =>
        new(arange(tokens, dtype: ScalarType.Int64), vocabularySize: tokens, contextLength: context);

    private static long[][] Rows(Tensor t) =>
        Enumerable.Range(0, (int)t.shape[0]).Select(r => t[r].data<long>().ToArray()).ToArray();

    [Fact]
    public void Every_start_with_a_next_token_is_a_training_item_and_evaluation_uses_disjoint_windows()
    {
        using var windows = Windows();

        // Starts 0..6 leave room for 3 inputs and the token after them; (10 - 1) / 3 = 3 disjoint windows.
        Assert.Equal(7, windows.Count);
        Assert.Equal(3, windows.EvaluationCount);
        Assert.Equal(new TokenInput(10, 3), windows.Input);
    }

    [Fact]
    public void Gather_gives_each_window_and_the_same_window_shifted_by_one_token()
    {
        using var windows = Windows();
        using var scope = NewDisposeScope();

        var (inputs, targets) = windows.Gather(tensor(new long[] { 4, 0, 6 }));

        Assert.Equal(ScalarType.Int64, inputs.dtype);
        Assert.Equal(new long[][] { [4, 5, 6], [0, 1, 2], [6, 7, 8] }, Rows(inputs));
        Assert.Equal(new long[][] { [5, 6, 7], [1, 2, 3], [7, 8, 9] }, Rows(targets));
    }

    [Fact]
    public void Evaluation_batches_walk_the_disjoint_windows_in_order()
    {
        using var windows = Windows();
        using var scope = NewDisposeScope();

        var (inputs, targets) = windows.EvaluationBatch(1, 2);

        Assert.Equal(new long[][] { [3, 4, 5], [6, 7, 8] }, Rows(inputs));
        Assert.Equal(new long[][] { [4, 5, 6], [7, 8, 9] }, Rows(targets));
    }

    [Fact]
    public void Too_few_tokens_for_one_window_and_its_next_token_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Windows(tokens: 3, context: 3));

        Assert.Contains("3 tokens cannot fill one window of context 3 plus its next token", error.Message);
    }

    [Fact]
    public void Tokens_that_are_not_int64_ids_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TokenWindows(zeros(10), 10, 3));

        Assert.Contains("tokens must be a 1-D int64 tensor, not Float32 [10]", error.Message);
    }
}
