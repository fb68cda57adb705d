using static TorchSharp.torch;

namespace Spot.Trainer.Models;

/// <summary>The models a job can name, with their hyperparameters and defaults.</summary>
public static class ModelFactory
{
    public const string Mlp = "mlp";
    public const string Cnn = "cnn";
    public static readonly IReadOnlyList<string> Names = [Mlp, Cnn];

    private sealed record MlpShape(int[] Hidden, double Dropout);

    private sealed record CnnShape(int Channels1, int Channels2, int Hidden, double Dropout);

    /// <summary>Checks the name and hyperparameters without building anything, so a bad job fails before any work.</summary>
    public static void Validate(string name, HyperParameters options) => Shape(name, options);

    /// <summary>Builds a model for 1×<paramref name="imageSize"/>² images; weights come from the global generator.</summary>
    public static nn.Module<Tensor, Tensor> Create(string name, HyperParameters options, int imageSize, int classes) =>
        Shape(name, options) switch
        {
            MlpShape mlp => new MlpClassifier((long)imageSize * imageSize, mlp.Hidden, mlp.Dropout, classes),
            CnnShape cnn => new CnnClassifier(1, imageSize, cnn.Channels1, cnn.Channels2, cnn.Hidden, cnn.Dropout, classes),
            _ => throw new InvalidOperationException("unreachable: every shape has a builder"),
        };

    private static object Shape(string name, HyperParameters options) => name.ToLowerInvariant() switch
    {
        Mlp => MlpOf(options),
        Cnn => CnnOf(options),
        _ => throw new ArgumentException($"unknown model '{name}'; choose one of {string.Join(", ", Names)}", nameof(name)),
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
