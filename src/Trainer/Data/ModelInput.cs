namespace Spot.Trainer.Data;

/// <summary>
/// What a dataset feeds a model, as far as building the model goes: the model factory reads the shape of its first
/// and last layers from here, so no model hard-codes the data it trains on.
/// </summary>
public abstract record ModelInput;

/// <summary>Images of <paramref name="Channels"/>×<paramref name="Size"/>² pixels, each with one of <paramref name="Classes"/> labels.</summary>
public sealed record ImageInput(int Channels, int Size, int Classes) : ModelInput;

/// <summary>
/// Windows of <paramref name="ContextLength"/> token ids below <paramref name="VocabularySize"/>; the target of each
/// position is the token that follows it.
/// </summary>
public sealed record TokenInput(int VocabularySize, int ContextLength) : ModelInput;
