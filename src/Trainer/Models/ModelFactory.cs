using Spot.Trainer.Data;
using static TorchSharp.torch;

namespace Spot.Trainer.Models;

/// <summary>The models a job can name, with their hyperparameters and defaults.</summary>
public static class ModelFactory
{
    public const string Mlp = "mlp";
    public const string Cnn = "cnn";
    public const string Transformer = "transformer";
    public static readonly IReadOnlyList<string> Names = [Mlp, Cnn, Transformer];

    private sealed record MlpShape(int[] Hidden, double Dropout) : ModelShape;

    private sealed record CnnShape(int Channels1, int Channels2, int Hidden, double Dropout) : ModelShape;

    /// <summary>Checks the name and hyperparameters without building anything, so a bad job fails before any work.</summary>
    public static ModelShape Validate(string name, HyperParameters options) => name.ToLowerInvariant() switch
    {
        Mlp => MlpOf(options),
        Cnn => CnnOf(options),
        Transformer => TransformerShape.Parse(options),
        _ => throw new ArgumentException($"unknown model '{name}'; choose one of {string.Join(", ", Names)}", nameof(name)),
    };

    /// <summary>Builds a model for what <paramref name="input"/> describes; weights come from the global generator.</summary>
    public static nn.Module<Tensor, Tensor> Create(string name, HyperParameters options, ModelInput input) =>
        (Validate(name, options), input) switch
        {
            (MlpShape mlp, ImageInput image) =>
                new MlpClassifier((long)image.Channels * image.Size * image.Size, mlp.Hidden, mlp.Dropout, image.Classes),
            (CnnShape cnn, ImageInput image) =>
                new CnnClassifier(image.Channels, image.Size, cnn.Channels1, cnn.Channels2, cnn.Hidden, cnn.Dropout, image.Classes),
            (TransformerShape lm, TokenInput text) when text.ContextLength > lm.Context =>
                throw options.Invalid($"context={lm.Context} is shorter than the data's windows of {text.ContextLength} tokens"),
            (TransformerShape lm, TokenInput text) => new TransformerLanguageModel(lm, text.VocabularySize),
            (TransformerShape, _) => throw new ArgumentException($"model '{name}' trains on token sequences, not {Describe(input)}", nameof(input)),
            _ => throw new ArgumentException($"model '{name}' trains on images, not {Describe(input)}", nameof(input)),
        };

    private static string Describe(ModelInput input) => input switch
    {
        ImageInput => "images",
        TokenInput => "token sequences",
        _ => input.GetType().Name,
    };

    private static MlpShape MlpOf(HyperParameters options)
    {
        options.AllowOnly("hidden", "dropout");
        return new MlpShape(
            options.GetIntList("hidden", [256], min: 1, max: 65536),
            options.GetDouble("dropout", 0.1, min: 0, max: 0.95));
    }

    private static CnnShape CnnOf(HyperParameters options)
    {
        options.AllowOnly("channels", "hidden", "dropout");
        var channels = options.GetIntList("channels", [32, 64], min: 1, max: 4096);
        if (channels.Length != 2)
            throw options.Invalid($"channels takes exactly two sizes (first and second block), not {channels.Length}");
        return new CnnShape(channels[0], channels[1],
            options.GetInt("hidden", 128, min: 1, max: 65536),
            options.GetDouble("dropout", 0.25, min: 0, max: 0.95));
    }
}
