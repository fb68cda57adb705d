namespace Spot.Launcher.Tests.EndToEnd;

/// <summary>Small real jobs for end-to-end tests: a narrow MLP on Fashion-MNIST that trains in seconds.</summary>
internal static class JobSpecs
{
    public static string SmallMlp(string name, long steps = 240, string budget = "5.00", string market = "spot", string extra = "", long checkpointEvery = 20) => $"""
        name: {name}
        trainer:
          model: mlp
          dataset: fashion-mnist
          precision: fp32
          steps: {steps}
          batch_size: 64
          optimizer: {"{"}name: adamw, lr: 0.002, weight_decay: 0.01{"}"}
          schedule: {"{"}name: cosine, warmup_steps: 10{"}"}
          seed: 7
          model_options:
            hidden: 64
            dropout: 0.1
        resources:
          gpus: 1
        market: {market}
        budget_usd: {budget}
        checkpoint:
          interval: {checkpointEvery} steps
          keep: 3
        max_restarts: 2
        {extra}
        """;
}
