namespace Spot.Trainer.Training;

/// <summary>
/// A model scored over a whole split: mean cross-entropy per prediction (nats) and the share of predictions whose
/// top logit is the target (the class of an image, or the next token of a text).
/// </summary>
public sealed record Evaluation(double Loss, double Accuracy, long Predictions)
{
    /// <summary>e^loss: for a language model, the number of equally likely tokens the model is as unsure as.</summary>
    public double Perplexity => Math.Exp(Loss);
}
