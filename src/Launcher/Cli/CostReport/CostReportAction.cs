using System.CommandLine;
using System.CommandLine.Invocation;
using Spectre.Console;
using Spot.Contracts;

namespace Spot.Launcher.Cli.CostReport;

/// <summary>
/// The action of `spot cost-report`. It takes over parse errors (a bad --format, a missing value, an unknown option
/// or a stray argument) so that every bad argument, like every bad value found later, prints a message naming the
/// argument and exits with <see cref="ExitCodes.BadArguments"/>, not System.CommandLine's default of 1.
/// </summary>
internal sealed class CostReportAction(
    CostReportOptions options, IAnsiConsole console, TimeProvider time, string workingDirectory)
    : AsynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        var problems = parseResult.Errors.Select(e => e.Message)
            .Concat(parseResult.UnmatchedTokens.Select(t => $"unknown argument '{t}'."))
            .ToList();
        if (problems.Count > 0)
            return BadArguments(problems);
        try
        {
            var request = options.Read(parseResult, workingDirectory, time);
            return await new CostReportRunner(console).RunAsync(request, cancellationToken);
        }
        catch (CostReportArgumentException error)
        {
            return BadArguments([error.Message]);
        }
    }

    private int BadArguments(IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
            console.WriteRawLine($"cost-report: {problem}");
        console.WriteRawLine("Try 'spot cost-report --help'.");
        return ExitCodes.BadArguments;
    }
}
