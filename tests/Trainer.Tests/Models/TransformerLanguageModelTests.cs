using Spot.Trainer.Data;
using Spot.Trainer.Models;
using Spot.Trainer.Native;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Models;

public sealed class TransformerLanguageModelTests
{
    private const string Tiny = "layers=1;heads=2;dim=8;context=4";
    private static readonly TokenInput TenTokens = new(VocabularySize: 10, ContextLength: 4);

    public TransformerLanguageModelTests() => TorchRuntime.Initialize(2);

    private static HyperParameters Options(string text) => HyperParameters.Parse(text, "SPOT_MODEL_OPTIONS");

    [Fact]
    public void The_transformer_maps_token_ids_to_next_token_logits_at_every_position()
    {
        using var scope = NewDisposeScope();
        using var model = ModelFactory.Create("transformer", Options(Tiny), TenTokens);

        var logits = model.forward(tensor(new long[] { 1, 2, 3, 4, 5, 6, 7, 8 }).view(2, 4));

        Assert.Equal(new long[] { 2, 4, 10 }, logits.shape);
        Assert.Equal(ScalarType.Float32, logits.dtype);
    }

    [Theory]
    [InlineData("tied=true", 1000)]
    [InlineData("tied=false", 1080)]
    public void Tying_the_head_to_the_token_embedding_saves_its_weights(string tied, long expected)
    {
        using var model = ModelFactory.Create("transformer", Options($"{Tiny};{tied}"), TenTokens);

        // tokens 10·8 = 80, positions 4·8 = 32, final norm 16; the block: two norms 2·16, qkv 8·24+24 = 216,
        // out 8·8+8 = 72, mlp 8·32+32 = 288 and 32·8+8 = 264, so 872. Tied: 1000; an untied head adds 10·8.
        Assert.Equal(expected, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void A_position_never_sees_the_tokens_after_it()
    {
        using var scope = NewDisposeScope();
        using var model = ModelFactory.Create("transformer", Options(Tiny), TenTokens);
        model.eval();

        var before = model.forward(tensor(new long[] { 1, 2, 3, 4 }).view(1, 4));
        var after = model.forward(tensor(new long[] { 1, 2, 3, 9 }).view(1, 4));

        Assert.True(before[.., ..3].allclose(after[.., ..3], rtol: 0, atol: 1e-6), "changing the last token changed earlier logits");
        Assert.False(before[.., 3].allclose(after[.., 3]), "changing the last token did not change its own logits");
    }

    [Fact]
    public void Input_longer_than_the_context_is_refused_with_both_lengths()
    {
        using var model = ModelFactory.Create("transformer", Options(Tiny), TenTokens);

        var error = Assert.Throws<ArgumentException>(() => model.forward(zeros(1, 5, dtype: ScalarType.Int64)));

        Assert.Contains("token ids must be [batch, time ≤ 4], not [1, 5]", error.Message);
    }

    [Theory]
    [InlineData("hidden=64", "SPOT_MODEL_OPTIONS: unknown key 'hidden'; this model takes layers, heads, dim, context, dropout, tied")]
    [InlineData("heads=3", "SPOT_MODEL_OPTIONS: dim=128 must be a multiple of heads=3")]
    [InlineData("layers=0", "SPOT_MODEL_OPTIONS: layers=0 must be a whole number in [1, 64]")]
    [InlineData("dim=big", "SPOT_MODEL_OPTIONS: dim=big must be a whole number in [2, 16384]")]
    [InlineData("context=1", "SPOT_MODEL_OPTIONS: context=1 must be a whole number in [2, 8192]")]
    [InlineData("dropout=1", "SPOT_MODEL_OPTIONS: dropout=1 must be a number in [0, 0.95]")]
    [InlineData("tied=yes", "SPOT_MODEL_OPTIONS: tied=yes must be true or false")]
    public void A_bad_transformer_hyperparameter_names_the_key_and_the_rule(string options, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => ModelFactory.Validate("transformer", Options(options)));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_context_shorter_than_the_data_windows_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ModelFactory.Create("transformer", Options("context=16"), new TokenInput(75, 32)));

        Assert.Contains("SPOT_MODEL_OPTIONS: context=16 is shorter than the data's windows of 32 tokens", error.Message);
    }

    [Fact]
    public void A_model_given_the_other_kind_of_data_says_which_kind_it_needs()
    {
        var images = new ImageInput(1, 28, 10);

        var onImages = Assert.Throws<ArgumentException>(() => ModelFactory.Create("transformer", Options(""), images));
        var onTokens = Assert.Throws<ArgumentException>(() => ModelFactory.Create("cnn", Options(""), TenTokens));

        Assert.Contains("model 'transformer' trains on token sequences, not images", onImages.Message);
        Assert.Contains("model 'cnn' trains on images, not token sequences", onTokens.Message);
    }
}
