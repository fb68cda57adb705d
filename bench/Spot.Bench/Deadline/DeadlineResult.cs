using System.Text.Json.Serialization;

namespace Spot.Bench.Deadline;

public sealed record PolicyResult(
    [property: JsonPropertyName("policy")] string Policy,
    [property: JsonPropertyName("cost_pct_of_on_demand_mean")] double CostPctMean,
    [property: JsonPropertyName("cost_pct_of_on_demand_p90")] double CostPctP90,
    [property: JsonPropertyName("gap_to_optimum_pct_mean")] double GapPctMean,
    [property: JsonPropertyName("gap_to_optimum_pct_p90")] double GapPctP90,
    [property: JsonPropertyName("missed_deadlines")] int Missed,
    [property: JsonPropertyName("starts_mean")] double StartsMean);

public sealed record DeadlineResult(
    [property: JsonPropertyName("deadline_hours")] double DeadlineHours,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("optimum_cost_pct_of_on_demand_mean")] double OptimumPctMean,
    [property: JsonPropertyName("optimum_cost_pct_of_on_demand_p90")] double OptimumPctP90,
    [property: JsonPropertyName("optimum_seconds")] double OptimumSeconds,
    [property: JsonPropertyName("policies")] IReadOnlyList<PolicyResult> Policies);
