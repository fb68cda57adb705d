using System.CommandLine;
using System.CommandLine.Invocation;
using Spectre.Console;
using Spot.Contracts;
using Spot.CostModel.Placement;
using Spot.CostModel.Pricing;

namespace Spot.Launcher.Cli.Prices;

/// <summary>
/// Runs `spot prices`. It clears the parser's own error handling (<see cref="ClearsParseErrors"/>) so that every bad
/// argument, including unknown ones, is reported here on the console with exit code <see cref="ExitCodes.BadArguments"/>.
/// </summary>
internal sealed class PricesAction(IAnsiConsole console, TimeProvider time, PricesOptions options) : AsynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var problems = parseResult.Errors.Select(e => e.Message).ToList();
        if (parseResult.UnmatchedTokens.Count > 0)
        {
            problems.Add($"unrecognized argument(s): {string.Join(' ', parseResult.UnmatchedTokens)}");
        }

        if (problems.Count > 0)
        {
            return Task.FromResult(Fail(problems));
        }

        var inputs = PricesInputsLoader.Load(parseResult.GetValue(options.Catalog), parseResult.GetValue(options.SpotPrices), problems);
        if (inputs is null)
        {
            return Task.FromResult(Fail(problems));
        }

        var request = PricesRequestBuilder.Build(parseResult, options);
        var invalid = PlacementRequestValidator.Validate(request, inputs.Catalog);
        if (invalid.Count > 0)
        {
            return Task.FromResult(Fail(invalid.Select(e => $"{options.OptionFor(e.Field)}: {e.Problem}").ToList()));
        }

        var now = parseResult.GetValue(options.At) ?? time.GetUtcNow();
        var ranker = new OfferingRanker(inputs.Catalog, InterruptionRateTable.FromBundledAdvisor(), inputs.History);
        var view = new PricesView(request, inputs, ranker.Rank(request, now), parseResult.GetValue(options.Top) ?? PricesView.DefaultTop, parseResult.GetValue(options.ShowExcluded));
        if (parseResult.GetValue(options.Format) == OutputFormat.Json)
        {
            PricesJsonWriter.Write(console, view);
        }
        else
        {
            PricesTableRenderer.Render(console, view);
        }

        return Task.FromResult(ExitCodes.Success);
    }

    private int Fail(IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
        }

        console.MarkupLine("Run 'spot prices --help' for the options.");
        return ExitCodes.BadArguments;
    }
}
