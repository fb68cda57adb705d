using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Cli.Prices;

/// <summary>Writes a placement result as snake_case JSON, straight to the console's writer so nothing wraps it.</summary>
internal static class PricesJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static void Write(IAnsiConsole console, PricesView view)
    {
        var document = new PricesDocument(
            Now: view.Result.Now,
            WorkHours: view.Request.WorkHours,
            CatalogSnapshotDate: view.Inputs.Catalog.SnapshotDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            SpotPrices: view.Inputs.SpotPriceOrigin,
            TotalOfferings: view.Result.Offerings.Count,
            Offerings: view.Shown.Select(ToJson).ToList(),
            ExcludedCount: view.Result.Excluded.Count,
            Excluded: view.ShowExcluded ? view.Result.Excluded.Select(ToJson).ToList() : null);
        console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(document, Options));
        console.Profile.Out.Writer.Flush();
    }

    private static OfferingJson ToJson(RankedOffering o) => new(
        Rank: o.Rank,
        InstanceType: o.Pool.InstanceType,
        AvailabilityZone: o.Pool.AvailabilityZone,
        Region: o.Region,
        Market: PricesFormat.MarketName(o.Market),
        PriceUsdPerHour: o.PriceUsdPerHour,
        PriceSource: PricesFormat.Snake(o.PriceSource),
        OnDemandUsdPerHour: o.OnDemandUsdPerHour,
        InterruptionsPerHour: o.Interruption.PerHour,
        InterruptionBasis: PricesFormat.Snake(o.Interruption.Basis),
        MtbfHours: double.IsInfinity(o.Interruption.MtbfHours) ? null : Math.Round(o.Interruption.MtbfHours, 2),
        CheckpointIntervalMinutes: o.CheckpointInterval is { } i ? Math.Round(i.TotalMinutes, 2) : null,
        ExpectedInterruptions: Math.Round(o.Run.Interruptions, 4),
        ExpectedHours: Math.Round(o.ExpectedHours, 4),
        ExpectedCostUsd: Math.Round(o.ExpectedCostUsd, 4),
        OnDemandCostUsd: Math.Round(o.OnDemandCostUsd, 4),
        SavingsUsd: Math.Round(o.SavingsUsd, 4),
        SavingsPercent: Math.Round(o.SavingsPercent, 2));

    private static ExcludedJson ToJson(ExcludedOffering e) => new(
        e.InstanceType, e.Region, e.AvailabilityZone, e.Market is { } m ? PricesFormat.MarketName(m) : null, PricesFormat.Snake(e.Reason), e.Detail);

    private sealed record PricesDocument(
        DateTimeOffset Now,
        double WorkHours,
        string CatalogSnapshotDate,
        string SpotPrices,
        int TotalOfferings,
        IReadOnlyList<OfferingJson> Offerings,
        int ExcludedCount,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ExcludedJson>? Excluded);

    private sealed record OfferingJson(
        int Rank,
        string InstanceType,
        string AvailabilityZone,
        string Region,
        string Market,
        decimal PriceUsdPerHour,
        string PriceSource,
        decimal OnDemandUsdPerHour,
        double InterruptionsPerHour,
        string InterruptionBasis,
        double? MtbfHours,
        double? CheckpointIntervalMinutes,
        double ExpectedInterruptions,
        double ExpectedHours,
        decimal ExpectedCostUsd,
        decimal OnDemandCostUsd,
        decimal SavingsUsd,
        decimal SavingsPercent);

    private sealed record ExcludedJson(string InstanceType, string? Region, string? AvailabilityZone, string? Market, string Reason, string Detail);
}
