using Spot.Trainer.Data;
using Spot.Trainer.Models;
using Spot.Trainer.Native;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Models;

public sealed class ModelFactoryTests
{
    public ModelFactoryTests() => TorchRuntime.Initialize(2);

    private static readonly ImageInput FashionMnistInput = new(Channels: 1, Size: 28, Classes: 10);

    private static HyperParameters Options(string text) => HyperParameters.Parse(text, "SPOT_MODEL_OPTIONS");

    [Theory]
    [InlineData("mlp")]
    [InlineData("cnn")]
    [InlineData("MLP")]
    public void The_named_model_maps_a_batch_of_images_to_one_logit_per_class(string name)
    {
        using var scope = NewDisposeScope();
        using var model = ModelFactory.Create(name, Options(""), FashionMnistInput);

        var logits = model.forward(zeros(5, 1, 28, 28));

        Assert.Equal(new long[] { 5, 10 }, logits.shape);
    }

    [Fact]
    public void Hidden_sizes_set_the_mlp_layers()
    {
        using var model = ModelFactory.Create("mlp", Options("hidden=32,16"), FashionMnistInput);

        // 784·32+32, 32·16+16, 16·10+10 weights and biases.
        Assert.Equal(25120 + 528 + 170, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Channels_and_hidden_set_the_cnn_layers()
    {
        using var model = ModelFactory.Create("cnn", Options("channels=4,8;hidden=16"), FashionMnistInput);

        // conv 1→4 (3×3): 40; conv 4→8: 296; fc 8·7·7→16: 6288; head 16→10: 170.
        Assert.Equal(40 + 296 + 6288 + 170, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void An_unknown_model_name_lists_the_choices()
    {
        var error = Assert.Throws<ArgumentException>(() => ModelFactory.Create("resnet", Options(""), FashionMnistInput));

        Assert.Contains("unknown model 'resnet'; choose one of mlp, cnn, transformer", error.Message);
    }

    [Fact]
    public void An_unknown_hyperparameter_names_the_keys_the_model_takes()
    {
        var error = Assert.Throws<ArgumentException>(() => ModelFactory.Create("mlp", Options("depth=3"), FashionMnistInput));

        Assert.Contains("SPOT_MODEL_OPTIONS: unknown key 'depth'; this model takes hidden, dropout", error.Message);
    }

    [Theory]
    [InlineData("mlp", "dropout=1.5", "dropout=1.5 must be a number in [0, 0.95]")]
    [InlineData("mlp", "hidden=64,0", "hidden=0 must be a whole number in [1, 65536]")]
    [InlineData("cnn", "channels=8", "SPOT_MODEL_OPTIONS: channels takes exactly two sizes")]
    public void A_bad_hyperparameter_value_names_the_key_and_the_rule(string model, string options, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => ModelFactory.Create(model, Options(options), FashionMnistInput));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("hidden", "'hidden' is not of the form key=value")]
    [InlineData("dropout=0.1;dropout=0.2", "'dropout' is given twice")]
    public void Parse_rejects_malformed_option_text(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => Options(text));

        Assert.Contains(expected, error.Message);
    }
}
