using Spot.Trainer.Data.Text;
using Spot.Trainer.Models;

namespace Spot.Trainer.Data;

/// <summary>
/// Loads the split a model trains on from a local location: the IDX directory of Fashion-MNIST for the image
/// models, and a text file or <see cref="TextCorpus.Bundled"/> for the language model, windowed to its context.
/// </summary>
public static class TrainingDataLoader
{
    public static ITrainingData Load(string model, HyperParameters modelOptions, string location, DatasetSplit split)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return ModelFactory.Validate(model, modelOptions) switch
        {
            TransformerShape lm => TextDataset.Load(location, lm.Context, split),
            _ when string.Equals(location, TextCorpus.Bundled, StringComparison.OrdinalIgnoreCase) =>
                throw new ArgumentException(
                    $"data location '{TextCorpus.Bundled}' is the bundled text, which only the {ModelFactory.Transformer} model trains on; " +
                    $"model '{model}' needs a directory of Fashion-MNIST IDX files", nameof(location)),
            _ => FashionMnist.Load(location, split),
        };
    }
}
