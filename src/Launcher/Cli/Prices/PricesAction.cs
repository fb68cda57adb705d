using System.CommandLine;
using Spectre.Console;
using Spot.Contracts;
using Spot.CostModel.Placement;
using Spot.CostModel.Pricing;

namespace Spot.Launcher.Cli.Prices;

/// <summary>Runs `spot prices`; parse problems are reported by <see cref="CheckedAction"/>.</summary>
internal sealed class PricesAction(IAnsiConsole console, TimeProvider time, PricesOptions options) : CheckedAction(console, "prices")
{
    protected override Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var problems = new List<string>();
        var inputs = PricesInputsLoader.Load(parseResult.GetValue(options.Catalog), parseResult.GetValue(options.SpotPrices), problems);
        if (inputs is null)
        {
            return Task.FromResult(Fail(problems));
        }

        var request = PricesRequestBuilder.Build(parseResult, options);
        var invalid = PlacementRequestValidator.Validate(request, inputs.Catalog);
        if (invalid.Count > 0)
        {
            return Task.FromResult(Fail(invalid.Select(e => $"{options.OptionFor(e.Field)}: {e.Problem}")));
        }

        var now = parseResult.GetValue(options.At) ?? time.GetUtcNow();
        var ranker = new OfferingRanker(inputs.Catalog, InterruptionRateTable.FromBundledAdvisor(), inputs.History);
        var view = new PricesView(request, inputs, ranker.Rank(request, now), parseResult.GetValue(options.Top) ?? PricesView.DefaultTop, parseResult.GetValue(options.ShowExcluded));
        if (parseResult.GetValue(options.Format) == OutputFormat.Json)
        {
            PricesJsonWriter.Write(Console, view);
        }
        else
        {
            PricesTableRenderer.Render(Console, view);
        }

        return Task.FromResult(ExitCodes.Success);
    }
}
