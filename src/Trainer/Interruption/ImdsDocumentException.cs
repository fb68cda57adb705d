namespace Spot.Trainer.Interruption;

/// <summary>An IMDS document that exists but cannot be read; the message names the path and what is wrong.</summary>
public sealed class ImdsDocumentException(string message) : Exception(message);
