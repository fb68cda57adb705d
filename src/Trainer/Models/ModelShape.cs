namespace Spot.Trainer.Models;

/// <summary>A model's validated hyperparameters: what <see cref="ModelFactory"/> builds from.</summary>
public abstract record ModelShape;
