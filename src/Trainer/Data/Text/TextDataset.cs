using static TorchSharp.torch;

namespace Spot.Trainer.Data.Text;

/// <summary>
/// A text as a language-modelling dataset: one character vocabulary over the whole text, the first 90% of its
/// tokens for training and the rest for validation (<see cref="DatasetSplit.Test"/>), cut as windows of the
/// model's context. The split is by position, so validation text is never seen in training.
/// </summary>
public static class TextDataset
{
    public const double ValidationFraction = 0.1;

    public static TokenWindows Load(string location, int contextLength, DatasetSplit split) =>
        FromText(TextCorpus.Read(location), location, contextLength, split);

    /// <param name="source">Where the text came from, for error messages (a path, an S3 key, or "bundled").</param>
    public static TokenWindows FromText(string text, string source, int contextLength, DatasetSplit split)
    {
        // One line ending everywhere, so a text saved on Windows tokenizes like the same text saved here.
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var vocabulary = CharacterVocabulary.Of(text);
        var ids = vocabulary.Encode(text);
        int validationStart = (int)(ids.Length * (1 - ValidationFraction));
        var part = split == DatasetSplit.Train ? ids[..validationStart] : ids[validationStart..];
        if (part.Length <= contextLength)
            throw new ArgumentException(
                $"the {split.ToString().ToLowerInvariant()} split of {source} holds {part.Length} characters, too few for context={contextLength}; use a longer text or a shorter context");
        return new TokenWindows(tensor(part, dtype: ScalarType.Int64).DetachFromDisposeScope(), vocabulary.Size, contextLength);
    }
}
