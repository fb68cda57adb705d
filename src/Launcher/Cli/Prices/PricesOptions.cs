using System.CommandLine;
using Spot.CostModel;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Cli.Prices;

/// <summary>Every option of `spot prices`, one per request field, plus output and input controls.</summary>
internal sealed class PricesOptions
{
    public Option<int?> Gpus { get; } = CliValues.Number("--gpus", "Least number of GPUs", 0, minimumAllowed: true);

    public Option<string?> GpuModel { get; } = new("--gpu-model") { Description = "GPU model, e.g. A10G, A100, H100." };

    public Option<decimal?> MinGpuMemory { get; } = CliValues.Number("--min-gpu-memory", "Least memory per GPU in GiB", 0m, minimumAllowed: false);

    public Option<int?> VCpus { get; } = CliValues.Number("--vcpus", "Least number of vCPUs", 0, minimumAllowed: true);

    public Option<decimal?> Memory { get; } = CliValues.Number("--memory", "Least memory in GiB", 0m, minimumAllowed: true);

    public Option<string[]> Regions { get; } = CliValues.List("--region", "Region to consider (default: every catalog region).");

    public Option<string[]> Zones { get; } = CliValues.List("--zone", "Availability zone name or ID to consider (default: every zone).");

    public Option<string[]> Types { get; } = CliValues.List("--type", "Instance type to consider (default: every type).");

    public Option<string[]> ExcludeTypes { get; } = CliValues.List("--exclude-type", "Instance type to leave out.");

    public Option<IReadOnlyList<Market>?> Markets { get; } = MarketChoice.Create();

    public Option<decimal?> MaxPrice { get; } = CliValues.Number("--max-price", "Spot ceiling in $/h", 0m, minimumAllowed: false);

    public Option<decimal?> MaxPriceFraction { get; } = CliValues.Number("--max-price-fraction", "Spot ceiling as a fraction of on-demand, up to 1", 0m, minimumAllowed: false);

    public Option<double?> Hours { get; } = CliValues.Number("--hours", $"Hours of work left (default {PlacementDefaults.WorkHours})", 0d, minimumAllowed: false);

    public Option<double?> CheckpointCostSeconds { get; } = CliValues.Number(
        "--checkpoint-cost-seconds", $"Seconds to write one checkpoint (default {PlacementDefaults.CheckpointCost.TotalSeconds})", 0d, minimumAllowed: false);

    public Option<double?> CheckpointIntervalMinutes { get; } = CliValues.Number(
        "--checkpoint-interval-minutes", "Fixed checkpoint interval (default: Young/Daly per pool)", 0d, minimumAllowed: false);

    public Option<double?> RestartOverheadMinutes { get; } = CliValues.Number(
        "--restart-overhead-minutes", $"Minutes lost to each restart (default {PlacementDefaults.RestartOverhead.TotalMinutes})", 0d, minimumAllowed: true);

    public Option<int?> Top { get; } = CliValues.Number("--top", "Offerings to show (default 10)", 1, minimumAllowed: true);

    public Option<bool> ShowExcluded { get; } = new("--show-excluded") { Description = "List every offering left out, with its reason." };

    public Option<string?> Catalog { get; } = new("--catalog") { Description = "Catalog JSON file to use instead of the bundled snapshot." };

    public Option<string?> SpotPrices { get; } = new("--spot-prices")
    {
        Description = "Spot price history: `aws ec2 describe-spot-price-history` JSON, or CSV/TSV rows of zone, type, product, price, timestamp.",
    };

    public Option<DateTimeOffset?> At { get; } = CliValues.Time("--at", "The moment whose spot prices count (default: now).");

    public Option<OutputFormat> Format { get; } = OutputFormatOption.Create();

    public void AddTo(Command command)
    {
        Option[] all =
        [
            Gpus, GpuModel, MinGpuMemory, VCpus, Memory, Regions, Zones, Types, ExcludeTypes, Markets, MaxPrice, MaxPriceFraction,
            Hours, CheckpointCostSeconds, CheckpointIntervalMinutes, RestartOverheadMinutes, Top, ShowExcluded, Catalog, SpotPrices, At, Format,
        ];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The option that sets a request field, for error messages.</summary>
    public string OptionFor(string field) => field switch
    {
        PlacementFields.Gpus => Gpus.Name,
        PlacementFields.GpuModel => GpuModel.Name,
        PlacementFields.MinGpuMemory => MinGpuMemory.Name,
        PlacementFields.VCpus => VCpus.Name,
        PlacementFields.Memory => Memory.Name,
        PlacementFields.Regions => Regions.Name,
        PlacementFields.Zones => Zones.Name,
        PlacementFields.AllowedTypes => Types.Name,
        PlacementFields.ExcludedTypes => ExcludeTypes.Name,
        PlacementFields.Markets => Markets.Name,
        PlacementFields.MaxPrice => MaxPrice.Name,
        PlacementFields.MaxPriceFraction => MaxPriceFraction.Name,
        PlacementFields.WorkHours => Hours.Name,
        PlacementFields.CheckpointCost => CheckpointCostSeconds.Name,
        PlacementFields.CheckpointInterval => CheckpointIntervalMinutes.Name,
        PlacementFields.RestartOverhead => RestartOverheadMinutes.Name,
        _ => field,
    };
}
