namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// What an optional field means when a spec leaves it out. They match the trainer's own defaults, and the launcher
/// still writes every value into the trainer's environment, so a run never depends on which side fills a gap.
/// </summary>
public static class SpecDefaults
{
    public const string Precision = "fp32";
    public const int BatchSize = 128;
    public const long Seed = 0;

    public const string Optimizer = SpecChoices.AdamW;
    public const double LearningRate = 1e-3;

    /// <summary>AdamW decouples weight decay, and a little helps; plain SGD gets none unless asked.</summary>
    public const double AdamWWeightDecay = 0.01;

    public const double SgdMomentum = 0.9;

    public const string Schedule = SpecChoices.Cosine;
    public const long WarmupSteps = 0;
    public const long StepSize = 1000;
    public const double Gamma = 0.1;

    public const JobMarket Market = JobMarket.Spot;
    public const int CheckpointKeep = 3;
    public const int MaxRestarts = 3;

    /// <summary>Training examples in Fashion-MNIST's training split, which turns epochs into steps.</summary>
    public const long FashionMnistTrainExamples = 60_000;
}
