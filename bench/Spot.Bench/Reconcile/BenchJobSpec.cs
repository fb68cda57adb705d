namespace Spot.Bench.Reconcile;

/// <summary>
/// The quick start's job under another name. The budget is generous so that no guard stops a job during the
/// benchmark: every pass sees the same healthy fleet.
/// </summary>
public static class BenchJobSpec
{
    public static string Yaml(string name) => $"""
        name: {name}
        trainer:
          model: cnn
          dataset: fashion-mnist
          precision: fp32
          steps: 600
          batch_size: 128
          optimizer: {"{"}name: adamw, lr: 0.002, weight_decay: 0.01{"}"}
          seed: 1
        resources:
          vcpus: 2
          memory_gib: 4
        market: spot
        budget_usd: 50
        checkpoint:
          interval: 50 steps
        max_restarts: 3
        work_hours: 0.03
        """;
}
