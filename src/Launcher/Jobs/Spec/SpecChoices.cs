namespace Spot.Launcher.Jobs.Spec;

/// <summary>The words a spec accepts for its enumerated fields, exactly as the trainer reads them.</summary>
public static class SpecChoices
{
    public const string Mlp = "mlp";
    public const string Cnn = "cnn";
    public const string Transformer = "transformer";
    public static readonly IReadOnlyList<string> Models = [Mlp, Cnn, Transformer];

    public static readonly IReadOnlyList<string> Precisions = ["fp32", "bf16", "fp16"];

    public const string AdamW = "adamw";
    public const string Sgd = "sgd";
    public static readonly IReadOnlyList<string> Optimizers = [AdamW, Sgd];

    public const string Cosine = "cosine";
    public const string Step = "step";
    public const string Constant = "constant";
    public static readonly IReadOnlyList<string> Schedules = [Cosine, Step, Constant];

    public const string SpotMarket = "spot";
    public const string OnDemandMarket = "on-demand";
    public const string SpotThenOnDemandMarket = "spot-then-on-demand";
    public static readonly IReadOnlyList<string> Markets = [SpotMarket, OnDemandMarket, SpotThenOnDemandMarket];
}
